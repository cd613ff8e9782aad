; cnn_bn (w8a8, seeded calibration) lowered for 4x4
; 4x4 ws, MACs/cycle int8 16 int4 32 binary 1024 w4a8 32, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,28,28,1] NHWC @0x0
;   activation conv1 u8[1,28,28,8] NHWC @0x340
;   activation pool1 u8[1,14,14,8] NHWC @0x1bc0
;   activation conv2 u8[1,7,7,16] NHWC @0x2200
;   activation gap u8[1,16] NC @0x2540
;   output     fc u8[1,10] NC @0x2580
; layers: instructions, DRAM bytes read, DRAM bytes written
;   conv1              39     6916     6272
;   pool1               7     6272     1568
;   conv2             180     4544      784
;   gap                13      784       16
;   fc                 34      352       10
;
; layer conv1: qconv2d 28x28x1 → 28x28x8, int8 (weights i8, input u8), ws
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..27, cols 0..27) channels 0..7 k-group 1 of 1
; im2col tap (0,0) out rows 1..27 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=87 sramByte=0 bytesPerRow=1 rows=27 sramRowStride=3 dramAddr=0x0 dramRowStride=0x1 repeat=27 sramOuterStride=84 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,0) out rows 0..0 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=1 rows=28 sramRowStride=3 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,0) out rows 1..27 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=84 sramByte=0 bytesPerRow=1 rows=1 sramRowStride=3 dramAddr=0x0 dramRowStride=0x0 repeat=27 sramOuterStride=84 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,1) out rows 1..27 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=84 sramByte=1 bytesPerRow=1 rows=28 sramRowStride=3 dramAddr=0x0 dramRowStride=0x1 repeat=27 sramOuterStride=84 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,1) out rows 0..0 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=1 bytesPerRow=1 rows=28 sramRowStride=3 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,2) out rows 1..27 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=84 sramByte=2 bytesPerRow=1 rows=27 sramRowStride=3 dramAddr=0x1 dramRowStride=0x1 repeat=27 sramOuterStride=84 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,2) out rows 0..0 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=2 bytesPerRow=1 rows=28 sramRowStride=3 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,2) out rows 1..27 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=165 sramByte=2 bytesPerRow=1 rows=1 sramRowStride=3 dramAddr=0x0 dramRowStride=0x0 repeat=27 sramOuterStride=84 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,0) out rows 0..27 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=3 sramByte=3 bytesPerRow=1 rows=27 sramRowStride=3 dramAddr=0x0 dramRowStride=0x1 repeat=28 sramOuterStride=84 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,0) out rows 0..27 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=3 bytesPerRow=1 rows=1 sramRowStride=3 dramAddr=0x0 dramRowStride=0x0 repeat=28 sramOuterStride=84 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,1) out rows 0..27 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=1 sramByte=0 bytesPerRow=1 rows=28 sramRowStride=3 dramAddr=0x0 dramRowStride=0x1 repeat=28 sramOuterStride=84 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,2) out rows 0..27 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=1 sramByte=1 bytesPerRow=1 rows=27 sramRowStride=3 dramAddr=0x1 dramRowStride=0x1 repeat=28 sramOuterStride=84 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,2) out rows 0..27 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=82 sramByte=1 bytesPerRow=1 rows=1 sramRowStride=3 dramAddr=0x0 dramRowStride=0x0 repeat=28 sramOuterStride=84 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,0) out rows 0..26 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=4 sramByte=2 bytesPerRow=1 rows=27 sramRowStride=3 dramAddr=0x1c dramRowStride=0x1 repeat=27 sramOuterStride=84 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,0) out rows 27..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=2269 sramByte=2 bytesPerRow=1 rows=28 sramRowStride=3 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,0) out rows 0..26 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=1 sramByte=2 bytesPerRow=1 rows=1 sramRowStride=3 dramAddr=0x0 dramRowStride=0x0 repeat=27 sramOuterStride=84 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,1) out rows 0..26 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=1 sramByte=3 bytesPerRow=1 rows=28 sramRowStride=3 dramAddr=0x1c dramRowStride=0x1 repeat=27 sramOuterStride=84 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,1) out rows 27..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=2269 sramByte=3 bytesPerRow=1 rows=28 sramRowStride=3 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,2) out rows 0..26 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=2 sramByte=0 bytesPerRow=1 rows=27 sramRowStride=3 dramAddr=0x1d dramRowStride=0x1 repeat=27 sramOuterStride=84 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,2) out rows 27..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=2270 sramByte=0 bytesPerRow=1 rows=28 sramRowStride=3 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,2) out rows 0..26 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=83 sramByte=0 bytesPerRow=1 rows=1 sramRowStride=3 dramAddr=0x0 dramRowStride=0x0 repeat=27 sramOuterStride=84 dramOuterStride=0x0 fill=1 fillByte=127
; weights: 2 channel tile(s) × chunks 0..2 @0x25c0
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=4 rows=12 sramRowStride=1 dramAddr=0x25c0 dramRowStride=0x4 repeat=2 sramOuterStride=12 dramOuterStride=0x30 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..1
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=16 rows=6 sramRowStride=1 dramAddr=0x2640 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile block 0 (out rows 0..27, cols 0..27) channels 0..7 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE inputRow=0 inputRowStride=3 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 0
LOAD_WEIGHTS weightRow=4 k=4 n=4
COMPUTE inputRow=1 inputRowStride=3 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 0
LOAD_WEIGHTS weightRow=8 k=1 n=4
COMPUTE inputRow=2 inputRowStride=3 weightRow=0 accRow=0 m=784 k=1 n=4 accumulate=1
; latch chunk 0 of channel tile 1
LOAD_WEIGHTS weightRow=12 k=4 n=4
COMPUTE inputRow=0 inputRowStride=3 weightRow=0 accRow=784 m=784 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 1
LOAD_WEIGHTS weightRow=16 k=4 n=4
COMPUTE inputRow=1 inputRowStride=3 weightRow=0 accRow=784 m=784 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 1
LOAD_WEIGHTS weightRow=20 k=1 n=4
COMPUTE inputRow=2 inputRowStride=3 weightRow=0 accRow=784 m=784 k=1 n=4 accumulate=1
; requantize channel tile 0
REQUANT accRow=0 outRow=0 outByte=0 rows=784 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 1
REQUANT pushNext=1 accRow=784 outRow=784 outByte=0 rows=784 n=4 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..27, cols 0..27) channels 0..7 k-group 1 of 1
; 784 pixels × channels 0..7 → conv1 @0x340
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=784 sramRowStride=1 dramAddr=0x340 dramRowStride=0x8 repeat=2 sramOuterStride=784 dramOuterStride=0x4
; layer pool1: qmaxpool 28x28x8 → 14x14x8, kernel 2x2 stride 2x2 on the vector unit
; barrier: wait for the previous layer's stores (1), then release the loads
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile channels 0..3 output rows 0..13
; input rows 0..27 of conv1
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=28 sramRowStride=1 dramAddr=0x340 dramRowStride=0x8 repeat=28 sramOuterStride=28 dramOuterStride=0xe0 fill=0 fillByte=0
; tile channels 4..7 output rows 0..13
; input rows 0..27 of conv1
LOAD pushNext=1 buffer=output sramRow=4096 sramByte=0 bytesPerRow=4 rows=28 sramRowStride=1 dramAddr=0x344 dramRowStride=0x8 repeat=28 sramOuterStride=28 dramOuterStride=0xe0 fill=0 fillByte=0
; compute tile channels 0..3 output rows 0..13
POOL popPrev=1 pushNext=1 kind=max srcRow=0 dstRow=784 channels=4 inH=28 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 0..3 output rows 0..13
; → pool1 @0x1bc0
STORE popPrev=1 pushPrev=1 buffer=output sramRow=784 sramByte=0 bytesPerRow=4 rows=196 sramRowStride=1 dramAddr=0x1bc0 dramRowStride=0x8 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; compute tile channels 4..7 output rows 0..13
POOL popPrev=1 pushNext=1 kind=max srcRow=4096 dstRow=4880 channels=4 inH=28 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 4..7 output rows 0..13
; → pool1 @0x1bc0
STORE popPrev=1 pushPrev=1 buffer=output sramRow=4880 sramByte=0 bytesPerRow=4 rows=196 sramRowStride=1 dramAddr=0x1bc4 dramRowStride=0x8 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer conv2: qconv2d 14x14x8 → 7x7x16, int8 (weights i8, input u8), ws
; barrier: wait for the previous layer's stores (2), then release the loads
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..6, cols 0..6) channels 0..15 k-group 1 of 1
; im2col tap (0,0) out rows 1..6 cols 1..6 bytes 0..3
LOAD popNext=1 buffer=input sramRow=144 sramByte=0 bytesPerRow=4 rows=6 sramRowStride=18 dramAddr=0x1c38 dramRowStride=0x10 repeat=6 sramOuterStride=126 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (0,0) out rows 1..6 cols 1..6 bytes 4..7
LOAD buffer=input sramRow=145 sramByte=0 bytesPerRow=4 rows=6 sramRowStride=18 dramAddr=0x1c3c dramRowStride=0x10 repeat=6 sramOuterStride=126 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (0,0) out rows 0..0 cols 0..6 padding: 2 rows per pixel
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=4 rows=2 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=7 sramOuterStride=18 dramOuterStride=0x0 fill=1 fillByte=0
; im2col tap (0,0) out rows 1..6 cols 0..0 padding bytes 0..3
LOAD buffer=input sramRow=126 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=18 dramAddr=0x0 dramRowStride=0x0 repeat=6 sramOuterStride=126 dramOuterStride=0x0 fill=1 fillByte=0
; im2col tap (0,0) out rows 1..6 cols 0..0 padding bytes 4..7
LOAD buffer=input sramRow=127 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=18 dramAddr=0x0 dramRowStride=0x0 repeat=6 sramOuterStride=126 dramOuterStride=0x0 fill=1 fillByte=0
; im2col tap (0,1) out rows 1..6 cols 0..6 bytes 0..3
LOAD buffer=input sramRow=128 sramByte=0 bytesPerRow=4 rows=7 sramRowStride=18 dramAddr=0x1c30 dramRowStride=0x10 repeat=6 sramOuterStride=126 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (0,1) out rows 1..6 cols 0..6 bytes 4..7
LOAD buffer=input sramRow=129 sramByte=0 bytesPerRow=4 rows=7 sramRowStride=18 dramAddr=0x1c34 dramRowStride=0x10 repeat=6 sramOuterStride=126 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (0,1) out rows 0..0 cols 0..6 padding: 2 rows per pixel
LOAD buffer=input sramRow=2 sramByte=0 bytesPerRow=4 rows=2 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=7 sramOuterStride=18 dramOuterStride=0x0 fill=1 fillByte=0
; im2col tap (0,2) out rows 1..6 cols 0..6 bytes 0..3
LOAD buffer=input sramRow=130 sramByte=0 bytesPerRow=4 rows=7 sramRowStride=18 dramAddr=0x1c38 dramRowStride=0x10 repeat=6 sramOuterStride=126 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (0,2) out rows 1..6 cols 0..6 bytes 4..7
LOAD buffer=input sramRow=131 sramByte=0 bytesPerRow=4 rows=7 sramRowStride=18 dramAddr=0x1c3c dramRowStride=0x10 repeat=6 sramOuterStride=126 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (0,2) out rows 0..0 cols 0..6 padding: 2 rows per pixel
LOAD buffer=input sramRow=4 sramByte=0 bytesPerRow=4 rows=2 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=7 sramOuterStride=18 dramOuterStride=0x0 fill=1 fillByte=0
; im2col tap (1,0) out rows 0..6 cols 1..6 bytes 0..3
LOAD buffer=input sramRow=24 sramByte=0 bytesPerRow=4 rows=6 sramRowStride=18 dramAddr=0x1bc8 dramRowStride=0x10 repeat=7 sramOuterStride=126 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (1,0) out rows 0..6 cols 1..6 bytes 4..7
LOAD buffer=input sramRow=25 sramByte=0 bytesPerRow=4 rows=6 sramRowStride=18 dramAddr=0x1bcc dramRowStride=0x10 repeat=7 sramOuterStride=126 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (1,0) out rows 0..6 cols 0..0 padding bytes 0..3
LOAD buffer=input sramRow=6 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=18 dramAddr=0x0 dramRowStride=0x0 repeat=7 sramOuterStride=126 dramOuterStride=0x0 fill=1 fillByte=0
; im2col tap (1,0) out rows 0..6 cols 0..0 padding bytes 4..7
LOAD buffer=input sramRow=7 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=18 dramAddr=0x0 dramRowStride=0x0 repeat=7 sramOuterStride=126 dramOuterStride=0x0 fill=1 fillByte=0
; im2col tap (1,1) out rows 0..6 cols 0..6 bytes 0..3
LOAD buffer=input sramRow=8 sramByte=0 bytesPerRow=4 rows=7 sramRowStride=18 dramAddr=0x1bc0 dramRowStride=0x10 repeat=7 sramOuterStride=126 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (1,1) out rows 0..6 cols 0..6 bytes 4..7
LOAD buffer=input sramRow=9 sramByte=0 bytesPerRow=4 rows=7 sramRowStride=18 dramAddr=0x1bc4 dramRowStride=0x10 repeat=7 sramOuterStride=126 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (1,2) out rows 0..6 cols 0..6 bytes 0..3
LOAD buffer=input sramRow=10 sramByte=0 bytesPerRow=4 rows=7 sramRowStride=18 dramAddr=0x1bc8 dramRowStride=0x10 repeat=7 sramOuterStride=126 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (1,2) out rows 0..6 cols 0..6 bytes 4..7
LOAD buffer=input sramRow=11 sramByte=0 bytesPerRow=4 rows=7 sramRowStride=18 dramAddr=0x1bcc dramRowStride=0x10 repeat=7 sramOuterStride=126 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (2,0) out rows 0..6 cols 1..6 bytes 0..3
LOAD buffer=input sramRow=30 sramByte=0 bytesPerRow=4 rows=6 sramRowStride=18 dramAddr=0x1c38 dramRowStride=0x10 repeat=7 sramOuterStride=126 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (2,0) out rows 0..6 cols 1..6 bytes 4..7
LOAD buffer=input sramRow=31 sramByte=0 bytesPerRow=4 rows=6 sramRowStride=18 dramAddr=0x1c3c dramRowStride=0x10 repeat=7 sramOuterStride=126 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (2,0) out rows 0..6 cols 0..0 padding bytes 0..3
LOAD buffer=input sramRow=12 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=18 dramAddr=0x0 dramRowStride=0x0 repeat=7 sramOuterStride=126 dramOuterStride=0x0 fill=1 fillByte=0
; im2col tap (2,0) out rows 0..6 cols 0..0 padding bytes 4..7
LOAD buffer=input sramRow=13 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=18 dramAddr=0x0 dramRowStride=0x0 repeat=7 sramOuterStride=126 dramOuterStride=0x0 fill=1 fillByte=0
; im2col tap (2,1) out rows 0..6 cols 0..6 bytes 0..3
LOAD buffer=input sramRow=14 sramByte=0 bytesPerRow=4 rows=7 sramRowStride=18 dramAddr=0x1c30 dramRowStride=0x10 repeat=7 sramOuterStride=126 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (2,1) out rows 0..6 cols 0..6 bytes 4..7
LOAD buffer=input sramRow=15 sramByte=0 bytesPerRow=4 rows=7 sramRowStride=18 dramAddr=0x1c34 dramRowStride=0x10 repeat=7 sramOuterStride=126 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (2,2) out rows 0..6 cols 0..6 bytes 0..3
LOAD buffer=input sramRow=16 sramByte=0 bytesPerRow=4 rows=7 sramRowStride=18 dramAddr=0x1c38 dramRowStride=0x10 repeat=7 sramOuterStride=126 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (2,2) out rows 0..6 cols 0..6 bytes 4..7
LOAD buffer=input sramRow=17 sramByte=0 bytesPerRow=4 rows=7 sramRowStride=18 dramAddr=0x1c3c dramRowStride=0x10 repeat=7 sramOuterStride=126 dramOuterStride=0xe0 fill=0 fillByte=0
; weights: 4 channel tile(s) × chunks 0..17 @0x26c0
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=4 rows=72 sramRowStride=1 dramAddr=0x26c0 dramRowStride=0x4 repeat=4 sramOuterStride=72 dramOuterStride=0x120 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..3
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=16 rows=12 sramRowStride=1 dramAddr=0x2b40 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile block 0 (out rows 0..6, cols 0..6) channels 0..15 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE inputRow=0 inputRowStride=18 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 0
LOAD_WEIGHTS weightRow=4 k=4 n=4
COMPUTE inputRow=1 inputRowStride=18 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 0
LOAD_WEIGHTS weightRow=8 k=4 n=4
COMPUTE inputRow=2 inputRowStride=18 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 0
LOAD_WEIGHTS weightRow=12 k=4 n=4
COMPUTE inputRow=3 inputRowStride=18 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 0
LOAD_WEIGHTS weightRow=16 k=4 n=4
COMPUTE inputRow=4 inputRowStride=18 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 0
LOAD_WEIGHTS weightRow=20 k=4 n=4
COMPUTE inputRow=5 inputRowStride=18 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 0
LOAD_WEIGHTS weightRow=24 k=4 n=4
COMPUTE inputRow=6 inputRowStride=18 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 0
LOAD_WEIGHTS weightRow=28 k=4 n=4
COMPUTE inputRow=7 inputRowStride=18 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 0
LOAD_WEIGHTS weightRow=32 k=4 n=4
COMPUTE inputRow=8 inputRowStride=18 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 0
LOAD_WEIGHTS weightRow=36 k=4 n=4
COMPUTE inputRow=9 inputRowStride=18 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 0
LOAD_WEIGHTS weightRow=40 k=4 n=4
COMPUTE inputRow=10 inputRowStride=18 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 0
LOAD_WEIGHTS weightRow=44 k=4 n=4
COMPUTE inputRow=11 inputRowStride=18 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 0
LOAD_WEIGHTS weightRow=48 k=4 n=4
COMPUTE inputRow=12 inputRowStride=18 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 0
LOAD_WEIGHTS weightRow=52 k=4 n=4
COMPUTE inputRow=13 inputRowStride=18 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 0
LOAD_WEIGHTS weightRow=56 k=4 n=4
COMPUTE inputRow=14 inputRowStride=18 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 0
LOAD_WEIGHTS weightRow=60 k=4 n=4
COMPUTE inputRow=15 inputRowStride=18 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 0
LOAD_WEIGHTS weightRow=64 k=4 n=4
COMPUTE inputRow=16 inputRowStride=18 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 0
LOAD_WEIGHTS weightRow=68 k=4 n=4
COMPUTE inputRow=17 inputRowStride=18 weightRow=0 accRow=0 m=49 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 1
LOAD_WEIGHTS weightRow=72 k=4 n=4
COMPUTE inputRow=0 inputRowStride=18 weightRow=0 accRow=49 m=49 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 1
LOAD_WEIGHTS weightRow=76 k=4 n=4
COMPUTE inputRow=1 inputRowStride=18 weightRow=0 accRow=49 m=49 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 1
LOAD_WEIGHTS weightRow=80 k=4 n=4
COMPUTE inputRow=2 inputRowStride=18 weightRow=0 accRow=49 m=49 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 1
LOAD_WEIGHTS weightRow=84 k=4 n=4
COMPUTE inputRow=3 inputRowStride=18 weightRow=0 accRow=49 m=49 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 1
LOAD_WEIGHTS weightRow=88 k=4 n=4
COMPUTE inputRow=4 inputRowStride=18 weightRow=0 accRow=49 m=49 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 1
LOAD_WEIGHTS weightRow=92 k=4 n=4
COMPUTE inputRow=5 inputRowStride=18 weightRow=0 accRow=49 m=49 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 1
LOAD_WEIGHTS weightRow=96 k=4 n=4
COMPUTE inputRow=6 inputRowStride=18 weightRow=0 accRow=49 m=49 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 1
LOAD_WEIGHTS weightRow=100 k=4 n=4
COMPUTE inputRow=7 inputRowStride=18 weightRow=0 accRow=49 m=49 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 1
LOAD_WEIGHTS weightRow=104 k=4 n=4
COMPUTE inputRow=8 inputRowStride=18 weightRow=0 accRow=49 m=49 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 1
LOAD_WEIGHTS weightRow=108 k=4 n=4
COMPUTE inputRow=9 inputRowStride=18 weightRow=0 accRow=49 m=49 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 1
LOAD_WEIGHTS weightRow=112 k=4 n=4
COMPUTE inputRow=10 inputRowStride=18 weightRow=0 accRow=49 m=49 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 1
LOAD_WEIGHTS weightRow=116 k=4 n=4
COMPUTE inputRow=11 inputRowStride=18 weightRow=0 accRow=49 m=49 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 1
LOAD_WEIGHTS weightRow=120 k=4 n=4
COMPUTE inputRow=12 inputRowStride=18 weightRow=0 accRow=49 m=49 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 1
LOAD_WEIGHTS weightRow=124 k=4 n=4
COMPUTE inputRow=13 inputRowStride=18 weightRow=0 accRow=49 m=49 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 1
LOAD_WEIGHTS weightRow=128 k=4 n=4
COMPUTE inputRow=14 inputRowStride=18 weightRow=0 accRow=49 m=49 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 1
LOAD_WEIGHTS weightRow=132 k=4 n=4
COMPUTE inputRow=15 inputRowStride=18 weightRow=0 accRow=49 m=49 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 1
LOAD_WEIGHTS weightRow=136 k=4 n=4
COMPUTE inputRow=16 inputRowStride=18 weightRow=0 accRow=49 m=49 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 1
LOAD_WEIGHTS weightRow=140 k=4 n=4
COMPUTE inputRow=17 inputRowStride=18 weightRow=0 accRow=49 m=49 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 2
LOAD_WEIGHTS weightRow=144 k=4 n=4
COMPUTE inputRow=0 inputRowStride=18 weightRow=0 accRow=98 m=49 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 2
LOAD_WEIGHTS weightRow=148 k=4 n=4
COMPUTE inputRow=1 inputRowStride=18 weightRow=0 accRow=98 m=49 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 2
LOAD_WEIGHTS weightRow=152 k=4 n=4
COMPUTE inputRow=2 inputRowStride=18 weightRow=0 accRow=98 m=49 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 2
LOAD_WEIGHTS weightRow=156 k=4 n=4
COMPUTE inputRow=3 inputRowStride=18 weightRow=0 accRow=98 m=49 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 2
LOAD_WEIGHTS weightRow=160 k=4 n=4
COMPUTE inputRow=4 inputRowStride=18 weightRow=0 accRow=98 m=49 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 2
LOAD_WEIGHTS weightRow=164 k=4 n=4
COMPUTE inputRow=5 inputRowStride=18 weightRow=0 accRow=98 m=49 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 2
LOAD_WEIGHTS weightRow=168 k=4 n=4
COMPUTE inputRow=6 inputRowStride=18 weightRow=0 accRow=98 m=49 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 2
LOAD_WEIGHTS weightRow=172 k=4 n=4
COMPUTE inputRow=7 inputRowStride=18 weightRow=0 accRow=98 m=49 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 2
LOAD_WEIGHTS weightRow=176 k=4 n=4
COMPUTE inputRow=8 inputRowStride=18 weightRow=0 accRow=98 m=49 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 2
LOAD_WEIGHTS weightRow=180 k=4 n=4
COMPUTE inputRow=9 inputRowStride=18 weightRow=0 accRow=98 m=49 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 2
LOAD_WEIGHTS weightRow=184 k=4 n=4
COMPUTE inputRow=10 inputRowStride=18 weightRow=0 accRow=98 m=49 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 2
LOAD_WEIGHTS weightRow=188 k=4 n=4
COMPUTE inputRow=11 inputRowStride=18 weightRow=0 accRow=98 m=49 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 2
LOAD_WEIGHTS weightRow=192 k=4 n=4
COMPUTE inputRow=12 inputRowStride=18 weightRow=0 accRow=98 m=49 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 2
LOAD_WEIGHTS weightRow=196 k=4 n=4
COMPUTE inputRow=13 inputRowStride=18 weightRow=0 accRow=98 m=49 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 2
LOAD_WEIGHTS weightRow=200 k=4 n=4
COMPUTE inputRow=14 inputRowStride=18 weightRow=0 accRow=98 m=49 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 2
LOAD_WEIGHTS weightRow=204 k=4 n=4
COMPUTE inputRow=15 inputRowStride=18 weightRow=0 accRow=98 m=49 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 2
LOAD_WEIGHTS weightRow=208 k=4 n=4
COMPUTE inputRow=16 inputRowStride=18 weightRow=0 accRow=98 m=49 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 2
LOAD_WEIGHTS weightRow=212 k=4 n=4
COMPUTE inputRow=17 inputRowStride=18 weightRow=0 accRow=98 m=49 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 3
LOAD_WEIGHTS weightRow=216 k=4 n=4
COMPUTE inputRow=0 inputRowStride=18 weightRow=0 accRow=147 m=49 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 3
LOAD_WEIGHTS weightRow=220 k=4 n=4
COMPUTE inputRow=1 inputRowStride=18 weightRow=0 accRow=147 m=49 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 3
LOAD_WEIGHTS weightRow=224 k=4 n=4
COMPUTE inputRow=2 inputRowStride=18 weightRow=0 accRow=147 m=49 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 3
LOAD_WEIGHTS weightRow=228 k=4 n=4
COMPUTE inputRow=3 inputRowStride=18 weightRow=0 accRow=147 m=49 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 3
LOAD_WEIGHTS weightRow=232 k=4 n=4
COMPUTE inputRow=4 inputRowStride=18 weightRow=0 accRow=147 m=49 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 3
LOAD_WEIGHTS weightRow=236 k=4 n=4
COMPUTE inputRow=5 inputRowStride=18 weightRow=0 accRow=147 m=49 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 3
LOAD_WEIGHTS weightRow=240 k=4 n=4
COMPUTE inputRow=6 inputRowStride=18 weightRow=0 accRow=147 m=49 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 3
LOAD_WEIGHTS weightRow=244 k=4 n=4
COMPUTE inputRow=7 inputRowStride=18 weightRow=0 accRow=147 m=49 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 3
LOAD_WEIGHTS weightRow=248 k=4 n=4
COMPUTE inputRow=8 inputRowStride=18 weightRow=0 accRow=147 m=49 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 3
LOAD_WEIGHTS weightRow=252 k=4 n=4
COMPUTE inputRow=9 inputRowStride=18 weightRow=0 accRow=147 m=49 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 3
LOAD_WEIGHTS weightRow=256 k=4 n=4
COMPUTE inputRow=10 inputRowStride=18 weightRow=0 accRow=147 m=49 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 3
LOAD_WEIGHTS weightRow=260 k=4 n=4
COMPUTE inputRow=11 inputRowStride=18 weightRow=0 accRow=147 m=49 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 3
LOAD_WEIGHTS weightRow=264 k=4 n=4
COMPUTE inputRow=12 inputRowStride=18 weightRow=0 accRow=147 m=49 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 3
LOAD_WEIGHTS weightRow=268 k=4 n=4
COMPUTE inputRow=13 inputRowStride=18 weightRow=0 accRow=147 m=49 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 3
LOAD_WEIGHTS weightRow=272 k=4 n=4
COMPUTE inputRow=14 inputRowStride=18 weightRow=0 accRow=147 m=49 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 3
LOAD_WEIGHTS weightRow=276 k=4 n=4
COMPUTE inputRow=15 inputRowStride=18 weightRow=0 accRow=147 m=49 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 3
LOAD_WEIGHTS weightRow=280 k=4 n=4
COMPUTE inputRow=16 inputRowStride=18 weightRow=0 accRow=147 m=49 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 3
LOAD_WEIGHTS weightRow=284 k=4 n=4
COMPUTE inputRow=17 inputRowStride=18 weightRow=0 accRow=147 m=49 k=4 n=4 accumulate=1
; requantize channel tile 0
REQUANT accRow=0 outRow=0 outByte=0 rows=49 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 1
REQUANT accRow=49 outRow=49 outByte=0 rows=49 n=4 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 2
REQUANT accRow=98 outRow=98 outByte=0 rows=49 n=4 paramRow=6 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 3
REQUANT pushNext=1 accRow=147 outRow=147 outByte=0 rows=49 n=4 paramRow=9 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..6, cols 0..6) channels 0..15 k-group 1 of 1
; 49 pixels × channels 0..15 → conv2 @0x2200
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=49 sramRowStride=1 dramAddr=0x2200 dramRowStride=0x10 repeat=4 sramOuterStride=49 dramOuterStride=0x4
; layer gap: qglobal_avgpool 7x7x16 → 1x1x16, kernel 7x7 stride 1x1 on the vector unit
; barrier: wait for the previous layer's stores (1), then release the loads
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile channels 0..3 output rows 0..0
; input rows 0..6 of conv2
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=7 sramRowStride=1 dramAddr=0x2200 dramRowStride=0x10 repeat=7 sramOuterStride=7 dramOuterStride=0x70 fill=0 fillByte=0
; tile channels 4..7 output rows 0..0
; input rows 0..6 of conv2
LOAD pushNext=1 buffer=output sramRow=4096 sramByte=0 bytesPerRow=4 rows=7 sramRowStride=1 dramAddr=0x2204 dramRowStride=0x10 repeat=7 sramOuterStride=7 dramOuterStride=0x70 fill=0 fillByte=0
; compute tile channels 0..3 output rows 0..0
POOL popPrev=1 pushPrev=1 pushNext=1 kind=avg srcRow=0 dstRow=49 channels=4 inH=7 inW=7 kernelH=7 kernelW=7 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 0..3 output rows 0..0
; → gap @0x2540
STORE popPrev=1 pushPrev=1 buffer=output sramRow=49 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x2540 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; tile channels 8..11 output rows 0..0
; input rows 0..6 of conv2
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=7 sramRowStride=1 dramAddr=0x2208 dramRowStride=0x10 repeat=7 sramOuterStride=7 dramOuterStride=0x70 fill=0 fillByte=0
; compute tile channels 4..7 output rows 0..0
POOL popPrev=1 pushPrev=1 pushNext=1 kind=avg srcRow=4096 dstRow=4145 channels=4 inH=7 inW=7 kernelH=7 kernelW=7 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 4..7 output rows 0..0
; → gap @0x2540
STORE popPrev=1 pushPrev=1 buffer=output sramRow=4145 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x2544 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; tile channels 12..15 output rows 0..0
; input rows 0..6 of conv2
LOAD popNext=1 pushNext=1 buffer=output sramRow=4096 sramByte=0 bytesPerRow=4 rows=7 sramRowStride=1 dramAddr=0x220c dramRowStride=0x10 repeat=7 sramOuterStride=7 dramOuterStride=0x70 fill=0 fillByte=0
; compute tile channels 8..11 output rows 0..0
POOL popPrev=1 popNext=1 pushNext=1 kind=avg srcRow=0 dstRow=49 channels=4 inH=7 inW=7 kernelH=7 kernelW=7 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 8..11 output rows 0..0
; → gap @0x2540
STORE popPrev=1 pushPrev=1 buffer=output sramRow=49 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x2548 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; compute tile channels 12..15 output rows 0..0
POOL popPrev=1 popNext=1 pushNext=1 kind=avg srcRow=4096 dstRow=4145 channels=4 inH=7 inW=7 kernelH=7 kernelW=7 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 12..15 output rows 0..0
; → gap @0x2540
STORE popPrev=1 pushPrev=1 buffer=output sramRow=4145 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x254c dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer fc: qdense 1x1x16 → 1x1x10, int8 (weights i8, input u8), ws
; barrier: wait for the previous layer's stores (2), then release the loads
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; im2col dense input bytes 0..15
LOAD popNext=1 buffer=input sramRow=0 sramByte=0 bytesPerRow=4 rows=4 sramRowStride=1 dramAddr=0x2540 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights: 3 channel tile(s) × chunks 0..3 @0x2c00
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=4 rows=16 sramRowStride=1 dramAddr=0x2c00 dramRowStride=0x4 repeat=3 sramOuterStride=16 dramOuterStride=0x40 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..2
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=16 rows=9 sramRowStride=1 dramAddr=0x2cc0 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE inputRow=0 inputRowStride=4 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 0
LOAD_WEIGHTS weightRow=4 k=4 n=4
COMPUTE inputRow=1 inputRowStride=4 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 0
LOAD_WEIGHTS weightRow=8 k=4 n=4
COMPUTE inputRow=2 inputRowStride=4 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 0
LOAD_WEIGHTS weightRow=12 k=4 n=4
COMPUTE inputRow=3 inputRowStride=4 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 1
LOAD_WEIGHTS weightRow=16 k=4 n=4
COMPUTE inputRow=0 inputRowStride=4 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 1
LOAD_WEIGHTS weightRow=20 k=4 n=4
COMPUTE inputRow=1 inputRowStride=4 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 1
LOAD_WEIGHTS weightRow=24 k=4 n=4
COMPUTE inputRow=2 inputRowStride=4 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 1
LOAD_WEIGHTS weightRow=28 k=4 n=4
COMPUTE inputRow=3 inputRowStride=4 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 2
LOAD_WEIGHTS weightRow=32 k=4 n=2
COMPUTE inputRow=0 inputRowStride=4 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=0
; latch chunk 1 of channel tile 2
LOAD_WEIGHTS weightRow=36 k=4 n=2
COMPUTE inputRow=1 inputRowStride=4 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 2 of channel tile 2
LOAD_WEIGHTS weightRow=40 k=4 n=2
COMPUTE inputRow=2 inputRowStride=4 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 3 of channel tile 2
LOAD_WEIGHTS weightRow=44 k=4 n=2
COMPUTE inputRow=3 inputRowStride=4 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; requantize channel tile 0
REQUANT accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=0 addBias=1 outZero=150 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 1
REQUANT accRow=1 outRow=1 outByte=0 rows=1 n=4 paramRow=3 addBias=1 outZero=150 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 2
REQUANT pushNext=1 accRow=2 outRow=2 outByte=0 rows=1 n=2 paramRow=6 addBias=1 outZero=150 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; 1 pixels × channels 0..7 → fc @0x2580
STORE popPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x2580 dramRowStride=0xa repeat=2 sramOuterStride=1 dramOuterStride=0x4
; 1 pixels × channels 8..9 → fc @0x2580
STORE pushPrev=1 buffer=output sramRow=2 sramByte=0 bytesPerRow=2 rows=1 sramRowStride=1 dramAddr=0x2588 dramRowStride=0xa repeat=1 sramOuterStride=0 dramOuterStride=0x0
; drain: wait for the last stores
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; end of program
HALT
