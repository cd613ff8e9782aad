; dwsep_relu6 (w8a8, seeded calibration) lowered for 4x4
; 4x4 ws, MACs/cycle int8 16 int4 32 binary 1024 w4a8 32 w4a8-log 32 w4a8-group 32 int8-group 16 fp8-e4m3 16 mxint8 16 mxfp8 16 mxfp4 16, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,16,16,3] NHWC @0x540
;   activation stem u8[1,16,16,8] NHWC @0x840
;   activation dw u8[1,16,16,8] NHWC @0x1040
;   activation pw u8[1,16,16,16] NHWC @0x1840
;   activation pool u8[1,8,8,16] NHWC @0x2840
;   activation pool.clip u8[1,8,8,16] NHWC @0x2c40
;   activation gap u8[1,16] NC @0x3040
;   output     fc u8[1,10] NC @0x3080
; layers: instructions, DRAM bytes read, DRAM bytes written
;   stem               18     1088     2048
;   dw                 21     2216        0
;   pw                 33      320        0
;   pool               32        0     1024
;   pool.clip           7     1024     1024
;   gap                 8     1024        0
;   fc                 16      336       10
;
; layer stem: qconv2d 16x16x3 → 16x16x8, int8 (weights i8, input u8), ws; input from DRAM in 1 band(s), 1 channel group(s), 1 k-group(s), bands outer; predicted 4444 cycles
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile band 0 (output rows 0..15) channels 0..7 k-group 1 of 1
; band 0: input rows 0..15 of x_q (48 B each)
LOAD buffer=input sramRow=14 sramByte=3 bytesPerRow=48 rows=16 sramRowStride=14 dramAddr=0x540 dramRowStride=0x30 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; band 0 padding: 1 row(s) above the image
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=54 rows=1 sramRowStride=14 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; band 0 padding: 1 row(s) below the image
LOAD buffer=input sramRow=238 sramByte=0 bytesPerRow=54 rows=1 sramRowStride=14 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; band 0 padding: left columns
LOAD buffer=input sramRow=14 sramByte=0 bytesPerRow=3 rows=16 sramRowStride=14 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; band 0 padding: right columns
LOAD buffer=input sramRow=26 sramByte=3 bytesPerRow=3 rows=16 sramRowStride=14 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; weights of channel tile 0, chunks 0..6
LOAD pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=112 rows=1 sramRowStride=0 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..1
LOAD buffer=param sramRow=0 sramByte=0 bytesPerRow=96 rows=1 sramRowStride=0 dramAddr=0x100 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 1, chunks 0..6
LOAD pushNext=1 buffer=weight sramRow=28 sramByte=0 bytesPerRow=112 rows=1 sramRowStride=0 dramAddr=0x70 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..15) channels 0..7 k-group 1 of 1
; window: pitch 56 B, 3 B per pixel, channels 0..2 per tap
WINDOW pitch=56 pixelBytes=3 cinTap=3 chanOffset=0 kernelW=3 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=16
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=256 k=4 n=4 accumulate=0 window=1 tiles=6 tileRowStride=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=24 accRow=0 m=256 k=3 n=4 accumulate=1 window=1 kOffset=24 tiles=1
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=28 accRow=256 m=256 k=4 n=4 accumulate=0 window=1 tiles=1
; requantize channels 0..3, pixels 0..255
REQUANT accRow=0 outRow=0 outByte=0 rows=256 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=0 inputRowStride=0 weightRow=32 accRow=256 m=256 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=5 tileRowStride=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=52 accRow=256 m=256 k=3 n=4 accumulate=1 window=1 kOffset=24 tiles=1
; requantize channels 4..7, pixels 0..255
REQUANT pushNext=1 accRow=256 outRow=256 outByte=0 rows=256 n=4 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..15) channels 0..7 k-group 1 of 1
; 256 pixels × channels 0..7 → stem @0x840
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=2 sramRowStride=256 dramAddr=0x840 dramRowStride=0x4 repeat=256 sramOuterStride=1 dramOuterStride=0x8
; sync: wait for both compute units (relay or fence)
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; layer dw: depthwise qconv2d 16x16x8 → 16x16x8, 8 groups, int8 (weights i8, input u8), ws on the vector unit (the cost model predicts it faster than the array)
; tile channels 0..3 output rows 0..15
; input band rows 1..16 cols 1..16 of the padded 18x18 tile
LOAD popNext=1 buffer=input sramRow=19 sramByte=0 bytesPerRow=4 rows=16 sramRowStride=1 dramAddr=0x840 dramRowStride=0x8 repeat=16 sramOuterStride=18 dramOuterStride=0x80 fill=0 fillByte=0
; input band rows 0..0 cols 0..17 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=4 rows=18 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; input band rows 17..17 cols 0..17 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=306 sramByte=0 bytesPerRow=4 rows=18 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; input band rows 1..16 cols 0..0 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=18 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=18 dramOuterStride=0x0 fill=1 fillByte=0
; input band rows 1..16 cols 17..17 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=35 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=18 dramOuterStride=0x0 fill=1 fillByte=0
; 9 depthwise taps of channel group 0
LOAD pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=4 rows=9 sramRowStride=1 dramAddr=0x180 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params of channel group 0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=16 rows=3 sramRowStride=1 dramAddr=0x200 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile channels 4..7 output rows 0..15
; input band rows 1..16 cols 1..16 of the padded 18x18 tile
LOAD buffer=input sramRow=7955 sramByte=0 bytesPerRow=4 rows=16 sramRowStride=1 dramAddr=0x844 dramRowStride=0x8 repeat=16 sramOuterStride=18 dramOuterStride=0x80 fill=0 fillByte=0
; input band rows 0..0 cols 0..17 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=7936 sramByte=0 bytesPerRow=4 rows=18 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; input band rows 17..17 cols 0..17 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=8242 sramByte=0 bytesPerRow=4 rows=18 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; input band rows 1..16 cols 0..0 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=7954 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=18 dramOuterStride=0x0 fill=1 fillByte=0
; input band rows 1..16 cols 17..17 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=7971 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=18 dramOuterStride=0x0 fill=1 fillByte=0
; 9 depthwise taps of channel group 1
LOAD pushNext=1 buffer=weight sramRow=8192 sramByte=0 bytesPerRow=4 rows=9 sramRowStride=1 dramAddr=0x1a4 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params of channel group 1
LOAD pushNext=1 buffer=param sramRow=256 sramByte=0 bytesPerRow=16 rows=3 sramRowStride=1 dramAddr=0x230 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile channels 0..3 output rows 0..15
; 256 output pixels × 4 channels on the vector unit
DEPTHWISE popPrev=1 pushPrev=1 srcRow=0 weightRow=0 accRow=0 channels=4 inH=18 inW=18 kernelH=3 kernelW=3 strideH=1 strideW=1 accumulate=0
REQUANT popPrev=1 pushPrev=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=256 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile channels 0..3 output rows 0..15
; 256 pixels of channels 0..3 → the on-chip image of dw
MOVE popPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=15872 dstByte=0 bytesPerRow=4 rows=16 srcRowStride=1 dstRowStride=2 repeat=16 srcOuterStride=16 dstOuterStride=32
; compute tile channels 4..7 output rows 0..15
; 256 output pixels × 4 channels on the vector unit
DEPTHWISE popPrev=1 srcRow=7936 weightRow=8192 accRow=2048 channels=4 inH=18 inW=18 kernelH=3 kernelW=3 strideH=1 strideW=1 accumulate=0
REQUANT popPrev=1 pushNext=1 accRow=2048 outRow=4096 outByte=0 rows=256 n=4 paramRow=256 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile channels 4..7 output rows 0..15
; 256 pixels of channels 4..7 → the on-chip image of dw
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=4096 srcByte=0 dstBuffer=input dstRow=15873 dstByte=0 bytesPerRow=4 rows=16 srcRowStride=1 dstRowStride=2 repeat=16 srcOuterStride=16 dstOuterStride=32
; layer pw: qconv2d 16x16x8 → 16x16x16, int8 (weights i8, input u8), ws; input on chip, 4 channel group(s), 1 k-group(s), bands outer; predicted 2515 cycles (160 for the POOL/ADD of pool issued in its stream)
; tile band 0 (output rows 0..15) channels 0..3 k-group 1 of 1
; weights of channel tile 0, chunks 0..1
LOAD popNext=1 pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=32 rows=1 sramRowStride=0 dramAddr=0x280 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD popNext=1 pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0x300 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile band 0 (output rows 0..15) channels 4..7 k-group 1 of 1
; weights of channel tile 1, chunks 0..1
LOAD pushNext=1 buffer=weight sramRow=8 sramByte=0 bytesPerRow=32 rows=1 sramRowStride=0 dramAddr=0x2a0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 1..1
LOAD pushNext=1 buffer=param sramRow=3 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0x330 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..15) channels 0..3 k-group 1 of 1
; window: pitch 128 B, 8 B per pixel, channels 0..7 per tap
WINDOW pitch=128 pixelBytes=8 cinTap=8 chanOffset=0 kernelW=1 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=16
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE popNext=1 inputRow=15872 inputRowStride=0 weightRow=0 accRow=0 m=256 k=4 n=4 accumulate=0 window=1
COMPUTE inputRow=15872 inputRowStride=0 weightRow=4 accRow=0 m=256 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=1
; requantize channels 0..3, pixels 0..255
REQUANT popPrev=1 accRow=0 outRow=7168 outByte=0 rows=256 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; tile band 0 (output rows 0..15) channels 8..11 k-group 1 of 1
; weights of channel tile 2, chunks 0..1
LOAD pushNext=1 buffer=weight sramRow=16 sramByte=0 bytesPerRow=32 rows=1 sramRowStride=0 dramAddr=0x2c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 2..2
LOAD pushNext=1 buffer=param sramRow=6 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0x360 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..15) channels 4..7 k-group 1 of 1
COMPUTE popPrev=1 inputRow=15872 inputRowStride=0 weightRow=8 accRow=2048 m=256 k=4 n=4 accumulate=0 window=1 tiles=1
LOAD_WEIGHTS weightRow=12 k=4 n=4
; (pool: issued inside the previous layer's stream, its operands are ready here)
; compute tile output rows 0..0, channel groups 0..3
POOL kind=avg srcRow=7168 dstRow=0 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
COMPUTE inputRow=15872 inputRowStride=0 weightRow=0 accRow=2048 m=256 k=4 n=4 accumulate=1 window=1 kOffset=4
; requantize channels 4..7, pixels 0..255
REQUANT popPrev=1 accRow=2048 outRow=7424 outByte=0 rows=256 n=4 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; tile band 0 (output rows 0..15) channels 12..15 k-group 1 of 1
; weights of channel tile 3, chunks 0..1
LOAD pushNext=1 buffer=weight sramRow=24 sramByte=0 bytesPerRow=32 rows=1 sramRowStride=0 dramAddr=0x2e0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 3..3
LOAD pushNext=1 buffer=param sramRow=9 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0x390 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..15) channels 8..11 k-group 1 of 1
COMPUTE popPrev=1 inputRow=15872 inputRowStride=0 weightRow=16 accRow=0 m=256 k=4 n=4 accumulate=0 window=1 tiles=1
LOAD_WEIGHTS weightRow=20 k=4 n=4
; (pool: issued inside the previous layer's stream, its operands are ready here)
POOL kind=avg srcRow=7424 dstRow=8 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
COMPUTE inputRow=15872 inputRowStride=0 weightRow=0 accRow=0 m=256 k=4 n=4 accumulate=1 window=1 kOffset=4
; requantize channels 8..11, pixels 0..255
REQUANT popPrev=1 accRow=0 outRow=7680 outByte=0 rows=256 n=4 paramRow=6 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; compute tile band 0 (output rows 0..15) channels 12..15 k-group 1 of 1
COMPUTE popPrev=1 inputRow=15872 inputRowStride=0 weightRow=24 accRow=2048 m=256 k=4 n=4 accumulate=0 window=1 tiles=1
LOAD_WEIGHTS weightRow=28 k=4 n=4
; (pool: issued inside the previous layer's stream, its operands are ready here)
POOL kind=avg srcRow=7680 dstRow=16 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
COMPUTE inputRow=15872 inputRowStride=0 weightRow=0 accRow=2048 m=256 k=4 n=4 accumulate=1 window=1 kOffset=4
; requantize channels 12..15, pixels 0..255
REQUANT popPrev=1 accRow=2048 outRow=7936 outByte=0 rows=256 n=4 paramRow=9 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; (pool: issued inside the previous layer's stream, its operands are ready here)
POOL pushNext=1 kind=avg srcRow=7936 dstRow=24 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; (pool: issued inside the previous layer's stream, its operands are ready here)
; compute tile output rows 1..1, channel groups 0..3
POOL kind=avg srcRow=7200 dstRow=3584 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; (pool: issued inside the previous layer's stream, its operands are ready here)
POOL kind=avg srcRow=7456 dstRow=3592 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; (pool: issued inside the previous layer's stream, its operands are ready here)
POOL kind=avg srcRow=7712 dstRow=3600 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; (pool: issued inside the previous layer's stream, its operands are ready here)
POOL pushNext=1 kind=avg srcRow=7968 dstRow=3608 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; layer pool: qavgpool 16x16x16 → 8x8x16, kernel 2x2 stride 2x2 on the vector unit, input on chip
; store tile output rows 0..0, channel groups 0..3
; → pool @0x2840
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=4 sramRowStride=8 dramAddr=0x2840 dramRowStride=0x4 repeat=8 sramOuterStride=1 dramOuterStride=0x10
; store tile output rows 1..1, channel groups 0..3
; → pool @0x2840
STORE popPrev=1 pushPrev=1 buffer=output sramRow=3584 sramByte=0 bytesPerRow=4 rows=4 sramRowStride=8 dramAddr=0x28c0 dramRowStride=0x4 repeat=8 sramOuterStride=1 dramOuterStride=0x10
; compute tile output rows 2..2, channel groups 0..3
POOL popNext=1 kind=avg srcRow=7232 dstRow=0 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL kind=avg srcRow=7488 dstRow=8 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL kind=avg srcRow=7744 dstRow=16 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL pushNext=1 kind=avg srcRow=8000 dstRow=24 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 2..2, channel groups 0..3
; → pool @0x2840
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=4 sramRowStride=8 dramAddr=0x2940 dramRowStride=0x4 repeat=8 sramOuterStride=1 dramOuterStride=0x10
; compute tile output rows 3..3, channel groups 0..3
POOL popNext=1 kind=avg srcRow=7264 dstRow=3584 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL kind=avg srcRow=7520 dstRow=3592 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL kind=avg srcRow=7776 dstRow=3600 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL pushNext=1 kind=avg srcRow=8032 dstRow=3608 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 3..3, channel groups 0..3
; → pool @0x2840
STORE popPrev=1 pushPrev=1 buffer=output sramRow=3584 sramByte=0 bytesPerRow=4 rows=4 sramRowStride=8 dramAddr=0x29c0 dramRowStride=0x4 repeat=8 sramOuterStride=1 dramOuterStride=0x10
; compute tile output rows 4..4, channel groups 0..3
POOL popNext=1 kind=avg srcRow=7296 dstRow=0 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL kind=avg srcRow=7552 dstRow=8 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL kind=avg srcRow=7808 dstRow=16 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL pushNext=1 kind=avg srcRow=8064 dstRow=24 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 4..4, channel groups 0..3
; → pool @0x2840
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=4 sramRowStride=8 dramAddr=0x2a40 dramRowStride=0x4 repeat=8 sramOuterStride=1 dramOuterStride=0x10
; compute tile output rows 5..5, channel groups 0..3
POOL popNext=1 kind=avg srcRow=7328 dstRow=3584 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL kind=avg srcRow=7584 dstRow=3592 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL kind=avg srcRow=7840 dstRow=3600 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL pushNext=1 kind=avg srcRow=8096 dstRow=3608 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 5..5, channel groups 0..3
; → pool @0x2840
STORE popPrev=1 pushPrev=1 buffer=output sramRow=3584 sramByte=0 bytesPerRow=4 rows=4 sramRowStride=8 dramAddr=0x2ac0 dramRowStride=0x4 repeat=8 sramOuterStride=1 dramOuterStride=0x10
; compute tile output rows 6..6, channel groups 0..3
POOL popNext=1 kind=avg srcRow=7360 dstRow=0 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL kind=avg srcRow=7616 dstRow=8 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL kind=avg srcRow=7872 dstRow=16 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL pushNext=1 kind=avg srcRow=8128 dstRow=24 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 6..6, channel groups 0..3
; → pool @0x2840
STORE popPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=4 sramRowStride=8 dramAddr=0x2b40 dramRowStride=0x4 repeat=8 sramOuterStride=1 dramOuterStride=0x10
; compute tile output rows 7..7, channel groups 0..3
POOL popNext=1 kind=avg srcRow=7392 dstRow=3584 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL kind=avg srcRow=7648 dstRow=3592 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL kind=avg srcRow=7904 dstRow=3600 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL pushNext=1 kind=avg srcRow=8160 dstRow=3608 channels=4 inH=2 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 7..7, channel groups 0..3
; → pool @0x2840
STORE popPrev=1 pushPrev=1 buffer=output sramRow=3584 sramByte=0 bytesPerRow=4 rows=4 sramRowStride=8 dramAddr=0x2bc0 dramRowStride=0x4 repeat=8 sramOuterStride=1 dramOuterStride=0x10
; sync: wait for both compute units (relay or fence)
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; layer pool.clip: qconcat of 1 branches → 16 channels on the vector unit
; tile pixels 0..63, 4 channel group(s)
; a = pool
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=4 sramRowStride=64 dramAddr=0x2840 dramRowStride=0x4 repeat=64 sramOuterStride=1 dramOuterStride=0x10 fill=0 fillByte=0
; compute tile pixels 0..63, 4 channel group(s)
ADD popPrev=1 aRow=0 bRow=0 dstRow=256 rows=64 elems=4 aMultiplier=1073741824 aShift=1 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
ADD aRow=64 bRow=64 dstRow=320 rows=64 elems=4 aMultiplier=1073741824 aShift=1 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
ADD aRow=128 bRow=128 dstRow=384 rows=64 elems=4 aMultiplier=1073741824 aShift=1 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
ADD pushNext=1 aRow=192 bRow=192 dstRow=448 rows=64 elems=4 aMultiplier=1073741824 aShift=1 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile pixels 0..63, 4 channel group(s)
; → pool.clip @0x2c40
STORE popPrev=1 pushPrev=1 buffer=output sramRow=256 sramByte=0 bytesPerRow=4 rows=4 sramRowStride=64 dramAddr=0x2c40 dramRowStride=0x4 repeat=64 sramOuterStride=1 dramOuterStride=0x10
; sync: wait for both compute units (relay or fence)
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; layer gap: qglobal_avgpool 8x8x16 → 1x1x16, kernel 8x8 stride 1x1 on the vector unit
; tile output rows 0..0, channel groups 0..3
; input rows 0..7 of pool.clip
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=4 sramRowStride=64 dramAddr=0x2c40 dramRowStride=0x4 repeat=64 sramOuterStride=1 dramOuterStride=0x10 fill=0 fillByte=0
; compute tile output rows 0..0, channel groups 0..3
POOL popPrev=1 kind=avg srcRow=0 dstRow=256 channels=4 inH=8 inW=8 kernelH=8 kernelW=8 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL kind=avg srcRow=64 dstRow=257 channels=4 inH=8 inW=8 kernelH=8 kernelW=8 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL kind=avg srcRow=128 dstRow=258 channels=4 inH=8 inW=8 kernelH=8 kernelW=8 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL kind=avg srcRow=192 dstRow=259 channels=4 inH=8 inW=8 kernelH=8 kernelW=8 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; sync: wait for both compute units (relay or fence)
CONFIG pushNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; store tile output rows 0..0, channel groups 0..3
; pixel 0, channels 0..15 → the on-chip image of gap
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=256 srcByte=0 dstBuffer=input dstRow=16380 dstByte=0 bytesPerRow=4 rows=4 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; layer fc: qdense 1x1x16 → 1x1x10, int8 (weights i8, input u8), ws; input on chip, 1 channel group(s), 1 k-group(s), bands outer; predicted 183 cycles
; tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; weights of channel tile 0, chunks 0..3
LOAD pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=64 rows=1 sramRowStride=0 dramAddr=0x3c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..2
LOAD buffer=param sramRow=0 sramByte=0 bytesPerRow=144 rows=1 sramRowStride=0 dramAddr=0x480 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 1, chunks 0..3
LOAD pushNext=1 buffer=weight sramRow=16 sramByte=0 bytesPerRow=64 rows=1 sramRowStride=0 dramAddr=0x400 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 2, chunks 0..3
LOAD pushNext=1 buffer=weight sramRow=32 sramByte=0 bytesPerRow=64 rows=1 sramRowStride=0 dramAddr=0x440 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; window: pitch 16 B, 16 B per pixel, channels 0..15 per tap
WINDOW pitch=16 pixelBytes=16 cinTap=16 chanOffset=0 kernelW=1 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=1
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE popNext=1 inputRow=16380 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0 window=1
COMPUTE inputRow=16380 inputRowStride=0 weightRow=4 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=3 tileRowStride=4
COMPUTE popPrev=1 inputRow=16380 inputRowStride=0 weightRow=16 accRow=1 m=1 k=4 n=4 accumulate=0 window=1 tiles=4 tileRowStride=4
COMPUTE popPrev=1 inputRow=16380 inputRowStride=0 weightRow=32 accRow=2 m=1 k=4 n=2 accumulate=0 window=1 tiles=4 tileRowStride=4
; requantize channels 0..3, pixels 0..0
REQUANT accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=0 addBias=1 outZero=69 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channels 4..7, pixels 0..0
REQUANT pushNext=1 accRow=1 outRow=1 outByte=0 rows=1 n=4 paramRow=3 addBias=1 outZero=69 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channels 8..9, pixels 0..0
REQUANT pushNext=1 accRow=2 outRow=2 outByte=0 rows=1 n=2 paramRow=6 addBias=1 outZero=69 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; 1 pixels × channels 0..7 → fc @0x3080
STORE popPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=2 sramRowStride=1 dramAddr=0x3080 dramRowStride=0x4 repeat=1 sramOuterStride=1 dramOuterStride=0xa
; 1 pixels × channels 8..9 → fc @0x3080
STORE popPrev=1 buffer=output sramRow=2 sramByte=0 bytesPerRow=2 rows=1 sramRowStride=0 dramAddr=0x3088 dramRowStride=0x0 repeat=1 sramOuterStride=1 dramOuterStride=0xa
; end of program
HALT
