; dwsep_relu6 (w8a8, seeded calibration) lowered for 16x16
; 16x16 ws, MACs/cycle int8 256 int4 512 binary 16384 w4a8 512 w4a8-log 512 w4a8-group 512 int8-group 256 fp8-e4m3 256 mxint8 256 mxfp8 256 mxfp4 256, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,16,16,3] NHWC @0x7c0
;   activation stem u8[1,16,16,8] NHWC @0xac0
;   activation dw u8[1,16,16,8] NHWC @0x12c0
;   activation pw u8[1,16,16,16] NHWC @0x1ac0
;   activation pool u8[1,8,8,16] NHWC @0x2ac0
;   activation pool.clip u8[1,8,8,16] NHWC @0x2ec0
;   activation gap u8[1,16] NC @0x32c0
;   output     fc u8[1,10] NC @0x3300
; layers: instructions, DRAM bytes read, DRAM bytes written
;   stem               14     1472     2048
;   dw                 11     2384        0
;   pw                 12      448        0
;   pool               16        0     1024
;   pool.clip           4     1024     1024
;   gap                 5     1024        0
;   fc                  8      448       10
;
; layer stem: qconv2d 16x16x3 → 16x16x8, int8 (weights i8, input u8), ws; input from DRAM in 1 band(s), 1 channel group(s), 2 k-group(s), bands outer; predicted 1421 cycles
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile band 0 (output rows 0..15) channels 0..7 k-group 1 of 2
; band 0: input rows 0..15 of x_q (48 B each)
LOAD buffer=input sramRow=4 sramByte=3 bytesPerRow=48 rows=16 sramRowStride=4 dramAddr=0x7c0 dramRowStride=0x30 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
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
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=16 accRow=0 m=256 k=11 n=8 accumulate=1 window=1 kOffset=16 tiles=1
; requantize channels 0..7, pixels 0..255
REQUANT popPrev=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=256 n=8 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..15) channels 0..7 k-group 2 of 2
; 256 pixels × channels 0..7 → stem @0xac0
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=8 rows=1 sramRowStride=0 dramAddr=0xac0 dramRowStride=0x0 repeat=256 sramOuterStride=1 dramOuterStride=0x8
; sync: wait for both compute units (relay or fence)
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; layer dw: depthwise qconv2d 16x16x8 → 16x16x8, 8 groups, int8 (weights i8, input u8), ws on the vector unit (the cost model predicts it faster than the array)
; tile channels 0..7 output rows 0..15
; input band rows 1..16 cols 1..16 of the padded 18x18 tile
LOAD popNext=1 buffer=input sramRow=19 sramByte=0 bytesPerRow=8 rows=16 sramRowStride=1 dramAddr=0xac0 dramRowStride=0x8 repeat=16 sramOuterStride=18 dramOuterStride=0x80 fill=0 fillByte=0
; input band rows 0..0 cols 0..17 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=8 rows=18 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; input band rows 17..17 cols 0..17 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=306 sramByte=0 bytesPerRow=8 rows=18 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; input band rows 1..16 cols 0..0 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=18 sramByte=0 bytesPerRow=8 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=18 dramOuterStride=0x0 fill=1 fillByte=0
; input band rows 1..16 cols 17..17 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=35 sramByte=0 bytesPerRow=8 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=18 dramOuterStride=0x0 fill=1 fillByte=0
; 9 depthwise taps of channel group 0
LOAD pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=16 rows=9 sramRowStride=1 dramAddr=0x2c0 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params of channel group 0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=64 rows=3 sramRowStride=1 dramAddr=0x380 dramRowStride=0x40 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile channels 0..7 output rows 0..15
; 256 output pixels × 8 channels on the vector unit
DEPTHWISE popPrev=1 pushPrev=1 srcRow=0 weightRow=0 accRow=0 channels=8 inH=18 inW=18 kernelH=3 kernelW=3 strideH=1 strideW=1 accumulate=0
REQUANT popPrev=1 pushPrev=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=256 n=8 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile channels 0..7 output rows 0..15
; 256 pixels of channels 0..7 → the on-chip image of dw
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=3840 dstByte=0 bytesPerRow=8 rows=16 srcRowStride=1 dstRowStride=1 repeat=16 srcOuterStride=16 dstOuterStride=16
; layer pw: qconv2d 16x16x8 → 16x16x16, int8 (weights i8, input u8), ws; input on chip, 1 channel group(s), 1 k-group(s), bands outer; predicted 360 cycles
; tile band 0 (output rows 0..3) channels 0..15 k-group 1 of 1
; weights of channel tile 0, chunks 0..0
LOAD popNext=1 pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0x440 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD popNext=1 pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0x540 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..3) channels 0..15 k-group 1 of 1
; window: pitch 256 B, 16 B per pixel, channels 0..7 per tap
WINDOW pitch=256 pixelBytes=16 cinTap=8 chanOffset=0 kernelW=1 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=16
LOAD_WEIGHTS popPrev=1 weightRow=0 k=8 n=16
COMPUTE popNext=1 inputRow=3840 inputRowStride=0 weightRow=0 accRow=0 m=64 k=8 n=16 accumulate=0 window=1
; compute tile band 1 (output rows 4..7) channels 0..15 k-group 1 of 1
COMPUTE inputRow=3904 inputRowStride=0 weightRow=0 accRow=341 m=64 k=8 n=16 accumulate=0 window=1 tiles=1
; requantize channels 0..15, pixels 0..63
REQUANT popPrev=1 accRow=0 outRow=1792 outByte=0 rows=64 n=16 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; compute tile band 2 (output rows 8..11) channels 0..15 k-group 1 of 1
COMPUTE inputRow=3968 inputRowStride=0 weightRow=0 accRow=682 m=64 k=8 n=16 accumulate=0 window=1 tiles=1
; requantize channels 0..15, pixels 64..127
REQUANT accRow=341 outRow=1856 outByte=0 rows=64 n=16 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; compute tile band 3 (output rows 12..15) channels 0..15 k-group 1 of 1
COMPUTE inputRow=4032 inputRowStride=0 weightRow=0 accRow=0 m=64 k=8 n=16 accumulate=0 window=1 tiles=1
; requantize channels 0..15, pixels 128..191
REQUANT accRow=682 outRow=1920 outByte=0 rows=64 n=16 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channels 0..15, pixels 192..255
REQUANT accRow=0 outRow=1984 outByte=0 rows=64 n=16 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; layer pool: qavgpool 16x16x16 → 8x8x16, kernel 2x2 stride 2x2 on the vector unit, input on chip
; compute tile output rows 0..0, channel groups 0..0
POOL pushNext=1 kind=avg srcRow=1792 dstRow=0 channels=16 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 0..0, channel groups 0..0
; → pool @0x2ac0
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=16 rows=1 sramRowStride=8 dramAddr=0x2ac0 dramRowStride=0x10 repeat=8 sramOuterStride=1 dramOuterStride=0x10
; compute tile output rows 1..1, channel groups 0..0
POOL pushNext=1 kind=avg srcRow=1824 dstRow=896 channels=16 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 1..1, channel groups 0..0
; → pool @0x2ac0
STORE popPrev=1 pushPrev=1 buffer=output sramRow=896 sramByte=0 bytesPerRow=16 rows=1 sramRowStride=8 dramAddr=0x2b40 dramRowStride=0x10 repeat=8 sramOuterStride=1 dramOuterStride=0x10
; compute tile output rows 2..2, channel groups 0..0
POOL popNext=1 pushNext=1 kind=avg srcRow=1856 dstRow=0 channels=16 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 2..2, channel groups 0..0
; → pool @0x2ac0
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=16 rows=1 sramRowStride=8 dramAddr=0x2bc0 dramRowStride=0x10 repeat=8 sramOuterStride=1 dramOuterStride=0x10
; compute tile output rows 3..3, channel groups 0..0
POOL popNext=1 pushNext=1 kind=avg srcRow=1888 dstRow=896 channels=16 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 3..3, channel groups 0..0
; → pool @0x2ac0
STORE popPrev=1 pushPrev=1 buffer=output sramRow=896 sramByte=0 bytesPerRow=16 rows=1 sramRowStride=8 dramAddr=0x2c40 dramRowStride=0x10 repeat=8 sramOuterStride=1 dramOuterStride=0x10
; compute tile output rows 4..4, channel groups 0..0
POOL popNext=1 pushNext=1 kind=avg srcRow=1920 dstRow=0 channels=16 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 4..4, channel groups 0..0
; → pool @0x2ac0
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=16 rows=1 sramRowStride=8 dramAddr=0x2cc0 dramRowStride=0x10 repeat=8 sramOuterStride=1 dramOuterStride=0x10
; compute tile output rows 5..5, channel groups 0..0
POOL popNext=1 pushNext=1 kind=avg srcRow=1952 dstRow=896 channels=16 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 5..5, channel groups 0..0
; → pool @0x2ac0
STORE popPrev=1 pushPrev=1 buffer=output sramRow=896 sramByte=0 bytesPerRow=16 rows=1 sramRowStride=8 dramAddr=0x2d40 dramRowStride=0x10 repeat=8 sramOuterStride=1 dramOuterStride=0x10
; compute tile output rows 6..6, channel groups 0..0
POOL popNext=1 pushNext=1 kind=avg srcRow=1984 dstRow=0 channels=16 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 6..6, channel groups 0..0
; → pool @0x2ac0
STORE popPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=16 rows=1 sramRowStride=8 dramAddr=0x2dc0 dramRowStride=0x10 repeat=8 sramOuterStride=1 dramOuterStride=0x10
; compute tile output rows 7..7, channel groups 0..0
POOL popNext=1 pushNext=1 kind=avg srcRow=2016 dstRow=896 channels=16 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 7..7, channel groups 0..0
; → pool @0x2ac0
STORE popPrev=1 pushPrev=1 buffer=output sramRow=896 sramByte=0 bytesPerRow=16 rows=1 sramRowStride=8 dramAddr=0x2e40 dramRowStride=0x10 repeat=8 sramOuterStride=1 dramOuterStride=0x10
; sync: wait for both compute units (relay or fence)
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; layer pool.clip: qconcat of 1 branches → 16 channels on the vector unit
; tile pixels 0..63, 1 channel group(s)
; a = pool
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=16 rows=1 sramRowStride=64 dramAddr=0x2ac0 dramRowStride=0x10 repeat=64 sramOuterStride=1 dramOuterStride=0x10 fill=0 fillByte=0
; compute tile pixels 0..63, 1 channel group(s)
ADD popPrev=1 pushNext=1 aRow=0 bRow=0 dstRow=64 rows=64 elems=16 aMultiplier=1073741824 aShift=1 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile pixels 0..63, 1 channel group(s)
; → pool.clip @0x2ec0
STORE popPrev=1 pushPrev=1 buffer=output sramRow=64 sramByte=0 bytesPerRow=16 rows=1 sramRowStride=64 dramAddr=0x2ec0 dramRowStride=0x10 repeat=64 sramOuterStride=1 dramOuterStride=0x10
; sync: wait for both compute units (relay or fence)
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; layer gap: qglobal_avgpool 8x8x16 → 1x1x16, kernel 8x8 stride 1x1 on the vector unit
; tile output rows 0..0, channel groups 0..0
; input rows 0..7 of pool.clip
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=16 rows=1 sramRowStride=64 dramAddr=0x2ec0 dramRowStride=0x10 repeat=64 sramOuterStride=1 dramOuterStride=0x10 fill=0 fillByte=0
; compute tile output rows 0..0, channel groups 0..0
POOL popPrev=1 kind=avg srcRow=0 dstRow=64 channels=16 inH=8 inW=8 kernelH=8 kernelW=8 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; sync: wait for both compute units (relay or fence)
CONFIG pushNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; store tile output rows 0..0, channel groups 0..0
; 1 pixels of channels 0..15 → the on-chip image of gap
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=64 srcByte=0 dstBuffer=input dstRow=4095 dstByte=0 bytesPerRow=16 rows=1 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; layer fc: qdense 1x1x16 → 1x1x10, int8 (weights i8, input u8), ws; input on chip, 1 channel group(s), 1 k-group(s), bands outer; predicted 154 cycles
; tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; weights of channel tile 0, chunks 0..0
LOAD pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0x600 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0x700 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; window: pitch 16 B, 16 B per pixel, channels 0..15 per tap
WINDOW pitch=16 pixelBytes=16 cinTap=16 chanOffset=0 kernelW=1 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=1
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=10
COMPUTE popNext=1 inputRow=4095 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=0 window=1
; requantize channels 0..9, pixels 0..0
REQUANT popPrev=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=10 paramRow=0 addBias=1 outZero=69 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; 1 pixels × channels 0..9 → fc @0x3300
STORE popPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=10 rows=1 sramRowStride=0 dramAddr=0x3300 dramRowStride=0x0 repeat=1 sramOuterStride=1 dramOuterStride=0xa
; end of program
HALT
