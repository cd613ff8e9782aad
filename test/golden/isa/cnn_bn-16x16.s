; cnn_bn (w8a8, seeded calibration) lowered for 16x16
; 16x16 ws, MACs/cycle int8 256 int4 512 binary 16384 w4a8 512 w4a8-log 512 w4a8-group 512 int8-group 256 fp8-e4m3 256 mxint8 256 mxfp8 256 mxfp4 256, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,28,28,1] NHWC @0x940
;   activation conv1 u8[1,28,28,8] NHWC @0xc80
;   activation pool1 u8[1,14,14,8] NHWC @0x2500
;   activation conv2 u8[1,7,7,16] NHWC @0x2b40
;   activation gap u8[1,16] NC @0x2e80
;   output     fc u8[1,10] NC @0x2ec0
; layers: instructions, DRAM bytes read, DRAM bytes written
;   conv1              23     1232        0
;   pool1              30        0        0
;   conv2              11     1472        0
;   gap                 3        0        0
;   fc                  8      448       10
;
; layer conv1: qconv2d 28x28x1 → 28x28x8, int8 (weights i8, input u8), ws; input from DRAM once, computed in 7 band(s), 1 channel group(s), 1 k-group(s), bands outer; predicted 1243 cycles
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile band 0 (output rows 0..3) channels 0..7 k-group 1 of 1
; band 0: input rows 0..27 of x_q (28 B each)
LOAD buffer=input sramRow=2 sramByte=1 bytesPerRow=28 rows=28 sramRowStride=2 dramAddr=0x940 dramRowStride=0x1c repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; band 0 padding: 1 row(s) above the image
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=30 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; band 0 padding: 1 row(s) below the image
LOAD buffer=input sramRow=58 sramByte=0 bytesPerRow=30 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; band 0 padding: left columns
LOAD buffer=input sramRow=2 sramByte=0 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; band 0 padding: right columns
LOAD buffer=input sramRow=3 sramByte=13 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; weights of channel tile 0, chunks 0..0
LOAD pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0x100 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..3) channels 0..7 k-group 1 of 1
; window: pitch 32 B, 1 B per pixel, channels 0..0 per tap
WINDOW pitch=32 pixelBytes=1 cinTap=1 chanOffset=0 kernelW=3 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=28
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=112 k=9 n=8 accumulate=0 window=1 tiles=1
; compute tile band 1 (output rows 4..7) channels 0..7 k-group 1 of 1
COMPUTE inputRow=8 inputRowStride=0 weightRow=0 accRow=341 m=112 k=9 n=8 accumulate=0 window=1 tiles=1
; requantize channels 0..7, pixels 0..111
REQUANT popPrev=1 accRow=0 outRow=1264 outByte=0 rows=112 n=8 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; compute tile band 2 (output rows 8..11) channels 0..7 k-group 1 of 1
COMPUTE inputRow=16 inputRowStride=0 weightRow=0 accRow=682 m=112 k=9 n=8 accumulate=0 window=1 tiles=1
; requantize channels 0..7, pixels 112..223
REQUANT accRow=341 outRow=1376 outByte=0 rows=112 n=8 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; compute tile band 3 (output rows 12..15) channels 0..7 k-group 1 of 1
COMPUTE inputRow=24 inputRowStride=0 weightRow=0 accRow=0 m=112 k=9 n=8 accumulate=0 window=1 tiles=1
; requantize channels 0..7, pixels 224..335
REQUANT accRow=682 outRow=1488 outByte=0 rows=112 n=8 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; compute tile band 4 (output rows 16..19) channels 0..7 k-group 1 of 1
COMPUTE inputRow=32 inputRowStride=0 weightRow=0 accRow=341 m=112 k=9 n=8 accumulate=0 window=1 tiles=1
; requantize channels 0..7, pixels 336..447
REQUANT accRow=0 outRow=1600 outByte=0 rows=112 n=8 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; compute tile band 5 (output rows 20..23) channels 0..7 k-group 1 of 1
COMPUTE inputRow=40 inputRowStride=0 weightRow=0 accRow=682 m=112 k=9 n=8 accumulate=0 window=1 tiles=1
; requantize channels 0..7, pixels 448..559
REQUANT accRow=341 outRow=1712 outByte=0 rows=112 n=8 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; compute tile band 6 (output rows 24..27) channels 0..7 k-group 1 of 1
COMPUTE pushPrev=1 inputRow=48 inputRowStride=0 weightRow=0 accRow=0 m=112 k=9 n=8 accumulate=0 window=1 tiles=1
; requantize channels 0..7, pixels 560..671
REQUANT accRow=682 outRow=1824 outByte=0 rows=112 n=8 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channels 0..7, pixels 672..783
REQUANT pushPrev=1 accRow=0 outRow=1936 outByte=0 rows=112 n=8 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; layer pool1: qmaxpool 28x28x8 → 14x14x8, kernel 2x2 stride 2x2 on the vector unit, input on chip
; tile output rows 0..0, channel groups 0..0
; padding of the on-chip image of pool1: top rows
LOAD buffer=input sramRow=3871 sramByte=0 bytesPerRow=240 rows=1 sramRowStride=15 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; padding of the on-chip image of pool1: left columns
LOAD buffer=input sramRow=3886 sramByte=0 bytesPerRow=16 rows=14 sramRowStride=15 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; compute tile output rows 0..0, channel groups 0..0
POOL pushNext=1 kind=max srcRow=1264 dstRow=0 channels=8 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 0..0, channel groups 0..0
; 14 pixels of channels 0..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=3887 dstByte=0 bytesPerRow=8 rows=14 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 1..1, channel groups 0..0
POOL pushNext=1 kind=max srcRow=1320 dstRow=632 channels=8 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 1..1, channel groups 0..0
; 14 pixels of channels 0..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=632 srcByte=0 dstBuffer=input dstRow=3902 dstByte=0 bytesPerRow=8 rows=14 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 2..2, channel groups 0..0
POOL popNext=1 pushNext=1 kind=max srcRow=1376 dstRow=0 channels=8 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 2..2, channel groups 0..0
; 14 pixels of channels 0..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=3917 dstByte=0 bytesPerRow=8 rows=14 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 3..3, channel groups 0..0
POOL popNext=1 pushNext=1 kind=max srcRow=1432 dstRow=632 channels=8 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 3..3, channel groups 0..0
; 14 pixels of channels 0..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=632 srcByte=0 dstBuffer=input dstRow=3932 dstByte=0 bytesPerRow=8 rows=14 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 4..4, channel groups 0..0
POOL popNext=1 pushNext=1 kind=max srcRow=1488 dstRow=0 channels=8 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 4..4, channel groups 0..0
; 14 pixels of channels 0..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=3947 dstByte=0 bytesPerRow=8 rows=14 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 5..5, channel groups 0..0
POOL popNext=1 pushNext=1 kind=max srcRow=1544 dstRow=632 channels=8 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 5..5, channel groups 0..0
; 14 pixels of channels 0..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=632 srcByte=0 dstBuffer=input dstRow=3962 dstByte=0 bytesPerRow=8 rows=14 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 6..6, channel groups 0..0
POOL popNext=1 pushNext=1 kind=max srcRow=1600 dstRow=0 channels=8 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 6..6, channel groups 0..0
; 14 pixels of channels 0..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=3977 dstByte=0 bytesPerRow=8 rows=14 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 7..7, channel groups 0..0
POOL popNext=1 pushNext=1 kind=max srcRow=1656 dstRow=632 channels=8 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 7..7, channel groups 0..0
; 14 pixels of channels 0..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=632 srcByte=0 dstBuffer=input dstRow=3992 dstByte=0 bytesPerRow=8 rows=14 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 8..8, channel groups 0..0
POOL popNext=1 pushNext=1 kind=max srcRow=1712 dstRow=0 channels=8 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 8..8, channel groups 0..0
; 14 pixels of channels 0..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=4007 dstByte=0 bytesPerRow=8 rows=14 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 9..9, channel groups 0..0
POOL popNext=1 pushNext=1 kind=max srcRow=1768 dstRow=632 channels=8 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 9..9, channel groups 0..0
; 14 pixels of channels 0..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=632 srcByte=0 dstBuffer=input dstRow=4022 dstByte=0 bytesPerRow=8 rows=14 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 10..10, channel groups 0..0
POOL popNext=1 pushNext=1 kind=max srcRow=1824 dstRow=0 channels=8 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 10..10, channel groups 0..0
; 14 pixels of channels 0..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=4037 dstByte=0 bytesPerRow=8 rows=14 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 11..11, channel groups 0..0
POOL popNext=1 pushNext=1 kind=max srcRow=1880 dstRow=632 channels=8 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 11..11, channel groups 0..0
; 14 pixels of channels 0..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=632 srcByte=0 dstBuffer=input dstRow=4052 dstByte=0 bytesPerRow=8 rows=14 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 12..12, channel groups 0..0
POOL popNext=1 pushNext=1 kind=max srcRow=1936 dstRow=0 channels=8 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 12..12, channel groups 0..0
; 14 pixels of channels 0..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=4067 dstByte=0 bytesPerRow=8 rows=14 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 13..13, channel groups 0..0
POOL popNext=1 pushNext=1 kind=max srcRow=1992 dstRow=632 channels=8 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 13..13, channel groups 0..0
; 14 pixels of channels 0..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=632 srcByte=0 dstBuffer=input dstRow=4082 dstByte=0 bytesPerRow=8 rows=14 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; layer conv2: qconv2d 14x14x8 → 7x7x16, int8 (weights i8, input u8), ws; input on chip, 1 channel group(s), 1 k-group(s), bands outer; predicted 272 cycles
; tile band 0 (output rows 0..6) channels 0..15 k-group 1 of 1
; weights of channel tile 0, chunks 0..4
LOAD popNext=1 pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=1280 rows=1 sramRowStride=0 dramAddr=0x1c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD popNext=1 pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0x6c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..6) channels 0..15 k-group 1 of 1
; window: pitch 240 B, 16 B per pixel, channels 0..7 per tap
WINDOW pitch=240 pixelBytes=16 cinTap=8 chanOffset=0 kernelW=3 strideH=2 strideW=2 dilationH=1 dilationW=1 outW=7
COMPUTE popPrev=1 pushPrev=1 inputRow=3871 inputRowStride=0 weightRow=0 accRow=0 m=49 k=16 n=16 accumulate=0 window=1 tiles=1
LOAD_WEIGHTS weightRow=16 k=16 n=16
COMPUTE popNext=1 inputRow=3871 inputRowStride=0 weightRow=0 accRow=0 m=49 k=16 n=16 accumulate=1 window=1 kOffset=16
COMPUTE inputRow=3871 inputRowStride=0 weightRow=32 accRow=0 m=49 k=16 n=16 accumulate=1 window=1 kOffset=32 tiles=1
LOAD_WEIGHTS weightRow=48 k=16 n=16
COMPUTE popNext=1 inputRow=3871 inputRowStride=0 weightRow=0 accRow=0 m=49 k=16 n=16 accumulate=1 window=1 kOffset=48
COMPUTE inputRow=3871 inputRowStride=0 weightRow=64 accRow=0 m=49 k=8 n=16 accumulate=1 window=1 kOffset=64 tiles=1
; requantize channels 0..15, pixels 0..48
REQUANT popPrev=1 pushPrev=1 accRow=0 outRow=1999 outByte=0 rows=49 n=16 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; layer gap: qglobal_avgpool 7x7x16 → 1x1x16, kernel 7x7 stride 1x1 on the vector unit, input on chip
; compute tile output rows 0..0, channel groups 0..0
POOL kind=avg srcRow=1999 dstRow=0 channels=16 inH=7 inW=7 kernelH=7 kernelW=7 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; sync: wait for both compute units (relay or fence)
CONFIG pushNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; store tile output rows 0..0, channel groups 0..0
; 1 pixels of channels 0..15 → the on-chip image of gap
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=4095 dstByte=0 bytesPerRow=16 rows=1 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; layer fc: qdense 1x1x16 → 1x1x10, int8 (weights i8, input u8), ws; input on chip, 1 channel group(s), 1 k-group(s), bands outer; predicted 173 cycles
; tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; weights of channel tile 0, chunks 0..0
LOAD popNext=1 pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0x780 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD popNext=1 pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0x880 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; window: pitch 16 B, 16 B per pixel, channels 0..15 per tap
WINDOW pitch=16 pixelBytes=16 cinTap=16 chanOffset=0 kernelW=1 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=1
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=10
COMPUTE popNext=1 inputRow=4095 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=0 window=1
; requantize channels 0..9, pixels 0..0
REQUANT popPrev=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=10 paramRow=0 addBias=1 outZero=150 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; 1 pixels × channels 0..9 → fc @0x2ec0
STORE popPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=10 rows=1 sramRowStride=0 dramAddr=0x2ec0 dramRowStride=0x0 repeat=1 sramOuterStride=1 dramOuterStride=0xa
; end of program
HALT
