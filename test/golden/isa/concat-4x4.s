; concat (w8a8, seeded calibration) lowered for 4x4
; 4x4 ws, MACs/cycle int8 16 int4 32 binary 1024 w4a8 32, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,28,28,1] NHWC @0x0
;   activation branch3 u8[1,28,28,4] NHWC @0x340
;   activation branch5 u8[1,28,28,4] NHWC @0xf80
;   activation cat u8[1,28,28,8] NHWC @0x1bc0
;   activation pool u8[1,14,14,8] NHWC @0x3440
;   output     fc u8[1,10] NC @0x3a80
; layers: instructions, DRAM bytes read, DRAM bytes written
;   branch3            32     6820     3136
;   branch5            84    18116     3136
;   cat                 7     6272     6272
;   pool                8     6272     1568
;   fc               2362    20528       10
;
; layer branch3: qconv2d 28x28x1 → 28x28x4, int8 (weights i8, input u8), ws
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..27, cols 0..27) channels 0..3 k-group 1 of 1
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
; weights: 1 channel tile(s) × chunks 0..2 @0x3ac0
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=4 rows=12 sramRowStride=1 dramAddr=0x3ac0 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=16 rows=3 sramRowStride=1 dramAddr=0x3b00 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile block 0 (out rows 0..27, cols 0..27) channels 0..3 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE inputRow=0 inputRowStride=3 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 0
LOAD_WEIGHTS weightRow=4 k=4 n=4
COMPUTE inputRow=1 inputRowStride=3 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 0
LOAD_WEIGHTS weightRow=8 k=1 n=4
COMPUTE inputRow=2 inputRowStride=3 weightRow=0 accRow=0 m=784 k=1 n=4 accumulate=1
; requantize channel tile 0
REQUANT pushNext=1 accRow=0 outRow=0 outByte=0 rows=784 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..27, cols 0..27) channels 0..3 k-group 1 of 1
; 784 pixels × channels 0..3 → branch3 @0x340
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=784 sramRowStride=1 dramAddr=0x340 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer branch5: qconv2d 28x28x1 → 28x28x4, int8 (weights i8, input u8), ws
; barrier: wait for the previous layer's stores (1), then release the loads
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..27, cols 0..27) channels 0..3 k-group 1 of 1
; im2col tap (0,0) out rows 2..27 cols 2..27 bytes 0..0
LOAD popNext=1 buffer=input sramRow=406 sramByte=0 bytesPerRow=1 rows=26 sramRowStride=7 dramAddr=0x0 dramRowStride=0x1 repeat=26 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,0) out rows 0..1 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,0) out rows 2..27 cols 0..1 padding bytes 0..0
LOAD buffer=input sramRow=392 sramByte=0 bytesPerRow=1 rows=2 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=26 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,1) out rows 2..27 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=399 sramByte=1 bytesPerRow=1 rows=27 sramRowStride=7 dramAddr=0x0 dramRowStride=0x1 repeat=26 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,1) out rows 0..1 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=1 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,1) out rows 2..27 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=392 sramByte=1 bytesPerRow=1 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=26 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,2) out rows 2..27 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=392 sramByte=2 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x1 repeat=26 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,2) out rows 0..1 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=2 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,3) out rows 2..27 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=392 sramByte=3 bytesPerRow=1 rows=27 sramRowStride=7 dramAddr=0x1 dramRowStride=0x1 repeat=26 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,3) out rows 0..1 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=3 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,3) out rows 2..27 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=581 sramByte=3 bytesPerRow=1 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=26 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,4) out rows 2..27 cols 0..25 bytes 0..0
LOAD buffer=input sramRow=393 sramByte=0 bytesPerRow=1 rows=26 sramRowStride=7 dramAddr=0x2 dramRowStride=0x1 repeat=26 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (0,4) out rows 0..1 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=1 sramByte=0 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,4) out rows 2..27 cols 26..27 padding bytes 0..0
LOAD buffer=input sramRow=575 sramByte=0 bytesPerRow=1 rows=2 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=26 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,0) out rows 1..27 cols 2..27 bytes 0..0
LOAD buffer=input sramRow=211 sramByte=1 bytesPerRow=1 rows=26 sramRowStride=7 dramAddr=0x0 dramRowStride=0x1 repeat=27 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,0) out rows 0..0 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=1 sramByte=1 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,0) out rows 1..27 cols 0..1 padding bytes 0..0
LOAD buffer=input sramRow=197 sramByte=1 bytesPerRow=1 rows=2 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=27 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,1) out rows 1..27 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=204 sramByte=2 bytesPerRow=1 rows=27 sramRowStride=7 dramAddr=0x0 dramRowStride=0x1 repeat=27 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,1) out rows 0..0 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=1 sramByte=2 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,1) out rows 1..27 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=197 sramByte=2 bytesPerRow=1 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=27 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,2) out rows 1..27 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=197 sramByte=3 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x1 repeat=27 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,2) out rows 0..0 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=1 sramByte=3 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,3) out rows 1..27 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=198 sramByte=0 bytesPerRow=1 rows=27 sramRowStride=7 dramAddr=0x1 dramRowStride=0x1 repeat=27 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,3) out rows 0..0 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=2 sramByte=0 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,3) out rows 1..27 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=387 sramByte=0 bytesPerRow=1 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=27 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,4) out rows 1..27 cols 0..25 bytes 0..0
LOAD buffer=input sramRow=198 sramByte=1 bytesPerRow=1 rows=26 sramRowStride=7 dramAddr=0x2 dramRowStride=0x1 repeat=27 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (1,4) out rows 0..0 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=2 sramByte=1 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,4) out rows 1..27 cols 26..27 padding bytes 0..0
LOAD buffer=input sramRow=380 sramByte=1 bytesPerRow=1 rows=2 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=27 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,0) out rows 0..27 cols 2..27 bytes 0..0
LOAD buffer=input sramRow=16 sramByte=2 bytesPerRow=1 rows=26 sramRowStride=7 dramAddr=0x0 dramRowStride=0x1 repeat=28 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,0) out rows 0..27 cols 0..1 padding bytes 0..0
LOAD buffer=input sramRow=2 sramByte=2 bytesPerRow=1 rows=2 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=28 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,1) out rows 0..27 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=9 sramByte=3 bytesPerRow=1 rows=27 sramRowStride=7 dramAddr=0x0 dramRowStride=0x1 repeat=28 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,1) out rows 0..27 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=2 sramByte=3 bytesPerRow=1 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=28 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,2) out rows 0..27 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=3 sramByte=0 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x1 repeat=28 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,3) out rows 0..27 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=3 sramByte=1 bytesPerRow=1 rows=27 sramRowStride=7 dramAddr=0x1 dramRowStride=0x1 repeat=28 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,3) out rows 0..27 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=192 sramByte=1 bytesPerRow=1 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=28 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,4) out rows 0..27 cols 0..25 bytes 0..0
LOAD buffer=input sramRow=3 sramByte=2 bytesPerRow=1 rows=26 sramRowStride=7 dramAddr=0x2 dramRowStride=0x1 repeat=28 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (2,4) out rows 0..27 cols 26..27 padding bytes 0..0
LOAD buffer=input sramRow=185 sramByte=2 bytesPerRow=1 rows=2 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=28 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,0) out rows 0..26 cols 2..27 bytes 0..0
LOAD buffer=input sramRow=17 sramByte=3 bytesPerRow=1 rows=26 sramRowStride=7 dramAddr=0x1c dramRowStride=0x1 repeat=27 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (3,0) out rows 27..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=5295 sramByte=3 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,0) out rows 0..26 cols 0..1 padding bytes 0..0
LOAD buffer=input sramRow=3 sramByte=3 bytesPerRow=1 rows=2 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=27 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,1) out rows 0..26 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=11 sramByte=0 bytesPerRow=1 rows=27 sramRowStride=7 dramAddr=0x1c dramRowStride=0x1 repeat=27 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (3,1) out rows 27..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=5296 sramByte=0 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,1) out rows 0..26 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=4 sramByte=0 bytesPerRow=1 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=27 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,2) out rows 0..26 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=4 sramByte=1 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x1c dramRowStride=0x1 repeat=27 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (3,2) out rows 27..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=5296 sramByte=1 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,3) out rows 0..26 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=4 sramByte=2 bytesPerRow=1 rows=27 sramRowStride=7 dramAddr=0x1d dramRowStride=0x1 repeat=27 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (3,3) out rows 27..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=5296 sramByte=2 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,3) out rows 0..26 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=193 sramByte=2 bytesPerRow=1 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=27 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,4) out rows 0..26 cols 0..25 bytes 0..0
LOAD buffer=input sramRow=4 sramByte=3 bytesPerRow=1 rows=26 sramRowStride=7 dramAddr=0x1e dramRowStride=0x1 repeat=27 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (3,4) out rows 27..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=5296 sramByte=3 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (3,4) out rows 0..26 cols 26..27 padding bytes 0..0
LOAD buffer=input sramRow=186 sramByte=3 bytesPerRow=1 rows=2 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=27 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,0) out rows 0..25 cols 2..27 bytes 0..0
LOAD buffer=input sramRow=19 sramByte=0 bytesPerRow=1 rows=26 sramRowStride=7 dramAddr=0x38 dramRowStride=0x1 repeat=26 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (4,0) out rows 26..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=5101 sramByte=0 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,0) out rows 0..25 cols 0..1 padding bytes 0..0
LOAD buffer=input sramRow=5 sramByte=0 bytesPerRow=1 rows=2 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=26 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,1) out rows 0..25 cols 1..27 bytes 0..0
LOAD buffer=input sramRow=12 sramByte=1 bytesPerRow=1 rows=27 sramRowStride=7 dramAddr=0x38 dramRowStride=0x1 repeat=26 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (4,1) out rows 26..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=5101 sramByte=1 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,1) out rows 0..25 cols 0..0 padding bytes 0..0
LOAD buffer=input sramRow=5 sramByte=1 bytesPerRow=1 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=26 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,2) out rows 0..25 cols 0..27 bytes 0..0
LOAD buffer=input sramRow=5 sramByte=2 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x38 dramRowStride=0x1 repeat=26 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (4,2) out rows 26..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=5101 sramByte=2 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,3) out rows 0..25 cols 0..26 bytes 0..0
LOAD buffer=input sramRow=5 sramByte=3 bytesPerRow=1 rows=27 sramRowStride=7 dramAddr=0x39 dramRowStride=0x1 repeat=26 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (4,3) out rows 26..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=5101 sramByte=3 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,3) out rows 0..25 cols 27..27 padding bytes 0..0
LOAD buffer=input sramRow=194 sramByte=3 bytesPerRow=1 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=26 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,4) out rows 0..25 cols 0..25 bytes 0..0
LOAD buffer=input sramRow=6 sramByte=0 bytesPerRow=1 rows=26 sramRowStride=7 dramAddr=0x3a dramRowStride=0x1 repeat=26 sramOuterStride=196 dramOuterStride=0x1c fill=0 fillByte=0
; im2col tap (4,4) out rows 26..27 cols 0..27 padding bytes 0..0
LOAD buffer=input sramRow=5102 sramByte=0 bytesPerRow=1 rows=28 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=2 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (4,4) out rows 0..25 cols 26..27 padding bytes 0..0
LOAD buffer=input sramRow=188 sramByte=0 bytesPerRow=1 rows=2 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=26 sramOuterStride=196 dramOuterStride=0x0 fill=1 fillByte=127
; weights: 1 channel tile(s) × chunks 0..6 @0x3b40
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=4 rows=28 sramRowStride=1 dramAddr=0x3b40 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=16 rows=3 sramRowStride=1 dramAddr=0x3bc0 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile block 0 (out rows 0..27, cols 0..27) channels 0..3 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE inputRow=0 inputRowStride=7 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 0
LOAD_WEIGHTS weightRow=4 k=4 n=4
COMPUTE inputRow=1 inputRowStride=7 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 0
LOAD_WEIGHTS weightRow=8 k=4 n=4
COMPUTE inputRow=2 inputRowStride=7 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 0
LOAD_WEIGHTS weightRow=12 k=4 n=4
COMPUTE inputRow=3 inputRowStride=7 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 0
LOAD_WEIGHTS weightRow=16 k=4 n=4
COMPUTE inputRow=4 inputRowStride=7 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 0
LOAD_WEIGHTS weightRow=20 k=4 n=4
COMPUTE inputRow=5 inputRowStride=7 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 0
LOAD_WEIGHTS weightRow=24 k=1 n=4
COMPUTE inputRow=6 inputRowStride=7 weightRow=0 accRow=0 m=784 k=1 n=4 accumulate=1
; requantize channel tile 0
REQUANT pushNext=1 accRow=0 outRow=0 outByte=0 rows=784 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..27, cols 0..27) channels 0..3 k-group 1 of 1
; 784 pixels × channels 0..3 → branch5 @0xf80
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=784 sramRowStride=1 dramAddr=0xf80 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer cat: qconcat of 2 branches → 8 channels on the vector unit
; barrier: wait for the previous layer's stores (1), then release the loads
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile channels 0..3 pixels 0..783
; a = branch3
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=784 sramRowStride=1 dramAddr=0x340 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile channels 0..3 pixels 0..783
; a = branch5
LOAD pushNext=1 buffer=output sramRow=4096 sramByte=0 bytesPerRow=4 rows=784 sramRowStride=1 dramAddr=0xf80 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile channels 0..3 pixels 0..783
ADD popPrev=1 pushNext=1 aRow=0 bRow=0 dstRow=784 rows=784 elems=4 aMultiplier=1893438782 aShift=0 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile channels 0..3 pixels 0..783
; → cat channels 0..3
STORE popPrev=1 pushPrev=1 buffer=output sramRow=784 sramByte=0 bytesPerRow=4 rows=784 sramRowStride=1 dramAddr=0x1bc0 dramRowStride=0x8 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; compute tile channels 0..3 pixels 0..783
ADD popPrev=1 pushNext=1 aRow=4096 bRow=4096 dstRow=4880 rows=784 elems=4 aMultiplier=1073741824 aShift=1 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile channels 0..3 pixels 0..783
; → cat channels 4..7
STORE popPrev=1 pushPrev=1 buffer=output sramRow=4880 sramByte=0 bytesPerRow=4 rows=784 sramRowStride=1 dramAddr=0x1bc4 dramRowStride=0x8 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer pool: qmaxpool 28x28x8 → 14x14x8, kernel 2x2 stride 2x2 on the vector unit
; barrier: wait for the previous layer's stores (2), then release the loads
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile channels 0..3 output rows 0..13
; input rows 0..27 of cat
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=28 sramRowStride=1 dramAddr=0x1bc0 dramRowStride=0x8 repeat=28 sramOuterStride=28 dramOuterStride=0xe0 fill=0 fillByte=0
; tile channels 4..7 output rows 0..13
; input rows 0..27 of cat
LOAD pushNext=1 buffer=output sramRow=4096 sramByte=0 bytesPerRow=4 rows=28 sramRowStride=1 dramAddr=0x1bc4 dramRowStride=0x8 repeat=28 sramOuterStride=28 dramOuterStride=0xe0 fill=0 fillByte=0
; compute tile channels 0..3 output rows 0..13
POOL popPrev=1 pushNext=1 kind=max srcRow=0 dstRow=784 channels=4 inH=28 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 0..3 output rows 0..13
; → pool @0x3440
STORE popPrev=1 pushPrev=1 buffer=output sramRow=784 sramByte=0 bytesPerRow=4 rows=196 sramRowStride=1 dramAddr=0x3440 dramRowStride=0x8 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; compute tile channels 4..7 output rows 0..13
POOL popPrev=1 pushNext=1 kind=max srcRow=4096 dstRow=4880 channels=4 inH=28 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 4..7 output rows 0..13
; → pool @0x3440
STORE popPrev=1 pushPrev=1 buffer=output sramRow=4880 sramByte=0 bytesPerRow=4 rows=196 sramRowStride=1 dramAddr=0x3444 dramRowStride=0x8 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer fc: qdense 14x14x8 → 1x1x10, int8 (weights i8, input u8), ws
; barrier: wait for the previous layer's stores (2), then release the loads
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; im2col dense input bytes 0..1567
LOAD popNext=1 buffer=input sramRow=0 sramByte=0 bytesPerRow=4 rows=392 sramRowStride=1 dramAddr=0x3440 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights: 3 channel tile(s) × chunks 0..391 @0x3c00
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=4 rows=1568 sramRowStride=1 dramAddr=0x3c00 dramRowStride=0x4 repeat=3 sramOuterStride=1568 dramOuterStride=0x1880 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..2
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=16 rows=9 sramRowStride=1 dramAddr=0x8580 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE inputRow=0 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 0
LOAD_WEIGHTS weightRow=4 k=4 n=4
COMPUTE inputRow=1 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 0
LOAD_WEIGHTS weightRow=8 k=4 n=4
COMPUTE inputRow=2 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 0
LOAD_WEIGHTS weightRow=12 k=4 n=4
COMPUTE inputRow=3 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 0
LOAD_WEIGHTS weightRow=16 k=4 n=4
COMPUTE inputRow=4 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 0
LOAD_WEIGHTS weightRow=20 k=4 n=4
COMPUTE inputRow=5 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 0
LOAD_WEIGHTS weightRow=24 k=4 n=4
COMPUTE inputRow=6 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 0
LOAD_WEIGHTS weightRow=28 k=4 n=4
COMPUTE inputRow=7 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 0
LOAD_WEIGHTS weightRow=32 k=4 n=4
COMPUTE inputRow=8 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 0
LOAD_WEIGHTS weightRow=36 k=4 n=4
COMPUTE inputRow=9 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 0
LOAD_WEIGHTS weightRow=40 k=4 n=4
COMPUTE inputRow=10 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 0
LOAD_WEIGHTS weightRow=44 k=4 n=4
COMPUTE inputRow=11 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 0
LOAD_WEIGHTS weightRow=48 k=4 n=4
COMPUTE inputRow=12 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 0
LOAD_WEIGHTS weightRow=52 k=4 n=4
COMPUTE inputRow=13 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 0
LOAD_WEIGHTS weightRow=56 k=4 n=4
COMPUTE inputRow=14 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 0
LOAD_WEIGHTS weightRow=60 k=4 n=4
COMPUTE inputRow=15 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 0
LOAD_WEIGHTS weightRow=64 k=4 n=4
COMPUTE inputRow=16 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 0
LOAD_WEIGHTS weightRow=68 k=4 n=4
COMPUTE inputRow=17 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 18 of channel tile 0
LOAD_WEIGHTS weightRow=72 k=4 n=4
COMPUTE inputRow=18 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 19 of channel tile 0
LOAD_WEIGHTS weightRow=76 k=4 n=4
COMPUTE inputRow=19 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 20 of channel tile 0
LOAD_WEIGHTS weightRow=80 k=4 n=4
COMPUTE inputRow=20 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 21 of channel tile 0
LOAD_WEIGHTS weightRow=84 k=4 n=4
COMPUTE inputRow=21 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 22 of channel tile 0
LOAD_WEIGHTS weightRow=88 k=4 n=4
COMPUTE inputRow=22 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 23 of channel tile 0
LOAD_WEIGHTS weightRow=92 k=4 n=4
COMPUTE inputRow=23 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 24 of channel tile 0
LOAD_WEIGHTS weightRow=96 k=4 n=4
COMPUTE inputRow=24 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 25 of channel tile 0
LOAD_WEIGHTS weightRow=100 k=4 n=4
COMPUTE inputRow=25 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 26 of channel tile 0
LOAD_WEIGHTS weightRow=104 k=4 n=4
COMPUTE inputRow=26 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 27 of channel tile 0
LOAD_WEIGHTS weightRow=108 k=4 n=4
COMPUTE inputRow=27 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 28 of channel tile 0
LOAD_WEIGHTS weightRow=112 k=4 n=4
COMPUTE inputRow=28 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 29 of channel tile 0
LOAD_WEIGHTS weightRow=116 k=4 n=4
COMPUTE inputRow=29 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 30 of channel tile 0
LOAD_WEIGHTS weightRow=120 k=4 n=4
COMPUTE inputRow=30 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 31 of channel tile 0
LOAD_WEIGHTS weightRow=124 k=4 n=4
COMPUTE inputRow=31 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 32 of channel tile 0
LOAD_WEIGHTS weightRow=128 k=4 n=4
COMPUTE inputRow=32 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 33 of channel tile 0
LOAD_WEIGHTS weightRow=132 k=4 n=4
COMPUTE inputRow=33 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 34 of channel tile 0
LOAD_WEIGHTS weightRow=136 k=4 n=4
COMPUTE inputRow=34 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 35 of channel tile 0
LOAD_WEIGHTS weightRow=140 k=4 n=4
COMPUTE inputRow=35 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 36 of channel tile 0
LOAD_WEIGHTS weightRow=144 k=4 n=4
COMPUTE inputRow=36 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 37 of channel tile 0
LOAD_WEIGHTS weightRow=148 k=4 n=4
COMPUTE inputRow=37 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 38 of channel tile 0
LOAD_WEIGHTS weightRow=152 k=4 n=4
COMPUTE inputRow=38 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 39 of channel tile 0
LOAD_WEIGHTS weightRow=156 k=4 n=4
COMPUTE inputRow=39 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 40 of channel tile 0
LOAD_WEIGHTS weightRow=160 k=4 n=4
COMPUTE inputRow=40 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 41 of channel tile 0
LOAD_WEIGHTS weightRow=164 k=4 n=4
COMPUTE inputRow=41 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 42 of channel tile 0
LOAD_WEIGHTS weightRow=168 k=4 n=4
COMPUTE inputRow=42 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 43 of channel tile 0
LOAD_WEIGHTS weightRow=172 k=4 n=4
COMPUTE inputRow=43 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 44 of channel tile 0
LOAD_WEIGHTS weightRow=176 k=4 n=4
COMPUTE inputRow=44 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 45 of channel tile 0
LOAD_WEIGHTS weightRow=180 k=4 n=4
COMPUTE inputRow=45 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 46 of channel tile 0
LOAD_WEIGHTS weightRow=184 k=4 n=4
COMPUTE inputRow=46 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 47 of channel tile 0
LOAD_WEIGHTS weightRow=188 k=4 n=4
COMPUTE inputRow=47 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 48 of channel tile 0
LOAD_WEIGHTS weightRow=192 k=4 n=4
COMPUTE inputRow=48 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 49 of channel tile 0
LOAD_WEIGHTS weightRow=196 k=4 n=4
COMPUTE inputRow=49 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 50 of channel tile 0
LOAD_WEIGHTS weightRow=200 k=4 n=4
COMPUTE inputRow=50 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 51 of channel tile 0
LOAD_WEIGHTS weightRow=204 k=4 n=4
COMPUTE inputRow=51 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 52 of channel tile 0
LOAD_WEIGHTS weightRow=208 k=4 n=4
COMPUTE inputRow=52 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 53 of channel tile 0
LOAD_WEIGHTS weightRow=212 k=4 n=4
COMPUTE inputRow=53 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 54 of channel tile 0
LOAD_WEIGHTS weightRow=216 k=4 n=4
COMPUTE inputRow=54 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 55 of channel tile 0
LOAD_WEIGHTS weightRow=220 k=4 n=4
COMPUTE inputRow=55 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 56 of channel tile 0
LOAD_WEIGHTS weightRow=224 k=4 n=4
COMPUTE inputRow=56 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 57 of channel tile 0
LOAD_WEIGHTS weightRow=228 k=4 n=4
COMPUTE inputRow=57 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 58 of channel tile 0
LOAD_WEIGHTS weightRow=232 k=4 n=4
COMPUTE inputRow=58 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 59 of channel tile 0
LOAD_WEIGHTS weightRow=236 k=4 n=4
COMPUTE inputRow=59 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 60 of channel tile 0
LOAD_WEIGHTS weightRow=240 k=4 n=4
COMPUTE inputRow=60 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 61 of channel tile 0
LOAD_WEIGHTS weightRow=244 k=4 n=4
COMPUTE inputRow=61 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 62 of channel tile 0
LOAD_WEIGHTS weightRow=248 k=4 n=4
COMPUTE inputRow=62 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 63 of channel tile 0
LOAD_WEIGHTS weightRow=252 k=4 n=4
COMPUTE inputRow=63 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 64 of channel tile 0
LOAD_WEIGHTS weightRow=256 k=4 n=4
COMPUTE inputRow=64 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 65 of channel tile 0
LOAD_WEIGHTS weightRow=260 k=4 n=4
COMPUTE inputRow=65 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 66 of channel tile 0
LOAD_WEIGHTS weightRow=264 k=4 n=4
COMPUTE inputRow=66 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 67 of channel tile 0
LOAD_WEIGHTS weightRow=268 k=4 n=4
COMPUTE inputRow=67 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 68 of channel tile 0
LOAD_WEIGHTS weightRow=272 k=4 n=4
COMPUTE inputRow=68 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 69 of channel tile 0
LOAD_WEIGHTS weightRow=276 k=4 n=4
COMPUTE inputRow=69 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 70 of channel tile 0
LOAD_WEIGHTS weightRow=280 k=4 n=4
COMPUTE inputRow=70 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 71 of channel tile 0
LOAD_WEIGHTS weightRow=284 k=4 n=4
COMPUTE inputRow=71 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 72 of channel tile 0
LOAD_WEIGHTS weightRow=288 k=4 n=4
COMPUTE inputRow=72 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 73 of channel tile 0
LOAD_WEIGHTS weightRow=292 k=4 n=4
COMPUTE inputRow=73 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 74 of channel tile 0
LOAD_WEIGHTS weightRow=296 k=4 n=4
COMPUTE inputRow=74 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 75 of channel tile 0
LOAD_WEIGHTS weightRow=300 k=4 n=4
COMPUTE inputRow=75 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 76 of channel tile 0
LOAD_WEIGHTS weightRow=304 k=4 n=4
COMPUTE inputRow=76 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 77 of channel tile 0
LOAD_WEIGHTS weightRow=308 k=4 n=4
COMPUTE inputRow=77 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 78 of channel tile 0
LOAD_WEIGHTS weightRow=312 k=4 n=4
COMPUTE inputRow=78 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 79 of channel tile 0
LOAD_WEIGHTS weightRow=316 k=4 n=4
COMPUTE inputRow=79 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 80 of channel tile 0
LOAD_WEIGHTS weightRow=320 k=4 n=4
COMPUTE inputRow=80 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 81 of channel tile 0
LOAD_WEIGHTS weightRow=324 k=4 n=4
COMPUTE inputRow=81 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 82 of channel tile 0
LOAD_WEIGHTS weightRow=328 k=4 n=4
COMPUTE inputRow=82 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 83 of channel tile 0
LOAD_WEIGHTS weightRow=332 k=4 n=4
COMPUTE inputRow=83 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 84 of channel tile 0
LOAD_WEIGHTS weightRow=336 k=4 n=4
COMPUTE inputRow=84 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 85 of channel tile 0
LOAD_WEIGHTS weightRow=340 k=4 n=4
COMPUTE inputRow=85 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 86 of channel tile 0
LOAD_WEIGHTS weightRow=344 k=4 n=4
COMPUTE inputRow=86 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 87 of channel tile 0
LOAD_WEIGHTS weightRow=348 k=4 n=4
COMPUTE inputRow=87 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 88 of channel tile 0
LOAD_WEIGHTS weightRow=352 k=4 n=4
COMPUTE inputRow=88 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 89 of channel tile 0
LOAD_WEIGHTS weightRow=356 k=4 n=4
COMPUTE inputRow=89 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 90 of channel tile 0
LOAD_WEIGHTS weightRow=360 k=4 n=4
COMPUTE inputRow=90 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 91 of channel tile 0
LOAD_WEIGHTS weightRow=364 k=4 n=4
COMPUTE inputRow=91 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 92 of channel tile 0
LOAD_WEIGHTS weightRow=368 k=4 n=4
COMPUTE inputRow=92 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 93 of channel tile 0
LOAD_WEIGHTS weightRow=372 k=4 n=4
COMPUTE inputRow=93 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 94 of channel tile 0
LOAD_WEIGHTS weightRow=376 k=4 n=4
COMPUTE inputRow=94 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 95 of channel tile 0
LOAD_WEIGHTS weightRow=380 k=4 n=4
COMPUTE inputRow=95 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 96 of channel tile 0
LOAD_WEIGHTS weightRow=384 k=4 n=4
COMPUTE inputRow=96 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 97 of channel tile 0
LOAD_WEIGHTS weightRow=388 k=4 n=4
COMPUTE inputRow=97 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 98 of channel tile 0
LOAD_WEIGHTS weightRow=392 k=4 n=4
COMPUTE inputRow=98 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 99 of channel tile 0
LOAD_WEIGHTS weightRow=396 k=4 n=4
COMPUTE inputRow=99 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 100 of channel tile 0
LOAD_WEIGHTS weightRow=400 k=4 n=4
COMPUTE inputRow=100 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 101 of channel tile 0
LOAD_WEIGHTS weightRow=404 k=4 n=4
COMPUTE inputRow=101 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 102 of channel tile 0
LOAD_WEIGHTS weightRow=408 k=4 n=4
COMPUTE inputRow=102 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 103 of channel tile 0
LOAD_WEIGHTS weightRow=412 k=4 n=4
COMPUTE inputRow=103 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 104 of channel tile 0
LOAD_WEIGHTS weightRow=416 k=4 n=4
COMPUTE inputRow=104 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 105 of channel tile 0
LOAD_WEIGHTS weightRow=420 k=4 n=4
COMPUTE inputRow=105 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 106 of channel tile 0
LOAD_WEIGHTS weightRow=424 k=4 n=4
COMPUTE inputRow=106 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 107 of channel tile 0
LOAD_WEIGHTS weightRow=428 k=4 n=4
COMPUTE inputRow=107 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 108 of channel tile 0
LOAD_WEIGHTS weightRow=432 k=4 n=4
COMPUTE inputRow=108 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 109 of channel tile 0
LOAD_WEIGHTS weightRow=436 k=4 n=4
COMPUTE inputRow=109 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 110 of channel tile 0
LOAD_WEIGHTS weightRow=440 k=4 n=4
COMPUTE inputRow=110 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 111 of channel tile 0
LOAD_WEIGHTS weightRow=444 k=4 n=4
COMPUTE inputRow=111 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 112 of channel tile 0
LOAD_WEIGHTS weightRow=448 k=4 n=4
COMPUTE inputRow=112 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 113 of channel tile 0
LOAD_WEIGHTS weightRow=452 k=4 n=4
COMPUTE inputRow=113 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 114 of channel tile 0
LOAD_WEIGHTS weightRow=456 k=4 n=4
COMPUTE inputRow=114 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 115 of channel tile 0
LOAD_WEIGHTS weightRow=460 k=4 n=4
COMPUTE inputRow=115 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 116 of channel tile 0
LOAD_WEIGHTS weightRow=464 k=4 n=4
COMPUTE inputRow=116 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 117 of channel tile 0
LOAD_WEIGHTS weightRow=468 k=4 n=4
COMPUTE inputRow=117 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 118 of channel tile 0
LOAD_WEIGHTS weightRow=472 k=4 n=4
COMPUTE inputRow=118 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 119 of channel tile 0
LOAD_WEIGHTS weightRow=476 k=4 n=4
COMPUTE inputRow=119 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 120 of channel tile 0
LOAD_WEIGHTS weightRow=480 k=4 n=4
COMPUTE inputRow=120 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 121 of channel tile 0
LOAD_WEIGHTS weightRow=484 k=4 n=4
COMPUTE inputRow=121 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 122 of channel tile 0
LOAD_WEIGHTS weightRow=488 k=4 n=4
COMPUTE inputRow=122 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 123 of channel tile 0
LOAD_WEIGHTS weightRow=492 k=4 n=4
COMPUTE inputRow=123 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 124 of channel tile 0
LOAD_WEIGHTS weightRow=496 k=4 n=4
COMPUTE inputRow=124 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 125 of channel tile 0
LOAD_WEIGHTS weightRow=500 k=4 n=4
COMPUTE inputRow=125 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 126 of channel tile 0
LOAD_WEIGHTS weightRow=504 k=4 n=4
COMPUTE inputRow=126 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 127 of channel tile 0
LOAD_WEIGHTS weightRow=508 k=4 n=4
COMPUTE inputRow=127 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 128 of channel tile 0
LOAD_WEIGHTS weightRow=512 k=4 n=4
COMPUTE inputRow=128 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 129 of channel tile 0
LOAD_WEIGHTS weightRow=516 k=4 n=4
COMPUTE inputRow=129 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 130 of channel tile 0
LOAD_WEIGHTS weightRow=520 k=4 n=4
COMPUTE inputRow=130 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 131 of channel tile 0
LOAD_WEIGHTS weightRow=524 k=4 n=4
COMPUTE inputRow=131 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 132 of channel tile 0
LOAD_WEIGHTS weightRow=528 k=4 n=4
COMPUTE inputRow=132 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 133 of channel tile 0
LOAD_WEIGHTS weightRow=532 k=4 n=4
COMPUTE inputRow=133 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 134 of channel tile 0
LOAD_WEIGHTS weightRow=536 k=4 n=4
COMPUTE inputRow=134 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 135 of channel tile 0
LOAD_WEIGHTS weightRow=540 k=4 n=4
COMPUTE inputRow=135 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 136 of channel tile 0
LOAD_WEIGHTS weightRow=544 k=4 n=4
COMPUTE inputRow=136 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 137 of channel tile 0
LOAD_WEIGHTS weightRow=548 k=4 n=4
COMPUTE inputRow=137 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 138 of channel tile 0
LOAD_WEIGHTS weightRow=552 k=4 n=4
COMPUTE inputRow=138 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 139 of channel tile 0
LOAD_WEIGHTS weightRow=556 k=4 n=4
COMPUTE inputRow=139 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 140 of channel tile 0
LOAD_WEIGHTS weightRow=560 k=4 n=4
COMPUTE inputRow=140 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 141 of channel tile 0
LOAD_WEIGHTS weightRow=564 k=4 n=4
COMPUTE inputRow=141 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 142 of channel tile 0
LOAD_WEIGHTS weightRow=568 k=4 n=4
COMPUTE inputRow=142 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 143 of channel tile 0
LOAD_WEIGHTS weightRow=572 k=4 n=4
COMPUTE inputRow=143 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 144 of channel tile 0
LOAD_WEIGHTS weightRow=576 k=4 n=4
COMPUTE inputRow=144 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 145 of channel tile 0
LOAD_WEIGHTS weightRow=580 k=4 n=4
COMPUTE inputRow=145 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 146 of channel tile 0
LOAD_WEIGHTS weightRow=584 k=4 n=4
COMPUTE inputRow=146 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 147 of channel tile 0
LOAD_WEIGHTS weightRow=588 k=4 n=4
COMPUTE inputRow=147 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 148 of channel tile 0
LOAD_WEIGHTS weightRow=592 k=4 n=4
COMPUTE inputRow=148 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 149 of channel tile 0
LOAD_WEIGHTS weightRow=596 k=4 n=4
COMPUTE inputRow=149 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 150 of channel tile 0
LOAD_WEIGHTS weightRow=600 k=4 n=4
COMPUTE inputRow=150 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 151 of channel tile 0
LOAD_WEIGHTS weightRow=604 k=4 n=4
COMPUTE inputRow=151 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 152 of channel tile 0
LOAD_WEIGHTS weightRow=608 k=4 n=4
COMPUTE inputRow=152 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 153 of channel tile 0
LOAD_WEIGHTS weightRow=612 k=4 n=4
COMPUTE inputRow=153 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 154 of channel tile 0
LOAD_WEIGHTS weightRow=616 k=4 n=4
COMPUTE inputRow=154 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 155 of channel tile 0
LOAD_WEIGHTS weightRow=620 k=4 n=4
COMPUTE inputRow=155 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 156 of channel tile 0
LOAD_WEIGHTS weightRow=624 k=4 n=4
COMPUTE inputRow=156 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 157 of channel tile 0
LOAD_WEIGHTS weightRow=628 k=4 n=4
COMPUTE inputRow=157 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 158 of channel tile 0
LOAD_WEIGHTS weightRow=632 k=4 n=4
COMPUTE inputRow=158 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 159 of channel tile 0
LOAD_WEIGHTS weightRow=636 k=4 n=4
COMPUTE inputRow=159 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 160 of channel tile 0
LOAD_WEIGHTS weightRow=640 k=4 n=4
COMPUTE inputRow=160 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 161 of channel tile 0
LOAD_WEIGHTS weightRow=644 k=4 n=4
COMPUTE inputRow=161 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 162 of channel tile 0
LOAD_WEIGHTS weightRow=648 k=4 n=4
COMPUTE inputRow=162 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 163 of channel tile 0
LOAD_WEIGHTS weightRow=652 k=4 n=4
COMPUTE inputRow=163 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 164 of channel tile 0
LOAD_WEIGHTS weightRow=656 k=4 n=4
COMPUTE inputRow=164 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 165 of channel tile 0
LOAD_WEIGHTS weightRow=660 k=4 n=4
COMPUTE inputRow=165 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 166 of channel tile 0
LOAD_WEIGHTS weightRow=664 k=4 n=4
COMPUTE inputRow=166 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 167 of channel tile 0
LOAD_WEIGHTS weightRow=668 k=4 n=4
COMPUTE inputRow=167 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 168 of channel tile 0
LOAD_WEIGHTS weightRow=672 k=4 n=4
COMPUTE inputRow=168 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 169 of channel tile 0
LOAD_WEIGHTS weightRow=676 k=4 n=4
COMPUTE inputRow=169 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 170 of channel tile 0
LOAD_WEIGHTS weightRow=680 k=4 n=4
COMPUTE inputRow=170 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 171 of channel tile 0
LOAD_WEIGHTS weightRow=684 k=4 n=4
COMPUTE inputRow=171 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 172 of channel tile 0
LOAD_WEIGHTS weightRow=688 k=4 n=4
COMPUTE inputRow=172 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 173 of channel tile 0
LOAD_WEIGHTS weightRow=692 k=4 n=4
COMPUTE inputRow=173 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 174 of channel tile 0
LOAD_WEIGHTS weightRow=696 k=4 n=4
COMPUTE inputRow=174 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 175 of channel tile 0
LOAD_WEIGHTS weightRow=700 k=4 n=4
COMPUTE inputRow=175 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 176 of channel tile 0
LOAD_WEIGHTS weightRow=704 k=4 n=4
COMPUTE inputRow=176 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 177 of channel tile 0
LOAD_WEIGHTS weightRow=708 k=4 n=4
COMPUTE inputRow=177 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 178 of channel tile 0
LOAD_WEIGHTS weightRow=712 k=4 n=4
COMPUTE inputRow=178 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 179 of channel tile 0
LOAD_WEIGHTS weightRow=716 k=4 n=4
COMPUTE inputRow=179 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 180 of channel tile 0
LOAD_WEIGHTS weightRow=720 k=4 n=4
COMPUTE inputRow=180 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 181 of channel tile 0
LOAD_WEIGHTS weightRow=724 k=4 n=4
COMPUTE inputRow=181 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 182 of channel tile 0
LOAD_WEIGHTS weightRow=728 k=4 n=4
COMPUTE inputRow=182 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 183 of channel tile 0
LOAD_WEIGHTS weightRow=732 k=4 n=4
COMPUTE inputRow=183 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 184 of channel tile 0
LOAD_WEIGHTS weightRow=736 k=4 n=4
COMPUTE inputRow=184 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 185 of channel tile 0
LOAD_WEIGHTS weightRow=740 k=4 n=4
COMPUTE inputRow=185 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 186 of channel tile 0
LOAD_WEIGHTS weightRow=744 k=4 n=4
COMPUTE inputRow=186 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 187 of channel tile 0
LOAD_WEIGHTS weightRow=748 k=4 n=4
COMPUTE inputRow=187 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 188 of channel tile 0
LOAD_WEIGHTS weightRow=752 k=4 n=4
COMPUTE inputRow=188 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 189 of channel tile 0
LOAD_WEIGHTS weightRow=756 k=4 n=4
COMPUTE inputRow=189 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 190 of channel tile 0
LOAD_WEIGHTS weightRow=760 k=4 n=4
COMPUTE inputRow=190 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 191 of channel tile 0
LOAD_WEIGHTS weightRow=764 k=4 n=4
COMPUTE inputRow=191 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 192 of channel tile 0
LOAD_WEIGHTS weightRow=768 k=4 n=4
COMPUTE inputRow=192 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 193 of channel tile 0
LOAD_WEIGHTS weightRow=772 k=4 n=4
COMPUTE inputRow=193 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 194 of channel tile 0
LOAD_WEIGHTS weightRow=776 k=4 n=4
COMPUTE inputRow=194 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 195 of channel tile 0
LOAD_WEIGHTS weightRow=780 k=4 n=4
COMPUTE inputRow=195 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 196 of channel tile 0
LOAD_WEIGHTS weightRow=784 k=4 n=4
COMPUTE inputRow=196 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 197 of channel tile 0
LOAD_WEIGHTS weightRow=788 k=4 n=4
COMPUTE inputRow=197 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 198 of channel tile 0
LOAD_WEIGHTS weightRow=792 k=4 n=4
COMPUTE inputRow=198 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 199 of channel tile 0
LOAD_WEIGHTS weightRow=796 k=4 n=4
COMPUTE inputRow=199 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 200 of channel tile 0
LOAD_WEIGHTS weightRow=800 k=4 n=4
COMPUTE inputRow=200 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 201 of channel tile 0
LOAD_WEIGHTS weightRow=804 k=4 n=4
COMPUTE inputRow=201 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 202 of channel tile 0
LOAD_WEIGHTS weightRow=808 k=4 n=4
COMPUTE inputRow=202 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 203 of channel tile 0
LOAD_WEIGHTS weightRow=812 k=4 n=4
COMPUTE inputRow=203 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 204 of channel tile 0
LOAD_WEIGHTS weightRow=816 k=4 n=4
COMPUTE inputRow=204 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 205 of channel tile 0
LOAD_WEIGHTS weightRow=820 k=4 n=4
COMPUTE inputRow=205 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 206 of channel tile 0
LOAD_WEIGHTS weightRow=824 k=4 n=4
COMPUTE inputRow=206 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 207 of channel tile 0
LOAD_WEIGHTS weightRow=828 k=4 n=4
COMPUTE inputRow=207 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 208 of channel tile 0
LOAD_WEIGHTS weightRow=832 k=4 n=4
COMPUTE inputRow=208 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 209 of channel tile 0
LOAD_WEIGHTS weightRow=836 k=4 n=4
COMPUTE inputRow=209 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 210 of channel tile 0
LOAD_WEIGHTS weightRow=840 k=4 n=4
COMPUTE inputRow=210 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 211 of channel tile 0
LOAD_WEIGHTS weightRow=844 k=4 n=4
COMPUTE inputRow=211 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 212 of channel tile 0
LOAD_WEIGHTS weightRow=848 k=4 n=4
COMPUTE inputRow=212 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 213 of channel tile 0
LOAD_WEIGHTS weightRow=852 k=4 n=4
COMPUTE inputRow=213 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 214 of channel tile 0
LOAD_WEIGHTS weightRow=856 k=4 n=4
COMPUTE inputRow=214 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 215 of channel tile 0
LOAD_WEIGHTS weightRow=860 k=4 n=4
COMPUTE inputRow=215 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 216 of channel tile 0
LOAD_WEIGHTS weightRow=864 k=4 n=4
COMPUTE inputRow=216 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 217 of channel tile 0
LOAD_WEIGHTS weightRow=868 k=4 n=4
COMPUTE inputRow=217 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 218 of channel tile 0
LOAD_WEIGHTS weightRow=872 k=4 n=4
COMPUTE inputRow=218 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 219 of channel tile 0
LOAD_WEIGHTS weightRow=876 k=4 n=4
COMPUTE inputRow=219 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 220 of channel tile 0
LOAD_WEIGHTS weightRow=880 k=4 n=4
COMPUTE inputRow=220 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 221 of channel tile 0
LOAD_WEIGHTS weightRow=884 k=4 n=4
COMPUTE inputRow=221 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 222 of channel tile 0
LOAD_WEIGHTS weightRow=888 k=4 n=4
COMPUTE inputRow=222 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 223 of channel tile 0
LOAD_WEIGHTS weightRow=892 k=4 n=4
COMPUTE inputRow=223 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 224 of channel tile 0
LOAD_WEIGHTS weightRow=896 k=4 n=4
COMPUTE inputRow=224 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 225 of channel tile 0
LOAD_WEIGHTS weightRow=900 k=4 n=4
COMPUTE inputRow=225 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 226 of channel tile 0
LOAD_WEIGHTS weightRow=904 k=4 n=4
COMPUTE inputRow=226 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 227 of channel tile 0
LOAD_WEIGHTS weightRow=908 k=4 n=4
COMPUTE inputRow=227 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 228 of channel tile 0
LOAD_WEIGHTS weightRow=912 k=4 n=4
COMPUTE inputRow=228 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 229 of channel tile 0
LOAD_WEIGHTS weightRow=916 k=4 n=4
COMPUTE inputRow=229 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 230 of channel tile 0
LOAD_WEIGHTS weightRow=920 k=4 n=4
COMPUTE inputRow=230 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 231 of channel tile 0
LOAD_WEIGHTS weightRow=924 k=4 n=4
COMPUTE inputRow=231 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 232 of channel tile 0
LOAD_WEIGHTS weightRow=928 k=4 n=4
COMPUTE inputRow=232 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 233 of channel tile 0
LOAD_WEIGHTS weightRow=932 k=4 n=4
COMPUTE inputRow=233 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 234 of channel tile 0
LOAD_WEIGHTS weightRow=936 k=4 n=4
COMPUTE inputRow=234 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 235 of channel tile 0
LOAD_WEIGHTS weightRow=940 k=4 n=4
COMPUTE inputRow=235 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 236 of channel tile 0
LOAD_WEIGHTS weightRow=944 k=4 n=4
COMPUTE inputRow=236 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 237 of channel tile 0
LOAD_WEIGHTS weightRow=948 k=4 n=4
COMPUTE inputRow=237 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 238 of channel tile 0
LOAD_WEIGHTS weightRow=952 k=4 n=4
COMPUTE inputRow=238 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 239 of channel tile 0
LOAD_WEIGHTS weightRow=956 k=4 n=4
COMPUTE inputRow=239 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 240 of channel tile 0
LOAD_WEIGHTS weightRow=960 k=4 n=4
COMPUTE inputRow=240 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 241 of channel tile 0
LOAD_WEIGHTS weightRow=964 k=4 n=4
COMPUTE inputRow=241 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 242 of channel tile 0
LOAD_WEIGHTS weightRow=968 k=4 n=4
COMPUTE inputRow=242 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 243 of channel tile 0
LOAD_WEIGHTS weightRow=972 k=4 n=4
COMPUTE inputRow=243 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 244 of channel tile 0
LOAD_WEIGHTS weightRow=976 k=4 n=4
COMPUTE inputRow=244 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 245 of channel tile 0
LOAD_WEIGHTS weightRow=980 k=4 n=4
COMPUTE inputRow=245 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 246 of channel tile 0
LOAD_WEIGHTS weightRow=984 k=4 n=4
COMPUTE inputRow=246 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 247 of channel tile 0
LOAD_WEIGHTS weightRow=988 k=4 n=4
COMPUTE inputRow=247 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 248 of channel tile 0
LOAD_WEIGHTS weightRow=992 k=4 n=4
COMPUTE inputRow=248 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 249 of channel tile 0
LOAD_WEIGHTS weightRow=996 k=4 n=4
COMPUTE inputRow=249 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 250 of channel tile 0
LOAD_WEIGHTS weightRow=1000 k=4 n=4
COMPUTE inputRow=250 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 251 of channel tile 0
LOAD_WEIGHTS weightRow=1004 k=4 n=4
COMPUTE inputRow=251 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 252 of channel tile 0
LOAD_WEIGHTS weightRow=1008 k=4 n=4
COMPUTE inputRow=252 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 253 of channel tile 0
LOAD_WEIGHTS weightRow=1012 k=4 n=4
COMPUTE inputRow=253 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 254 of channel tile 0
LOAD_WEIGHTS weightRow=1016 k=4 n=4
COMPUTE inputRow=254 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 255 of channel tile 0
LOAD_WEIGHTS weightRow=1020 k=4 n=4
COMPUTE inputRow=255 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 256 of channel tile 0
LOAD_WEIGHTS weightRow=1024 k=4 n=4
COMPUTE inputRow=256 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 257 of channel tile 0
LOAD_WEIGHTS weightRow=1028 k=4 n=4
COMPUTE inputRow=257 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 258 of channel tile 0
LOAD_WEIGHTS weightRow=1032 k=4 n=4
COMPUTE inputRow=258 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 259 of channel tile 0
LOAD_WEIGHTS weightRow=1036 k=4 n=4
COMPUTE inputRow=259 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 260 of channel tile 0
LOAD_WEIGHTS weightRow=1040 k=4 n=4
COMPUTE inputRow=260 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 261 of channel tile 0
LOAD_WEIGHTS weightRow=1044 k=4 n=4
COMPUTE inputRow=261 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 262 of channel tile 0
LOAD_WEIGHTS weightRow=1048 k=4 n=4
COMPUTE inputRow=262 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 263 of channel tile 0
LOAD_WEIGHTS weightRow=1052 k=4 n=4
COMPUTE inputRow=263 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 264 of channel tile 0
LOAD_WEIGHTS weightRow=1056 k=4 n=4
COMPUTE inputRow=264 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 265 of channel tile 0
LOAD_WEIGHTS weightRow=1060 k=4 n=4
COMPUTE inputRow=265 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 266 of channel tile 0
LOAD_WEIGHTS weightRow=1064 k=4 n=4
COMPUTE inputRow=266 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 267 of channel tile 0
LOAD_WEIGHTS weightRow=1068 k=4 n=4
COMPUTE inputRow=267 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 268 of channel tile 0
LOAD_WEIGHTS weightRow=1072 k=4 n=4
COMPUTE inputRow=268 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 269 of channel tile 0
LOAD_WEIGHTS weightRow=1076 k=4 n=4
COMPUTE inputRow=269 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 270 of channel tile 0
LOAD_WEIGHTS weightRow=1080 k=4 n=4
COMPUTE inputRow=270 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 271 of channel tile 0
LOAD_WEIGHTS weightRow=1084 k=4 n=4
COMPUTE inputRow=271 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 272 of channel tile 0
LOAD_WEIGHTS weightRow=1088 k=4 n=4
COMPUTE inputRow=272 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 273 of channel tile 0
LOAD_WEIGHTS weightRow=1092 k=4 n=4
COMPUTE inputRow=273 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 274 of channel tile 0
LOAD_WEIGHTS weightRow=1096 k=4 n=4
COMPUTE inputRow=274 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 275 of channel tile 0
LOAD_WEIGHTS weightRow=1100 k=4 n=4
COMPUTE inputRow=275 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 276 of channel tile 0
LOAD_WEIGHTS weightRow=1104 k=4 n=4
COMPUTE inputRow=276 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 277 of channel tile 0
LOAD_WEIGHTS weightRow=1108 k=4 n=4
COMPUTE inputRow=277 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 278 of channel tile 0
LOAD_WEIGHTS weightRow=1112 k=4 n=4
COMPUTE inputRow=278 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 279 of channel tile 0
LOAD_WEIGHTS weightRow=1116 k=4 n=4
COMPUTE inputRow=279 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 280 of channel tile 0
LOAD_WEIGHTS weightRow=1120 k=4 n=4
COMPUTE inputRow=280 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 281 of channel tile 0
LOAD_WEIGHTS weightRow=1124 k=4 n=4
COMPUTE inputRow=281 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 282 of channel tile 0
LOAD_WEIGHTS weightRow=1128 k=4 n=4
COMPUTE inputRow=282 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 283 of channel tile 0
LOAD_WEIGHTS weightRow=1132 k=4 n=4
COMPUTE inputRow=283 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 284 of channel tile 0
LOAD_WEIGHTS weightRow=1136 k=4 n=4
COMPUTE inputRow=284 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 285 of channel tile 0
LOAD_WEIGHTS weightRow=1140 k=4 n=4
COMPUTE inputRow=285 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 286 of channel tile 0
LOAD_WEIGHTS weightRow=1144 k=4 n=4
COMPUTE inputRow=286 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 287 of channel tile 0
LOAD_WEIGHTS weightRow=1148 k=4 n=4
COMPUTE inputRow=287 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 288 of channel tile 0
LOAD_WEIGHTS weightRow=1152 k=4 n=4
COMPUTE inputRow=288 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 289 of channel tile 0
LOAD_WEIGHTS weightRow=1156 k=4 n=4
COMPUTE inputRow=289 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 290 of channel tile 0
LOAD_WEIGHTS weightRow=1160 k=4 n=4
COMPUTE inputRow=290 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 291 of channel tile 0
LOAD_WEIGHTS weightRow=1164 k=4 n=4
COMPUTE inputRow=291 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 292 of channel tile 0
LOAD_WEIGHTS weightRow=1168 k=4 n=4
COMPUTE inputRow=292 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 293 of channel tile 0
LOAD_WEIGHTS weightRow=1172 k=4 n=4
COMPUTE inputRow=293 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 294 of channel tile 0
LOAD_WEIGHTS weightRow=1176 k=4 n=4
COMPUTE inputRow=294 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 295 of channel tile 0
LOAD_WEIGHTS weightRow=1180 k=4 n=4
COMPUTE inputRow=295 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 296 of channel tile 0
LOAD_WEIGHTS weightRow=1184 k=4 n=4
COMPUTE inputRow=296 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 297 of channel tile 0
LOAD_WEIGHTS weightRow=1188 k=4 n=4
COMPUTE inputRow=297 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 298 of channel tile 0
LOAD_WEIGHTS weightRow=1192 k=4 n=4
COMPUTE inputRow=298 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 299 of channel tile 0
LOAD_WEIGHTS weightRow=1196 k=4 n=4
COMPUTE inputRow=299 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 300 of channel tile 0
LOAD_WEIGHTS weightRow=1200 k=4 n=4
COMPUTE inputRow=300 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 301 of channel tile 0
LOAD_WEIGHTS weightRow=1204 k=4 n=4
COMPUTE inputRow=301 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 302 of channel tile 0
LOAD_WEIGHTS weightRow=1208 k=4 n=4
COMPUTE inputRow=302 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 303 of channel tile 0
LOAD_WEIGHTS weightRow=1212 k=4 n=4
COMPUTE inputRow=303 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 304 of channel tile 0
LOAD_WEIGHTS weightRow=1216 k=4 n=4
COMPUTE inputRow=304 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 305 of channel tile 0
LOAD_WEIGHTS weightRow=1220 k=4 n=4
COMPUTE inputRow=305 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 306 of channel tile 0
LOAD_WEIGHTS weightRow=1224 k=4 n=4
COMPUTE inputRow=306 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 307 of channel tile 0
LOAD_WEIGHTS weightRow=1228 k=4 n=4
COMPUTE inputRow=307 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 308 of channel tile 0
LOAD_WEIGHTS weightRow=1232 k=4 n=4
COMPUTE inputRow=308 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 309 of channel tile 0
LOAD_WEIGHTS weightRow=1236 k=4 n=4
COMPUTE inputRow=309 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 310 of channel tile 0
LOAD_WEIGHTS weightRow=1240 k=4 n=4
COMPUTE inputRow=310 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 311 of channel tile 0
LOAD_WEIGHTS weightRow=1244 k=4 n=4
COMPUTE inputRow=311 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 312 of channel tile 0
LOAD_WEIGHTS weightRow=1248 k=4 n=4
COMPUTE inputRow=312 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 313 of channel tile 0
LOAD_WEIGHTS weightRow=1252 k=4 n=4
COMPUTE inputRow=313 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 314 of channel tile 0
LOAD_WEIGHTS weightRow=1256 k=4 n=4
COMPUTE inputRow=314 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 315 of channel tile 0
LOAD_WEIGHTS weightRow=1260 k=4 n=4
COMPUTE inputRow=315 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 316 of channel tile 0
LOAD_WEIGHTS weightRow=1264 k=4 n=4
COMPUTE inputRow=316 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 317 of channel tile 0
LOAD_WEIGHTS weightRow=1268 k=4 n=4
COMPUTE inputRow=317 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 318 of channel tile 0
LOAD_WEIGHTS weightRow=1272 k=4 n=4
COMPUTE inputRow=318 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 319 of channel tile 0
LOAD_WEIGHTS weightRow=1276 k=4 n=4
COMPUTE inputRow=319 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 320 of channel tile 0
LOAD_WEIGHTS weightRow=1280 k=4 n=4
COMPUTE inputRow=320 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 321 of channel tile 0
LOAD_WEIGHTS weightRow=1284 k=4 n=4
COMPUTE inputRow=321 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 322 of channel tile 0
LOAD_WEIGHTS weightRow=1288 k=4 n=4
COMPUTE inputRow=322 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 323 of channel tile 0
LOAD_WEIGHTS weightRow=1292 k=4 n=4
COMPUTE inputRow=323 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 324 of channel tile 0
LOAD_WEIGHTS weightRow=1296 k=4 n=4
COMPUTE inputRow=324 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 325 of channel tile 0
LOAD_WEIGHTS weightRow=1300 k=4 n=4
COMPUTE inputRow=325 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 326 of channel tile 0
LOAD_WEIGHTS weightRow=1304 k=4 n=4
COMPUTE inputRow=326 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 327 of channel tile 0
LOAD_WEIGHTS weightRow=1308 k=4 n=4
COMPUTE inputRow=327 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 328 of channel tile 0
LOAD_WEIGHTS weightRow=1312 k=4 n=4
COMPUTE inputRow=328 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 329 of channel tile 0
LOAD_WEIGHTS weightRow=1316 k=4 n=4
COMPUTE inputRow=329 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 330 of channel tile 0
LOAD_WEIGHTS weightRow=1320 k=4 n=4
COMPUTE inputRow=330 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 331 of channel tile 0
LOAD_WEIGHTS weightRow=1324 k=4 n=4
COMPUTE inputRow=331 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 332 of channel tile 0
LOAD_WEIGHTS weightRow=1328 k=4 n=4
COMPUTE inputRow=332 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 333 of channel tile 0
LOAD_WEIGHTS weightRow=1332 k=4 n=4
COMPUTE inputRow=333 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 334 of channel tile 0
LOAD_WEIGHTS weightRow=1336 k=4 n=4
COMPUTE inputRow=334 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 335 of channel tile 0
LOAD_WEIGHTS weightRow=1340 k=4 n=4
COMPUTE inputRow=335 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 336 of channel tile 0
LOAD_WEIGHTS weightRow=1344 k=4 n=4
COMPUTE inputRow=336 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 337 of channel tile 0
LOAD_WEIGHTS weightRow=1348 k=4 n=4
COMPUTE inputRow=337 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 338 of channel tile 0
LOAD_WEIGHTS weightRow=1352 k=4 n=4
COMPUTE inputRow=338 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 339 of channel tile 0
LOAD_WEIGHTS weightRow=1356 k=4 n=4
COMPUTE inputRow=339 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 340 of channel tile 0
LOAD_WEIGHTS weightRow=1360 k=4 n=4
COMPUTE inputRow=340 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 341 of channel tile 0
LOAD_WEIGHTS weightRow=1364 k=4 n=4
COMPUTE inputRow=341 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 342 of channel tile 0
LOAD_WEIGHTS weightRow=1368 k=4 n=4
COMPUTE inputRow=342 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 343 of channel tile 0
LOAD_WEIGHTS weightRow=1372 k=4 n=4
COMPUTE inputRow=343 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 344 of channel tile 0
LOAD_WEIGHTS weightRow=1376 k=4 n=4
COMPUTE inputRow=344 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 345 of channel tile 0
LOAD_WEIGHTS weightRow=1380 k=4 n=4
COMPUTE inputRow=345 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 346 of channel tile 0
LOAD_WEIGHTS weightRow=1384 k=4 n=4
COMPUTE inputRow=346 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 347 of channel tile 0
LOAD_WEIGHTS weightRow=1388 k=4 n=4
COMPUTE inputRow=347 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 348 of channel tile 0
LOAD_WEIGHTS weightRow=1392 k=4 n=4
COMPUTE inputRow=348 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 349 of channel tile 0
LOAD_WEIGHTS weightRow=1396 k=4 n=4
COMPUTE inputRow=349 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 350 of channel tile 0
LOAD_WEIGHTS weightRow=1400 k=4 n=4
COMPUTE inputRow=350 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 351 of channel tile 0
LOAD_WEIGHTS weightRow=1404 k=4 n=4
COMPUTE inputRow=351 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 352 of channel tile 0
LOAD_WEIGHTS weightRow=1408 k=4 n=4
COMPUTE inputRow=352 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 353 of channel tile 0
LOAD_WEIGHTS weightRow=1412 k=4 n=4
COMPUTE inputRow=353 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 354 of channel tile 0
LOAD_WEIGHTS weightRow=1416 k=4 n=4
COMPUTE inputRow=354 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 355 of channel tile 0
LOAD_WEIGHTS weightRow=1420 k=4 n=4
COMPUTE inputRow=355 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 356 of channel tile 0
LOAD_WEIGHTS weightRow=1424 k=4 n=4
COMPUTE inputRow=356 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 357 of channel tile 0
LOAD_WEIGHTS weightRow=1428 k=4 n=4
COMPUTE inputRow=357 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 358 of channel tile 0
LOAD_WEIGHTS weightRow=1432 k=4 n=4
COMPUTE inputRow=358 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 359 of channel tile 0
LOAD_WEIGHTS weightRow=1436 k=4 n=4
COMPUTE inputRow=359 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 360 of channel tile 0
LOAD_WEIGHTS weightRow=1440 k=4 n=4
COMPUTE inputRow=360 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 361 of channel tile 0
LOAD_WEIGHTS weightRow=1444 k=4 n=4
COMPUTE inputRow=361 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 362 of channel tile 0
LOAD_WEIGHTS weightRow=1448 k=4 n=4
COMPUTE inputRow=362 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 363 of channel tile 0
LOAD_WEIGHTS weightRow=1452 k=4 n=4
COMPUTE inputRow=363 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 364 of channel tile 0
LOAD_WEIGHTS weightRow=1456 k=4 n=4
COMPUTE inputRow=364 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 365 of channel tile 0
LOAD_WEIGHTS weightRow=1460 k=4 n=4
COMPUTE inputRow=365 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 366 of channel tile 0
LOAD_WEIGHTS weightRow=1464 k=4 n=4
COMPUTE inputRow=366 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 367 of channel tile 0
LOAD_WEIGHTS weightRow=1468 k=4 n=4
COMPUTE inputRow=367 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 368 of channel tile 0
LOAD_WEIGHTS weightRow=1472 k=4 n=4
COMPUTE inputRow=368 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 369 of channel tile 0
LOAD_WEIGHTS weightRow=1476 k=4 n=4
COMPUTE inputRow=369 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 370 of channel tile 0
LOAD_WEIGHTS weightRow=1480 k=4 n=4
COMPUTE inputRow=370 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 371 of channel tile 0
LOAD_WEIGHTS weightRow=1484 k=4 n=4
COMPUTE inputRow=371 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 372 of channel tile 0
LOAD_WEIGHTS weightRow=1488 k=4 n=4
COMPUTE inputRow=372 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 373 of channel tile 0
LOAD_WEIGHTS weightRow=1492 k=4 n=4
COMPUTE inputRow=373 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 374 of channel tile 0
LOAD_WEIGHTS weightRow=1496 k=4 n=4
COMPUTE inputRow=374 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 375 of channel tile 0
LOAD_WEIGHTS weightRow=1500 k=4 n=4
COMPUTE inputRow=375 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 376 of channel tile 0
LOAD_WEIGHTS weightRow=1504 k=4 n=4
COMPUTE inputRow=376 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 377 of channel tile 0
LOAD_WEIGHTS weightRow=1508 k=4 n=4
COMPUTE inputRow=377 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 378 of channel tile 0
LOAD_WEIGHTS weightRow=1512 k=4 n=4
COMPUTE inputRow=378 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 379 of channel tile 0
LOAD_WEIGHTS weightRow=1516 k=4 n=4
COMPUTE inputRow=379 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 380 of channel tile 0
LOAD_WEIGHTS weightRow=1520 k=4 n=4
COMPUTE inputRow=380 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 381 of channel tile 0
LOAD_WEIGHTS weightRow=1524 k=4 n=4
COMPUTE inputRow=381 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 382 of channel tile 0
LOAD_WEIGHTS weightRow=1528 k=4 n=4
COMPUTE inputRow=382 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 383 of channel tile 0
LOAD_WEIGHTS weightRow=1532 k=4 n=4
COMPUTE inputRow=383 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 384 of channel tile 0
LOAD_WEIGHTS weightRow=1536 k=4 n=4
COMPUTE inputRow=384 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 385 of channel tile 0
LOAD_WEIGHTS weightRow=1540 k=4 n=4
COMPUTE inputRow=385 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 386 of channel tile 0
LOAD_WEIGHTS weightRow=1544 k=4 n=4
COMPUTE inputRow=386 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 387 of channel tile 0
LOAD_WEIGHTS weightRow=1548 k=4 n=4
COMPUTE inputRow=387 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 388 of channel tile 0
LOAD_WEIGHTS weightRow=1552 k=4 n=4
COMPUTE inputRow=388 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 389 of channel tile 0
LOAD_WEIGHTS weightRow=1556 k=4 n=4
COMPUTE inputRow=389 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 390 of channel tile 0
LOAD_WEIGHTS weightRow=1560 k=4 n=4
COMPUTE inputRow=390 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 391 of channel tile 0
LOAD_WEIGHTS weightRow=1564 k=4 n=4
COMPUTE inputRow=391 inputRowStride=392 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 1
LOAD_WEIGHTS weightRow=1568 k=4 n=4
COMPUTE inputRow=0 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 1
LOAD_WEIGHTS weightRow=1572 k=4 n=4
COMPUTE inputRow=1 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 1
LOAD_WEIGHTS weightRow=1576 k=4 n=4
COMPUTE inputRow=2 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 1
LOAD_WEIGHTS weightRow=1580 k=4 n=4
COMPUTE inputRow=3 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 1
LOAD_WEIGHTS weightRow=1584 k=4 n=4
COMPUTE inputRow=4 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 1
LOAD_WEIGHTS weightRow=1588 k=4 n=4
COMPUTE inputRow=5 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 1
LOAD_WEIGHTS weightRow=1592 k=4 n=4
COMPUTE inputRow=6 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 1
LOAD_WEIGHTS weightRow=1596 k=4 n=4
COMPUTE inputRow=7 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 1
LOAD_WEIGHTS weightRow=1600 k=4 n=4
COMPUTE inputRow=8 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 1
LOAD_WEIGHTS weightRow=1604 k=4 n=4
COMPUTE inputRow=9 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 1
LOAD_WEIGHTS weightRow=1608 k=4 n=4
COMPUTE inputRow=10 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 1
LOAD_WEIGHTS weightRow=1612 k=4 n=4
COMPUTE inputRow=11 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 1
LOAD_WEIGHTS weightRow=1616 k=4 n=4
COMPUTE inputRow=12 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 1
LOAD_WEIGHTS weightRow=1620 k=4 n=4
COMPUTE inputRow=13 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 1
LOAD_WEIGHTS weightRow=1624 k=4 n=4
COMPUTE inputRow=14 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 1
LOAD_WEIGHTS weightRow=1628 k=4 n=4
COMPUTE inputRow=15 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 1
LOAD_WEIGHTS weightRow=1632 k=4 n=4
COMPUTE inputRow=16 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 1
LOAD_WEIGHTS weightRow=1636 k=4 n=4
COMPUTE inputRow=17 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 18 of channel tile 1
LOAD_WEIGHTS weightRow=1640 k=4 n=4
COMPUTE inputRow=18 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 19 of channel tile 1
LOAD_WEIGHTS weightRow=1644 k=4 n=4
COMPUTE inputRow=19 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 20 of channel tile 1
LOAD_WEIGHTS weightRow=1648 k=4 n=4
COMPUTE inputRow=20 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 21 of channel tile 1
LOAD_WEIGHTS weightRow=1652 k=4 n=4
COMPUTE inputRow=21 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 22 of channel tile 1
LOAD_WEIGHTS weightRow=1656 k=4 n=4
COMPUTE inputRow=22 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 23 of channel tile 1
LOAD_WEIGHTS weightRow=1660 k=4 n=4
COMPUTE inputRow=23 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 24 of channel tile 1
LOAD_WEIGHTS weightRow=1664 k=4 n=4
COMPUTE inputRow=24 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 25 of channel tile 1
LOAD_WEIGHTS weightRow=1668 k=4 n=4
COMPUTE inputRow=25 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 26 of channel tile 1
LOAD_WEIGHTS weightRow=1672 k=4 n=4
COMPUTE inputRow=26 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 27 of channel tile 1
LOAD_WEIGHTS weightRow=1676 k=4 n=4
COMPUTE inputRow=27 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 28 of channel tile 1
LOAD_WEIGHTS weightRow=1680 k=4 n=4
COMPUTE inputRow=28 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 29 of channel tile 1
LOAD_WEIGHTS weightRow=1684 k=4 n=4
COMPUTE inputRow=29 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 30 of channel tile 1
LOAD_WEIGHTS weightRow=1688 k=4 n=4
COMPUTE inputRow=30 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 31 of channel tile 1
LOAD_WEIGHTS weightRow=1692 k=4 n=4
COMPUTE inputRow=31 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 32 of channel tile 1
LOAD_WEIGHTS weightRow=1696 k=4 n=4
COMPUTE inputRow=32 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 33 of channel tile 1
LOAD_WEIGHTS weightRow=1700 k=4 n=4
COMPUTE inputRow=33 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 34 of channel tile 1
LOAD_WEIGHTS weightRow=1704 k=4 n=4
COMPUTE inputRow=34 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 35 of channel tile 1
LOAD_WEIGHTS weightRow=1708 k=4 n=4
COMPUTE inputRow=35 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 36 of channel tile 1
LOAD_WEIGHTS weightRow=1712 k=4 n=4
COMPUTE inputRow=36 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 37 of channel tile 1
LOAD_WEIGHTS weightRow=1716 k=4 n=4
COMPUTE inputRow=37 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 38 of channel tile 1
LOAD_WEIGHTS weightRow=1720 k=4 n=4
COMPUTE inputRow=38 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 39 of channel tile 1
LOAD_WEIGHTS weightRow=1724 k=4 n=4
COMPUTE inputRow=39 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 40 of channel tile 1
LOAD_WEIGHTS weightRow=1728 k=4 n=4
COMPUTE inputRow=40 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 41 of channel tile 1
LOAD_WEIGHTS weightRow=1732 k=4 n=4
COMPUTE inputRow=41 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 42 of channel tile 1
LOAD_WEIGHTS weightRow=1736 k=4 n=4
COMPUTE inputRow=42 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 43 of channel tile 1
LOAD_WEIGHTS weightRow=1740 k=4 n=4
COMPUTE inputRow=43 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 44 of channel tile 1
LOAD_WEIGHTS weightRow=1744 k=4 n=4
COMPUTE inputRow=44 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 45 of channel tile 1
LOAD_WEIGHTS weightRow=1748 k=4 n=4
COMPUTE inputRow=45 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 46 of channel tile 1
LOAD_WEIGHTS weightRow=1752 k=4 n=4
COMPUTE inputRow=46 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 47 of channel tile 1
LOAD_WEIGHTS weightRow=1756 k=4 n=4
COMPUTE inputRow=47 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 48 of channel tile 1
LOAD_WEIGHTS weightRow=1760 k=4 n=4
COMPUTE inputRow=48 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 49 of channel tile 1
LOAD_WEIGHTS weightRow=1764 k=4 n=4
COMPUTE inputRow=49 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 50 of channel tile 1
LOAD_WEIGHTS weightRow=1768 k=4 n=4
COMPUTE inputRow=50 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 51 of channel tile 1
LOAD_WEIGHTS weightRow=1772 k=4 n=4
COMPUTE inputRow=51 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 52 of channel tile 1
LOAD_WEIGHTS weightRow=1776 k=4 n=4
COMPUTE inputRow=52 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 53 of channel tile 1
LOAD_WEIGHTS weightRow=1780 k=4 n=4
COMPUTE inputRow=53 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 54 of channel tile 1
LOAD_WEIGHTS weightRow=1784 k=4 n=4
COMPUTE inputRow=54 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 55 of channel tile 1
LOAD_WEIGHTS weightRow=1788 k=4 n=4
COMPUTE inputRow=55 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 56 of channel tile 1
LOAD_WEIGHTS weightRow=1792 k=4 n=4
COMPUTE inputRow=56 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 57 of channel tile 1
LOAD_WEIGHTS weightRow=1796 k=4 n=4
COMPUTE inputRow=57 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 58 of channel tile 1
LOAD_WEIGHTS weightRow=1800 k=4 n=4
COMPUTE inputRow=58 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 59 of channel tile 1
LOAD_WEIGHTS weightRow=1804 k=4 n=4
COMPUTE inputRow=59 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 60 of channel tile 1
LOAD_WEIGHTS weightRow=1808 k=4 n=4
COMPUTE inputRow=60 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 61 of channel tile 1
LOAD_WEIGHTS weightRow=1812 k=4 n=4
COMPUTE inputRow=61 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 62 of channel tile 1
LOAD_WEIGHTS weightRow=1816 k=4 n=4
COMPUTE inputRow=62 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 63 of channel tile 1
LOAD_WEIGHTS weightRow=1820 k=4 n=4
COMPUTE inputRow=63 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 64 of channel tile 1
LOAD_WEIGHTS weightRow=1824 k=4 n=4
COMPUTE inputRow=64 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 65 of channel tile 1
LOAD_WEIGHTS weightRow=1828 k=4 n=4
COMPUTE inputRow=65 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 66 of channel tile 1
LOAD_WEIGHTS weightRow=1832 k=4 n=4
COMPUTE inputRow=66 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 67 of channel tile 1
LOAD_WEIGHTS weightRow=1836 k=4 n=4
COMPUTE inputRow=67 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 68 of channel tile 1
LOAD_WEIGHTS weightRow=1840 k=4 n=4
COMPUTE inputRow=68 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 69 of channel tile 1
LOAD_WEIGHTS weightRow=1844 k=4 n=4
COMPUTE inputRow=69 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 70 of channel tile 1
LOAD_WEIGHTS weightRow=1848 k=4 n=4
COMPUTE inputRow=70 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 71 of channel tile 1
LOAD_WEIGHTS weightRow=1852 k=4 n=4
COMPUTE inputRow=71 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 72 of channel tile 1
LOAD_WEIGHTS weightRow=1856 k=4 n=4
COMPUTE inputRow=72 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 73 of channel tile 1
LOAD_WEIGHTS weightRow=1860 k=4 n=4
COMPUTE inputRow=73 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 74 of channel tile 1
LOAD_WEIGHTS weightRow=1864 k=4 n=4
COMPUTE inputRow=74 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 75 of channel tile 1
LOAD_WEIGHTS weightRow=1868 k=4 n=4
COMPUTE inputRow=75 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 76 of channel tile 1
LOAD_WEIGHTS weightRow=1872 k=4 n=4
COMPUTE inputRow=76 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 77 of channel tile 1
LOAD_WEIGHTS weightRow=1876 k=4 n=4
COMPUTE inputRow=77 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 78 of channel tile 1
LOAD_WEIGHTS weightRow=1880 k=4 n=4
COMPUTE inputRow=78 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 79 of channel tile 1
LOAD_WEIGHTS weightRow=1884 k=4 n=4
COMPUTE inputRow=79 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 80 of channel tile 1
LOAD_WEIGHTS weightRow=1888 k=4 n=4
COMPUTE inputRow=80 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 81 of channel tile 1
LOAD_WEIGHTS weightRow=1892 k=4 n=4
COMPUTE inputRow=81 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 82 of channel tile 1
LOAD_WEIGHTS weightRow=1896 k=4 n=4
COMPUTE inputRow=82 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 83 of channel tile 1
LOAD_WEIGHTS weightRow=1900 k=4 n=4
COMPUTE inputRow=83 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 84 of channel tile 1
LOAD_WEIGHTS weightRow=1904 k=4 n=4
COMPUTE inputRow=84 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 85 of channel tile 1
LOAD_WEIGHTS weightRow=1908 k=4 n=4
COMPUTE inputRow=85 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 86 of channel tile 1
LOAD_WEIGHTS weightRow=1912 k=4 n=4
COMPUTE inputRow=86 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 87 of channel tile 1
LOAD_WEIGHTS weightRow=1916 k=4 n=4
COMPUTE inputRow=87 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 88 of channel tile 1
LOAD_WEIGHTS weightRow=1920 k=4 n=4
COMPUTE inputRow=88 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 89 of channel tile 1
LOAD_WEIGHTS weightRow=1924 k=4 n=4
COMPUTE inputRow=89 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 90 of channel tile 1
LOAD_WEIGHTS weightRow=1928 k=4 n=4
COMPUTE inputRow=90 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 91 of channel tile 1
LOAD_WEIGHTS weightRow=1932 k=4 n=4
COMPUTE inputRow=91 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 92 of channel tile 1
LOAD_WEIGHTS weightRow=1936 k=4 n=4
COMPUTE inputRow=92 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 93 of channel tile 1
LOAD_WEIGHTS weightRow=1940 k=4 n=4
COMPUTE inputRow=93 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 94 of channel tile 1
LOAD_WEIGHTS weightRow=1944 k=4 n=4
COMPUTE inputRow=94 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 95 of channel tile 1
LOAD_WEIGHTS weightRow=1948 k=4 n=4
COMPUTE inputRow=95 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 96 of channel tile 1
LOAD_WEIGHTS weightRow=1952 k=4 n=4
COMPUTE inputRow=96 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 97 of channel tile 1
LOAD_WEIGHTS weightRow=1956 k=4 n=4
COMPUTE inputRow=97 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 98 of channel tile 1
LOAD_WEIGHTS weightRow=1960 k=4 n=4
COMPUTE inputRow=98 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 99 of channel tile 1
LOAD_WEIGHTS weightRow=1964 k=4 n=4
COMPUTE inputRow=99 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 100 of channel tile 1
LOAD_WEIGHTS weightRow=1968 k=4 n=4
COMPUTE inputRow=100 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 101 of channel tile 1
LOAD_WEIGHTS weightRow=1972 k=4 n=4
COMPUTE inputRow=101 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 102 of channel tile 1
LOAD_WEIGHTS weightRow=1976 k=4 n=4
COMPUTE inputRow=102 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 103 of channel tile 1
LOAD_WEIGHTS weightRow=1980 k=4 n=4
COMPUTE inputRow=103 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 104 of channel tile 1
LOAD_WEIGHTS weightRow=1984 k=4 n=4
COMPUTE inputRow=104 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 105 of channel tile 1
LOAD_WEIGHTS weightRow=1988 k=4 n=4
COMPUTE inputRow=105 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 106 of channel tile 1
LOAD_WEIGHTS weightRow=1992 k=4 n=4
COMPUTE inputRow=106 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 107 of channel tile 1
LOAD_WEIGHTS weightRow=1996 k=4 n=4
COMPUTE inputRow=107 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 108 of channel tile 1
LOAD_WEIGHTS weightRow=2000 k=4 n=4
COMPUTE inputRow=108 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 109 of channel tile 1
LOAD_WEIGHTS weightRow=2004 k=4 n=4
COMPUTE inputRow=109 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 110 of channel tile 1
LOAD_WEIGHTS weightRow=2008 k=4 n=4
COMPUTE inputRow=110 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 111 of channel tile 1
LOAD_WEIGHTS weightRow=2012 k=4 n=4
COMPUTE inputRow=111 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 112 of channel tile 1
LOAD_WEIGHTS weightRow=2016 k=4 n=4
COMPUTE inputRow=112 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 113 of channel tile 1
LOAD_WEIGHTS weightRow=2020 k=4 n=4
COMPUTE inputRow=113 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 114 of channel tile 1
LOAD_WEIGHTS weightRow=2024 k=4 n=4
COMPUTE inputRow=114 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 115 of channel tile 1
LOAD_WEIGHTS weightRow=2028 k=4 n=4
COMPUTE inputRow=115 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 116 of channel tile 1
LOAD_WEIGHTS weightRow=2032 k=4 n=4
COMPUTE inputRow=116 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 117 of channel tile 1
LOAD_WEIGHTS weightRow=2036 k=4 n=4
COMPUTE inputRow=117 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 118 of channel tile 1
LOAD_WEIGHTS weightRow=2040 k=4 n=4
COMPUTE inputRow=118 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 119 of channel tile 1
LOAD_WEIGHTS weightRow=2044 k=4 n=4
COMPUTE inputRow=119 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 120 of channel tile 1
LOAD_WEIGHTS weightRow=2048 k=4 n=4
COMPUTE inputRow=120 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 121 of channel tile 1
LOAD_WEIGHTS weightRow=2052 k=4 n=4
COMPUTE inputRow=121 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 122 of channel tile 1
LOAD_WEIGHTS weightRow=2056 k=4 n=4
COMPUTE inputRow=122 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 123 of channel tile 1
LOAD_WEIGHTS weightRow=2060 k=4 n=4
COMPUTE inputRow=123 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 124 of channel tile 1
LOAD_WEIGHTS weightRow=2064 k=4 n=4
COMPUTE inputRow=124 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 125 of channel tile 1
LOAD_WEIGHTS weightRow=2068 k=4 n=4
COMPUTE inputRow=125 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 126 of channel tile 1
LOAD_WEIGHTS weightRow=2072 k=4 n=4
COMPUTE inputRow=126 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 127 of channel tile 1
LOAD_WEIGHTS weightRow=2076 k=4 n=4
COMPUTE inputRow=127 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 128 of channel tile 1
LOAD_WEIGHTS weightRow=2080 k=4 n=4
COMPUTE inputRow=128 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 129 of channel tile 1
LOAD_WEIGHTS weightRow=2084 k=4 n=4
COMPUTE inputRow=129 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 130 of channel tile 1
LOAD_WEIGHTS weightRow=2088 k=4 n=4
COMPUTE inputRow=130 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 131 of channel tile 1
LOAD_WEIGHTS weightRow=2092 k=4 n=4
COMPUTE inputRow=131 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 132 of channel tile 1
LOAD_WEIGHTS weightRow=2096 k=4 n=4
COMPUTE inputRow=132 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 133 of channel tile 1
LOAD_WEIGHTS weightRow=2100 k=4 n=4
COMPUTE inputRow=133 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 134 of channel tile 1
LOAD_WEIGHTS weightRow=2104 k=4 n=4
COMPUTE inputRow=134 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 135 of channel tile 1
LOAD_WEIGHTS weightRow=2108 k=4 n=4
COMPUTE inputRow=135 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 136 of channel tile 1
LOAD_WEIGHTS weightRow=2112 k=4 n=4
COMPUTE inputRow=136 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 137 of channel tile 1
LOAD_WEIGHTS weightRow=2116 k=4 n=4
COMPUTE inputRow=137 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 138 of channel tile 1
LOAD_WEIGHTS weightRow=2120 k=4 n=4
COMPUTE inputRow=138 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 139 of channel tile 1
LOAD_WEIGHTS weightRow=2124 k=4 n=4
COMPUTE inputRow=139 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 140 of channel tile 1
LOAD_WEIGHTS weightRow=2128 k=4 n=4
COMPUTE inputRow=140 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 141 of channel tile 1
LOAD_WEIGHTS weightRow=2132 k=4 n=4
COMPUTE inputRow=141 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 142 of channel tile 1
LOAD_WEIGHTS weightRow=2136 k=4 n=4
COMPUTE inputRow=142 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 143 of channel tile 1
LOAD_WEIGHTS weightRow=2140 k=4 n=4
COMPUTE inputRow=143 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 144 of channel tile 1
LOAD_WEIGHTS weightRow=2144 k=4 n=4
COMPUTE inputRow=144 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 145 of channel tile 1
LOAD_WEIGHTS weightRow=2148 k=4 n=4
COMPUTE inputRow=145 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 146 of channel tile 1
LOAD_WEIGHTS weightRow=2152 k=4 n=4
COMPUTE inputRow=146 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 147 of channel tile 1
LOAD_WEIGHTS weightRow=2156 k=4 n=4
COMPUTE inputRow=147 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 148 of channel tile 1
LOAD_WEIGHTS weightRow=2160 k=4 n=4
COMPUTE inputRow=148 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 149 of channel tile 1
LOAD_WEIGHTS weightRow=2164 k=4 n=4
COMPUTE inputRow=149 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 150 of channel tile 1
LOAD_WEIGHTS weightRow=2168 k=4 n=4
COMPUTE inputRow=150 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 151 of channel tile 1
LOAD_WEIGHTS weightRow=2172 k=4 n=4
COMPUTE inputRow=151 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 152 of channel tile 1
LOAD_WEIGHTS weightRow=2176 k=4 n=4
COMPUTE inputRow=152 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 153 of channel tile 1
LOAD_WEIGHTS weightRow=2180 k=4 n=4
COMPUTE inputRow=153 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 154 of channel tile 1
LOAD_WEIGHTS weightRow=2184 k=4 n=4
COMPUTE inputRow=154 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 155 of channel tile 1
LOAD_WEIGHTS weightRow=2188 k=4 n=4
COMPUTE inputRow=155 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 156 of channel tile 1
LOAD_WEIGHTS weightRow=2192 k=4 n=4
COMPUTE inputRow=156 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 157 of channel tile 1
LOAD_WEIGHTS weightRow=2196 k=4 n=4
COMPUTE inputRow=157 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 158 of channel tile 1
LOAD_WEIGHTS weightRow=2200 k=4 n=4
COMPUTE inputRow=158 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 159 of channel tile 1
LOAD_WEIGHTS weightRow=2204 k=4 n=4
COMPUTE inputRow=159 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 160 of channel tile 1
LOAD_WEIGHTS weightRow=2208 k=4 n=4
COMPUTE inputRow=160 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 161 of channel tile 1
LOAD_WEIGHTS weightRow=2212 k=4 n=4
COMPUTE inputRow=161 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 162 of channel tile 1
LOAD_WEIGHTS weightRow=2216 k=4 n=4
COMPUTE inputRow=162 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 163 of channel tile 1
LOAD_WEIGHTS weightRow=2220 k=4 n=4
COMPUTE inputRow=163 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 164 of channel tile 1
LOAD_WEIGHTS weightRow=2224 k=4 n=4
COMPUTE inputRow=164 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 165 of channel tile 1
LOAD_WEIGHTS weightRow=2228 k=4 n=4
COMPUTE inputRow=165 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 166 of channel tile 1
LOAD_WEIGHTS weightRow=2232 k=4 n=4
COMPUTE inputRow=166 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 167 of channel tile 1
LOAD_WEIGHTS weightRow=2236 k=4 n=4
COMPUTE inputRow=167 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 168 of channel tile 1
LOAD_WEIGHTS weightRow=2240 k=4 n=4
COMPUTE inputRow=168 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 169 of channel tile 1
LOAD_WEIGHTS weightRow=2244 k=4 n=4
COMPUTE inputRow=169 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 170 of channel tile 1
LOAD_WEIGHTS weightRow=2248 k=4 n=4
COMPUTE inputRow=170 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 171 of channel tile 1
LOAD_WEIGHTS weightRow=2252 k=4 n=4
COMPUTE inputRow=171 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 172 of channel tile 1
LOAD_WEIGHTS weightRow=2256 k=4 n=4
COMPUTE inputRow=172 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 173 of channel tile 1
LOAD_WEIGHTS weightRow=2260 k=4 n=4
COMPUTE inputRow=173 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 174 of channel tile 1
LOAD_WEIGHTS weightRow=2264 k=4 n=4
COMPUTE inputRow=174 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 175 of channel tile 1
LOAD_WEIGHTS weightRow=2268 k=4 n=4
COMPUTE inputRow=175 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 176 of channel tile 1
LOAD_WEIGHTS weightRow=2272 k=4 n=4
COMPUTE inputRow=176 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 177 of channel tile 1
LOAD_WEIGHTS weightRow=2276 k=4 n=4
COMPUTE inputRow=177 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 178 of channel tile 1
LOAD_WEIGHTS weightRow=2280 k=4 n=4
COMPUTE inputRow=178 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 179 of channel tile 1
LOAD_WEIGHTS weightRow=2284 k=4 n=4
COMPUTE inputRow=179 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 180 of channel tile 1
LOAD_WEIGHTS weightRow=2288 k=4 n=4
COMPUTE inputRow=180 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 181 of channel tile 1
LOAD_WEIGHTS weightRow=2292 k=4 n=4
COMPUTE inputRow=181 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 182 of channel tile 1
LOAD_WEIGHTS weightRow=2296 k=4 n=4
COMPUTE inputRow=182 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 183 of channel tile 1
LOAD_WEIGHTS weightRow=2300 k=4 n=4
COMPUTE inputRow=183 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 184 of channel tile 1
LOAD_WEIGHTS weightRow=2304 k=4 n=4
COMPUTE inputRow=184 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 185 of channel tile 1
LOAD_WEIGHTS weightRow=2308 k=4 n=4
COMPUTE inputRow=185 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 186 of channel tile 1
LOAD_WEIGHTS weightRow=2312 k=4 n=4
COMPUTE inputRow=186 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 187 of channel tile 1
LOAD_WEIGHTS weightRow=2316 k=4 n=4
COMPUTE inputRow=187 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 188 of channel tile 1
LOAD_WEIGHTS weightRow=2320 k=4 n=4
COMPUTE inputRow=188 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 189 of channel tile 1
LOAD_WEIGHTS weightRow=2324 k=4 n=4
COMPUTE inputRow=189 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 190 of channel tile 1
LOAD_WEIGHTS weightRow=2328 k=4 n=4
COMPUTE inputRow=190 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 191 of channel tile 1
LOAD_WEIGHTS weightRow=2332 k=4 n=4
COMPUTE inputRow=191 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 192 of channel tile 1
LOAD_WEIGHTS weightRow=2336 k=4 n=4
COMPUTE inputRow=192 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 193 of channel tile 1
LOAD_WEIGHTS weightRow=2340 k=4 n=4
COMPUTE inputRow=193 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 194 of channel tile 1
LOAD_WEIGHTS weightRow=2344 k=4 n=4
COMPUTE inputRow=194 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 195 of channel tile 1
LOAD_WEIGHTS weightRow=2348 k=4 n=4
COMPUTE inputRow=195 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 196 of channel tile 1
LOAD_WEIGHTS weightRow=2352 k=4 n=4
COMPUTE inputRow=196 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 197 of channel tile 1
LOAD_WEIGHTS weightRow=2356 k=4 n=4
COMPUTE inputRow=197 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 198 of channel tile 1
LOAD_WEIGHTS weightRow=2360 k=4 n=4
COMPUTE inputRow=198 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 199 of channel tile 1
LOAD_WEIGHTS weightRow=2364 k=4 n=4
COMPUTE inputRow=199 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 200 of channel tile 1
LOAD_WEIGHTS weightRow=2368 k=4 n=4
COMPUTE inputRow=200 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 201 of channel tile 1
LOAD_WEIGHTS weightRow=2372 k=4 n=4
COMPUTE inputRow=201 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 202 of channel tile 1
LOAD_WEIGHTS weightRow=2376 k=4 n=4
COMPUTE inputRow=202 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 203 of channel tile 1
LOAD_WEIGHTS weightRow=2380 k=4 n=4
COMPUTE inputRow=203 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 204 of channel tile 1
LOAD_WEIGHTS weightRow=2384 k=4 n=4
COMPUTE inputRow=204 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 205 of channel tile 1
LOAD_WEIGHTS weightRow=2388 k=4 n=4
COMPUTE inputRow=205 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 206 of channel tile 1
LOAD_WEIGHTS weightRow=2392 k=4 n=4
COMPUTE inputRow=206 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 207 of channel tile 1
LOAD_WEIGHTS weightRow=2396 k=4 n=4
COMPUTE inputRow=207 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 208 of channel tile 1
LOAD_WEIGHTS weightRow=2400 k=4 n=4
COMPUTE inputRow=208 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 209 of channel tile 1
LOAD_WEIGHTS weightRow=2404 k=4 n=4
COMPUTE inputRow=209 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 210 of channel tile 1
LOAD_WEIGHTS weightRow=2408 k=4 n=4
COMPUTE inputRow=210 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 211 of channel tile 1
LOAD_WEIGHTS weightRow=2412 k=4 n=4
COMPUTE inputRow=211 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 212 of channel tile 1
LOAD_WEIGHTS weightRow=2416 k=4 n=4
COMPUTE inputRow=212 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 213 of channel tile 1
LOAD_WEIGHTS weightRow=2420 k=4 n=4
COMPUTE inputRow=213 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 214 of channel tile 1
LOAD_WEIGHTS weightRow=2424 k=4 n=4
COMPUTE inputRow=214 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 215 of channel tile 1
LOAD_WEIGHTS weightRow=2428 k=4 n=4
COMPUTE inputRow=215 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 216 of channel tile 1
LOAD_WEIGHTS weightRow=2432 k=4 n=4
COMPUTE inputRow=216 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 217 of channel tile 1
LOAD_WEIGHTS weightRow=2436 k=4 n=4
COMPUTE inputRow=217 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 218 of channel tile 1
LOAD_WEIGHTS weightRow=2440 k=4 n=4
COMPUTE inputRow=218 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 219 of channel tile 1
LOAD_WEIGHTS weightRow=2444 k=4 n=4
COMPUTE inputRow=219 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 220 of channel tile 1
LOAD_WEIGHTS weightRow=2448 k=4 n=4
COMPUTE inputRow=220 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 221 of channel tile 1
LOAD_WEIGHTS weightRow=2452 k=4 n=4
COMPUTE inputRow=221 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 222 of channel tile 1
LOAD_WEIGHTS weightRow=2456 k=4 n=4
COMPUTE inputRow=222 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 223 of channel tile 1
LOAD_WEIGHTS weightRow=2460 k=4 n=4
COMPUTE inputRow=223 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 224 of channel tile 1
LOAD_WEIGHTS weightRow=2464 k=4 n=4
COMPUTE inputRow=224 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 225 of channel tile 1
LOAD_WEIGHTS weightRow=2468 k=4 n=4
COMPUTE inputRow=225 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 226 of channel tile 1
LOAD_WEIGHTS weightRow=2472 k=4 n=4
COMPUTE inputRow=226 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 227 of channel tile 1
LOAD_WEIGHTS weightRow=2476 k=4 n=4
COMPUTE inputRow=227 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 228 of channel tile 1
LOAD_WEIGHTS weightRow=2480 k=4 n=4
COMPUTE inputRow=228 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 229 of channel tile 1
LOAD_WEIGHTS weightRow=2484 k=4 n=4
COMPUTE inputRow=229 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 230 of channel tile 1
LOAD_WEIGHTS weightRow=2488 k=4 n=4
COMPUTE inputRow=230 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 231 of channel tile 1
LOAD_WEIGHTS weightRow=2492 k=4 n=4
COMPUTE inputRow=231 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 232 of channel tile 1
LOAD_WEIGHTS weightRow=2496 k=4 n=4
COMPUTE inputRow=232 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 233 of channel tile 1
LOAD_WEIGHTS weightRow=2500 k=4 n=4
COMPUTE inputRow=233 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 234 of channel tile 1
LOAD_WEIGHTS weightRow=2504 k=4 n=4
COMPUTE inputRow=234 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 235 of channel tile 1
LOAD_WEIGHTS weightRow=2508 k=4 n=4
COMPUTE inputRow=235 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 236 of channel tile 1
LOAD_WEIGHTS weightRow=2512 k=4 n=4
COMPUTE inputRow=236 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 237 of channel tile 1
LOAD_WEIGHTS weightRow=2516 k=4 n=4
COMPUTE inputRow=237 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 238 of channel tile 1
LOAD_WEIGHTS weightRow=2520 k=4 n=4
COMPUTE inputRow=238 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 239 of channel tile 1
LOAD_WEIGHTS weightRow=2524 k=4 n=4
COMPUTE inputRow=239 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 240 of channel tile 1
LOAD_WEIGHTS weightRow=2528 k=4 n=4
COMPUTE inputRow=240 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 241 of channel tile 1
LOAD_WEIGHTS weightRow=2532 k=4 n=4
COMPUTE inputRow=241 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 242 of channel tile 1
LOAD_WEIGHTS weightRow=2536 k=4 n=4
COMPUTE inputRow=242 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 243 of channel tile 1
LOAD_WEIGHTS weightRow=2540 k=4 n=4
COMPUTE inputRow=243 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 244 of channel tile 1
LOAD_WEIGHTS weightRow=2544 k=4 n=4
COMPUTE inputRow=244 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 245 of channel tile 1
LOAD_WEIGHTS weightRow=2548 k=4 n=4
COMPUTE inputRow=245 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 246 of channel tile 1
LOAD_WEIGHTS weightRow=2552 k=4 n=4
COMPUTE inputRow=246 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 247 of channel tile 1
LOAD_WEIGHTS weightRow=2556 k=4 n=4
COMPUTE inputRow=247 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 248 of channel tile 1
LOAD_WEIGHTS weightRow=2560 k=4 n=4
COMPUTE inputRow=248 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 249 of channel tile 1
LOAD_WEIGHTS weightRow=2564 k=4 n=4
COMPUTE inputRow=249 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 250 of channel tile 1
LOAD_WEIGHTS weightRow=2568 k=4 n=4
COMPUTE inputRow=250 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 251 of channel tile 1
LOAD_WEIGHTS weightRow=2572 k=4 n=4
COMPUTE inputRow=251 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 252 of channel tile 1
LOAD_WEIGHTS weightRow=2576 k=4 n=4
COMPUTE inputRow=252 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 253 of channel tile 1
LOAD_WEIGHTS weightRow=2580 k=4 n=4
COMPUTE inputRow=253 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 254 of channel tile 1
LOAD_WEIGHTS weightRow=2584 k=4 n=4
COMPUTE inputRow=254 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 255 of channel tile 1
LOAD_WEIGHTS weightRow=2588 k=4 n=4
COMPUTE inputRow=255 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 256 of channel tile 1
LOAD_WEIGHTS weightRow=2592 k=4 n=4
COMPUTE inputRow=256 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 257 of channel tile 1
LOAD_WEIGHTS weightRow=2596 k=4 n=4
COMPUTE inputRow=257 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 258 of channel tile 1
LOAD_WEIGHTS weightRow=2600 k=4 n=4
COMPUTE inputRow=258 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 259 of channel tile 1
LOAD_WEIGHTS weightRow=2604 k=4 n=4
COMPUTE inputRow=259 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 260 of channel tile 1
LOAD_WEIGHTS weightRow=2608 k=4 n=4
COMPUTE inputRow=260 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 261 of channel tile 1
LOAD_WEIGHTS weightRow=2612 k=4 n=4
COMPUTE inputRow=261 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 262 of channel tile 1
LOAD_WEIGHTS weightRow=2616 k=4 n=4
COMPUTE inputRow=262 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 263 of channel tile 1
LOAD_WEIGHTS weightRow=2620 k=4 n=4
COMPUTE inputRow=263 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 264 of channel tile 1
LOAD_WEIGHTS weightRow=2624 k=4 n=4
COMPUTE inputRow=264 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 265 of channel tile 1
LOAD_WEIGHTS weightRow=2628 k=4 n=4
COMPUTE inputRow=265 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 266 of channel tile 1
LOAD_WEIGHTS weightRow=2632 k=4 n=4
COMPUTE inputRow=266 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 267 of channel tile 1
LOAD_WEIGHTS weightRow=2636 k=4 n=4
COMPUTE inputRow=267 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 268 of channel tile 1
LOAD_WEIGHTS weightRow=2640 k=4 n=4
COMPUTE inputRow=268 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 269 of channel tile 1
LOAD_WEIGHTS weightRow=2644 k=4 n=4
COMPUTE inputRow=269 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 270 of channel tile 1
LOAD_WEIGHTS weightRow=2648 k=4 n=4
COMPUTE inputRow=270 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 271 of channel tile 1
LOAD_WEIGHTS weightRow=2652 k=4 n=4
COMPUTE inputRow=271 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 272 of channel tile 1
LOAD_WEIGHTS weightRow=2656 k=4 n=4
COMPUTE inputRow=272 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 273 of channel tile 1
LOAD_WEIGHTS weightRow=2660 k=4 n=4
COMPUTE inputRow=273 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 274 of channel tile 1
LOAD_WEIGHTS weightRow=2664 k=4 n=4
COMPUTE inputRow=274 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 275 of channel tile 1
LOAD_WEIGHTS weightRow=2668 k=4 n=4
COMPUTE inputRow=275 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 276 of channel tile 1
LOAD_WEIGHTS weightRow=2672 k=4 n=4
COMPUTE inputRow=276 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 277 of channel tile 1
LOAD_WEIGHTS weightRow=2676 k=4 n=4
COMPUTE inputRow=277 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 278 of channel tile 1
LOAD_WEIGHTS weightRow=2680 k=4 n=4
COMPUTE inputRow=278 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 279 of channel tile 1
LOAD_WEIGHTS weightRow=2684 k=4 n=4
COMPUTE inputRow=279 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 280 of channel tile 1
LOAD_WEIGHTS weightRow=2688 k=4 n=4
COMPUTE inputRow=280 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 281 of channel tile 1
LOAD_WEIGHTS weightRow=2692 k=4 n=4
COMPUTE inputRow=281 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 282 of channel tile 1
LOAD_WEIGHTS weightRow=2696 k=4 n=4
COMPUTE inputRow=282 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 283 of channel tile 1
LOAD_WEIGHTS weightRow=2700 k=4 n=4
COMPUTE inputRow=283 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 284 of channel tile 1
LOAD_WEIGHTS weightRow=2704 k=4 n=4
COMPUTE inputRow=284 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 285 of channel tile 1
LOAD_WEIGHTS weightRow=2708 k=4 n=4
COMPUTE inputRow=285 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 286 of channel tile 1
LOAD_WEIGHTS weightRow=2712 k=4 n=4
COMPUTE inputRow=286 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 287 of channel tile 1
LOAD_WEIGHTS weightRow=2716 k=4 n=4
COMPUTE inputRow=287 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 288 of channel tile 1
LOAD_WEIGHTS weightRow=2720 k=4 n=4
COMPUTE inputRow=288 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 289 of channel tile 1
LOAD_WEIGHTS weightRow=2724 k=4 n=4
COMPUTE inputRow=289 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 290 of channel tile 1
LOAD_WEIGHTS weightRow=2728 k=4 n=4
COMPUTE inputRow=290 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 291 of channel tile 1
LOAD_WEIGHTS weightRow=2732 k=4 n=4
COMPUTE inputRow=291 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 292 of channel tile 1
LOAD_WEIGHTS weightRow=2736 k=4 n=4
COMPUTE inputRow=292 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 293 of channel tile 1
LOAD_WEIGHTS weightRow=2740 k=4 n=4
COMPUTE inputRow=293 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 294 of channel tile 1
LOAD_WEIGHTS weightRow=2744 k=4 n=4
COMPUTE inputRow=294 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 295 of channel tile 1
LOAD_WEIGHTS weightRow=2748 k=4 n=4
COMPUTE inputRow=295 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 296 of channel tile 1
LOAD_WEIGHTS weightRow=2752 k=4 n=4
COMPUTE inputRow=296 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 297 of channel tile 1
LOAD_WEIGHTS weightRow=2756 k=4 n=4
COMPUTE inputRow=297 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 298 of channel tile 1
LOAD_WEIGHTS weightRow=2760 k=4 n=4
COMPUTE inputRow=298 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 299 of channel tile 1
LOAD_WEIGHTS weightRow=2764 k=4 n=4
COMPUTE inputRow=299 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 300 of channel tile 1
LOAD_WEIGHTS weightRow=2768 k=4 n=4
COMPUTE inputRow=300 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 301 of channel tile 1
LOAD_WEIGHTS weightRow=2772 k=4 n=4
COMPUTE inputRow=301 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 302 of channel tile 1
LOAD_WEIGHTS weightRow=2776 k=4 n=4
COMPUTE inputRow=302 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 303 of channel tile 1
LOAD_WEIGHTS weightRow=2780 k=4 n=4
COMPUTE inputRow=303 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 304 of channel tile 1
LOAD_WEIGHTS weightRow=2784 k=4 n=4
COMPUTE inputRow=304 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 305 of channel tile 1
LOAD_WEIGHTS weightRow=2788 k=4 n=4
COMPUTE inputRow=305 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 306 of channel tile 1
LOAD_WEIGHTS weightRow=2792 k=4 n=4
COMPUTE inputRow=306 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 307 of channel tile 1
LOAD_WEIGHTS weightRow=2796 k=4 n=4
COMPUTE inputRow=307 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 308 of channel tile 1
LOAD_WEIGHTS weightRow=2800 k=4 n=4
COMPUTE inputRow=308 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 309 of channel tile 1
LOAD_WEIGHTS weightRow=2804 k=4 n=4
COMPUTE inputRow=309 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 310 of channel tile 1
LOAD_WEIGHTS weightRow=2808 k=4 n=4
COMPUTE inputRow=310 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 311 of channel tile 1
LOAD_WEIGHTS weightRow=2812 k=4 n=4
COMPUTE inputRow=311 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 312 of channel tile 1
LOAD_WEIGHTS weightRow=2816 k=4 n=4
COMPUTE inputRow=312 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 313 of channel tile 1
LOAD_WEIGHTS weightRow=2820 k=4 n=4
COMPUTE inputRow=313 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 314 of channel tile 1
LOAD_WEIGHTS weightRow=2824 k=4 n=4
COMPUTE inputRow=314 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 315 of channel tile 1
LOAD_WEIGHTS weightRow=2828 k=4 n=4
COMPUTE inputRow=315 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 316 of channel tile 1
LOAD_WEIGHTS weightRow=2832 k=4 n=4
COMPUTE inputRow=316 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 317 of channel tile 1
LOAD_WEIGHTS weightRow=2836 k=4 n=4
COMPUTE inputRow=317 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 318 of channel tile 1
LOAD_WEIGHTS weightRow=2840 k=4 n=4
COMPUTE inputRow=318 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 319 of channel tile 1
LOAD_WEIGHTS weightRow=2844 k=4 n=4
COMPUTE inputRow=319 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 320 of channel tile 1
LOAD_WEIGHTS weightRow=2848 k=4 n=4
COMPUTE inputRow=320 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 321 of channel tile 1
LOAD_WEIGHTS weightRow=2852 k=4 n=4
COMPUTE inputRow=321 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 322 of channel tile 1
LOAD_WEIGHTS weightRow=2856 k=4 n=4
COMPUTE inputRow=322 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 323 of channel tile 1
LOAD_WEIGHTS weightRow=2860 k=4 n=4
COMPUTE inputRow=323 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 324 of channel tile 1
LOAD_WEIGHTS weightRow=2864 k=4 n=4
COMPUTE inputRow=324 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 325 of channel tile 1
LOAD_WEIGHTS weightRow=2868 k=4 n=4
COMPUTE inputRow=325 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 326 of channel tile 1
LOAD_WEIGHTS weightRow=2872 k=4 n=4
COMPUTE inputRow=326 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 327 of channel tile 1
LOAD_WEIGHTS weightRow=2876 k=4 n=4
COMPUTE inputRow=327 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 328 of channel tile 1
LOAD_WEIGHTS weightRow=2880 k=4 n=4
COMPUTE inputRow=328 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 329 of channel tile 1
LOAD_WEIGHTS weightRow=2884 k=4 n=4
COMPUTE inputRow=329 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 330 of channel tile 1
LOAD_WEIGHTS weightRow=2888 k=4 n=4
COMPUTE inputRow=330 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 331 of channel tile 1
LOAD_WEIGHTS weightRow=2892 k=4 n=4
COMPUTE inputRow=331 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 332 of channel tile 1
LOAD_WEIGHTS weightRow=2896 k=4 n=4
COMPUTE inputRow=332 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 333 of channel tile 1
LOAD_WEIGHTS weightRow=2900 k=4 n=4
COMPUTE inputRow=333 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 334 of channel tile 1
LOAD_WEIGHTS weightRow=2904 k=4 n=4
COMPUTE inputRow=334 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 335 of channel tile 1
LOAD_WEIGHTS weightRow=2908 k=4 n=4
COMPUTE inputRow=335 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 336 of channel tile 1
LOAD_WEIGHTS weightRow=2912 k=4 n=4
COMPUTE inputRow=336 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 337 of channel tile 1
LOAD_WEIGHTS weightRow=2916 k=4 n=4
COMPUTE inputRow=337 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 338 of channel tile 1
LOAD_WEIGHTS weightRow=2920 k=4 n=4
COMPUTE inputRow=338 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 339 of channel tile 1
LOAD_WEIGHTS weightRow=2924 k=4 n=4
COMPUTE inputRow=339 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 340 of channel tile 1
LOAD_WEIGHTS weightRow=2928 k=4 n=4
COMPUTE inputRow=340 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 341 of channel tile 1
LOAD_WEIGHTS weightRow=2932 k=4 n=4
COMPUTE inputRow=341 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 342 of channel tile 1
LOAD_WEIGHTS weightRow=2936 k=4 n=4
COMPUTE inputRow=342 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 343 of channel tile 1
LOAD_WEIGHTS weightRow=2940 k=4 n=4
COMPUTE inputRow=343 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 344 of channel tile 1
LOAD_WEIGHTS weightRow=2944 k=4 n=4
COMPUTE inputRow=344 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 345 of channel tile 1
LOAD_WEIGHTS weightRow=2948 k=4 n=4
COMPUTE inputRow=345 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 346 of channel tile 1
LOAD_WEIGHTS weightRow=2952 k=4 n=4
COMPUTE inputRow=346 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 347 of channel tile 1
LOAD_WEIGHTS weightRow=2956 k=4 n=4
COMPUTE inputRow=347 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 348 of channel tile 1
LOAD_WEIGHTS weightRow=2960 k=4 n=4
COMPUTE inputRow=348 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 349 of channel tile 1
LOAD_WEIGHTS weightRow=2964 k=4 n=4
COMPUTE inputRow=349 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 350 of channel tile 1
LOAD_WEIGHTS weightRow=2968 k=4 n=4
COMPUTE inputRow=350 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 351 of channel tile 1
LOAD_WEIGHTS weightRow=2972 k=4 n=4
COMPUTE inputRow=351 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 352 of channel tile 1
LOAD_WEIGHTS weightRow=2976 k=4 n=4
COMPUTE inputRow=352 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 353 of channel tile 1
LOAD_WEIGHTS weightRow=2980 k=4 n=4
COMPUTE inputRow=353 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 354 of channel tile 1
LOAD_WEIGHTS weightRow=2984 k=4 n=4
COMPUTE inputRow=354 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 355 of channel tile 1
LOAD_WEIGHTS weightRow=2988 k=4 n=4
COMPUTE inputRow=355 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 356 of channel tile 1
LOAD_WEIGHTS weightRow=2992 k=4 n=4
COMPUTE inputRow=356 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 357 of channel tile 1
LOAD_WEIGHTS weightRow=2996 k=4 n=4
COMPUTE inputRow=357 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 358 of channel tile 1
LOAD_WEIGHTS weightRow=3000 k=4 n=4
COMPUTE inputRow=358 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 359 of channel tile 1
LOAD_WEIGHTS weightRow=3004 k=4 n=4
COMPUTE inputRow=359 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 360 of channel tile 1
LOAD_WEIGHTS weightRow=3008 k=4 n=4
COMPUTE inputRow=360 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 361 of channel tile 1
LOAD_WEIGHTS weightRow=3012 k=4 n=4
COMPUTE inputRow=361 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 362 of channel tile 1
LOAD_WEIGHTS weightRow=3016 k=4 n=4
COMPUTE inputRow=362 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 363 of channel tile 1
LOAD_WEIGHTS weightRow=3020 k=4 n=4
COMPUTE inputRow=363 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 364 of channel tile 1
LOAD_WEIGHTS weightRow=3024 k=4 n=4
COMPUTE inputRow=364 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 365 of channel tile 1
LOAD_WEIGHTS weightRow=3028 k=4 n=4
COMPUTE inputRow=365 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 366 of channel tile 1
LOAD_WEIGHTS weightRow=3032 k=4 n=4
COMPUTE inputRow=366 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 367 of channel tile 1
LOAD_WEIGHTS weightRow=3036 k=4 n=4
COMPUTE inputRow=367 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 368 of channel tile 1
LOAD_WEIGHTS weightRow=3040 k=4 n=4
COMPUTE inputRow=368 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 369 of channel tile 1
LOAD_WEIGHTS weightRow=3044 k=4 n=4
COMPUTE inputRow=369 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 370 of channel tile 1
LOAD_WEIGHTS weightRow=3048 k=4 n=4
COMPUTE inputRow=370 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 371 of channel tile 1
LOAD_WEIGHTS weightRow=3052 k=4 n=4
COMPUTE inputRow=371 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 372 of channel tile 1
LOAD_WEIGHTS weightRow=3056 k=4 n=4
COMPUTE inputRow=372 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 373 of channel tile 1
LOAD_WEIGHTS weightRow=3060 k=4 n=4
COMPUTE inputRow=373 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 374 of channel tile 1
LOAD_WEIGHTS weightRow=3064 k=4 n=4
COMPUTE inputRow=374 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 375 of channel tile 1
LOAD_WEIGHTS weightRow=3068 k=4 n=4
COMPUTE inputRow=375 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 376 of channel tile 1
LOAD_WEIGHTS weightRow=3072 k=4 n=4
COMPUTE inputRow=376 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 377 of channel tile 1
LOAD_WEIGHTS weightRow=3076 k=4 n=4
COMPUTE inputRow=377 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 378 of channel tile 1
LOAD_WEIGHTS weightRow=3080 k=4 n=4
COMPUTE inputRow=378 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 379 of channel tile 1
LOAD_WEIGHTS weightRow=3084 k=4 n=4
COMPUTE inputRow=379 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 380 of channel tile 1
LOAD_WEIGHTS weightRow=3088 k=4 n=4
COMPUTE inputRow=380 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 381 of channel tile 1
LOAD_WEIGHTS weightRow=3092 k=4 n=4
COMPUTE inputRow=381 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 382 of channel tile 1
LOAD_WEIGHTS weightRow=3096 k=4 n=4
COMPUTE inputRow=382 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 383 of channel tile 1
LOAD_WEIGHTS weightRow=3100 k=4 n=4
COMPUTE inputRow=383 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 384 of channel tile 1
LOAD_WEIGHTS weightRow=3104 k=4 n=4
COMPUTE inputRow=384 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 385 of channel tile 1
LOAD_WEIGHTS weightRow=3108 k=4 n=4
COMPUTE inputRow=385 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 386 of channel tile 1
LOAD_WEIGHTS weightRow=3112 k=4 n=4
COMPUTE inputRow=386 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 387 of channel tile 1
LOAD_WEIGHTS weightRow=3116 k=4 n=4
COMPUTE inputRow=387 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 388 of channel tile 1
LOAD_WEIGHTS weightRow=3120 k=4 n=4
COMPUTE inputRow=388 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 389 of channel tile 1
LOAD_WEIGHTS weightRow=3124 k=4 n=4
COMPUTE inputRow=389 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 390 of channel tile 1
LOAD_WEIGHTS weightRow=3128 k=4 n=4
COMPUTE inputRow=390 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 391 of channel tile 1
LOAD_WEIGHTS weightRow=3132 k=4 n=4
COMPUTE inputRow=391 inputRowStride=392 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 2
LOAD_WEIGHTS weightRow=3136 k=4 n=2
COMPUTE inputRow=0 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=0
; latch chunk 1 of channel tile 2
LOAD_WEIGHTS weightRow=3140 k=4 n=2
COMPUTE inputRow=1 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 2 of channel tile 2
LOAD_WEIGHTS weightRow=3144 k=4 n=2
COMPUTE inputRow=2 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 3 of channel tile 2
LOAD_WEIGHTS weightRow=3148 k=4 n=2
COMPUTE inputRow=3 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 4 of channel tile 2
LOAD_WEIGHTS weightRow=3152 k=4 n=2
COMPUTE inputRow=4 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 5 of channel tile 2
LOAD_WEIGHTS weightRow=3156 k=4 n=2
COMPUTE inputRow=5 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 6 of channel tile 2
LOAD_WEIGHTS weightRow=3160 k=4 n=2
COMPUTE inputRow=6 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 7 of channel tile 2
LOAD_WEIGHTS weightRow=3164 k=4 n=2
COMPUTE inputRow=7 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 8 of channel tile 2
LOAD_WEIGHTS weightRow=3168 k=4 n=2
COMPUTE inputRow=8 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 9 of channel tile 2
LOAD_WEIGHTS weightRow=3172 k=4 n=2
COMPUTE inputRow=9 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 10 of channel tile 2
LOAD_WEIGHTS weightRow=3176 k=4 n=2
COMPUTE inputRow=10 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 11 of channel tile 2
LOAD_WEIGHTS weightRow=3180 k=4 n=2
COMPUTE inputRow=11 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 12 of channel tile 2
LOAD_WEIGHTS weightRow=3184 k=4 n=2
COMPUTE inputRow=12 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 13 of channel tile 2
LOAD_WEIGHTS weightRow=3188 k=4 n=2
COMPUTE inputRow=13 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 14 of channel tile 2
LOAD_WEIGHTS weightRow=3192 k=4 n=2
COMPUTE inputRow=14 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 15 of channel tile 2
LOAD_WEIGHTS weightRow=3196 k=4 n=2
COMPUTE inputRow=15 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 16 of channel tile 2
LOAD_WEIGHTS weightRow=3200 k=4 n=2
COMPUTE inputRow=16 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 17 of channel tile 2
LOAD_WEIGHTS weightRow=3204 k=4 n=2
COMPUTE inputRow=17 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 18 of channel tile 2
LOAD_WEIGHTS weightRow=3208 k=4 n=2
COMPUTE inputRow=18 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 19 of channel tile 2
LOAD_WEIGHTS weightRow=3212 k=4 n=2
COMPUTE inputRow=19 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 20 of channel tile 2
LOAD_WEIGHTS weightRow=3216 k=4 n=2
COMPUTE inputRow=20 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 21 of channel tile 2
LOAD_WEIGHTS weightRow=3220 k=4 n=2
COMPUTE inputRow=21 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 22 of channel tile 2
LOAD_WEIGHTS weightRow=3224 k=4 n=2
COMPUTE inputRow=22 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 23 of channel tile 2
LOAD_WEIGHTS weightRow=3228 k=4 n=2
COMPUTE inputRow=23 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 24 of channel tile 2
LOAD_WEIGHTS weightRow=3232 k=4 n=2
COMPUTE inputRow=24 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 25 of channel tile 2
LOAD_WEIGHTS weightRow=3236 k=4 n=2
COMPUTE inputRow=25 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 26 of channel tile 2
LOAD_WEIGHTS weightRow=3240 k=4 n=2
COMPUTE inputRow=26 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 27 of channel tile 2
LOAD_WEIGHTS weightRow=3244 k=4 n=2
COMPUTE inputRow=27 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 28 of channel tile 2
LOAD_WEIGHTS weightRow=3248 k=4 n=2
COMPUTE inputRow=28 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 29 of channel tile 2
LOAD_WEIGHTS weightRow=3252 k=4 n=2
COMPUTE inputRow=29 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 30 of channel tile 2
LOAD_WEIGHTS weightRow=3256 k=4 n=2
COMPUTE inputRow=30 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 31 of channel tile 2
LOAD_WEIGHTS weightRow=3260 k=4 n=2
COMPUTE inputRow=31 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 32 of channel tile 2
LOAD_WEIGHTS weightRow=3264 k=4 n=2
COMPUTE inputRow=32 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 33 of channel tile 2
LOAD_WEIGHTS weightRow=3268 k=4 n=2
COMPUTE inputRow=33 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 34 of channel tile 2
LOAD_WEIGHTS weightRow=3272 k=4 n=2
COMPUTE inputRow=34 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 35 of channel tile 2
LOAD_WEIGHTS weightRow=3276 k=4 n=2
COMPUTE inputRow=35 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 36 of channel tile 2
LOAD_WEIGHTS weightRow=3280 k=4 n=2
COMPUTE inputRow=36 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 37 of channel tile 2
LOAD_WEIGHTS weightRow=3284 k=4 n=2
COMPUTE inputRow=37 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 38 of channel tile 2
LOAD_WEIGHTS weightRow=3288 k=4 n=2
COMPUTE inputRow=38 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 39 of channel tile 2
LOAD_WEIGHTS weightRow=3292 k=4 n=2
COMPUTE inputRow=39 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 40 of channel tile 2
LOAD_WEIGHTS weightRow=3296 k=4 n=2
COMPUTE inputRow=40 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 41 of channel tile 2
LOAD_WEIGHTS weightRow=3300 k=4 n=2
COMPUTE inputRow=41 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 42 of channel tile 2
LOAD_WEIGHTS weightRow=3304 k=4 n=2
COMPUTE inputRow=42 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 43 of channel tile 2
LOAD_WEIGHTS weightRow=3308 k=4 n=2
COMPUTE inputRow=43 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 44 of channel tile 2
LOAD_WEIGHTS weightRow=3312 k=4 n=2
COMPUTE inputRow=44 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 45 of channel tile 2
LOAD_WEIGHTS weightRow=3316 k=4 n=2
COMPUTE inputRow=45 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 46 of channel tile 2
LOAD_WEIGHTS weightRow=3320 k=4 n=2
COMPUTE inputRow=46 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 47 of channel tile 2
LOAD_WEIGHTS weightRow=3324 k=4 n=2
COMPUTE inputRow=47 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 48 of channel tile 2
LOAD_WEIGHTS weightRow=3328 k=4 n=2
COMPUTE inputRow=48 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 49 of channel tile 2
LOAD_WEIGHTS weightRow=3332 k=4 n=2
COMPUTE inputRow=49 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 50 of channel tile 2
LOAD_WEIGHTS weightRow=3336 k=4 n=2
COMPUTE inputRow=50 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 51 of channel tile 2
LOAD_WEIGHTS weightRow=3340 k=4 n=2
COMPUTE inputRow=51 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 52 of channel tile 2
LOAD_WEIGHTS weightRow=3344 k=4 n=2
COMPUTE inputRow=52 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 53 of channel tile 2
LOAD_WEIGHTS weightRow=3348 k=4 n=2
COMPUTE inputRow=53 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 54 of channel tile 2
LOAD_WEIGHTS weightRow=3352 k=4 n=2
COMPUTE inputRow=54 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 55 of channel tile 2
LOAD_WEIGHTS weightRow=3356 k=4 n=2
COMPUTE inputRow=55 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 56 of channel tile 2
LOAD_WEIGHTS weightRow=3360 k=4 n=2
COMPUTE inputRow=56 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 57 of channel tile 2
LOAD_WEIGHTS weightRow=3364 k=4 n=2
COMPUTE inputRow=57 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 58 of channel tile 2
LOAD_WEIGHTS weightRow=3368 k=4 n=2
COMPUTE inputRow=58 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 59 of channel tile 2
LOAD_WEIGHTS weightRow=3372 k=4 n=2
COMPUTE inputRow=59 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 60 of channel tile 2
LOAD_WEIGHTS weightRow=3376 k=4 n=2
COMPUTE inputRow=60 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 61 of channel tile 2
LOAD_WEIGHTS weightRow=3380 k=4 n=2
COMPUTE inputRow=61 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 62 of channel tile 2
LOAD_WEIGHTS weightRow=3384 k=4 n=2
COMPUTE inputRow=62 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 63 of channel tile 2
LOAD_WEIGHTS weightRow=3388 k=4 n=2
COMPUTE inputRow=63 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 64 of channel tile 2
LOAD_WEIGHTS weightRow=3392 k=4 n=2
COMPUTE inputRow=64 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 65 of channel tile 2
LOAD_WEIGHTS weightRow=3396 k=4 n=2
COMPUTE inputRow=65 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 66 of channel tile 2
LOAD_WEIGHTS weightRow=3400 k=4 n=2
COMPUTE inputRow=66 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 67 of channel tile 2
LOAD_WEIGHTS weightRow=3404 k=4 n=2
COMPUTE inputRow=67 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 68 of channel tile 2
LOAD_WEIGHTS weightRow=3408 k=4 n=2
COMPUTE inputRow=68 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 69 of channel tile 2
LOAD_WEIGHTS weightRow=3412 k=4 n=2
COMPUTE inputRow=69 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 70 of channel tile 2
LOAD_WEIGHTS weightRow=3416 k=4 n=2
COMPUTE inputRow=70 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 71 of channel tile 2
LOAD_WEIGHTS weightRow=3420 k=4 n=2
COMPUTE inputRow=71 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 72 of channel tile 2
LOAD_WEIGHTS weightRow=3424 k=4 n=2
COMPUTE inputRow=72 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 73 of channel tile 2
LOAD_WEIGHTS weightRow=3428 k=4 n=2
COMPUTE inputRow=73 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 74 of channel tile 2
LOAD_WEIGHTS weightRow=3432 k=4 n=2
COMPUTE inputRow=74 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 75 of channel tile 2
LOAD_WEIGHTS weightRow=3436 k=4 n=2
COMPUTE inputRow=75 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 76 of channel tile 2
LOAD_WEIGHTS weightRow=3440 k=4 n=2
COMPUTE inputRow=76 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 77 of channel tile 2
LOAD_WEIGHTS weightRow=3444 k=4 n=2
COMPUTE inputRow=77 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 78 of channel tile 2
LOAD_WEIGHTS weightRow=3448 k=4 n=2
COMPUTE inputRow=78 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 79 of channel tile 2
LOAD_WEIGHTS weightRow=3452 k=4 n=2
COMPUTE inputRow=79 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 80 of channel tile 2
LOAD_WEIGHTS weightRow=3456 k=4 n=2
COMPUTE inputRow=80 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 81 of channel tile 2
LOAD_WEIGHTS weightRow=3460 k=4 n=2
COMPUTE inputRow=81 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 82 of channel tile 2
LOAD_WEIGHTS weightRow=3464 k=4 n=2
COMPUTE inputRow=82 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 83 of channel tile 2
LOAD_WEIGHTS weightRow=3468 k=4 n=2
COMPUTE inputRow=83 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 84 of channel tile 2
LOAD_WEIGHTS weightRow=3472 k=4 n=2
COMPUTE inputRow=84 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 85 of channel tile 2
LOAD_WEIGHTS weightRow=3476 k=4 n=2
COMPUTE inputRow=85 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 86 of channel tile 2
LOAD_WEIGHTS weightRow=3480 k=4 n=2
COMPUTE inputRow=86 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 87 of channel tile 2
LOAD_WEIGHTS weightRow=3484 k=4 n=2
COMPUTE inputRow=87 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 88 of channel tile 2
LOAD_WEIGHTS weightRow=3488 k=4 n=2
COMPUTE inputRow=88 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 89 of channel tile 2
LOAD_WEIGHTS weightRow=3492 k=4 n=2
COMPUTE inputRow=89 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 90 of channel tile 2
LOAD_WEIGHTS weightRow=3496 k=4 n=2
COMPUTE inputRow=90 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 91 of channel tile 2
LOAD_WEIGHTS weightRow=3500 k=4 n=2
COMPUTE inputRow=91 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 92 of channel tile 2
LOAD_WEIGHTS weightRow=3504 k=4 n=2
COMPUTE inputRow=92 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 93 of channel tile 2
LOAD_WEIGHTS weightRow=3508 k=4 n=2
COMPUTE inputRow=93 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 94 of channel tile 2
LOAD_WEIGHTS weightRow=3512 k=4 n=2
COMPUTE inputRow=94 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 95 of channel tile 2
LOAD_WEIGHTS weightRow=3516 k=4 n=2
COMPUTE inputRow=95 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 96 of channel tile 2
LOAD_WEIGHTS weightRow=3520 k=4 n=2
COMPUTE inputRow=96 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 97 of channel tile 2
LOAD_WEIGHTS weightRow=3524 k=4 n=2
COMPUTE inputRow=97 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 98 of channel tile 2
LOAD_WEIGHTS weightRow=3528 k=4 n=2
COMPUTE inputRow=98 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 99 of channel tile 2
LOAD_WEIGHTS weightRow=3532 k=4 n=2
COMPUTE inputRow=99 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 100 of channel tile 2
LOAD_WEIGHTS weightRow=3536 k=4 n=2
COMPUTE inputRow=100 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 101 of channel tile 2
LOAD_WEIGHTS weightRow=3540 k=4 n=2
COMPUTE inputRow=101 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 102 of channel tile 2
LOAD_WEIGHTS weightRow=3544 k=4 n=2
COMPUTE inputRow=102 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 103 of channel tile 2
LOAD_WEIGHTS weightRow=3548 k=4 n=2
COMPUTE inputRow=103 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 104 of channel tile 2
LOAD_WEIGHTS weightRow=3552 k=4 n=2
COMPUTE inputRow=104 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 105 of channel tile 2
LOAD_WEIGHTS weightRow=3556 k=4 n=2
COMPUTE inputRow=105 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 106 of channel tile 2
LOAD_WEIGHTS weightRow=3560 k=4 n=2
COMPUTE inputRow=106 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 107 of channel tile 2
LOAD_WEIGHTS weightRow=3564 k=4 n=2
COMPUTE inputRow=107 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 108 of channel tile 2
LOAD_WEIGHTS weightRow=3568 k=4 n=2
COMPUTE inputRow=108 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 109 of channel tile 2
LOAD_WEIGHTS weightRow=3572 k=4 n=2
COMPUTE inputRow=109 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 110 of channel tile 2
LOAD_WEIGHTS weightRow=3576 k=4 n=2
COMPUTE inputRow=110 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 111 of channel tile 2
LOAD_WEIGHTS weightRow=3580 k=4 n=2
COMPUTE inputRow=111 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 112 of channel tile 2
LOAD_WEIGHTS weightRow=3584 k=4 n=2
COMPUTE inputRow=112 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 113 of channel tile 2
LOAD_WEIGHTS weightRow=3588 k=4 n=2
COMPUTE inputRow=113 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 114 of channel tile 2
LOAD_WEIGHTS weightRow=3592 k=4 n=2
COMPUTE inputRow=114 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 115 of channel tile 2
LOAD_WEIGHTS weightRow=3596 k=4 n=2
COMPUTE inputRow=115 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 116 of channel tile 2
LOAD_WEIGHTS weightRow=3600 k=4 n=2
COMPUTE inputRow=116 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 117 of channel tile 2
LOAD_WEIGHTS weightRow=3604 k=4 n=2
COMPUTE inputRow=117 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 118 of channel tile 2
LOAD_WEIGHTS weightRow=3608 k=4 n=2
COMPUTE inputRow=118 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 119 of channel tile 2
LOAD_WEIGHTS weightRow=3612 k=4 n=2
COMPUTE inputRow=119 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 120 of channel tile 2
LOAD_WEIGHTS weightRow=3616 k=4 n=2
COMPUTE inputRow=120 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 121 of channel tile 2
LOAD_WEIGHTS weightRow=3620 k=4 n=2
COMPUTE inputRow=121 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 122 of channel tile 2
LOAD_WEIGHTS weightRow=3624 k=4 n=2
COMPUTE inputRow=122 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 123 of channel tile 2
LOAD_WEIGHTS weightRow=3628 k=4 n=2
COMPUTE inputRow=123 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 124 of channel tile 2
LOAD_WEIGHTS weightRow=3632 k=4 n=2
COMPUTE inputRow=124 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 125 of channel tile 2
LOAD_WEIGHTS weightRow=3636 k=4 n=2
COMPUTE inputRow=125 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 126 of channel tile 2
LOAD_WEIGHTS weightRow=3640 k=4 n=2
COMPUTE inputRow=126 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 127 of channel tile 2
LOAD_WEIGHTS weightRow=3644 k=4 n=2
COMPUTE inputRow=127 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 128 of channel tile 2
LOAD_WEIGHTS weightRow=3648 k=4 n=2
COMPUTE inputRow=128 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 129 of channel tile 2
LOAD_WEIGHTS weightRow=3652 k=4 n=2
COMPUTE inputRow=129 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 130 of channel tile 2
LOAD_WEIGHTS weightRow=3656 k=4 n=2
COMPUTE inputRow=130 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 131 of channel tile 2
LOAD_WEIGHTS weightRow=3660 k=4 n=2
COMPUTE inputRow=131 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 132 of channel tile 2
LOAD_WEIGHTS weightRow=3664 k=4 n=2
COMPUTE inputRow=132 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 133 of channel tile 2
LOAD_WEIGHTS weightRow=3668 k=4 n=2
COMPUTE inputRow=133 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 134 of channel tile 2
LOAD_WEIGHTS weightRow=3672 k=4 n=2
COMPUTE inputRow=134 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 135 of channel tile 2
LOAD_WEIGHTS weightRow=3676 k=4 n=2
COMPUTE inputRow=135 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 136 of channel tile 2
LOAD_WEIGHTS weightRow=3680 k=4 n=2
COMPUTE inputRow=136 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 137 of channel tile 2
LOAD_WEIGHTS weightRow=3684 k=4 n=2
COMPUTE inputRow=137 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 138 of channel tile 2
LOAD_WEIGHTS weightRow=3688 k=4 n=2
COMPUTE inputRow=138 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 139 of channel tile 2
LOAD_WEIGHTS weightRow=3692 k=4 n=2
COMPUTE inputRow=139 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 140 of channel tile 2
LOAD_WEIGHTS weightRow=3696 k=4 n=2
COMPUTE inputRow=140 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 141 of channel tile 2
LOAD_WEIGHTS weightRow=3700 k=4 n=2
COMPUTE inputRow=141 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 142 of channel tile 2
LOAD_WEIGHTS weightRow=3704 k=4 n=2
COMPUTE inputRow=142 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 143 of channel tile 2
LOAD_WEIGHTS weightRow=3708 k=4 n=2
COMPUTE inputRow=143 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 144 of channel tile 2
LOAD_WEIGHTS weightRow=3712 k=4 n=2
COMPUTE inputRow=144 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 145 of channel tile 2
LOAD_WEIGHTS weightRow=3716 k=4 n=2
COMPUTE inputRow=145 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 146 of channel tile 2
LOAD_WEIGHTS weightRow=3720 k=4 n=2
COMPUTE inputRow=146 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 147 of channel tile 2
LOAD_WEIGHTS weightRow=3724 k=4 n=2
COMPUTE inputRow=147 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 148 of channel tile 2
LOAD_WEIGHTS weightRow=3728 k=4 n=2
COMPUTE inputRow=148 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 149 of channel tile 2
LOAD_WEIGHTS weightRow=3732 k=4 n=2
COMPUTE inputRow=149 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 150 of channel tile 2
LOAD_WEIGHTS weightRow=3736 k=4 n=2
COMPUTE inputRow=150 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 151 of channel tile 2
LOAD_WEIGHTS weightRow=3740 k=4 n=2
COMPUTE inputRow=151 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 152 of channel tile 2
LOAD_WEIGHTS weightRow=3744 k=4 n=2
COMPUTE inputRow=152 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 153 of channel tile 2
LOAD_WEIGHTS weightRow=3748 k=4 n=2
COMPUTE inputRow=153 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 154 of channel tile 2
LOAD_WEIGHTS weightRow=3752 k=4 n=2
COMPUTE inputRow=154 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 155 of channel tile 2
LOAD_WEIGHTS weightRow=3756 k=4 n=2
COMPUTE inputRow=155 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 156 of channel tile 2
LOAD_WEIGHTS weightRow=3760 k=4 n=2
COMPUTE inputRow=156 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 157 of channel tile 2
LOAD_WEIGHTS weightRow=3764 k=4 n=2
COMPUTE inputRow=157 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 158 of channel tile 2
LOAD_WEIGHTS weightRow=3768 k=4 n=2
COMPUTE inputRow=158 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 159 of channel tile 2
LOAD_WEIGHTS weightRow=3772 k=4 n=2
COMPUTE inputRow=159 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 160 of channel tile 2
LOAD_WEIGHTS weightRow=3776 k=4 n=2
COMPUTE inputRow=160 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 161 of channel tile 2
LOAD_WEIGHTS weightRow=3780 k=4 n=2
COMPUTE inputRow=161 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 162 of channel tile 2
LOAD_WEIGHTS weightRow=3784 k=4 n=2
COMPUTE inputRow=162 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 163 of channel tile 2
LOAD_WEIGHTS weightRow=3788 k=4 n=2
COMPUTE inputRow=163 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 164 of channel tile 2
LOAD_WEIGHTS weightRow=3792 k=4 n=2
COMPUTE inputRow=164 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 165 of channel tile 2
LOAD_WEIGHTS weightRow=3796 k=4 n=2
COMPUTE inputRow=165 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 166 of channel tile 2
LOAD_WEIGHTS weightRow=3800 k=4 n=2
COMPUTE inputRow=166 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 167 of channel tile 2
LOAD_WEIGHTS weightRow=3804 k=4 n=2
COMPUTE inputRow=167 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 168 of channel tile 2
LOAD_WEIGHTS weightRow=3808 k=4 n=2
COMPUTE inputRow=168 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 169 of channel tile 2
LOAD_WEIGHTS weightRow=3812 k=4 n=2
COMPUTE inputRow=169 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 170 of channel tile 2
LOAD_WEIGHTS weightRow=3816 k=4 n=2
COMPUTE inputRow=170 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 171 of channel tile 2
LOAD_WEIGHTS weightRow=3820 k=4 n=2
COMPUTE inputRow=171 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 172 of channel tile 2
LOAD_WEIGHTS weightRow=3824 k=4 n=2
COMPUTE inputRow=172 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 173 of channel tile 2
LOAD_WEIGHTS weightRow=3828 k=4 n=2
COMPUTE inputRow=173 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 174 of channel tile 2
LOAD_WEIGHTS weightRow=3832 k=4 n=2
COMPUTE inputRow=174 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 175 of channel tile 2
LOAD_WEIGHTS weightRow=3836 k=4 n=2
COMPUTE inputRow=175 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 176 of channel tile 2
LOAD_WEIGHTS weightRow=3840 k=4 n=2
COMPUTE inputRow=176 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 177 of channel tile 2
LOAD_WEIGHTS weightRow=3844 k=4 n=2
COMPUTE inputRow=177 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 178 of channel tile 2
LOAD_WEIGHTS weightRow=3848 k=4 n=2
COMPUTE inputRow=178 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 179 of channel tile 2
LOAD_WEIGHTS weightRow=3852 k=4 n=2
COMPUTE inputRow=179 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 180 of channel tile 2
LOAD_WEIGHTS weightRow=3856 k=4 n=2
COMPUTE inputRow=180 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 181 of channel tile 2
LOAD_WEIGHTS weightRow=3860 k=4 n=2
COMPUTE inputRow=181 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 182 of channel tile 2
LOAD_WEIGHTS weightRow=3864 k=4 n=2
COMPUTE inputRow=182 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 183 of channel tile 2
LOAD_WEIGHTS weightRow=3868 k=4 n=2
COMPUTE inputRow=183 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 184 of channel tile 2
LOAD_WEIGHTS weightRow=3872 k=4 n=2
COMPUTE inputRow=184 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 185 of channel tile 2
LOAD_WEIGHTS weightRow=3876 k=4 n=2
COMPUTE inputRow=185 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 186 of channel tile 2
LOAD_WEIGHTS weightRow=3880 k=4 n=2
COMPUTE inputRow=186 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 187 of channel tile 2
LOAD_WEIGHTS weightRow=3884 k=4 n=2
COMPUTE inputRow=187 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 188 of channel tile 2
LOAD_WEIGHTS weightRow=3888 k=4 n=2
COMPUTE inputRow=188 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 189 of channel tile 2
LOAD_WEIGHTS weightRow=3892 k=4 n=2
COMPUTE inputRow=189 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 190 of channel tile 2
LOAD_WEIGHTS weightRow=3896 k=4 n=2
COMPUTE inputRow=190 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 191 of channel tile 2
LOAD_WEIGHTS weightRow=3900 k=4 n=2
COMPUTE inputRow=191 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 192 of channel tile 2
LOAD_WEIGHTS weightRow=3904 k=4 n=2
COMPUTE inputRow=192 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 193 of channel tile 2
LOAD_WEIGHTS weightRow=3908 k=4 n=2
COMPUTE inputRow=193 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 194 of channel tile 2
LOAD_WEIGHTS weightRow=3912 k=4 n=2
COMPUTE inputRow=194 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 195 of channel tile 2
LOAD_WEIGHTS weightRow=3916 k=4 n=2
COMPUTE inputRow=195 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 196 of channel tile 2
LOAD_WEIGHTS weightRow=3920 k=4 n=2
COMPUTE inputRow=196 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 197 of channel tile 2
LOAD_WEIGHTS weightRow=3924 k=4 n=2
COMPUTE inputRow=197 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 198 of channel tile 2
LOAD_WEIGHTS weightRow=3928 k=4 n=2
COMPUTE inputRow=198 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 199 of channel tile 2
LOAD_WEIGHTS weightRow=3932 k=4 n=2
COMPUTE inputRow=199 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 200 of channel tile 2
LOAD_WEIGHTS weightRow=3936 k=4 n=2
COMPUTE inputRow=200 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 201 of channel tile 2
LOAD_WEIGHTS weightRow=3940 k=4 n=2
COMPUTE inputRow=201 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 202 of channel tile 2
LOAD_WEIGHTS weightRow=3944 k=4 n=2
COMPUTE inputRow=202 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 203 of channel tile 2
LOAD_WEIGHTS weightRow=3948 k=4 n=2
COMPUTE inputRow=203 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 204 of channel tile 2
LOAD_WEIGHTS weightRow=3952 k=4 n=2
COMPUTE inputRow=204 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 205 of channel tile 2
LOAD_WEIGHTS weightRow=3956 k=4 n=2
COMPUTE inputRow=205 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 206 of channel tile 2
LOAD_WEIGHTS weightRow=3960 k=4 n=2
COMPUTE inputRow=206 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 207 of channel tile 2
LOAD_WEIGHTS weightRow=3964 k=4 n=2
COMPUTE inputRow=207 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 208 of channel tile 2
LOAD_WEIGHTS weightRow=3968 k=4 n=2
COMPUTE inputRow=208 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 209 of channel tile 2
LOAD_WEIGHTS weightRow=3972 k=4 n=2
COMPUTE inputRow=209 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 210 of channel tile 2
LOAD_WEIGHTS weightRow=3976 k=4 n=2
COMPUTE inputRow=210 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 211 of channel tile 2
LOAD_WEIGHTS weightRow=3980 k=4 n=2
COMPUTE inputRow=211 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 212 of channel tile 2
LOAD_WEIGHTS weightRow=3984 k=4 n=2
COMPUTE inputRow=212 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 213 of channel tile 2
LOAD_WEIGHTS weightRow=3988 k=4 n=2
COMPUTE inputRow=213 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 214 of channel tile 2
LOAD_WEIGHTS weightRow=3992 k=4 n=2
COMPUTE inputRow=214 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 215 of channel tile 2
LOAD_WEIGHTS weightRow=3996 k=4 n=2
COMPUTE inputRow=215 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 216 of channel tile 2
LOAD_WEIGHTS weightRow=4000 k=4 n=2
COMPUTE inputRow=216 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 217 of channel tile 2
LOAD_WEIGHTS weightRow=4004 k=4 n=2
COMPUTE inputRow=217 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 218 of channel tile 2
LOAD_WEIGHTS weightRow=4008 k=4 n=2
COMPUTE inputRow=218 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 219 of channel tile 2
LOAD_WEIGHTS weightRow=4012 k=4 n=2
COMPUTE inputRow=219 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 220 of channel tile 2
LOAD_WEIGHTS weightRow=4016 k=4 n=2
COMPUTE inputRow=220 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 221 of channel tile 2
LOAD_WEIGHTS weightRow=4020 k=4 n=2
COMPUTE inputRow=221 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 222 of channel tile 2
LOAD_WEIGHTS weightRow=4024 k=4 n=2
COMPUTE inputRow=222 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 223 of channel tile 2
LOAD_WEIGHTS weightRow=4028 k=4 n=2
COMPUTE inputRow=223 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 224 of channel tile 2
LOAD_WEIGHTS weightRow=4032 k=4 n=2
COMPUTE inputRow=224 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 225 of channel tile 2
LOAD_WEIGHTS weightRow=4036 k=4 n=2
COMPUTE inputRow=225 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 226 of channel tile 2
LOAD_WEIGHTS weightRow=4040 k=4 n=2
COMPUTE inputRow=226 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 227 of channel tile 2
LOAD_WEIGHTS weightRow=4044 k=4 n=2
COMPUTE inputRow=227 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 228 of channel tile 2
LOAD_WEIGHTS weightRow=4048 k=4 n=2
COMPUTE inputRow=228 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 229 of channel tile 2
LOAD_WEIGHTS weightRow=4052 k=4 n=2
COMPUTE inputRow=229 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 230 of channel tile 2
LOAD_WEIGHTS weightRow=4056 k=4 n=2
COMPUTE inputRow=230 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 231 of channel tile 2
LOAD_WEIGHTS weightRow=4060 k=4 n=2
COMPUTE inputRow=231 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 232 of channel tile 2
LOAD_WEIGHTS weightRow=4064 k=4 n=2
COMPUTE inputRow=232 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 233 of channel tile 2
LOAD_WEIGHTS weightRow=4068 k=4 n=2
COMPUTE inputRow=233 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 234 of channel tile 2
LOAD_WEIGHTS weightRow=4072 k=4 n=2
COMPUTE inputRow=234 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 235 of channel tile 2
LOAD_WEIGHTS weightRow=4076 k=4 n=2
COMPUTE inputRow=235 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 236 of channel tile 2
LOAD_WEIGHTS weightRow=4080 k=4 n=2
COMPUTE inputRow=236 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 237 of channel tile 2
LOAD_WEIGHTS weightRow=4084 k=4 n=2
COMPUTE inputRow=237 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 238 of channel tile 2
LOAD_WEIGHTS weightRow=4088 k=4 n=2
COMPUTE inputRow=238 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 239 of channel tile 2
LOAD_WEIGHTS weightRow=4092 k=4 n=2
COMPUTE inputRow=239 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 240 of channel tile 2
LOAD_WEIGHTS weightRow=4096 k=4 n=2
COMPUTE inputRow=240 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 241 of channel tile 2
LOAD_WEIGHTS weightRow=4100 k=4 n=2
COMPUTE inputRow=241 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 242 of channel tile 2
LOAD_WEIGHTS weightRow=4104 k=4 n=2
COMPUTE inputRow=242 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 243 of channel tile 2
LOAD_WEIGHTS weightRow=4108 k=4 n=2
COMPUTE inputRow=243 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 244 of channel tile 2
LOAD_WEIGHTS weightRow=4112 k=4 n=2
COMPUTE inputRow=244 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 245 of channel tile 2
LOAD_WEIGHTS weightRow=4116 k=4 n=2
COMPUTE inputRow=245 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 246 of channel tile 2
LOAD_WEIGHTS weightRow=4120 k=4 n=2
COMPUTE inputRow=246 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 247 of channel tile 2
LOAD_WEIGHTS weightRow=4124 k=4 n=2
COMPUTE inputRow=247 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 248 of channel tile 2
LOAD_WEIGHTS weightRow=4128 k=4 n=2
COMPUTE inputRow=248 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 249 of channel tile 2
LOAD_WEIGHTS weightRow=4132 k=4 n=2
COMPUTE inputRow=249 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 250 of channel tile 2
LOAD_WEIGHTS weightRow=4136 k=4 n=2
COMPUTE inputRow=250 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 251 of channel tile 2
LOAD_WEIGHTS weightRow=4140 k=4 n=2
COMPUTE inputRow=251 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 252 of channel tile 2
LOAD_WEIGHTS weightRow=4144 k=4 n=2
COMPUTE inputRow=252 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 253 of channel tile 2
LOAD_WEIGHTS weightRow=4148 k=4 n=2
COMPUTE inputRow=253 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 254 of channel tile 2
LOAD_WEIGHTS weightRow=4152 k=4 n=2
COMPUTE inputRow=254 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 255 of channel tile 2
LOAD_WEIGHTS weightRow=4156 k=4 n=2
COMPUTE inputRow=255 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 256 of channel tile 2
LOAD_WEIGHTS weightRow=4160 k=4 n=2
COMPUTE inputRow=256 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 257 of channel tile 2
LOAD_WEIGHTS weightRow=4164 k=4 n=2
COMPUTE inputRow=257 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 258 of channel tile 2
LOAD_WEIGHTS weightRow=4168 k=4 n=2
COMPUTE inputRow=258 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 259 of channel tile 2
LOAD_WEIGHTS weightRow=4172 k=4 n=2
COMPUTE inputRow=259 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 260 of channel tile 2
LOAD_WEIGHTS weightRow=4176 k=4 n=2
COMPUTE inputRow=260 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 261 of channel tile 2
LOAD_WEIGHTS weightRow=4180 k=4 n=2
COMPUTE inputRow=261 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 262 of channel tile 2
LOAD_WEIGHTS weightRow=4184 k=4 n=2
COMPUTE inputRow=262 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 263 of channel tile 2
LOAD_WEIGHTS weightRow=4188 k=4 n=2
COMPUTE inputRow=263 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 264 of channel tile 2
LOAD_WEIGHTS weightRow=4192 k=4 n=2
COMPUTE inputRow=264 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 265 of channel tile 2
LOAD_WEIGHTS weightRow=4196 k=4 n=2
COMPUTE inputRow=265 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 266 of channel tile 2
LOAD_WEIGHTS weightRow=4200 k=4 n=2
COMPUTE inputRow=266 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 267 of channel tile 2
LOAD_WEIGHTS weightRow=4204 k=4 n=2
COMPUTE inputRow=267 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 268 of channel tile 2
LOAD_WEIGHTS weightRow=4208 k=4 n=2
COMPUTE inputRow=268 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 269 of channel tile 2
LOAD_WEIGHTS weightRow=4212 k=4 n=2
COMPUTE inputRow=269 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 270 of channel tile 2
LOAD_WEIGHTS weightRow=4216 k=4 n=2
COMPUTE inputRow=270 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 271 of channel tile 2
LOAD_WEIGHTS weightRow=4220 k=4 n=2
COMPUTE inputRow=271 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 272 of channel tile 2
LOAD_WEIGHTS weightRow=4224 k=4 n=2
COMPUTE inputRow=272 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 273 of channel tile 2
LOAD_WEIGHTS weightRow=4228 k=4 n=2
COMPUTE inputRow=273 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 274 of channel tile 2
LOAD_WEIGHTS weightRow=4232 k=4 n=2
COMPUTE inputRow=274 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 275 of channel tile 2
LOAD_WEIGHTS weightRow=4236 k=4 n=2
COMPUTE inputRow=275 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 276 of channel tile 2
LOAD_WEIGHTS weightRow=4240 k=4 n=2
COMPUTE inputRow=276 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 277 of channel tile 2
LOAD_WEIGHTS weightRow=4244 k=4 n=2
COMPUTE inputRow=277 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 278 of channel tile 2
LOAD_WEIGHTS weightRow=4248 k=4 n=2
COMPUTE inputRow=278 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 279 of channel tile 2
LOAD_WEIGHTS weightRow=4252 k=4 n=2
COMPUTE inputRow=279 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 280 of channel tile 2
LOAD_WEIGHTS weightRow=4256 k=4 n=2
COMPUTE inputRow=280 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 281 of channel tile 2
LOAD_WEIGHTS weightRow=4260 k=4 n=2
COMPUTE inputRow=281 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 282 of channel tile 2
LOAD_WEIGHTS weightRow=4264 k=4 n=2
COMPUTE inputRow=282 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 283 of channel tile 2
LOAD_WEIGHTS weightRow=4268 k=4 n=2
COMPUTE inputRow=283 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 284 of channel tile 2
LOAD_WEIGHTS weightRow=4272 k=4 n=2
COMPUTE inputRow=284 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 285 of channel tile 2
LOAD_WEIGHTS weightRow=4276 k=4 n=2
COMPUTE inputRow=285 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 286 of channel tile 2
LOAD_WEIGHTS weightRow=4280 k=4 n=2
COMPUTE inputRow=286 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 287 of channel tile 2
LOAD_WEIGHTS weightRow=4284 k=4 n=2
COMPUTE inputRow=287 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 288 of channel tile 2
LOAD_WEIGHTS weightRow=4288 k=4 n=2
COMPUTE inputRow=288 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 289 of channel tile 2
LOAD_WEIGHTS weightRow=4292 k=4 n=2
COMPUTE inputRow=289 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 290 of channel tile 2
LOAD_WEIGHTS weightRow=4296 k=4 n=2
COMPUTE inputRow=290 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 291 of channel tile 2
LOAD_WEIGHTS weightRow=4300 k=4 n=2
COMPUTE inputRow=291 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 292 of channel tile 2
LOAD_WEIGHTS weightRow=4304 k=4 n=2
COMPUTE inputRow=292 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 293 of channel tile 2
LOAD_WEIGHTS weightRow=4308 k=4 n=2
COMPUTE inputRow=293 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 294 of channel tile 2
LOAD_WEIGHTS weightRow=4312 k=4 n=2
COMPUTE inputRow=294 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 295 of channel tile 2
LOAD_WEIGHTS weightRow=4316 k=4 n=2
COMPUTE inputRow=295 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 296 of channel tile 2
LOAD_WEIGHTS weightRow=4320 k=4 n=2
COMPUTE inputRow=296 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 297 of channel tile 2
LOAD_WEIGHTS weightRow=4324 k=4 n=2
COMPUTE inputRow=297 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 298 of channel tile 2
LOAD_WEIGHTS weightRow=4328 k=4 n=2
COMPUTE inputRow=298 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 299 of channel tile 2
LOAD_WEIGHTS weightRow=4332 k=4 n=2
COMPUTE inputRow=299 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 300 of channel tile 2
LOAD_WEIGHTS weightRow=4336 k=4 n=2
COMPUTE inputRow=300 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 301 of channel tile 2
LOAD_WEIGHTS weightRow=4340 k=4 n=2
COMPUTE inputRow=301 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 302 of channel tile 2
LOAD_WEIGHTS weightRow=4344 k=4 n=2
COMPUTE inputRow=302 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 303 of channel tile 2
LOAD_WEIGHTS weightRow=4348 k=4 n=2
COMPUTE inputRow=303 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 304 of channel tile 2
LOAD_WEIGHTS weightRow=4352 k=4 n=2
COMPUTE inputRow=304 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 305 of channel tile 2
LOAD_WEIGHTS weightRow=4356 k=4 n=2
COMPUTE inputRow=305 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 306 of channel tile 2
LOAD_WEIGHTS weightRow=4360 k=4 n=2
COMPUTE inputRow=306 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 307 of channel tile 2
LOAD_WEIGHTS weightRow=4364 k=4 n=2
COMPUTE inputRow=307 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 308 of channel tile 2
LOAD_WEIGHTS weightRow=4368 k=4 n=2
COMPUTE inputRow=308 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 309 of channel tile 2
LOAD_WEIGHTS weightRow=4372 k=4 n=2
COMPUTE inputRow=309 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 310 of channel tile 2
LOAD_WEIGHTS weightRow=4376 k=4 n=2
COMPUTE inputRow=310 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 311 of channel tile 2
LOAD_WEIGHTS weightRow=4380 k=4 n=2
COMPUTE inputRow=311 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 312 of channel tile 2
LOAD_WEIGHTS weightRow=4384 k=4 n=2
COMPUTE inputRow=312 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 313 of channel tile 2
LOAD_WEIGHTS weightRow=4388 k=4 n=2
COMPUTE inputRow=313 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 314 of channel tile 2
LOAD_WEIGHTS weightRow=4392 k=4 n=2
COMPUTE inputRow=314 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 315 of channel tile 2
LOAD_WEIGHTS weightRow=4396 k=4 n=2
COMPUTE inputRow=315 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 316 of channel tile 2
LOAD_WEIGHTS weightRow=4400 k=4 n=2
COMPUTE inputRow=316 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 317 of channel tile 2
LOAD_WEIGHTS weightRow=4404 k=4 n=2
COMPUTE inputRow=317 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 318 of channel tile 2
LOAD_WEIGHTS weightRow=4408 k=4 n=2
COMPUTE inputRow=318 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 319 of channel tile 2
LOAD_WEIGHTS weightRow=4412 k=4 n=2
COMPUTE inputRow=319 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 320 of channel tile 2
LOAD_WEIGHTS weightRow=4416 k=4 n=2
COMPUTE inputRow=320 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 321 of channel tile 2
LOAD_WEIGHTS weightRow=4420 k=4 n=2
COMPUTE inputRow=321 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 322 of channel tile 2
LOAD_WEIGHTS weightRow=4424 k=4 n=2
COMPUTE inputRow=322 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 323 of channel tile 2
LOAD_WEIGHTS weightRow=4428 k=4 n=2
COMPUTE inputRow=323 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 324 of channel tile 2
LOAD_WEIGHTS weightRow=4432 k=4 n=2
COMPUTE inputRow=324 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 325 of channel tile 2
LOAD_WEIGHTS weightRow=4436 k=4 n=2
COMPUTE inputRow=325 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 326 of channel tile 2
LOAD_WEIGHTS weightRow=4440 k=4 n=2
COMPUTE inputRow=326 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 327 of channel tile 2
LOAD_WEIGHTS weightRow=4444 k=4 n=2
COMPUTE inputRow=327 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 328 of channel tile 2
LOAD_WEIGHTS weightRow=4448 k=4 n=2
COMPUTE inputRow=328 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 329 of channel tile 2
LOAD_WEIGHTS weightRow=4452 k=4 n=2
COMPUTE inputRow=329 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 330 of channel tile 2
LOAD_WEIGHTS weightRow=4456 k=4 n=2
COMPUTE inputRow=330 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 331 of channel tile 2
LOAD_WEIGHTS weightRow=4460 k=4 n=2
COMPUTE inputRow=331 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 332 of channel tile 2
LOAD_WEIGHTS weightRow=4464 k=4 n=2
COMPUTE inputRow=332 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 333 of channel tile 2
LOAD_WEIGHTS weightRow=4468 k=4 n=2
COMPUTE inputRow=333 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 334 of channel tile 2
LOAD_WEIGHTS weightRow=4472 k=4 n=2
COMPUTE inputRow=334 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 335 of channel tile 2
LOAD_WEIGHTS weightRow=4476 k=4 n=2
COMPUTE inputRow=335 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 336 of channel tile 2
LOAD_WEIGHTS weightRow=4480 k=4 n=2
COMPUTE inputRow=336 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 337 of channel tile 2
LOAD_WEIGHTS weightRow=4484 k=4 n=2
COMPUTE inputRow=337 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 338 of channel tile 2
LOAD_WEIGHTS weightRow=4488 k=4 n=2
COMPUTE inputRow=338 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 339 of channel tile 2
LOAD_WEIGHTS weightRow=4492 k=4 n=2
COMPUTE inputRow=339 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 340 of channel tile 2
LOAD_WEIGHTS weightRow=4496 k=4 n=2
COMPUTE inputRow=340 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 341 of channel tile 2
LOAD_WEIGHTS weightRow=4500 k=4 n=2
COMPUTE inputRow=341 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 342 of channel tile 2
LOAD_WEIGHTS weightRow=4504 k=4 n=2
COMPUTE inputRow=342 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 343 of channel tile 2
LOAD_WEIGHTS weightRow=4508 k=4 n=2
COMPUTE inputRow=343 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 344 of channel tile 2
LOAD_WEIGHTS weightRow=4512 k=4 n=2
COMPUTE inputRow=344 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 345 of channel tile 2
LOAD_WEIGHTS weightRow=4516 k=4 n=2
COMPUTE inputRow=345 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 346 of channel tile 2
LOAD_WEIGHTS weightRow=4520 k=4 n=2
COMPUTE inputRow=346 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 347 of channel tile 2
LOAD_WEIGHTS weightRow=4524 k=4 n=2
COMPUTE inputRow=347 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 348 of channel tile 2
LOAD_WEIGHTS weightRow=4528 k=4 n=2
COMPUTE inputRow=348 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 349 of channel tile 2
LOAD_WEIGHTS weightRow=4532 k=4 n=2
COMPUTE inputRow=349 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 350 of channel tile 2
LOAD_WEIGHTS weightRow=4536 k=4 n=2
COMPUTE inputRow=350 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 351 of channel tile 2
LOAD_WEIGHTS weightRow=4540 k=4 n=2
COMPUTE inputRow=351 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 352 of channel tile 2
LOAD_WEIGHTS weightRow=4544 k=4 n=2
COMPUTE inputRow=352 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 353 of channel tile 2
LOAD_WEIGHTS weightRow=4548 k=4 n=2
COMPUTE inputRow=353 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 354 of channel tile 2
LOAD_WEIGHTS weightRow=4552 k=4 n=2
COMPUTE inputRow=354 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 355 of channel tile 2
LOAD_WEIGHTS weightRow=4556 k=4 n=2
COMPUTE inputRow=355 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 356 of channel tile 2
LOAD_WEIGHTS weightRow=4560 k=4 n=2
COMPUTE inputRow=356 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 357 of channel tile 2
LOAD_WEIGHTS weightRow=4564 k=4 n=2
COMPUTE inputRow=357 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 358 of channel tile 2
LOAD_WEIGHTS weightRow=4568 k=4 n=2
COMPUTE inputRow=358 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 359 of channel tile 2
LOAD_WEIGHTS weightRow=4572 k=4 n=2
COMPUTE inputRow=359 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 360 of channel tile 2
LOAD_WEIGHTS weightRow=4576 k=4 n=2
COMPUTE inputRow=360 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 361 of channel tile 2
LOAD_WEIGHTS weightRow=4580 k=4 n=2
COMPUTE inputRow=361 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 362 of channel tile 2
LOAD_WEIGHTS weightRow=4584 k=4 n=2
COMPUTE inputRow=362 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 363 of channel tile 2
LOAD_WEIGHTS weightRow=4588 k=4 n=2
COMPUTE inputRow=363 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 364 of channel tile 2
LOAD_WEIGHTS weightRow=4592 k=4 n=2
COMPUTE inputRow=364 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 365 of channel tile 2
LOAD_WEIGHTS weightRow=4596 k=4 n=2
COMPUTE inputRow=365 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 366 of channel tile 2
LOAD_WEIGHTS weightRow=4600 k=4 n=2
COMPUTE inputRow=366 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 367 of channel tile 2
LOAD_WEIGHTS weightRow=4604 k=4 n=2
COMPUTE inputRow=367 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 368 of channel tile 2
LOAD_WEIGHTS weightRow=4608 k=4 n=2
COMPUTE inputRow=368 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 369 of channel tile 2
LOAD_WEIGHTS weightRow=4612 k=4 n=2
COMPUTE inputRow=369 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 370 of channel tile 2
LOAD_WEIGHTS weightRow=4616 k=4 n=2
COMPUTE inputRow=370 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 371 of channel tile 2
LOAD_WEIGHTS weightRow=4620 k=4 n=2
COMPUTE inputRow=371 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 372 of channel tile 2
LOAD_WEIGHTS weightRow=4624 k=4 n=2
COMPUTE inputRow=372 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 373 of channel tile 2
LOAD_WEIGHTS weightRow=4628 k=4 n=2
COMPUTE inputRow=373 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 374 of channel tile 2
LOAD_WEIGHTS weightRow=4632 k=4 n=2
COMPUTE inputRow=374 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 375 of channel tile 2
LOAD_WEIGHTS weightRow=4636 k=4 n=2
COMPUTE inputRow=375 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 376 of channel tile 2
LOAD_WEIGHTS weightRow=4640 k=4 n=2
COMPUTE inputRow=376 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 377 of channel tile 2
LOAD_WEIGHTS weightRow=4644 k=4 n=2
COMPUTE inputRow=377 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 378 of channel tile 2
LOAD_WEIGHTS weightRow=4648 k=4 n=2
COMPUTE inputRow=378 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 379 of channel tile 2
LOAD_WEIGHTS weightRow=4652 k=4 n=2
COMPUTE inputRow=379 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 380 of channel tile 2
LOAD_WEIGHTS weightRow=4656 k=4 n=2
COMPUTE inputRow=380 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 381 of channel tile 2
LOAD_WEIGHTS weightRow=4660 k=4 n=2
COMPUTE inputRow=381 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 382 of channel tile 2
LOAD_WEIGHTS weightRow=4664 k=4 n=2
COMPUTE inputRow=382 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 383 of channel tile 2
LOAD_WEIGHTS weightRow=4668 k=4 n=2
COMPUTE inputRow=383 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 384 of channel tile 2
LOAD_WEIGHTS weightRow=4672 k=4 n=2
COMPUTE inputRow=384 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 385 of channel tile 2
LOAD_WEIGHTS weightRow=4676 k=4 n=2
COMPUTE inputRow=385 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 386 of channel tile 2
LOAD_WEIGHTS weightRow=4680 k=4 n=2
COMPUTE inputRow=386 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 387 of channel tile 2
LOAD_WEIGHTS weightRow=4684 k=4 n=2
COMPUTE inputRow=387 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 388 of channel tile 2
LOAD_WEIGHTS weightRow=4688 k=4 n=2
COMPUTE inputRow=388 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 389 of channel tile 2
LOAD_WEIGHTS weightRow=4692 k=4 n=2
COMPUTE inputRow=389 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 390 of channel tile 2
LOAD_WEIGHTS weightRow=4696 k=4 n=2
COMPUTE inputRow=390 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 391 of channel tile 2
LOAD_WEIGHTS weightRow=4700 k=4 n=2
COMPUTE inputRow=391 inputRowStride=392 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; requantize channel tile 0
REQUANT accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=0 addBias=1 outZero=116 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 1
REQUANT accRow=1 outRow=1 outByte=0 rows=1 n=4 paramRow=3 addBias=1 outZero=116 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 2
REQUANT pushNext=1 accRow=2 outRow=2 outByte=0 rows=1 n=2 paramRow=6 addBias=1 outZero=116 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; 1 pixels × channels 0..7 → fc @0x3a80
STORE popPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x3a80 dramRowStride=0xa repeat=2 sramOuterStride=1 dramOuterStride=0x4
; 1 pixels × channels 8..9 → fc @0x3a80
STORE pushPrev=1 buffer=output sramRow=2 sramByte=0 bytesPerRow=2 rows=1 sramRowStride=1 dramAddr=0x3a88 dramRowStride=0xa repeat=1 sramOuterStride=0 dramOuterStride=0x0
; drain: wait for the last stores
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; end of program
HALT
