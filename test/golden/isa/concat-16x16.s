; concat (w8a8, seeded calibration) lowered for 16x16
; 16x16 ws, MACs/cycle int8 256 int4 512 binary 16384 w4a8 512, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,28,28,1] NHWC @0x0
;   activation branch3 u8[1,28,28,4] NHWC @0x340
;   activation branch5 u8[1,28,28,4] NHWC @0xf80
;   activation cat u8[1,28,28,8] NHWC @0x1bc0
;   activation pool u8[1,14,14,8] NHWC @0x3440
;   output     fc u8[1,10] NC @0x3a80
; layers: instructions, DRAM bytes read, DRAM bytes written
;   branch3            47     7172     3136
;   branch5           126    18660     3136
;   cat                14     6272     6272
;   pool                5     6272     1568
;   fc                202    26848       10
;
; layer branch3: qconv2d 28x28x1 → 28x28x4, int8 (weights i8, input u8), ws
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..17, cols 0..27) channels 0..3 k-group 1 of 1
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
; weights: 1 channel tile(s) × chunks 0..0 @0x3ac0
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=16 rows=16 sramRowStride=1 dramAddr=0x3ac0 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=64 rows=3 sramRowStride=1 dramAddr=0x3bc0 dramRowStride=0x40 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile block 1 (out rows 18..27, cols 0..27) channels 0..3 k-group 1 of 1
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
; compute tile block 0 (out rows 0..17, cols 0..27) channels 0..3 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=9 n=4
COMPUTE inputRow=0 inputRowStride=1 weightRow=0 accRow=0 m=504 k=9 n=4 accumulate=0
; requantize channel tile 0
REQUANT pushNext=1 accRow=0 outRow=0 outByte=0 rows=504 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..17, cols 0..27) channels 0..3 k-group 1 of 1
; 504 pixels × channels 0..3 → branch3 @0x340
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=504 sramRowStride=1 dramAddr=0x340 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; compute tile block 1 (out rows 18..27, cols 0..27) channels 0..3 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=9 n=4
COMPUTE inputRow=2048 inputRowStride=1 weightRow=0 accRow=512 m=280 k=9 n=4 accumulate=0
; requantize channel tile 0
REQUANT pushNext=1 accRow=512 outRow=1024 outByte=0 rows=280 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 1 (out rows 18..27, cols 0..27) channels 0..3 k-group 1 of 1
; 280 pixels × channels 0..3 → branch3 @0x340
STORE popPrev=1 pushPrev=1 buffer=output sramRow=1024 sramByte=0 bytesPerRow=4 rows=280 sramRowStride=1 dramAddr=0xb20 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer branch5: qconv2d 28x28x1 → 28x28x4, int8 (weights i8, input u8), ws
; barrier: wait for the previous layer's stores (2), then release the loads
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..17, cols 0..27) channels 0..3 k-group 1 of 1
; im2col tap (0,0) out rows 2..17 cols 2..27 bytes 0..0
LOAD popNext=1 buffer=input sramRow=116 sramByte=0 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x0 dramRowStride=0x1 repeat=16 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,0) out rows 0..1 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,0) out rows 2..17 cols 0..1 padding bytes 0..0
LOAD buffer=input sramRow=112 sramByte=0 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,1) out rows 2..17 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=114 sramByte=1 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x0 dramRowStride=0x1 repeat=16 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,1) out rows 0..1 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=1 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,1) out rows 2..17 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=112 sramByte=1 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,2) out rows 2..17 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=112 sramByte=2 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x1 repeat=16 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,2) out rows 0..1 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=2 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,3) out rows 2..17 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=112 sramByte=3 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x1 dramRowStride=0x1 repeat=16 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,3) out rows 0..1 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=3 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,3) out rows 2..17 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=166 sramByte=3 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,4) out rows 2..17 cols 0..25 bytes 0..0
LOAD buffer=input sramRow=112 sramByte=4 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x2 dramRowStride=0x1 repeat=16 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,4) out rows 0..1 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=4 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,4) out rows 2..17 cols 26..27 padding bytes 0..0
LOAD buffer=input sramRow=164 sramByte=4 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,0) out rows 1..17 cols 2..27 bytes 0..0
LOAD buffer=input sramRow=60 sramByte=5 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x0 dramRowStride=0x1 repeat=17 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,0) out rows 0..0 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=5 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,0) out rows 1..17 cols 0..1 padding bytes 0..0
LOAD buffer=input sramRow=56 sramByte=5 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=17 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,1) out rows 1..17 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=58 sramByte=6 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x0 dramRowStride=0x1 repeat=17 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,1) out rows 0..0 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=6 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,1) out rows 1..17 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=56 sramByte=6 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=17 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,2) out rows 1..17 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=56 sramByte=7 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x1 repeat=17 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,2) out rows 0..0 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=7 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,3) out rows 1..17 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=56 sramByte=8 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x1 dramRowStride=0x1 repeat=17 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,3) out rows 0..0 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=8 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,3) out rows 1..17 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=110 sramByte=8 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=17 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,4) out rows 1..17 cols 0..25 bytes 0..0
LOAD buffer=input sramRow=56 sramByte=9 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x2 dramRowStride=0x1 repeat=17 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,4) out rows 0..0 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=9 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,4) out rows 1..17 cols 26..27 padding bytes 0..0
LOAD buffer=input sramRow=108 sramByte=9 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=17 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,0) out rows 0..17 cols 2..27 bytes 0..0
LOAD buffer=input sramRow=4 sramByte=10 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x0 dramRowStride=0x1 repeat=18 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,0) out rows 0..17 cols 0..1 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=10 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=18 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,1) out rows 0..17 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=2 sramByte=11 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x0 dramRowStride=0x1 repeat=18 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,1) out rows 0..17 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=11 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=18 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,2) out rows 0..17 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=0 sramByte=12 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x1 repeat=18 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,3) out rows 0..17 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=0 sramByte=13 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x1 dramRowStride=0x1 repeat=18 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,3) out rows 0..17 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=54 sramByte=13 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=18 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,4) out rows 0..17 cols 0..25 bytes 0..0
LOAD buffer=input sramRow=0 sramByte=14 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x2 dramRowStride=0x1 repeat=18 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,4) out rows 0..17 cols 26..27 padding bytes 0..0
LOAD buffer=input sramRow=52 sramByte=14 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=18 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,0) out rows 0..17 cols 2..27 bytes 0..0
LOAD buffer=input sramRow=4 sramByte=15 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x1c dramRowStride=0x1 repeat=18 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (3,0) out rows 0..17 cols 0..1 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=15 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=18 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,1) out rows 0..17 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=3 sramByte=0 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x1c dramRowStride=0x1 repeat=18 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (3,1) out rows 0..17 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=1 sramByte=0 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=18 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,2) out rows 0..17 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=1 sramByte=1 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x1c dramRowStride=0x1 repeat=18 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (3,3) out rows 0..17 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=1 sramByte=2 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x1d dramRowStride=0x1 repeat=18 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (3,3) out rows 0..17 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=55 sramByte=2 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=18 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,4) out rows 0..17 cols 0..25 bytes 0..0
LOAD buffer=input sramRow=1 sramByte=3 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x1e dramRowStride=0x1 repeat=18 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (3,4) out rows 0..17 cols 26..27 padding bytes 0..0
LOAD buffer=input sramRow=53 sramByte=3 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=18 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,0) out rows 0..17 cols 2..27 bytes 0..0
LOAD buffer=input sramRow=5 sramByte=4 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x38 dramRowStride=0x1 repeat=18 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (4,0) out rows 0..17 cols 0..1 padding bytes 0..0
LOAD buffer=input sramRow=1 sramByte=4 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=18 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,1) out rows 0..17 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=3 sramByte=5 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x38 dramRowStride=0x1 repeat=18 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (4,1) out rows 0..17 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=1 sramByte=5 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=18 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,2) out rows 0..17 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=1 sramByte=6 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x38 dramRowStride=0x1 repeat=18 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (4,3) out rows 0..17 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=1 sramByte=7 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x39 dramRowStride=0x1 repeat=18 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (4,3) out rows 0..17 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=55 sramByte=7 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=18 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,4) out rows 0..17 cols 0..25 bytes 0..0
LOAD buffer=input sramRow=1 sramByte=8 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x3a dramRowStride=0x1 repeat=18 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (4,4) out rows 0..17 cols 26..27 padding bytes 0..0
LOAD buffer=input sramRow=53 sramByte=8 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=18 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; weights: 1 channel tile(s) × chunks 0..1 @0x3c80
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=16 rows=32 sramRowStride=1 dramAddr=0x3c80 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=64 rows=3 sramRowStride=1 dramAddr=0x3e80 dramRowStride=0x40 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile block 1 (out rows 18..27, cols 0..27) channels 0..3 k-group 1 of 1
; im2col tap (0,0) out rows 18..27 cols 2..27 bytes 0..0
LOAD buffer=input sramRow=2052 sramByte=0 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x1c0 dramRowStride=0x1 repeat=10 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,0) out rows 18..27 cols 0..1 padding bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=0 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=10 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,1) out rows 18..27 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=2050 sramByte=1 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x1c0 dramRowStride=0x1 repeat=10 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,1) out rows 18..27 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=1 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=10 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,2) out rows 18..27 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=2 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x1c0 dramRowStride=0x1 repeat=10 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,3) out rows 18..27 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=3 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x1c1 dramRowStride=0x1 repeat=10 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,3) out rows 18..27 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=2102 sramByte=3 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=10 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,4) out rows 18..27 cols 0..25 bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=4 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x1c2 dramRowStride=0x1 repeat=10 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,4) out rows 18..27 cols 26..27 padding bytes 0..0
LOAD buffer=input sramRow=2100 sramByte=4 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=10 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,0) out rows 18..27 cols 2..27 bytes 0..0
LOAD buffer=input sramRow=2052 sramByte=5 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x1dc dramRowStride=0x1 repeat=10 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,0) out rows 18..27 cols 0..1 padding bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=5 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=10 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,1) out rows 18..27 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=2050 sramByte=6 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x1dc dramRowStride=0x1 repeat=10 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,1) out rows 18..27 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=6 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=10 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,2) out rows 18..27 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=7 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x1dc dramRowStride=0x1 repeat=10 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,3) out rows 18..27 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=8 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x1dd dramRowStride=0x1 repeat=10 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,3) out rows 18..27 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=2102 sramByte=8 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=10 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,4) out rows 18..27 cols 0..25 bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=9 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x1de dramRowStride=0x1 repeat=10 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,4) out rows 18..27 cols 26..27 padding bytes 0..0
LOAD buffer=input sramRow=2100 sramByte=9 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=10 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,0) out rows 18..27 cols 2..27 bytes 0..0
LOAD buffer=input sramRow=2052 sramByte=10 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x1f8 dramRowStride=0x1 repeat=10 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,0) out rows 18..27 cols 0..1 padding bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=10 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=10 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,1) out rows 18..27 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=2050 sramByte=11 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x1f8 dramRowStride=0x1 repeat=10 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,1) out rows 18..27 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=11 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=10 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,2) out rows 18..27 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=12 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x1f8 dramRowStride=0x1 repeat=10 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,3) out rows 18..27 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=13 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x1f9 dramRowStride=0x1 repeat=10 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,3) out rows 18..27 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=2102 sramByte=13 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=10 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,4) out rows 18..27 cols 0..25 bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=14 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x1fa dramRowStride=0x1 repeat=10 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,4) out rows 18..27 cols 26..27 padding bytes 0..0
LOAD buffer=input sramRow=2100 sramByte=14 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=10 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,0) out rows 18..26 cols 2..27 bytes 0..0
LOAD buffer=input sramRow=2052 sramByte=15 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x214 dramRowStride=0x1 repeat=9 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (3,0) out rows 27..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=2552 sramByte=15 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,0) out rows 18..26 cols 0..1 padding bytes 0..0
LOAD buffer=input sramRow=2048 sramByte=15 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=9 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,1) out rows 18..26 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=2051 sramByte=0 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x214 dramRowStride=0x1 repeat=9 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (3,1) out rows 27..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=2553 sramByte=0 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,1) out rows 18..26 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=2049 sramByte=0 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=9 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,2) out rows 18..26 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=2049 sramByte=1 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x214 dramRowStride=0x1 repeat=9 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (3,2) out rows 27..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=2553 sramByte=1 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,3) out rows 18..26 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=2049 sramByte=2 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x215 dramRowStride=0x1 repeat=9 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (3,3) out rows 27..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=2553 sramByte=2 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,3) out rows 18..26 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=2103 sramByte=2 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=9 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,4) out rows 18..26 cols 0..25 bytes 0..0
LOAD buffer=input sramRow=2049 sramByte=3 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x216 dramRowStride=0x1 repeat=9 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (3,4) out rows 27..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=2553 sramByte=3 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,4) out rows 18..26 cols 26..27 padding bytes 0..0
LOAD buffer=input sramRow=2101 sramByte=3 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=9 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,0) out rows 18..25 cols 2..27 bytes 0..0
LOAD buffer=input sramRow=2053 sramByte=4 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x230 dramRowStride=0x1 repeat=8 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (4,0) out rows 26..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=2497 sramByte=4 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,0) out rows 18..25 cols 0..1 padding bytes 0..0
LOAD buffer=input sramRow=2049 sramByte=4 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=8 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,1) out rows 18..25 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=2051 sramByte=5 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x230 dramRowStride=0x1 repeat=8 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (4,1) out rows 26..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=2497 sramByte=5 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,1) out rows 18..25 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=2049 sramByte=5 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=8 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,2) out rows 18..25 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=2049 sramByte=6 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x230 dramRowStride=0x1 repeat=8 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (4,2) out rows 26..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=2497 sramByte=6 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,3) out rows 18..25 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=2049 sramByte=7 bytesPerRow=1 rows=27 sramRowStride=2 dramAddr=0x231 dramRowStride=0x1 repeat=8 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (4,3) out rows 26..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=2497 sramByte=7 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,3) out rows 18..25 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=2103 sramByte=7 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=8 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,4) out rows 18..25 cols 0..25 bytes 0..0
LOAD buffer=input sramRow=2049 sramByte=8 bytesPerRow=1 rows=26 sramRowStride=2 dramAddr=0x232 dramRowStride=0x1 repeat=8 sramOuterStride=56 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (4,4) out rows 26..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=2497 sramByte=8 bytesPerRow=1 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,4) out rows 18..25 cols 26..27 padding bytes 0..0
LOAD pushNext=1 buffer=input sramRow=2101 sramByte=8 bytesPerRow=1 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=8 sramOuterStride=56 dramOuterStride=0x0 fill=1 fillByte=127
; compute tile block 0 (out rows 0..17, cols 0..27) channels 0..3 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=4
COMPUTE inputRow=0 inputRowStride=2 weightRow=0 accRow=0 m=504 k=16 n=4 accumulate=0
; latch chunk 1 of channel tile 0
LOAD_WEIGHTS weightRow=16 k=9 n=4
COMPUTE inputRow=1 inputRowStride=2 weightRow=0 accRow=0 m=504 k=9 n=4 accumulate=1
; requantize channel tile 0
REQUANT pushNext=1 accRow=0 outRow=0 outByte=0 rows=504 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..17, cols 0..27) channels 0..3 k-group 1 of 1
; 504 pixels × channels 0..3 → branch5 @0xf80
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=504 sramRowStride=1 dramAddr=0xf80 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; compute tile block 1 (out rows 18..27, cols 0..27) channels 0..3 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=4
COMPUTE inputRow=2048 inputRowStride=2 weightRow=0 accRow=512 m=280 k=16 n=4 accumulate=0
; latch chunk 1 of channel tile 0
LOAD_WEIGHTS weightRow=16 k=9 n=4
COMPUTE inputRow=2049 inputRowStride=2 weightRow=0 accRow=512 m=280 k=9 n=4 accumulate=1
; requantize channel tile 0
REQUANT pushNext=1 accRow=512 outRow=1024 outByte=0 rows=280 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 1 (out rows 18..27, cols 0..27) channels 0..3 k-group 1 of 1
; 280 pixels × channels 0..3 → branch5 @0xf80
STORE popPrev=1 pushPrev=1 buffer=output sramRow=1024 sramByte=0 bytesPerRow=4 rows=280 sramRowStride=1 dramAddr=0x1760 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer cat: qconcat of 2 branches → 8 channels on the vector unit
; barrier: wait for the previous layer's stores (2), then release the loads
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile channels 0..3 pixels 0..511
; a = branch3
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=512 sramRowStride=1 dramAddr=0x340 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile channels 0..3 pixels 512..783
; a = branch3
LOAD pushNext=1 buffer=output sramRow=1024 sramByte=0 bytesPerRow=4 rows=272 sramRowStride=1 dramAddr=0xb40 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile channels 0..3 pixels 0..511
ADD popPrev=1 pushPrev=1 pushNext=1 aRow=0 bRow=0 dstRow=512 rows=512 elems=4 aMultiplier=1893438782 aShift=0 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile channels 0..3 pixels 0..511
; → cat channels 0..3
STORE popPrev=1 pushPrev=1 buffer=output sramRow=512 sramByte=0 bytesPerRow=4 rows=512 sramRowStride=1 dramAddr=0x1bc0 dramRowStride=0x8 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; tile channels 0..3 pixels 0..511
; a = branch5
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=512 sramRowStride=1 dramAddr=0xf80 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile channels 0..3 pixels 512..783
ADD popPrev=1 pushPrev=1 pushNext=1 aRow=1024 bRow=1024 dstRow=1536 rows=272 elems=4 aMultiplier=1893438782 aShift=0 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile channels 0..3 pixels 512..783
; → cat channels 0..3
STORE popPrev=1 pushPrev=1 buffer=output sramRow=1536 sramByte=0 bytesPerRow=4 rows=272 sramRowStride=1 dramAddr=0x2bc0 dramRowStride=0x8 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; tile channels 0..3 pixels 512..783
; a = branch5
LOAD popNext=1 pushNext=1 buffer=output sramRow=1024 sramByte=0 bytesPerRow=4 rows=272 sramRowStride=1 dramAddr=0x1780 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile channels 0..3 pixels 0..511
ADD popPrev=1 popNext=1 pushNext=1 aRow=0 bRow=0 dstRow=512 rows=512 elems=4 aMultiplier=1073741824 aShift=1 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile channels 0..3 pixels 0..511
; → cat channels 4..7
STORE popPrev=1 pushPrev=1 buffer=output sramRow=512 sramByte=0 bytesPerRow=4 rows=512 sramRowStride=1 dramAddr=0x1bc4 dramRowStride=0x8 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; compute tile channels 0..3 pixels 512..783
ADD popPrev=1 popNext=1 pushNext=1 aRow=1024 bRow=1024 dstRow=1536 rows=272 elems=4 aMultiplier=1073741824 aShift=1 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile channels 0..3 pixels 512..783
; → cat channels 4..7
STORE popPrev=1 pushPrev=1 buffer=output sramRow=1536 sramByte=0 bytesPerRow=4 rows=272 sramRowStride=1 dramAddr=0x2bc4 dramRowStride=0x8 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer pool: qmaxpool 28x28x8 → 14x14x8, kernel 2x2 stride 2x2 on the vector unit
; barrier: wait for the previous layer's stores (2), then release the loads
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile channels 0..7 output rows 0..13
; input rows 0..27 of cat
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=8 rows=28 sramRowStride=1 dramAddr=0x1bc0 dramRowStride=0x8 repeat=28 sramOuterStride=28 dramOuterStride=0xe0 fill=0 fillByte=0
; compute tile channels 0..7 output rows 0..13
POOL popPrev=1 pushNext=1 kind=max srcRow=0 dstRow=784 channels=8 inH=28 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 0..7 output rows 0..13
; → pool @0x3440
STORE popPrev=1 pushPrev=1 buffer=output sramRow=784 sramByte=0 bytesPerRow=8 rows=196 sramRowStride=1 dramAddr=0x3440 dramRowStride=0x8 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer fc: qdense 14x14x8 → 1x1x10, int8 (weights i8, input u8), ws
; barrier: wait for the previous layer's stores (1), then release the loads
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; im2col dense input bytes 0..1567
LOAD popNext=1 buffer=input sramRow=0 sramByte=0 bytesPerRow=16 rows=98 sramRowStride=1 dramAddr=0x3440 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights: 1 channel tile(s) × chunks 0..97 @0x3f40
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=16 rows=1568 sramRowStride=1 dramAddr=0x3f40 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=64 rows=3 sramRowStride=1 dramAddr=0xa140 dramRowStride=0x40 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=10
COMPUTE inputRow=0 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=0
; latch chunk 1 of channel tile 0
LOAD_WEIGHTS weightRow=16 k=16 n=10
COMPUTE inputRow=1 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 2 of channel tile 0
LOAD_WEIGHTS weightRow=32 k=16 n=10
COMPUTE inputRow=2 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 3 of channel tile 0
LOAD_WEIGHTS weightRow=48 k=16 n=10
COMPUTE inputRow=3 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 4 of channel tile 0
LOAD_WEIGHTS weightRow=64 k=16 n=10
COMPUTE inputRow=4 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 5 of channel tile 0
LOAD_WEIGHTS weightRow=80 k=16 n=10
COMPUTE inputRow=5 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 6 of channel tile 0
LOAD_WEIGHTS weightRow=96 k=16 n=10
COMPUTE inputRow=6 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 7 of channel tile 0
LOAD_WEIGHTS weightRow=112 k=16 n=10
COMPUTE inputRow=7 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 8 of channel tile 0
LOAD_WEIGHTS weightRow=128 k=16 n=10
COMPUTE inputRow=8 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 9 of channel tile 0
LOAD_WEIGHTS weightRow=144 k=16 n=10
COMPUTE inputRow=9 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 10 of channel tile 0
LOAD_WEIGHTS weightRow=160 k=16 n=10
COMPUTE inputRow=10 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 11 of channel tile 0
LOAD_WEIGHTS weightRow=176 k=16 n=10
COMPUTE inputRow=11 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 12 of channel tile 0
LOAD_WEIGHTS weightRow=192 k=16 n=10
COMPUTE inputRow=12 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 13 of channel tile 0
LOAD_WEIGHTS weightRow=208 k=16 n=10
COMPUTE inputRow=13 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 14 of channel tile 0
LOAD_WEIGHTS weightRow=224 k=16 n=10
COMPUTE inputRow=14 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 15 of channel tile 0
LOAD_WEIGHTS weightRow=240 k=16 n=10
COMPUTE inputRow=15 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 16 of channel tile 0
LOAD_WEIGHTS weightRow=256 k=16 n=10
COMPUTE inputRow=16 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 17 of channel tile 0
LOAD_WEIGHTS weightRow=272 k=16 n=10
COMPUTE inputRow=17 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 18 of channel tile 0
LOAD_WEIGHTS weightRow=288 k=16 n=10
COMPUTE inputRow=18 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 19 of channel tile 0
LOAD_WEIGHTS weightRow=304 k=16 n=10
COMPUTE inputRow=19 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 20 of channel tile 0
LOAD_WEIGHTS weightRow=320 k=16 n=10
COMPUTE inputRow=20 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 21 of channel tile 0
LOAD_WEIGHTS weightRow=336 k=16 n=10
COMPUTE inputRow=21 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 22 of channel tile 0
LOAD_WEIGHTS weightRow=352 k=16 n=10
COMPUTE inputRow=22 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 23 of channel tile 0
LOAD_WEIGHTS weightRow=368 k=16 n=10
COMPUTE inputRow=23 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 24 of channel tile 0
LOAD_WEIGHTS weightRow=384 k=16 n=10
COMPUTE inputRow=24 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 25 of channel tile 0
LOAD_WEIGHTS weightRow=400 k=16 n=10
COMPUTE inputRow=25 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 26 of channel tile 0
LOAD_WEIGHTS weightRow=416 k=16 n=10
COMPUTE inputRow=26 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 27 of channel tile 0
LOAD_WEIGHTS weightRow=432 k=16 n=10
COMPUTE inputRow=27 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 28 of channel tile 0
LOAD_WEIGHTS weightRow=448 k=16 n=10
COMPUTE inputRow=28 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 29 of channel tile 0
LOAD_WEIGHTS weightRow=464 k=16 n=10
COMPUTE inputRow=29 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 30 of channel tile 0
LOAD_WEIGHTS weightRow=480 k=16 n=10
COMPUTE inputRow=30 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 31 of channel tile 0
LOAD_WEIGHTS weightRow=496 k=16 n=10
COMPUTE inputRow=31 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 32 of channel tile 0
LOAD_WEIGHTS weightRow=512 k=16 n=10
COMPUTE inputRow=32 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 33 of channel tile 0
LOAD_WEIGHTS weightRow=528 k=16 n=10
COMPUTE inputRow=33 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 34 of channel tile 0
LOAD_WEIGHTS weightRow=544 k=16 n=10
COMPUTE inputRow=34 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 35 of channel tile 0
LOAD_WEIGHTS weightRow=560 k=16 n=10
COMPUTE inputRow=35 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 36 of channel tile 0
LOAD_WEIGHTS weightRow=576 k=16 n=10
COMPUTE inputRow=36 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 37 of channel tile 0
LOAD_WEIGHTS weightRow=592 k=16 n=10
COMPUTE inputRow=37 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 38 of channel tile 0
LOAD_WEIGHTS weightRow=608 k=16 n=10
COMPUTE inputRow=38 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 39 of channel tile 0
LOAD_WEIGHTS weightRow=624 k=16 n=10
COMPUTE inputRow=39 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 40 of channel tile 0
LOAD_WEIGHTS weightRow=640 k=16 n=10
COMPUTE inputRow=40 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 41 of channel tile 0
LOAD_WEIGHTS weightRow=656 k=16 n=10
COMPUTE inputRow=41 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 42 of channel tile 0
LOAD_WEIGHTS weightRow=672 k=16 n=10
COMPUTE inputRow=42 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 43 of channel tile 0
LOAD_WEIGHTS weightRow=688 k=16 n=10
COMPUTE inputRow=43 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 44 of channel tile 0
LOAD_WEIGHTS weightRow=704 k=16 n=10
COMPUTE inputRow=44 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 45 of channel tile 0
LOAD_WEIGHTS weightRow=720 k=16 n=10
COMPUTE inputRow=45 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 46 of channel tile 0
LOAD_WEIGHTS weightRow=736 k=16 n=10
COMPUTE inputRow=46 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 47 of channel tile 0
LOAD_WEIGHTS weightRow=752 k=16 n=10
COMPUTE inputRow=47 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 48 of channel tile 0
LOAD_WEIGHTS weightRow=768 k=16 n=10
COMPUTE inputRow=48 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 49 of channel tile 0
LOAD_WEIGHTS weightRow=784 k=16 n=10
COMPUTE inputRow=49 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 50 of channel tile 0
LOAD_WEIGHTS weightRow=800 k=16 n=10
COMPUTE inputRow=50 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 51 of channel tile 0
LOAD_WEIGHTS weightRow=816 k=16 n=10
COMPUTE inputRow=51 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 52 of channel tile 0
LOAD_WEIGHTS weightRow=832 k=16 n=10
COMPUTE inputRow=52 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 53 of channel tile 0
LOAD_WEIGHTS weightRow=848 k=16 n=10
COMPUTE inputRow=53 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 54 of channel tile 0
LOAD_WEIGHTS weightRow=864 k=16 n=10
COMPUTE inputRow=54 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 55 of channel tile 0
LOAD_WEIGHTS weightRow=880 k=16 n=10
COMPUTE inputRow=55 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 56 of channel tile 0
LOAD_WEIGHTS weightRow=896 k=16 n=10
COMPUTE inputRow=56 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 57 of channel tile 0
LOAD_WEIGHTS weightRow=912 k=16 n=10
COMPUTE inputRow=57 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 58 of channel tile 0
LOAD_WEIGHTS weightRow=928 k=16 n=10
COMPUTE inputRow=58 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 59 of channel tile 0
LOAD_WEIGHTS weightRow=944 k=16 n=10
COMPUTE inputRow=59 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 60 of channel tile 0
LOAD_WEIGHTS weightRow=960 k=16 n=10
COMPUTE inputRow=60 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 61 of channel tile 0
LOAD_WEIGHTS weightRow=976 k=16 n=10
COMPUTE inputRow=61 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 62 of channel tile 0
LOAD_WEIGHTS weightRow=992 k=16 n=10
COMPUTE inputRow=62 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 63 of channel tile 0
LOAD_WEIGHTS weightRow=1008 k=16 n=10
COMPUTE inputRow=63 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 64 of channel tile 0
LOAD_WEIGHTS weightRow=1024 k=16 n=10
COMPUTE inputRow=64 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 65 of channel tile 0
LOAD_WEIGHTS weightRow=1040 k=16 n=10
COMPUTE inputRow=65 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 66 of channel tile 0
LOAD_WEIGHTS weightRow=1056 k=16 n=10
COMPUTE inputRow=66 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 67 of channel tile 0
LOAD_WEIGHTS weightRow=1072 k=16 n=10
COMPUTE inputRow=67 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 68 of channel tile 0
LOAD_WEIGHTS weightRow=1088 k=16 n=10
COMPUTE inputRow=68 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 69 of channel tile 0
LOAD_WEIGHTS weightRow=1104 k=16 n=10
COMPUTE inputRow=69 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 70 of channel tile 0
LOAD_WEIGHTS weightRow=1120 k=16 n=10
COMPUTE inputRow=70 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 71 of channel tile 0
LOAD_WEIGHTS weightRow=1136 k=16 n=10
COMPUTE inputRow=71 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 72 of channel tile 0
LOAD_WEIGHTS weightRow=1152 k=16 n=10
COMPUTE inputRow=72 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 73 of channel tile 0
LOAD_WEIGHTS weightRow=1168 k=16 n=10
COMPUTE inputRow=73 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 74 of channel tile 0
LOAD_WEIGHTS weightRow=1184 k=16 n=10
COMPUTE inputRow=74 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 75 of channel tile 0
LOAD_WEIGHTS weightRow=1200 k=16 n=10
COMPUTE inputRow=75 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 76 of channel tile 0
LOAD_WEIGHTS weightRow=1216 k=16 n=10
COMPUTE inputRow=76 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 77 of channel tile 0
LOAD_WEIGHTS weightRow=1232 k=16 n=10
COMPUTE inputRow=77 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 78 of channel tile 0
LOAD_WEIGHTS weightRow=1248 k=16 n=10
COMPUTE inputRow=78 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 79 of channel tile 0
LOAD_WEIGHTS weightRow=1264 k=16 n=10
COMPUTE inputRow=79 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 80 of channel tile 0
LOAD_WEIGHTS weightRow=1280 k=16 n=10
COMPUTE inputRow=80 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 81 of channel tile 0
LOAD_WEIGHTS weightRow=1296 k=16 n=10
COMPUTE inputRow=81 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 82 of channel tile 0
LOAD_WEIGHTS weightRow=1312 k=16 n=10
COMPUTE inputRow=82 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 83 of channel tile 0
LOAD_WEIGHTS weightRow=1328 k=16 n=10
COMPUTE inputRow=83 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 84 of channel tile 0
LOAD_WEIGHTS weightRow=1344 k=16 n=10
COMPUTE inputRow=84 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 85 of channel tile 0
LOAD_WEIGHTS weightRow=1360 k=16 n=10
COMPUTE inputRow=85 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 86 of channel tile 0
LOAD_WEIGHTS weightRow=1376 k=16 n=10
COMPUTE inputRow=86 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 87 of channel tile 0
LOAD_WEIGHTS weightRow=1392 k=16 n=10
COMPUTE inputRow=87 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 88 of channel tile 0
LOAD_WEIGHTS weightRow=1408 k=16 n=10
COMPUTE inputRow=88 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 89 of channel tile 0
LOAD_WEIGHTS weightRow=1424 k=16 n=10
COMPUTE inputRow=89 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 90 of channel tile 0
LOAD_WEIGHTS weightRow=1440 k=16 n=10
COMPUTE inputRow=90 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 91 of channel tile 0
LOAD_WEIGHTS weightRow=1456 k=16 n=10
COMPUTE inputRow=91 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 92 of channel tile 0
LOAD_WEIGHTS weightRow=1472 k=16 n=10
COMPUTE inputRow=92 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 93 of channel tile 0
LOAD_WEIGHTS weightRow=1488 k=16 n=10
COMPUTE inputRow=93 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 94 of channel tile 0
LOAD_WEIGHTS weightRow=1504 k=16 n=10
COMPUTE inputRow=94 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 95 of channel tile 0
LOAD_WEIGHTS weightRow=1520 k=16 n=10
COMPUTE inputRow=95 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 96 of channel tile 0
LOAD_WEIGHTS weightRow=1536 k=16 n=10
COMPUTE inputRow=96 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 97 of channel tile 0
LOAD_WEIGHTS weightRow=1552 k=16 n=10
COMPUTE inputRow=97 inputRowStride=98 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; requantize channel tile 0
REQUANT pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=10 paramRow=0 addBias=1 outZero=116 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; 1 pixels × channels 0..9 → fc @0x3a80
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=10 rows=1 sramRowStride=1 dramAddr=0x3a80 dramRowStride=0xa repeat=1 sramOuterStride=0 dramOuterStride=0x0
; drain: wait for the last stores
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; end of program
HALT
