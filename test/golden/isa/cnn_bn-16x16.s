; cnn_bn (w8a8, seeded calibration) lowered for 16x16
; 16x16 ws, MACs/cycle int8 256 int4 512 binary 16384 w4a8 512, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,28,28,1] NHWC @0x0
;   activation conv1 u8[1,28,28,8] NHWC @0x340
;   activation pool1 u8[1,14,14,8] NHWC @0x1bc0
;   activation conv2 u8[1,7,7,16] NHWC @0x2200
;   activation gap u8[1,16] NC @0x2540
;   output     fc u8[1,10] NC @0x2580
; layers: instructions, DRAM bytes read, DRAM bytes written
;   conv1              47     7172     6272
;   pool1               5     6272     1568
;   conv2              30     4672      784
;   gap                 4      784       16
;   fc                  8      464       10
;
; layer conv1: qconv2d 28x28x1 → 28x28x8, int8 (weights i8, input u8), ws
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..17, cols 0..27) channels 0..7 k-group 1 of 1
; im2col tap (0,0) out rows 1..17 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=29 sramByte=0 bytesPerRow=1 rows=27 sramRowStride=1 dramAddr=0x0 dramRowStride=0x1 repeat=17 sramOuterStride=28 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,0) out rows 0..0 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=1 rows=28 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,0) out rows 1..17 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=28 sramByte=0 bytesPerRow=1 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=17 sramOuterStride=28 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,1) out rows 1..17 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=28 sramByte=1 bytesPerRow=1 rows=28 sramRowStride=1 dramAddr=0x0 dramRowStride=0x1 repeat=17 sramOuterStride=28 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,1) out rows 0..0 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=1 bytesPerRow=1 rows=28 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,2) out rows 1..17 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=28 sramByte=2 bytesPerRow=1 rows=27 sramRowStride=1 dramAddr=0x1 dramRowStride=0x1 repeat=17 sramOuterStride=28 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,2) out rows 0..0 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=2 bytesPerRow=1 rows=28 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,2) out rows 1..17 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=55 sramByte=2 bytesPerRow=1 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=17 sramOuterStride=28 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,0) out rows 0..17 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=1 sramByte=3 bytesPerRow=1 rows=27 sramRowStride=1 dramAddr=0x0 dramRowStride=0x1 repeat=18 sramOuterStride=28 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,0) out rows 0..17 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=3 bytesPerRow=1 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=18 sramOuterStride=28 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,1) out rows 0..17 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=0 sramByte=4 bytesPerRow=1 rows=28 sramRowStride=1 dramAddr=0x0 dramRowStride=0x1 repeat=18 sramOuterStride=28 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,2) out rows 0..17 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=0 sramByte=5 bytesPerRow=1 rows=27 sramRowStride=1 dramAddr=0x1 dramRowStride=0x1 repeat=18 sramOuterStride=28 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,2) out rows 0..17 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=27 sramByte=5 bytesPerRow=1 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=18 sramOuterStride=28 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,0) out rows 0..17 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=1 sramByte=6 bytesPerRow=1 rows=27 sramRowStride=1 dramAddr=0x1c dramRowStride=0x1 repeat=18 sramOuterStride=28 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,0) out rows 0..17 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=6 bytesPerRow=1 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=18 sramOuterStride=28 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,1) out rows 0..17 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=0 sramByte=7 bytesPerRow=1 rows=28 sramRowStride=1 dramAddr=0x1c dramRowStride=0x1 repeat=18 sramOuterStride=28 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,2) out rows 0..17 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=0 sramByte=8 bytesPerRow=1 rows=27 sramRowStride=1 dramAddr=0x1d dramRowStride=0x1 repeat=18 sramOuterStride=28 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,2) out rows 0..17 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=27 sramByte=8 bytesPerRow=1 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=18 sramOuterStride=28 dramOuterStride=0x0 fill=1 fillByte=127
; weights: 1 channel tile(s) × chunks 0..0 @0x25c0
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=16 rows=16 sramRowStride=1 dramAddr=0x25c0 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=64 rows=3 sramRowStride=1 dramAddr=0x26c0 dramRowStride=0x40 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile block 1 (out rows 18..27, cols 0..27) channels 0..7 k-group 1 of 1
; im2col tap (0,0) out rows 18..27 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=2049 sramByte=0 bytesPerRow=1 rows=27 sramRowStride=1 dramAddr=0x1dc dramRowStride=0x1 repeat=10 sramOuterStride=28 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,0) out rows 18..27 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=0 bytesPerRow=1 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=10 sramOuterStride=28 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,1) out rows 18..27 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=1 bytesPerRow=1 rows=28 sramRowStride=1 dramAddr=0x1dc dramRowStride=0x1 repeat=10 sramOuterStride=28 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,2) out rows 18..27 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=2 bytesPerRow=1 rows=27 sramRowStride=1 dramAddr=0x1dd dramRowStride=0x1 repeat=10 sramOuterStride=28 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,2) out rows 18..27 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=2075 sramByte=2 bytesPerRow=1 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=10 sramOuterStride=28 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,0) out rows 18..27 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=2049 sramByte=3 bytesPerRow=1 rows=27 sramRowStride=1 dramAddr=0x1f8 dramRowStride=0x1 repeat=10 sramOuterStride=28 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,0) out rows 18..27 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=3 bytesPerRow=1 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=10 sramOuterStride=28 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,1) out rows 18..27 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=4 bytesPerRow=1 rows=28 sramRowStride=1 dramAddr=0x1f8 dramRowStride=0x1 repeat=10 sramOuterStride=28 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,2) out rows 18..27 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=5 bytesPerRow=1 rows=27 sramRowStride=1 dramAddr=0x1f9 dramRowStride=0x1 repeat=10 sramOuterStride=28 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,2) out rows 18..27 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=2075 sramByte=5 bytesPerRow=1 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=10 sramOuterStride=28 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,0) out rows 18..26 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=2049 sramByte=6 bytesPerRow=1 rows=27 sramRowStride=1 dramAddr=0x214 dramRowStride=0x1 repeat=9 sramOuterStride=28 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,0) out rows 27..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=2300 sramByte=6 bytesPerRow=1 rows=28 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,0) out rows 18..26 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=6 bytesPerRow=1 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=9 sramOuterStride=28 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,1) out rows 18..26 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=7 bytesPerRow=1 rows=28 sramRowStride=1 dramAddr=0x214 dramRowStride=0x1 repeat=9 sramOuterStride=28 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,1) out rows 27..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=2300 sramByte=7 bytesPerRow=1 rows=28 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,2) out rows 18..26 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=8 bytesPerRow=1 rows=27 sramRowStride=1 dramAddr=0x215 dramRowStride=0x1 repeat=9 sramOuterStride=28 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,2) out rows 27..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=2300 sramByte=8 bytesPerRow=1 rows=28 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,2) out rows 18..26 cols 27..27 padding bytes 0..0
LOAD pushNext=1 buffer=input sramRow=2075 sramByte=8 bytesPerRow=1 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=9 sramOuterStride=28 dramOuterStride=0x0 fill=1 fillByte=127
; compute tile block 0 (out rows 0..17, cols 0..27) channels 0..7 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=9 n=8
COMPUTE inputRow=0 inputRowStride=1 weightRow=0 accRow=0 m=504 k=9 n=8 accumulate=0
; requantize channel tile 0
REQUANT pushNext=1 accRow=0 outRow=0 outByte=0 rows=504 n=8 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..17, cols 0..27) channels 0..7 k-group 1 of 1
; 504 pixels × channels 0..7 → conv1 @0x340
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=8 rows=504 sramRowStride=1 dramAddr=0x340 dramRowStride=0x8 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; compute tile block 1 (out rows 18..27, cols 0..27) channels 0..7 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=9 n=8
COMPUTE inputRow=2048 inputRowStride=1 weightRow=0 accRow=512 m=280 k=9 n=8 accumulate=0
; requantize channel tile 0
REQUANT pushNext=1 accRow=512 outRow=1024 outByte=0 rows=280 n=8 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 1 (out rows 18..27, cols 0..27) channels 0..7 k-group 1 of 1
; 280 pixels × channels 0..7 → conv1 @0x340
STORE popPrev=1 pushPrev=1 buffer=output sramRow=1024 sramByte=0 bytesPerRow=8 rows=280 sramRowStride=1 dramAddr=0x1300 dramRowStride=0x8 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer pool1: qmaxpool 28x28x8 → 14x14x8, kernel 2x2 stride 2x2 on the vector unit
; barrier: wait for the previous layer's stores (2), then release the loads
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile channels 0..7 output rows 0..13
; input rows 0..27 of conv1
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=8 rows=28 sramRowStride=1 dramAddr=0x340 dramRowStride=0x8 repeat=28 sramOuterStride=28 dramOuterStride=0xe0 fill=0 fillByte=0
; compute tile channels 0..7 output rows 0..13
POOL popPrev=1 pushNext=1 kind=max srcRow=0 dstRow=784 channels=8 inH=28 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 0..7 output rows 0..13
; → pool1 @0x1bc0
STORE popPrev=1 pushPrev=1 buffer=output sramRow=784 sramByte=0 bytesPerRow=8 rows=196 sramRowStride=1 dramAddr=0x1bc0 dramRowStride=0x8 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer conv2: qconv2d 14x14x8 → 7x7x16, int8 (weights i8, input u8), ws
; barrier: wait for the previous layer's stores (1), then release the loads
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..6, cols 0..6) channels 0..15 k-group 1 of 1
; im2col tap (0,0) out rows 1..6 cols 1..6 bytes 0..7
LOAD popNext=1 buffer=input sramRow=40 sramByte=0 bytesPerRow=8 rows=6 sramRowStride=5 dramAddr=0x1c38 dramRowStride=0x10 repeat=6 sramOuterStride=35 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (0,0) out rows 0..0 cols 0..6 padding bytes 0..7
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=8 rows=7 sramRowStride=5 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; im2col tap (0,0) out rows 1..6 cols 0..0 padding bytes 0..7
LOAD buffer=input sramRow=35 sramByte=0 bytesPerRow=8 rows=1 sramRowStride=5 dramAddr=0x0 dramRowStride=0x0 repeat=6 sramOuterStride=35 dramOuterStride=0x0 fill=1 fillByte=0
; im2col tap (0,1) out rows 1..6 cols 0..6 bytes 0..7
LOAD buffer=input sramRow=35 sramByte=8 bytesPerRow=8 rows=7 sramRowStride=5 dramAddr=0x1c30 dramRowStride=0x10 repeat=6 sramOuterStride=35 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (0,1) out rows 0..0 cols 0..6 padding bytes 0..7
LOAD buffer=input sramRow=0 sramByte=8 bytesPerRow=8 rows=7 sramRowStride=5 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; im2col tap (0,2) out rows 1..6 cols 0..6 bytes 0..7
LOAD buffer=input sramRow=36 sramByte=0 bytesPerRow=8 rows=7 sramRowStride=5 dramAddr=0x1c38 dramRowStride=0x10 repeat=6 sramOuterStride=35 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (0,2) out rows 0..0 cols 0..6 padding bytes 0..7
LOAD buffer=input sramRow=1 sramByte=0 bytesPerRow=8 rows=7 sramRowStride=5 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; im2col tap (1,0) out rows 0..6 cols 1..6 bytes 0..7
LOAD buffer=input sramRow=6 sramByte=8 bytesPerRow=8 rows=6 sramRowStride=5 dramAddr=0x1bc8 dramRowStride=0x10 repeat=7 sramOuterStride=35 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (1,0) out rows 0..6 cols 0..0 padding bytes 0..7
LOAD buffer=input sramRow=1 sramByte=8 bytesPerRow=8 rows=1 sramRowStride=5 dramAddr=0x0 dramRowStride=0x0 repeat=7 sramOuterStride=35 dramOuterStride=0x0 fill=1 fillByte=0
; im2col tap (1,1) out rows 0..6 cols 0..6 bytes 0..7
LOAD buffer=input sramRow=2 sramByte=0 bytesPerRow=8 rows=7 sramRowStride=5 dramAddr=0x1bc0 dramRowStride=0x10 repeat=7 sramOuterStride=35 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (1,2) out rows 0..6 cols 0..6 bytes 0..7
LOAD buffer=input sramRow=2 sramByte=8 bytesPerRow=8 rows=7 sramRowStride=5 dramAddr=0x1bc8 dramRowStride=0x10 repeat=7 sramOuterStride=35 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (2,0) out rows 0..6 cols 1..6 bytes 0..7
LOAD buffer=input sramRow=8 sramByte=0 bytesPerRow=8 rows=6 sramRowStride=5 dramAddr=0x1c38 dramRowStride=0x10 repeat=7 sramOuterStride=35 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (2,0) out rows 0..6 cols 0..0 padding bytes 0..7
LOAD buffer=input sramRow=3 sramByte=0 bytesPerRow=8 rows=1 sramRowStride=5 dramAddr=0x0 dramRowStride=0x0 repeat=7 sramOuterStride=35 dramOuterStride=0x0 fill=1 fillByte=0
; im2col tap (2,1) out rows 0..6 cols 0..6 bytes 0..7
LOAD buffer=input sramRow=3 sramByte=8 bytesPerRow=8 rows=7 sramRowStride=5 dramAddr=0x1c30 dramRowStride=0x10 repeat=7 sramOuterStride=35 dramOuterStride=0xe0 fill=0 fillByte=0
; im2col tap (2,2) out rows 0..6 cols 0..6 bytes 0..7
LOAD buffer=input sramRow=4 sramByte=0 bytesPerRow=8 rows=7 sramRowStride=5 dramAddr=0x1c38 dramRowStride=0x10 repeat=7 sramOuterStride=35 dramOuterStride=0xe0 fill=0 fillByte=0
; weights: 1 channel tile(s) × chunks 0..4 @0x2780
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=16 rows=80 sramRowStride=1 dramAddr=0x2780 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=64 rows=3 sramRowStride=1 dramAddr=0x2c80 dramRowStride=0x40 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile block 0 (out rows 0..6, cols 0..6) channels 0..15 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=16
COMPUTE inputRow=0 inputRowStride=5 weightRow=0 accRow=0 m=49 k=16 n=16 accumulate=0
; latch chunk 1 of channel tile 0
LOAD_WEIGHTS weightRow=16 k=16 n=16
COMPUTE inputRow=1 inputRowStride=5 weightRow=0 accRow=0 m=49 k=16 n=16 accumulate=1
; latch chunk 2 of channel tile 0
LOAD_WEIGHTS weightRow=32 k=16 n=16
COMPUTE inputRow=2 inputRowStride=5 weightRow=0 accRow=0 m=49 k=16 n=16 accumulate=1
; latch chunk 3 of channel tile 0
LOAD_WEIGHTS weightRow=48 k=16 n=16
COMPUTE inputRow=3 inputRowStride=5 weightRow=0 accRow=0 m=49 k=16 n=16 accumulate=1
; latch chunk 4 of channel tile 0
LOAD_WEIGHTS weightRow=64 k=8 n=16
COMPUTE inputRow=4 inputRowStride=5 weightRow=0 accRow=0 m=49 k=8 n=16 accumulate=1
; requantize channel tile 0
REQUANT pushNext=1 accRow=0 outRow=0 outByte=0 rows=49 n=16 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..6, cols 0..6) channels 0..15 k-group 1 of 1
; 49 pixels × channels 0..15 → conv2 @0x2200
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=16 rows=49 sramRowStride=1 dramAddr=0x2200 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer gap: qglobal_avgpool 7x7x16 → 1x1x16, kernel 7x7 stride 1x1 on the vector unit
; barrier: wait for the previous layer's stores (1), then release the loads
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile channels 0..15 output rows 0..0
; input rows 0..6 of conv2
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=16 rows=7 sramRowStride=1 dramAddr=0x2200 dramRowStride=0x10 repeat=7 sramOuterStride=7 dramOuterStride=0x70 fill=0 fillByte=0
; compute tile channels 0..15 output rows 0..0
POOL popPrev=1 pushNext=1 kind=avg srcRow=0 dstRow=49 channels=16 inH=7 inW=7 kernelH=7 kernelW=7 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 0..15 output rows 0..0
; → gap @0x2540
STORE popPrev=1 pushPrev=1 buffer=output sramRow=49 sramByte=0 bytesPerRow=16 rows=1 sramRowStride=1 dramAddr=0x2540 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer fc: qdense 1x1x16 → 1x1x10, int8 (weights i8, input u8), ws
; barrier: wait for the previous layer's stores (1), then release the loads
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; im2col dense input bytes 0..15
LOAD popNext=1 buffer=input sramRow=0 sramByte=0 bytesPerRow=16 rows=1 sramRowStride=1 dramAddr=0x2540 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights: 1 channel tile(s) × chunks 0..0 @0x2d40
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=16 rows=16 sramRowStride=1 dramAddr=0x2d40 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=64 rows=3 sramRowStride=1 dramAddr=0x2e40 dramRowStride=0x40 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=10
COMPUTE inputRow=0 inputRowStride=1 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=0
; requantize channel tile 0
REQUANT pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=10 paramRow=0 addBias=1 outZero=150 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; 1 pixels × channels 0..9 → fc @0x2580
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=10 rows=1 sramRowStride=1 dramAddr=0x2580 dramRowStride=0xa repeat=1 sramOuterStride=0 dramOuterStride=0x0
; drain: wait for the last stores
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; end of program
HALT
