; residual (w8a8, seeded calibration) lowered for 16x16
; 16x16 ws, MACs/cycle int8 256 int4 512 binary 16384 w4a8 512 w4a8-log 512 w4a8-group 512 int8-group 256 fp8-e4m3 256 mxint8 256 mxfp8 256 mxfp4 256, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,16,16,3] NHWC @0x15c0
;   activation stem u8[1,16,16,8] NHWC @0x18c0
;   activation block.conv1 u8[1,8,8,16] NHWC @0x20c0
;   activation block.conv2 u8[1,8,8,16] NHWC @0x24c0
;   activation block.proj u8[1,8,8,16] NHWC @0x28c0
;   activation block.add u8[1,8,8,16] NHWC @0x2cc0
;   activation gap u8[1,16] NC @0x30c0
;   output     fc u8[1,10] NC @0x3100
; layers: instructions, DRAM bytes read, DRAM bytes written
;   stem               16     1472        0
;   block.conv1        13     1472        0
;   block.conv2        11     2496        0
;   block.proj          5      448        0
;   block.add           1        0        0
;   gap                 3        0        0
;   fc                  8      448       10
;
; layer stem: qconv2d 16x16x3 → 16x16x8, int8 (weights i8, input u8), ws; input from DRAM in 1 band(s), 1 channel group(s), 2 k-group(s), bands outer; predicted 1244 cycles
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile band 0 (output rows 0..15) channels 0..7 k-group 1 of 2
; padding of the on-chip image of stem: top rows
LOAD buffer=input sramRow=3807 sramByte=0 bytesPerRow=272 rows=1 sramRowStride=17 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; padding of the on-chip image of stem: left columns
LOAD buffer=input sramRow=3824 sramByte=0 bytesPerRow=16 rows=16 sramRowStride=17 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; band 0: input rows 0..15 of x_q (48 B each)
LOAD buffer=input sramRow=4 sramByte=3 bytesPerRow=48 rows=16 sramRowStride=4 dramAddr=0x15c0 dramRowStride=0x30 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; band 0 padding: 1 row(s) above the image
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=54 rows=1 sramRowStride=4 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; band 0 padding: 1 row(s) below the image
LOAD buffer=input sramRow=68 sramByte=0 bytesPerRow=54 rows=1 sramRowStride=4 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; band 0 padding: left columns
LOAD buffer=input sramRow=4 sramByte=0 bytesPerRow=3 rows=16 sramRowStride=4 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; band 0 padding: right columns
LOAD buffer=input sramRow=7 sramByte=3 bytesPerRow=3 rows=16 sramRowStride=4 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; weights of channel tile 0, chunks 0..0
LOAD pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile band 0 (output rows 0..15) channels 0..7 k-group 2 of 2
; weights of channel tile 0, chunks 1..1
LOAD pushNext=1 buffer=weight sramRow=16 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0x100 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0x200 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..15) channels 0..7 k-group 1 of 2
; window: pitch 64 B, 3 B per pixel, channels 0..2 per tap
WINDOW pitch=64 pixelBytes=3 cinTap=3 chanOffset=0 kernelW=3 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=16
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=256 k=16 n=8 accumulate=0 window=1 tiles=1
; compute tile band 0 (output rows 0..15) channels 0..7 k-group 2 of 2
COMPUTE popPrev=1 pushPrev=1 inputRow=0 inputRowStride=0 weightRow=16 accRow=0 m=256 k=11 n=8 accumulate=1 window=1 kOffset=16 tiles=1
; requantize channels 0..7, pixels 0..255
REQUANT popPrev=1 pushPrev=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=256 n=8 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..15) channels 0..7 k-group 2 of 2
; 256 pixels of channels 0..7 → the on-chip image of stem
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=3825 dstByte=0 bytesPerRow=8 rows=16 srcRowStride=1 dstRowStride=1 repeat=16 srcOuterStride=16 dstOuterStride=17
; layer block.conv1: qconv2d 16x16x8 → 8x8x16, int8 (weights i8, input u8), ws; input on chip, 1 channel group(s), 1 k-group(s), bands outer; predicted 465 cycles
; tile band 0 (output rows 0..7) channels 0..15 k-group 1 of 1
; padding of the on-chip image of block.conv1: top rows
LOAD buffer=input sramRow=3707 sramByte=0 bytesPerRow=160 rows=1 sramRowStride=10 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; padding of the on-chip image of block.conv1: bottom rows
LOAD buffer=input sramRow=3797 sramByte=0 bytesPerRow=160 rows=1 sramRowStride=10 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; padding of the on-chip image of block.conv1: left columns
LOAD buffer=input sramRow=3717 sramByte=0 bytesPerRow=16 rows=8 sramRowStride=10 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; padding of the on-chip image of block.conv1: right columns
LOAD buffer=input sramRow=3726 sramByte=0 bytesPerRow=16 rows=8 sramRowStride=10 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; weights of channel tile 0, chunks 0..4
LOAD popNext=1 pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=1280 rows=1 sramRowStride=0 dramAddr=0x2c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD popNext=1 pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0x7c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..7) channels 0..15 k-group 1 of 1
; window: pitch 272 B, 16 B per pixel, channels 0..7 per tap
WINDOW pitch=272 pixelBytes=16 cinTap=8 chanOffset=0 kernelW=3 strideH=2 strideW=2 dilationH=1 dilationW=1 outW=8
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=16
COMPUTE popNext=1 inputRow=3807 inputRowStride=0 weightRow=0 accRow=0 m=64 k=16 n=16 accumulate=0 window=1
COMPUTE pushPrev=1 inputRow=3807 inputRowStride=0 weightRow=16 accRow=0 m=64 k=16 n=16 accumulate=1 window=1 kOffset=16 tiles=3 tileRowStride=16
COMPUTE pushPrev=1 inputRow=3807 inputRowStride=0 weightRow=64 accRow=0 m=64 k=8 n=16 accumulate=1 window=1 kOffset=64 tiles=1
; requantize channels 0..15, pixels 0..63
REQUANT popPrev=1 pushPrev=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=64 n=16 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..7) channels 0..15 k-group 1 of 1
; 64 pixels of channels 0..15 → the on-chip image of block.conv1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=3718 dstByte=0 bytesPerRow=16 rows=8 srcRowStride=1 dstRowStride=1 repeat=8 srcOuterStride=8 dstOuterStride=10
; layer block.conv2: qconv2d 8x8x16 → 8x8x16, int8 (weights i8, input u8), ws; input on chip, 1 channel group(s), 3 k-group(s), bands outer; predicted 688 cycles
; tile band 0 (output rows 0..7) channels 0..15 k-group 1 of 3
; weights of channel tile 0, chunks 0..3
LOAD popNext=1 pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=1024 rows=1 sramRowStride=0 dramAddr=0x880 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile band 0 (output rows 0..7) channels 0..15 k-group 2 of 3
; weights of channel tile 0, chunks 4..7
LOAD popNext=1 pushNext=1 buffer=weight sramRow=64 sramByte=0 bytesPerRow=1024 rows=1 sramRowStride=0 dramAddr=0xc80 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..7) channels 0..15 k-group 1 of 3
; window: pitch 160 B, 16 B per pixel, channels 0..15 per tap
WINDOW pitch=160 pixelBytes=16 cinTap=16 chanOffset=0 kernelW=3 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=8
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=16
COMPUTE popNext=1 pushPrev=1 inputRow=3707 inputRowStride=0 weightRow=0 accRow=0 m=64 k=16 n=16 accumulate=0 window=1
COMPUTE inputRow=3707 inputRowStride=0 weightRow=16 accRow=0 m=64 k=16 n=16 accumulate=1 window=1 kOffset=16 tiles=3 tileRowStride=16
; tile band 0 (output rows 0..7) channels 0..15 k-group 3 of 3
; weights of channel tile 0, chunks 8..8
LOAD pushNext=1 buffer=weight sramRow=128 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0x1080 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD popNext=1 pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0x1180 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..7) channels 0..15 k-group 2 of 3
COMPUTE popPrev=1 inputRow=3707 inputRowStride=0 weightRow=64 accRow=0 m=64 k=16 n=16 accumulate=1 window=1 kOffset=64 tiles=4 tileRowStride=16
; compute tile band 0 (output rows 0..7) channels 0..15 k-group 3 of 3
COMPUTE popPrev=1 inputRow=3707 inputRowStride=0 weightRow=128 accRow=0 m=64 k=16 n=16 accumulate=1 window=1 kOffset=128 tiles=1
; requantize channels 0..15, pixels 0..63
REQUANT popPrev=1 pushPrev=1 accRow=0 outRow=1984 outByte=0 rows=64 n=16 paramRow=0 addBias=1 outZero=115 qmin=0 qmax=255 outBits=8 outSigned=0
; layer block.proj: qconv2d 16x16x8 → 8x8x16, int8 (weights i8, input u8), ws; input on chip, 1 channel group(s), 1 k-group(s), bands outer; predicted 181 cycles
; tile band 0 (output rows 0..7) channels 0..15 k-group 1 of 1
; weights of channel tile 0, chunks 0..0
LOAD popNext=1 pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0x1240 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD popNext=1 pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0x1340 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..7) channels 0..15 k-group 1 of 1
; window: pitch 272 B, 16 B per pixel, channels 0..7 per tap
WINDOW pitch=272 pixelBytes=16 cinTap=8 chanOffset=0 kernelW=1 strideH=2 strideW=2 dilationH=1 dilationW=1 outW=8
COMPUTE popPrev=1 pushPrev=1 inputRow=3825 inputRowStride=0 weightRow=0 accRow=0 m=64 k=8 n=16 accumulate=0 window=1 tiles=1
; requantize channels 0..15, pixels 0..63
REQUANT popPrev=1 pushPrev=1 accRow=0 outRow=1920 outByte=0 rows=64 n=16 paramRow=0 addBias=1 outZero=164 qmin=0 qmax=255 outBits=8 outSigned=0
; layer block.add: qadd 8x8x16 on the vector unit, operands on chip, result on chip
; compute tile pixels 0..63, 1 channel group(s)
ADD aRow=1984 bRow=1920 dstRow=1856 rows=64 elems=16 aMultiplier=1355546163 aShift=-1 bMultiplier=1073741824 bShift=0 outMultiplier=1134824953 outShift=-17 leftShift=20 aZero=115 bZero=164 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; layer gap: qglobal_avgpool 8x8x16 → 1x1x16, kernel 8x8 stride 1x1 on the vector unit, input on chip
; compute tile output rows 0..0, channel groups 0..0
POOL kind=avg srcRow=1856 dstRow=0 channels=16 inH=8 inW=8 kernelH=8 kernelW=8 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; sync: wait for both compute units (relay or fence)
CONFIG pushNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; store tile output rows 0..0, channel groups 0..0
; 1 pixels of channels 0..15 → the on-chip image of gap
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=4095 dstByte=0 bytesPerRow=16 rows=1 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; layer fc: qdense 1x1x16 → 1x1x10, int8 (weights i8, input u8), ws; input on chip, 1 channel group(s), 1 k-group(s), bands outer; predicted 154 cycles
; tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; weights of channel tile 0, chunks 0..0
LOAD popNext=1 pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0x1400 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD popNext=1 pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0x1500 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; window: pitch 16 B, 16 B per pixel, channels 0..15 per tap
WINDOW pitch=16 pixelBytes=16 cinTap=16 chanOffset=0 kernelW=1 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=1
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=10
COMPUTE popNext=1 inputRow=4095 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=0 window=1
; requantize channels 0..9, pixels 0..0
REQUANT popPrev=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=10 paramRow=0 addBias=1 outZero=110 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; 1 pixels × channels 0..9 → fc @0x3100
STORE popPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=10 rows=1 sramRowStride=0 dramAddr=0x3100 dramRowStride=0x0 repeat=1 sramOuterStride=1 dramOuterStride=0xa
; end of program
HALT
