; cnn_bn (w8a8, seeded calibration) lowered for 4x4
; 4x4 ws, MACs/cycle int8 16 int4 32 binary 1024 w4a8 32 w4a8-log 32 w4a8-group 32 int8-group 16 fp8-e4m3 16 mxint8 16 mxfp8 16 mxfp4 16, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,28,28,1] NHWC @0x7c0
;   activation conv1 u8[1,28,28,8] NHWC @0xb00
;   activation pool1 u8[1,14,14,8] NHWC @0x2380
;   activation conv2 u8[1,7,7,16] NHWC @0x29c0
;   activation gap u8[1,16] NC @0x2d00
;   output     fc u8[1,10] NC @0x2d40
; layers: instructions, DRAM bytes read, DRAM bytes written
;   conv1              65      976        0
;   pool1              58        0        0
;   conv2              25     1344        0
;   gap                 6        0        0
;   fc                 16      336       10
;
; layer conv1: qconv2d 28x28x1 → 28x28x8, int8 (weights i8, input u8), ws; input from DRAM once, computed in 7 band(s), 2 channel group(s), 1 k-group(s), groups outer; predicted 8263 cycles
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile band 0 (output rows 0..3) channels 0..3 k-group 1 of 1
; band 0: input rows 0..27 of x_q (28 B each)
LOAD buffer=input sramRow=8 sramByte=1 bytesPerRow=28 rows=28 sramRowStride=8 dramAddr=0x7c0 dramRowStride=0x1c repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; band 0 padding: 1 row(s) above the image
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=30 rows=1 sramRowStride=8 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; band 0 padding: 1 row(s) below the image
LOAD buffer=input sramRow=232 sramByte=0 bytesPerRow=30 rows=1 sramRowStride=8 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; band 0 padding: left columns
LOAD buffer=input sramRow=8 sramByte=0 bytesPerRow=1 rows=28 sramRowStride=8 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; band 0 padding: right columns
LOAD buffer=input sramRow=15 sramByte=1 bytesPerRow=1 rows=28 sramRowStride=8 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; weights of channel tile 0, chunks 0..2
LOAD pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0x80 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..3) channels 0..3 k-group 1 of 1
; window: pitch 32 B, 1 B per pixel, channels 0..0 per tap
WINDOW pitch=32 pixelBytes=1 cinTap=1 chanOffset=0 kernelW=3 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=28
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=112 k=4 n=4 accumulate=0 window=1 tiles=2 tileRowStride=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=8 accRow=0 m=112 k=1 n=4 accumulate=1 window=1 kOffset=8 tiles=1
; compute tile band 1 (output rows 4..7) channels 0..3 k-group 1 of 1
COMPUTE inputRow=32 inputRowStride=0 weightRow=0 accRow=2048 m=112 k=4 n=4 accumulate=0 window=1 tiles=1
; requantize channels 0..3, pixels 0..111
REQUANT popPrev=1 accRow=0 outRow=6624 outByte=0 rows=112 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=32 inputRowStride=0 weightRow=4 accRow=2048 m=112 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=1
COMPUTE inputRow=32 inputRowStride=0 weightRow=8 accRow=2048 m=112 k=1 n=4 accumulate=1 window=1 kOffset=8 tiles=1
; compute tile band 2 (output rows 8..11) channels 0..3 k-group 1 of 1
COMPUTE inputRow=64 inputRowStride=0 weightRow=0 accRow=0 m=112 k=4 n=4 accumulate=0 window=1 tiles=1
; requantize channels 0..3, pixels 112..223
REQUANT accRow=2048 outRow=6736 outByte=0 rows=112 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=64 inputRowStride=0 weightRow=4 accRow=0 m=112 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=1
COMPUTE inputRow=64 inputRowStride=0 weightRow=8 accRow=0 m=112 k=1 n=4 accumulate=1 window=1 kOffset=8 tiles=1
; compute tile band 3 (output rows 12..15) channels 0..3 k-group 1 of 1
COMPUTE inputRow=96 inputRowStride=0 weightRow=0 accRow=2048 m=112 k=4 n=4 accumulate=0 window=1 tiles=1
; requantize channels 0..3, pixels 224..335
REQUANT accRow=0 outRow=6848 outByte=0 rows=112 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=96 inputRowStride=0 weightRow=4 accRow=2048 m=112 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=1
COMPUTE inputRow=96 inputRowStride=0 weightRow=8 accRow=2048 m=112 k=1 n=4 accumulate=1 window=1 kOffset=8 tiles=1
; compute tile band 4 (output rows 16..19) channels 0..3 k-group 1 of 1
COMPUTE inputRow=128 inputRowStride=0 weightRow=0 accRow=0 m=112 k=4 n=4 accumulate=0 window=1 tiles=1
; requantize channels 0..3, pixels 336..447
REQUANT accRow=2048 outRow=6960 outByte=0 rows=112 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=128 inputRowStride=0 weightRow=4 accRow=0 m=112 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=1
COMPUTE inputRow=128 inputRowStride=0 weightRow=8 accRow=0 m=112 k=1 n=4 accumulate=1 window=1 kOffset=8 tiles=1
; compute tile band 5 (output rows 20..23) channels 0..3 k-group 1 of 1
COMPUTE inputRow=160 inputRowStride=0 weightRow=0 accRow=2048 m=112 k=4 n=4 accumulate=0 window=1 tiles=1
; requantize channels 0..3, pixels 448..559
REQUANT accRow=0 outRow=7072 outByte=0 rows=112 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=160 inputRowStride=0 weightRow=4 accRow=2048 m=112 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=1
COMPUTE inputRow=160 inputRowStride=0 weightRow=8 accRow=2048 m=112 k=1 n=4 accumulate=1 window=1 kOffset=8 tiles=1
; tile band 0 (output rows 0..3) channels 4..7 k-group 1 of 1
; weights of channel tile 1, chunks 0..2
LOAD pushNext=1 buffer=weight sramRow=12 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0x30 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 1..1
LOAD pushNext=1 buffer=param sramRow=3 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0xb0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 6 (output rows 24..27) channels 0..3 k-group 1 of 1
COMPUTE inputRow=192 inputRowStride=0 weightRow=0 accRow=0 m=112 k=4 n=4 accumulate=0 window=1 tiles=1
; requantize channels 0..3, pixels 560..671
REQUANT accRow=2048 outRow=7184 outByte=0 rows=112 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=192 inputRowStride=0 weightRow=4 accRow=0 m=112 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=1
COMPUTE inputRow=192 inputRowStride=0 weightRow=8 accRow=0 m=112 k=1 n=4 accumulate=1 window=1 kOffset=8 tiles=1
; requantize channels 0..3, pixels 672..783
REQUANT accRow=0 outRow=7296 outByte=0 rows=112 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; compute tile band 0 (output rows 0..3) channels 4..7 k-group 1 of 1
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=12 accRow=2048 m=112 k=4 n=4 accumulate=0 window=1 tiles=2 tileRowStride=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=20 accRow=2048 m=112 k=1 n=4 accumulate=1 window=1 kOffset=8 tiles=1
; compute tile band 1 (output rows 4..7) channels 4..7 k-group 1 of 1
COMPUTE inputRow=32 inputRowStride=0 weightRow=12 accRow=0 m=112 k=4 n=4 accumulate=0 window=1 tiles=1
; requantize channels 4..7, pixels 0..111
REQUANT popPrev=1 accRow=2048 outRow=7408 outByte=0 rows=112 n=4 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=32 inputRowStride=0 weightRow=16 accRow=0 m=112 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=1
COMPUTE inputRow=32 inputRowStride=0 weightRow=20 accRow=0 m=112 k=1 n=4 accumulate=1 window=1 kOffset=8 tiles=1
; compute tile band 2 (output rows 8..11) channels 4..7 k-group 1 of 1
COMPUTE inputRow=64 inputRowStride=0 weightRow=12 accRow=2048 m=112 k=4 n=4 accumulate=0 window=1 tiles=1
; requantize channels 4..7, pixels 112..223
REQUANT accRow=0 outRow=7520 outByte=0 rows=112 n=4 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=64 inputRowStride=0 weightRow=16 accRow=2048 m=112 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=1
COMPUTE inputRow=64 inputRowStride=0 weightRow=20 accRow=2048 m=112 k=1 n=4 accumulate=1 window=1 kOffset=8 tiles=1
; compute tile band 3 (output rows 12..15) channels 4..7 k-group 1 of 1
COMPUTE inputRow=96 inputRowStride=0 weightRow=12 accRow=0 m=112 k=4 n=4 accumulate=0 window=1 tiles=1
; requantize channels 4..7, pixels 224..335
REQUANT accRow=2048 outRow=7632 outByte=0 rows=112 n=4 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=96 inputRowStride=0 weightRow=16 accRow=0 m=112 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=1
COMPUTE inputRow=96 inputRowStride=0 weightRow=20 accRow=0 m=112 k=1 n=4 accumulate=1 window=1 kOffset=8 tiles=1
; compute tile band 4 (output rows 16..19) channels 4..7 k-group 1 of 1
COMPUTE inputRow=128 inputRowStride=0 weightRow=12 accRow=2048 m=112 k=4 n=4 accumulate=0 window=1 tiles=1
; requantize channels 4..7, pixels 336..447
REQUANT accRow=0 outRow=7744 outByte=0 rows=112 n=4 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=128 inputRowStride=0 weightRow=16 accRow=2048 m=112 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=1
COMPUTE inputRow=128 inputRowStride=0 weightRow=20 accRow=2048 m=112 k=1 n=4 accumulate=1 window=1 kOffset=8 tiles=1
; compute tile band 5 (output rows 20..23) channels 4..7 k-group 1 of 1
COMPUTE inputRow=160 inputRowStride=0 weightRow=12 accRow=0 m=112 k=4 n=4 accumulate=0 window=1 tiles=1
; requantize channels 4..7, pixels 448..559
REQUANT accRow=2048 outRow=7856 outByte=0 rows=112 n=4 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=160 inputRowStride=0 weightRow=16 accRow=0 m=112 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=1
COMPUTE inputRow=160 inputRowStride=0 weightRow=20 accRow=0 m=112 k=1 n=4 accumulate=1 window=1 kOffset=8 tiles=1
; compute tile band 6 (output rows 24..27) channels 4..7 k-group 1 of 1
COMPUTE inputRow=192 inputRowStride=0 weightRow=12 accRow=2048 m=112 k=4 n=4 accumulate=0 window=1 tiles=1
; requantize channels 4..7, pixels 560..671
REQUANT accRow=0 outRow=7968 outByte=0 rows=112 n=4 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=192 inputRowStride=0 weightRow=16 accRow=2048 m=112 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=1
COMPUTE pushPrev=1 inputRow=192 inputRowStride=0 weightRow=20 accRow=2048 m=112 k=1 n=4 accumulate=1 window=1 kOffset=8 tiles=1
; requantize channels 4..7, pixels 672..783
REQUANT pushPrev=1 accRow=2048 outRow=8080 outByte=0 rows=112 n=4 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; layer pool1: qmaxpool 28x28x8 → 14x14x8, kernel 2x2 stride 2x2 on the vector unit, input on chip
; tile output rows 0..0, channel groups 0..1
; padding of the on-chip image of pool1: top rows
LOAD buffer=input sramRow=15934 sramByte=0 bytesPerRow=120 rows=1 sramRowStride=30 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; padding of the on-chip image of pool1: left columns
LOAD buffer=input sramRow=15964 sramByte=0 bytesPerRow=8 rows=14 sramRowStride=30 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; compute tile output rows 0..0, channel groups 0..1
POOL pushNext=1 kind=max srcRow=6624 dstRow=0 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL pushNext=1 kind=max srcRow=7408 dstRow=14 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 0..0, channel groups 0..1
; 14 pixels of channels 0..3 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=15966 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; 14 pixels of channels 4..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=14 srcByte=0 dstBuffer=input dstRow=15967 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 1..1, channel groups 0..1
POOL pushNext=1 kind=max srcRow=6680 dstRow=3312 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL pushNext=1 kind=max srcRow=7464 dstRow=3326 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 1..1, channel groups 0..1
; 14 pixels of channels 0..3 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=3312 srcByte=0 dstBuffer=input dstRow=15996 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; 14 pixels of channels 4..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=3326 srcByte=0 dstBuffer=input dstRow=15997 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 2..2, channel groups 0..1
POOL popNext=1 pushNext=1 kind=max srcRow=6736 dstRow=0 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL popNext=1 pushNext=1 kind=max srcRow=7520 dstRow=14 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 2..2, channel groups 0..1
; 14 pixels of channels 0..3 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=16026 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; 14 pixels of channels 4..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=14 srcByte=0 dstBuffer=input dstRow=16027 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 3..3, channel groups 0..1
POOL popNext=1 pushNext=1 kind=max srcRow=6792 dstRow=3312 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL popNext=1 pushNext=1 kind=max srcRow=7576 dstRow=3326 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 3..3, channel groups 0..1
; 14 pixels of channels 0..3 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=3312 srcByte=0 dstBuffer=input dstRow=16056 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; 14 pixels of channels 4..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=3326 srcByte=0 dstBuffer=input dstRow=16057 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 4..4, channel groups 0..1
POOL popNext=1 pushNext=1 kind=max srcRow=6848 dstRow=0 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL popNext=1 pushNext=1 kind=max srcRow=7632 dstRow=14 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 4..4, channel groups 0..1
; 14 pixels of channels 0..3 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=16086 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; 14 pixels of channels 4..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=14 srcByte=0 dstBuffer=input dstRow=16087 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 5..5, channel groups 0..1
POOL popNext=1 pushNext=1 kind=max srcRow=6904 dstRow=3312 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL popNext=1 pushNext=1 kind=max srcRow=7688 dstRow=3326 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 5..5, channel groups 0..1
; 14 pixels of channels 0..3 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=3312 srcByte=0 dstBuffer=input dstRow=16116 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; 14 pixels of channels 4..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=3326 srcByte=0 dstBuffer=input dstRow=16117 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 6..6, channel groups 0..1
POOL popNext=1 pushNext=1 kind=max srcRow=6960 dstRow=0 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL popNext=1 pushNext=1 kind=max srcRow=7744 dstRow=14 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 6..6, channel groups 0..1
; 14 pixels of channels 0..3 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=16146 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; 14 pixels of channels 4..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=14 srcByte=0 dstBuffer=input dstRow=16147 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 7..7, channel groups 0..1
POOL popNext=1 pushNext=1 kind=max srcRow=7016 dstRow=3312 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL popNext=1 pushNext=1 kind=max srcRow=7800 dstRow=3326 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 7..7, channel groups 0..1
; 14 pixels of channels 0..3 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=3312 srcByte=0 dstBuffer=input dstRow=16176 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; 14 pixels of channels 4..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=3326 srcByte=0 dstBuffer=input dstRow=16177 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 8..8, channel groups 0..1
POOL popNext=1 pushNext=1 kind=max srcRow=7072 dstRow=0 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL popNext=1 pushNext=1 kind=max srcRow=7856 dstRow=14 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 8..8, channel groups 0..1
; 14 pixels of channels 0..3 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=16206 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; 14 pixels of channels 4..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=14 srcByte=0 dstBuffer=input dstRow=16207 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 9..9, channel groups 0..1
POOL popNext=1 pushNext=1 kind=max srcRow=7128 dstRow=3312 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL popNext=1 pushNext=1 kind=max srcRow=7912 dstRow=3326 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 9..9, channel groups 0..1
; 14 pixels of channels 0..3 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=3312 srcByte=0 dstBuffer=input dstRow=16236 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; 14 pixels of channels 4..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=3326 srcByte=0 dstBuffer=input dstRow=16237 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 10..10, channel groups 0..1
POOL popNext=1 pushNext=1 kind=max srcRow=7184 dstRow=0 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL popNext=1 pushNext=1 kind=max srcRow=7968 dstRow=14 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 10..10, channel groups 0..1
; 14 pixels of channels 0..3 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=16266 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; 14 pixels of channels 4..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=14 srcByte=0 dstBuffer=input dstRow=16267 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 11..11, channel groups 0..1
POOL popNext=1 pushNext=1 kind=max srcRow=7240 dstRow=3312 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL popNext=1 pushNext=1 kind=max srcRow=8024 dstRow=3326 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 11..11, channel groups 0..1
; 14 pixels of channels 0..3 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=3312 srcByte=0 dstBuffer=input dstRow=16296 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; 14 pixels of channels 4..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=3326 srcByte=0 dstBuffer=input dstRow=16297 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 12..12, channel groups 0..1
POOL popNext=1 pushNext=1 kind=max srcRow=7296 dstRow=0 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL popNext=1 pushNext=1 kind=max srcRow=8080 dstRow=14 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 12..12, channel groups 0..1
; 14 pixels of channels 0..3 → the on-chip image of pool1
MOVE popPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=16326 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; 14 pixels of channels 4..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=14 srcByte=0 dstBuffer=input dstRow=16327 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile output rows 13..13, channel groups 0..1
POOL popNext=1 pushNext=1 kind=max srcRow=7352 dstRow=3312 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL popNext=1 pushNext=1 kind=max srcRow=8136 dstRow=3326 channels=4 inH=2 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 13..13, channel groups 0..1
; 14 pixels of channels 0..3 → the on-chip image of pool1
MOVE popPrev=1 srcBuffer=output srcRow=3312 srcByte=0 dstBuffer=input dstRow=16356 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; 14 pixels of channels 4..7 → the on-chip image of pool1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=3326 srcByte=0 dstBuffer=input dstRow=16357 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=1 srcOuterStride=0 dstOuterStride=0
; layer conv2: qconv2d 14x14x8 → 7x7x16, int8 (weights i8, input u8), ws; input on chip, 1 channel group(s), 1 k-group(s), bands outer; predicted 3449 cycles
; tile band 0 (output rows 0..6) channels 0..15 k-group 1 of 1
; weights of channel tile 0, chunks 0..17
LOAD popNext=1 pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=288 rows=1 sramRowStride=0 dramAddr=0x100 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..3
LOAD popNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0x580 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 1, chunks 0..17
LOAD pushNext=1 buffer=weight sramRow=72 sramByte=0 bytesPerRow=288 rows=1 sramRowStride=0 dramAddr=0x220 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 2, chunks 0..17
LOAD pushNext=1 buffer=weight sramRow=144 sramByte=0 bytesPerRow=288 rows=1 sramRowStride=0 dramAddr=0x340 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 3, chunks 0..17
LOAD pushNext=1 buffer=weight sramRow=216 sramByte=0 bytesPerRow=288 rows=1 sramRowStride=0 dramAddr=0x460 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..6) channels 0..15 k-group 1 of 1
; window: pitch 120 B, 8 B per pixel, channels 0..7 per tap
WINDOW pitch=120 pixelBytes=8 cinTap=8 chanOffset=0 kernelW=3 strideH=2 strideW=2 dilationH=1 dilationW=1 outW=7
COMPUTE popPrev=1 pushPrev=1 inputRow=15934 inputRowStride=0 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=0 window=1 tiles=4 tileRowStride=4
COMPUTE inputRow=15934 inputRowStride=0 weightRow=16 accRow=0 m=49 k=4 n=4 accumulate=1 window=1 kOffset=16 tiles=2 tileRowStride=4
LOAD_WEIGHTS weightRow=24 k=4 n=4
COMPUTE popNext=1 inputRow=15934 inputRowStride=0 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1 window=1 kOffset=24
COMPUTE inputRow=15934 inputRowStride=0 weightRow=28 accRow=0 m=49 k=4 n=4 accumulate=1 window=1 kOffset=28 tiles=5 tileRowStride=4
LOAD_WEIGHTS weightRow=48 k=4 n=4
COMPUTE popNext=1 inputRow=15934 inputRowStride=0 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1 window=1 kOffset=48
COMPUTE inputRow=15934 inputRowStride=0 weightRow=52 accRow=0 m=49 k=4 n=4 accumulate=1 window=1 kOffset=52 tiles=5 tileRowStride=4
COMPUTE popPrev=1 inputRow=15934 inputRowStride=0 weightRow=72 accRow=49 m=49 k=4 n=4 accumulate=0 window=1 tiles=1
; requantize channels 0..3, pixels 0..48
REQUANT accRow=0 outRow=7996 outByte=0 rows=49 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=15934 inputRowStride=0 weightRow=76 accRow=49 m=49 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=17 tileRowStride=4
COMPUTE popPrev=1 inputRow=15934 inputRowStride=0 weightRow=144 accRow=98 m=49 k=4 n=4 accumulate=0 window=1 tiles=1
; requantize channels 4..7, pixels 0..48
REQUANT accRow=49 outRow=8045 outByte=0 rows=49 n=4 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=15934 inputRowStride=0 weightRow=148 accRow=98 m=49 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=17 tileRowStride=4
COMPUTE popPrev=1 inputRow=15934 inputRowStride=0 weightRow=216 accRow=147 m=49 k=4 n=4 accumulate=0 window=1 tiles=1
; requantize channels 8..11, pixels 0..48
REQUANT pushPrev=1 accRow=98 outRow=8094 outByte=0 rows=49 n=4 paramRow=6 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE pushPrev=1 inputRow=15934 inputRowStride=0 weightRow=220 accRow=147 m=49 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=1
COMPUTE inputRow=15934 inputRowStride=0 weightRow=224 accRow=147 m=49 k=4 n=4 accumulate=1 window=1 kOffset=8 tiles=16 tileRowStride=4
; requantize channels 12..15, pixels 0..48
REQUANT accRow=147 outRow=8143 outByte=0 rows=49 n=4 paramRow=9 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; layer gap: qglobal_avgpool 7x7x16 → 1x1x16, kernel 7x7 stride 1x1 on the vector unit, input on chip
; compute tile output rows 0..0, channel groups 0..3
POOL kind=avg srcRow=7996 dstRow=0 channels=4 inH=7 inW=7 kernelH=7 kernelW=7 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL kind=avg srcRow=8045 dstRow=1 channels=4 inH=7 inW=7 kernelH=7 kernelW=7 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL kind=avg srcRow=8094 dstRow=2 channels=4 inH=7 inW=7 kernelH=7 kernelW=7 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL kind=avg srcRow=8143 dstRow=3 channels=4 inH=7 inW=7 kernelH=7 kernelW=7 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; sync: wait for both compute units (relay or fence)
CONFIG pushNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; store tile output rows 0..0, channel groups 0..3
; pixel 0, channels 0..15 → the on-chip image of gap
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=16380 dstByte=0 bytesPerRow=4 rows=4 srcRowStride=1 dstRowStride=1 repeat=1 srcOuterStride=0 dstOuterStride=0
; layer fc: qdense 1x1x16 → 1x1x10, int8 (weights i8, input u8), ws; input on chip, 1 channel group(s), 1 k-group(s), bands outer; predicted 411 cycles
; tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; weights of channel tile 0, chunks 0..3
LOAD popNext=1 pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=64 rows=1 sramRowStride=0 dramAddr=0x640 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..2
LOAD popNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=144 rows=1 sramRowStride=0 dramAddr=0x700 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 1, chunks 0..3
LOAD popNext=1 pushNext=1 buffer=weight sramRow=16 sramByte=0 bytesPerRow=64 rows=1 sramRowStride=0 dramAddr=0x680 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 2, chunks 0..3
LOAD pushNext=1 buffer=weight sramRow=32 sramByte=0 bytesPerRow=64 rows=1 sramRowStride=0 dramAddr=0x6c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; window: pitch 16 B, 16 B per pixel, channels 0..15 per tap
WINDOW pitch=16 pixelBytes=16 cinTap=16 chanOffset=0 kernelW=1 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=1
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE popNext=1 inputRow=16380 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0 window=1
COMPUTE inputRow=16380 inputRowStride=0 weightRow=4 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4 tiles=3 tileRowStride=4
COMPUTE popPrev=1 inputRow=16380 inputRowStride=0 weightRow=16 accRow=1 m=1 k=4 n=4 accumulate=0 window=1 tiles=4 tileRowStride=4
COMPUTE popPrev=1 inputRow=16380 inputRowStride=0 weightRow=32 accRow=2 m=1 k=4 n=2 accumulate=0 window=1 tiles=4 tileRowStride=4
; requantize channels 0..3, pixels 0..0
REQUANT accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=0 addBias=1 outZero=150 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channels 4..7, pixels 0..0
REQUANT pushNext=1 accRow=1 outRow=1 outByte=0 rows=1 n=4 paramRow=3 addBias=1 outZero=150 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channels 8..9, pixels 0..0
REQUANT pushNext=1 accRow=2 outRow=2 outByte=0 rows=1 n=2 paramRow=6 addBias=1 outZero=150 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; 1 pixels × channels 0..7 → fc @0x2d40
STORE popPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=2 sramRowStride=1 dramAddr=0x2d40 dramRowStride=0x4 repeat=1 sramOuterStride=1 dramOuterStride=0xa
; 1 pixels × channels 8..9 → fc @0x2d40
STORE popPrev=1 buffer=output sramRow=2 sramByte=0 bytesPerRow=2 rows=1 sramRowStride=0 dramAddr=0x2d48 dramRowStride=0x0 repeat=1 sramOuterStride=1 dramOuterStride=0xa
; end of program
HALT
