; dwsep_relu6 (w8a8, seeded calibration) lowered for 4x4
; 4x4 ws, MACs/cycle int8 16 int4 32 binary 1024 w4a8 32, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,16,16,3] NHWC @0x0
;   activation stem u8[1,16,16,8] NHWC @0x300
;   activation dw u8[1,16,16,8] NHWC @0xb00
;   activation pw u8[1,16,16,16] NHWC @0x1300
;   activation pool u8[1,8,8,16] NHWC @0x2300
;   activation pool.clip u8[1,8,8,16] NHWC @0x2700
;   activation gap u8[1,16] NC @0x2b00
;   output     fc u8[1,10] NC @0x2b40
; layers: instructions, DRAM bytes read, DRAM bytes written
;   stem               65     6668     2048
;   dw                 21     2216     2048
;   pw                 27     2368     4096
;   pool               13     4096     1024
;   pool.clip          14     1024     1024
;   gap                14     1024       16
;   fc                 34      352       10
;
; layer stem: qconv2d 16x16x3 → 16x16x8, int8 (weights i8, input u8), ws
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..15, cols 0..15) channels 0..7 k-group 1 of 1
; im2col tap (0,0) out rows 1..15 cols 1..15 bytes 0..2
LOAD buffer=input sramRow=119 sramByte=0 bytesPerRow=3 rows=15 sramRowStride=7 dramAddr=0x0 dramRowStride=0x3 repeat=15 sramOuterStride=112 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (0,0) out rows 0..0 cols 0..15 padding bytes 0..2
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=3 rows=16 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,0) out rows 1..15 cols 0..0 padding bytes 0..2
LOAD buffer=input sramRow=112 sramByte=0 bytesPerRow=3 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=15 sramOuterStride=112 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,1) out rows 1..15 cols 0..15 bytes 0..0
LOAD buffer=input sramRow=112 sramByte=3 bytesPerRow=1 rows=16 sramRowStride=7 dramAddr=0x0 dramRowStride=0x3 repeat=15 sramOuterStride=112 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (0,1) out rows 1..15 cols 0..15 bytes 1..2
LOAD buffer=input sramRow=113 sramByte=0 bytesPerRow=2 rows=16 sramRowStride=7 dramAddr=0x1 dramRowStride=0x3 repeat=15 sramOuterStride=112 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (0,1) out rows 0..0 cols 0..15 padding bytes 0..0
LOAD buffer=input sramRow=0 sramByte=3 bytesPerRow=1 rows=16 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,1) out rows 0..0 cols 0..15 padding bytes 1..2
LOAD buffer=input sramRow=1 sramByte=0 bytesPerRow=2 rows=16 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,2) out rows 1..15 cols 0..14 bytes 0..1
LOAD buffer=input sramRow=113 sramByte=2 bytesPerRow=2 rows=15 sramRowStride=7 dramAddr=0x3 dramRowStride=0x3 repeat=15 sramOuterStride=112 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (0,2) out rows 1..15 cols 0..14 bytes 2..2
LOAD buffer=input sramRow=114 sramByte=0 bytesPerRow=1 rows=15 sramRowStride=7 dramAddr=0x5 dramRowStride=0x3 repeat=15 sramOuterStride=112 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (0,2) out rows 0..0 cols 0..15 padding bytes 0..1
LOAD buffer=input sramRow=1 sramByte=2 bytesPerRow=2 rows=16 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,2) out rows 0..0 cols 0..15 padding bytes 2..2
LOAD buffer=input sramRow=2 sramByte=0 bytesPerRow=1 rows=16 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,2) out rows 1..15 cols 15..15 padding bytes 0..1
LOAD buffer=input sramRow=218 sramByte=2 bytesPerRow=2 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=15 sramOuterStride=112 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,2) out rows 1..15 cols 15..15 padding bytes 2..2
LOAD buffer=input sramRow=219 sramByte=0 bytesPerRow=1 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=15 sramOuterStride=112 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,0) out rows 0..15 cols 1..15 bytes 0..2
LOAD buffer=input sramRow=9 sramByte=1 bytesPerRow=3 rows=15 sramRowStride=7 dramAddr=0x0 dramRowStride=0x3 repeat=16 sramOuterStride=112 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (1,0) out rows 0..15 cols 0..0 padding bytes 0..2
LOAD buffer=input sramRow=2 sramByte=1 bytesPerRow=3 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=112 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,1) out rows 0..15 cols 0..15 bytes 0..2
LOAD buffer=input sramRow=3 sramByte=0 bytesPerRow=3 rows=16 sramRowStride=7 dramAddr=0x0 dramRowStride=0x3 repeat=16 sramOuterStride=112 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (1,2) out rows 0..15 cols 0..14 bytes 0..0
LOAD buffer=input sramRow=3 sramByte=3 bytesPerRow=1 rows=15 sramRowStride=7 dramAddr=0x3 dramRowStride=0x3 repeat=16 sramOuterStride=112 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (1,2) out rows 0..15 cols 0..14 bytes 1..2
LOAD buffer=input sramRow=4 sramByte=0 bytesPerRow=2 rows=15 sramRowStride=7 dramAddr=0x4 dramRowStride=0x3 repeat=16 sramOuterStride=112 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (1,2) out rows 0..15 cols 15..15 padding bytes 0..0
LOAD buffer=input sramRow=108 sramByte=3 bytesPerRow=1 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=112 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,2) out rows 0..15 cols 15..15 padding bytes 1..2
LOAD buffer=input sramRow=109 sramByte=0 bytesPerRow=2 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=112 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,0) out rows 0..14 cols 1..15 bytes 0..1
LOAD buffer=input sramRow=11 sramByte=2 bytesPerRow=2 rows=15 sramRowStride=7 dramAddr=0x30 dramRowStride=0x3 repeat=15 sramOuterStride=112 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (2,0) out rows 0..14 cols 1..15 bytes 2..2
LOAD buffer=input sramRow=12 sramByte=0 bytesPerRow=1 rows=15 sramRowStride=7 dramAddr=0x32 dramRowStride=0x3 repeat=15 sramOuterStride=112 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (2,0) out rows 15..15 cols 0..15 padding bytes 0..1
LOAD buffer=input sramRow=1684 sramByte=2 bytesPerRow=2 rows=16 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,0) out rows 15..15 cols 0..15 padding bytes 2..2
LOAD buffer=input sramRow=1685 sramByte=0 bytesPerRow=1 rows=16 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,0) out rows 0..14 cols 0..0 padding bytes 0..1
LOAD buffer=input sramRow=4 sramByte=2 bytesPerRow=2 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=15 sramOuterStride=112 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,0) out rows 0..14 cols 0..0 padding bytes 2..2
LOAD buffer=input sramRow=5 sramByte=0 bytesPerRow=1 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=15 sramOuterStride=112 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,1) out rows 0..14 cols 0..15 bytes 0..2
LOAD buffer=input sramRow=5 sramByte=1 bytesPerRow=3 rows=16 sramRowStride=7 dramAddr=0x30 dramRowStride=0x3 repeat=15 sramOuterStride=112 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (2,1) out rows 15..15 cols 0..15 padding bytes 0..2
LOAD buffer=input sramRow=1685 sramByte=1 bytesPerRow=3 rows=16 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,2) out rows 0..14 cols 0..14 bytes 0..2
LOAD buffer=input sramRow=6 sramByte=0 bytesPerRow=3 rows=15 sramRowStride=7 dramAddr=0x33 dramRowStride=0x3 repeat=15 sramOuterStride=112 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (2,2) out rows 15..15 cols 0..15 padding bytes 0..2
LOAD buffer=input sramRow=1686 sramByte=0 bytesPerRow=3 rows=16 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,2) out rows 0..14 cols 15..15 padding bytes 0..2
LOAD buffer=input sramRow=111 sramByte=0 bytesPerRow=3 rows=1 sramRowStride=7 dramAddr=0x0 dramRowStride=0x0 repeat=15 sramOuterStride=112 dramOuterStride=0x0 fill=1 fillByte=127
; weights: 2 channel tile(s) × chunks 0..6 @0x2b80
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=4 rows=28 sramRowStride=1 dramAddr=0x2b80 dramRowStride=0x4 repeat=2 sramOuterStride=28 dramOuterStride=0x70 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..1
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=16 rows=6 sramRowStride=1 dramAddr=0x2c80 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile block 0 (out rows 0..15, cols 0..15) channels 0..7 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE inputRow=0 inputRowStride=7 weightRow=0 accRow=0 m=256 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 0
LOAD_WEIGHTS weightRow=4 k=4 n=4
COMPUTE inputRow=1 inputRowStride=7 weightRow=0 accRow=0 m=256 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 0
LOAD_WEIGHTS weightRow=8 k=4 n=4
COMPUTE inputRow=2 inputRowStride=7 weightRow=0 accRow=0 m=256 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 0
LOAD_WEIGHTS weightRow=12 k=4 n=4
COMPUTE inputRow=3 inputRowStride=7 weightRow=0 accRow=0 m=256 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 0
LOAD_WEIGHTS weightRow=16 k=4 n=4
COMPUTE inputRow=4 inputRowStride=7 weightRow=0 accRow=0 m=256 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 0
LOAD_WEIGHTS weightRow=20 k=4 n=4
COMPUTE inputRow=5 inputRowStride=7 weightRow=0 accRow=0 m=256 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 0
LOAD_WEIGHTS weightRow=24 k=3 n=4
COMPUTE inputRow=6 inputRowStride=7 weightRow=0 accRow=0 m=256 k=3 n=4 accumulate=1
; latch chunk 0 of channel tile 1
LOAD_WEIGHTS weightRow=28 k=4 n=4
COMPUTE inputRow=0 inputRowStride=7 weightRow=0 accRow=256 m=256 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 1
LOAD_WEIGHTS weightRow=32 k=4 n=4
COMPUTE inputRow=1 inputRowStride=7 weightRow=0 accRow=256 m=256 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 1
LOAD_WEIGHTS weightRow=36 k=4 n=4
COMPUTE inputRow=2 inputRowStride=7 weightRow=0 accRow=256 m=256 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 1
LOAD_WEIGHTS weightRow=40 k=4 n=4
COMPUTE inputRow=3 inputRowStride=7 weightRow=0 accRow=256 m=256 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 1
LOAD_WEIGHTS weightRow=44 k=4 n=4
COMPUTE inputRow=4 inputRowStride=7 weightRow=0 accRow=256 m=256 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 1
LOAD_WEIGHTS weightRow=48 k=4 n=4
COMPUTE inputRow=5 inputRowStride=7 weightRow=0 accRow=256 m=256 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 1
LOAD_WEIGHTS weightRow=52 k=3 n=4
COMPUTE inputRow=6 inputRowStride=7 weightRow=0 accRow=256 m=256 k=3 n=4 accumulate=1
; requantize channel tile 0
REQUANT accRow=0 outRow=0 outByte=0 rows=256 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 1
REQUANT pushNext=1 accRow=256 outRow=256 outByte=0 rows=256 n=4 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..15, cols 0..15) channels 0..7 k-group 1 of 1
; 256 pixels × channels 0..7 → stem @0x300
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=256 sramRowStride=1 dramAddr=0x300 dramRowStride=0x8 repeat=2 sramOuterStride=256 dramOuterStride=0x4
; layer dw: depthwise qconv2d 16x16x8 → 16x16x8, int8 (weights i8, input u8), ws
; barrier: wait for the previous layer's stores (1), then release the loads
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile channels 0..3 output rows 0..15
; input band rows 1..16 cols 1..16 of the padded 18x18 tile
LOAD popNext=1 buffer=input sramRow=19 sramByte=0 bytesPerRow=4 rows=16 sramRowStride=1 dramAddr=0x300 dramRowStride=0x8 repeat=16 sramOuterStride=18 dramOuterStride=0x80 fill=0 fillByte=0
; input band rows 0..0 cols 0..17 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=4 rows=18 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; input band rows 17..17 cols 0..17 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=306 sramByte=0 bytesPerRow=4 rows=18 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; input band rows 1..16 cols 0..0 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=18 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=18 dramOuterStride=0x0 fill=1 fillByte=0
; input band rows 1..16 cols 17..17 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=35 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=18 dramOuterStride=0x0 fill=1 fillByte=0
; 9 depthwise taps of channel group 0
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=4 rows=9 sramRowStride=1 dramAddr=0x2d00 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params of channel group 0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=16 rows=3 sramRowStride=1 dramAddr=0x2d80 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile channels 4..7 output rows 0..15
; input band rows 1..16 cols 1..16 of the padded 18x18 tile
LOAD buffer=input sramRow=8211 sramByte=0 bytesPerRow=4 rows=16 sramRowStride=1 dramAddr=0x304 dramRowStride=0x8 repeat=16 sramOuterStride=18 dramOuterStride=0x80 fill=0 fillByte=0
; input band rows 0..0 cols 0..17 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=8192 sramByte=0 bytesPerRow=4 rows=18 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; input band rows 17..17 cols 0..17 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=8498 sramByte=0 bytesPerRow=4 rows=18 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; input band rows 1..16 cols 0..0 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=8210 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=18 dramOuterStride=0x0 fill=1 fillByte=0
; input band rows 1..16 cols 17..17 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=8227 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=18 dramOuterStride=0x0 fill=1 fillByte=0
; 9 depthwise taps of channel group 1
LOAD buffer=weight sramRow=8192 sramByte=0 bytesPerRow=4 rows=9 sramRowStride=1 dramAddr=0x2d24 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params of channel group 1
LOAD pushNext=1 buffer=param sramRow=256 sramByte=0 bytesPerRow=16 rows=3 sramRowStride=1 dramAddr=0x2db0 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile channels 0..3 output rows 0..15
; 256 output pixels × 4 channels on the vector unit
DEPTHWISE popPrev=1 srcRow=0 weightRow=0 accRow=0 channels=4 inH=18 inW=18 kernelH=3 kernelW=3 strideH=1 strideW=1 accumulate=0
REQUANT pushNext=1 accRow=0 outRow=0 outByte=0 rows=256 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile channels 0..3 output rows 0..15
; → dw @0xb00
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=256 sramRowStride=1 dramAddr=0xb00 dramRowStride=0x8 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; compute tile channels 4..7 output rows 0..15
; 256 output pixels × 4 channels on the vector unit
DEPTHWISE popPrev=1 srcRow=8192 weightRow=8192 accRow=2048 channels=4 inH=18 inW=18 kernelH=3 kernelW=3 strideH=1 strideW=1 accumulate=0
REQUANT pushNext=1 accRow=2048 outRow=4096 outByte=0 rows=256 n=4 paramRow=256 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile channels 4..7 output rows 0..15
; → dw @0xb00
STORE popPrev=1 pushPrev=1 buffer=output sramRow=4096 sramByte=0 bytesPerRow=4 rows=256 sramRowStride=1 dramAddr=0xb04 dramRowStride=0x8 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer pw: qconv2d 16x16x8 → 16x16x16, int8 (weights i8, input u8), ws
; barrier: wait for the previous layer's stores (2), then release the loads
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..15, cols 0..15) channels 0..15 k-group 1 of 1
; im2col tap (0,0) out rows 0..15 cols 0..15 bytes 0..3
LOAD popNext=1 buffer=input sramRow=0 sramByte=0 bytesPerRow=4 rows=16 sramRowStride=2 dramAddr=0xb00 dramRowStride=0x8 repeat=16 sramOuterStride=32 dramOuterStride=0x80 fill=0 fillByte=0
; im2col tap (0,0) out rows 0..15 cols 0..15 bytes 4..7
LOAD buffer=input sramRow=1 sramByte=0 bytesPerRow=4 rows=16 sramRowStride=2 dramAddr=0xb04 dramRowStride=0x8 repeat=16 sramOuterStride=32 dramOuterStride=0x80 fill=0 fillByte=0
; weights: 4 channel tile(s) × chunks 0..1 @0x2e00
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=4 rows=8 sramRowStride=1 dramAddr=0x2e00 dramRowStride=0x4 repeat=4 sramOuterStride=8 dramOuterStride=0x20 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..3
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=16 rows=12 sramRowStride=1 dramAddr=0x2e80 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile block 0 (out rows 0..15, cols 0..15) channels 0..15 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE inputRow=0 inputRowStride=2 weightRow=0 accRow=0 m=256 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 0
LOAD_WEIGHTS weightRow=4 k=4 n=4
COMPUTE inputRow=1 inputRowStride=2 weightRow=0 accRow=0 m=256 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 1
LOAD_WEIGHTS weightRow=8 k=4 n=4
COMPUTE inputRow=0 inputRowStride=2 weightRow=0 accRow=256 m=256 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 1
LOAD_WEIGHTS weightRow=12 k=4 n=4
COMPUTE inputRow=1 inputRowStride=2 weightRow=0 accRow=256 m=256 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 2
LOAD_WEIGHTS weightRow=16 k=4 n=4
COMPUTE inputRow=0 inputRowStride=2 weightRow=0 accRow=512 m=256 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 2
LOAD_WEIGHTS weightRow=20 k=4 n=4
COMPUTE inputRow=1 inputRowStride=2 weightRow=0 accRow=512 m=256 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 3
LOAD_WEIGHTS weightRow=24 k=4 n=4
COMPUTE inputRow=0 inputRowStride=2 weightRow=0 accRow=768 m=256 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 3
LOAD_WEIGHTS weightRow=28 k=4 n=4
COMPUTE inputRow=1 inputRowStride=2 weightRow=0 accRow=768 m=256 k=4 n=4 accumulate=1
; requantize channel tile 0
REQUANT accRow=0 outRow=0 outByte=0 rows=256 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 1
REQUANT accRow=256 outRow=256 outByte=0 rows=256 n=4 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 2
REQUANT accRow=512 outRow=512 outByte=0 rows=256 n=4 paramRow=6 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 3
REQUANT pushNext=1 accRow=768 outRow=768 outByte=0 rows=256 n=4 paramRow=9 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..15, cols 0..15) channels 0..15 k-group 1 of 1
; 256 pixels × channels 0..15 → pw @0x1300
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=256 sramRowStride=1 dramAddr=0x1300 dramRowStride=0x10 repeat=4 sramOuterStride=256 dramOuterStride=0x4
; layer pool: qavgpool 16x16x16 → 8x8x16, kernel 2x2 stride 2x2 on the vector unit
; barrier: wait for the previous layer's stores (1), then release the loads
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile channels 0..3 output rows 0..7
; input rows 0..15 of pw
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=16 sramRowStride=1 dramAddr=0x1300 dramRowStride=0x10 repeat=16 sramOuterStride=16 dramOuterStride=0x100 fill=0 fillByte=0
; tile channels 4..7 output rows 0..7
; input rows 0..15 of pw
LOAD pushNext=1 buffer=output sramRow=4096 sramByte=0 bytesPerRow=4 rows=16 sramRowStride=1 dramAddr=0x1304 dramRowStride=0x10 repeat=16 sramOuterStride=16 dramOuterStride=0x100 fill=0 fillByte=0
; compute tile channels 0..3 output rows 0..7
POOL popPrev=1 pushPrev=1 pushNext=1 kind=avg srcRow=0 dstRow=256 channels=4 inH=16 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 0..3 output rows 0..7
; → pool @0x2300
STORE popPrev=1 pushPrev=1 buffer=output sramRow=256 sramByte=0 bytesPerRow=4 rows=64 sramRowStride=1 dramAddr=0x2300 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; tile channels 8..11 output rows 0..7
; input rows 0..15 of pw
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=16 sramRowStride=1 dramAddr=0x1308 dramRowStride=0x10 repeat=16 sramOuterStride=16 dramOuterStride=0x100 fill=0 fillByte=0
; compute tile channels 4..7 output rows 0..7
POOL popPrev=1 pushPrev=1 pushNext=1 kind=avg srcRow=4096 dstRow=4352 channels=4 inH=16 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 4..7 output rows 0..7
; → pool @0x2300
STORE popPrev=1 pushPrev=1 buffer=output sramRow=4352 sramByte=0 bytesPerRow=4 rows=64 sramRowStride=1 dramAddr=0x2304 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; tile channels 12..15 output rows 0..7
; input rows 0..15 of pw
LOAD popNext=1 pushNext=1 buffer=output sramRow=4096 sramByte=0 bytesPerRow=4 rows=16 sramRowStride=1 dramAddr=0x130c dramRowStride=0x10 repeat=16 sramOuterStride=16 dramOuterStride=0x100 fill=0 fillByte=0
; compute tile channels 8..11 output rows 0..7
POOL popPrev=1 popNext=1 pushNext=1 kind=avg srcRow=0 dstRow=256 channels=4 inH=16 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 8..11 output rows 0..7
; → pool @0x2300
STORE popPrev=1 pushPrev=1 buffer=output sramRow=256 sramByte=0 bytesPerRow=4 rows=64 sramRowStride=1 dramAddr=0x2308 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; compute tile channels 12..15 output rows 0..7
POOL popPrev=1 popNext=1 pushNext=1 kind=avg srcRow=4096 dstRow=4352 channels=4 inH=16 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 12..15 output rows 0..7
; → pool @0x2300
STORE popPrev=1 pushPrev=1 buffer=output sramRow=4352 sramByte=0 bytesPerRow=4 rows=64 sramRowStride=1 dramAddr=0x230c dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer pool.clip: qconcat of 1 branches → 16 channels on the vector unit
; barrier: wait for the previous layer's stores (2), then release the loads
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile channels 0..3 pixels 0..63
; a = pool
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=64 sramRowStride=1 dramAddr=0x2300 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile channels 4..7 pixels 0..63
; a = pool
LOAD pushNext=1 buffer=output sramRow=4096 sramByte=0 bytesPerRow=4 rows=64 sramRowStride=1 dramAddr=0x2304 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile channels 0..3 pixels 0..63
ADD popPrev=1 pushPrev=1 pushNext=1 aRow=0 bRow=0 dstRow=64 rows=64 elems=4 aMultiplier=1073741824 aShift=1 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile channels 0..3 pixels 0..63
; → pool.clip channels 0..3
STORE popPrev=1 pushPrev=1 buffer=output sramRow=64 sramByte=0 bytesPerRow=4 rows=64 sramRowStride=1 dramAddr=0x2700 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; tile channels 8..11 pixels 0..63
; a = pool
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=64 sramRowStride=1 dramAddr=0x2308 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile channels 4..7 pixels 0..63
ADD popPrev=1 pushPrev=1 pushNext=1 aRow=4096 bRow=4096 dstRow=4160 rows=64 elems=4 aMultiplier=1073741824 aShift=1 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile channels 4..7 pixels 0..63
; → pool.clip channels 4..7
STORE popPrev=1 pushPrev=1 buffer=output sramRow=4160 sramByte=0 bytesPerRow=4 rows=64 sramRowStride=1 dramAddr=0x2704 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; tile channels 12..15 pixels 0..63
; a = pool
LOAD popNext=1 pushNext=1 buffer=output sramRow=4096 sramByte=0 bytesPerRow=4 rows=64 sramRowStride=1 dramAddr=0x230c dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile channels 8..11 pixels 0..63
ADD popPrev=1 popNext=1 pushNext=1 aRow=0 bRow=0 dstRow=64 rows=64 elems=4 aMultiplier=1073741824 aShift=1 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile channels 8..11 pixels 0..63
; → pool.clip channels 8..11
STORE popPrev=1 pushPrev=1 buffer=output sramRow=64 sramByte=0 bytesPerRow=4 rows=64 sramRowStride=1 dramAddr=0x2708 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; compute tile channels 12..15 pixels 0..63
ADD popPrev=1 popNext=1 pushNext=1 aRow=4096 bRow=4096 dstRow=4160 rows=64 elems=4 aMultiplier=1073741824 aShift=1 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile channels 12..15 pixels 0..63
; → pool.clip channels 12..15
STORE popPrev=1 pushPrev=1 buffer=output sramRow=4160 sramByte=0 bytesPerRow=4 rows=64 sramRowStride=1 dramAddr=0x270c dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer gap: qglobal_avgpool 8x8x16 → 1x1x16, kernel 8x8 stride 1x1 on the vector unit
; barrier: wait for the previous layer's stores (2), then release the loads
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile channels 0..3 output rows 0..0
; input rows 0..7 of pool.clip
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=8 sramRowStride=1 dramAddr=0x2700 dramRowStride=0x10 repeat=8 sramOuterStride=8 dramOuterStride=0x80 fill=0 fillByte=0
; tile channels 4..7 output rows 0..0
; input rows 0..7 of pool.clip
LOAD pushNext=1 buffer=output sramRow=4096 sramByte=0 bytesPerRow=4 rows=8 sramRowStride=1 dramAddr=0x2704 dramRowStride=0x10 repeat=8 sramOuterStride=8 dramOuterStride=0x80 fill=0 fillByte=0
; compute tile channels 0..3 output rows 0..0
POOL popPrev=1 pushPrev=1 pushNext=1 kind=avg srcRow=0 dstRow=64 channels=4 inH=8 inW=8 kernelH=8 kernelW=8 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 0..3 output rows 0..0
; → gap @0x2b00
STORE popPrev=1 pushPrev=1 buffer=output sramRow=64 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x2b00 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; tile channels 8..11 output rows 0..0
; input rows 0..7 of pool.clip
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=8 sramRowStride=1 dramAddr=0x2708 dramRowStride=0x10 repeat=8 sramOuterStride=8 dramOuterStride=0x80 fill=0 fillByte=0
; compute tile channels 4..7 output rows 0..0
POOL popPrev=1 pushPrev=1 pushNext=1 kind=avg srcRow=4096 dstRow=4160 channels=4 inH=8 inW=8 kernelH=8 kernelW=8 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 4..7 output rows 0..0
; → gap @0x2b00
STORE popPrev=1 pushPrev=1 buffer=output sramRow=4160 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x2b04 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; tile channels 12..15 output rows 0..0
; input rows 0..7 of pool.clip
LOAD popNext=1 pushNext=1 buffer=output sramRow=4096 sramByte=0 bytesPerRow=4 rows=8 sramRowStride=1 dramAddr=0x270c dramRowStride=0x10 repeat=8 sramOuterStride=8 dramOuterStride=0x80 fill=0 fillByte=0
; compute tile channels 8..11 output rows 0..0
POOL popPrev=1 popNext=1 pushNext=1 kind=avg srcRow=0 dstRow=64 channels=4 inH=8 inW=8 kernelH=8 kernelW=8 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 8..11 output rows 0..0
; → gap @0x2b00
STORE popPrev=1 pushPrev=1 buffer=output sramRow=64 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x2b08 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; compute tile channels 12..15 output rows 0..0
POOL popPrev=1 popNext=1 pushNext=1 kind=avg srcRow=4096 dstRow=4160 channels=4 inH=8 inW=8 kernelH=8 kernelW=8 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 12..15 output rows 0..0
; → gap @0x2b00
STORE popPrev=1 pushPrev=1 buffer=output sramRow=4160 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x2b0c dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer fc: qdense 1x1x16 → 1x1x10, int8 (weights i8, input u8), ws
; barrier: wait for the previous layer's stores (2), then release the loads
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; im2col dense input bytes 0..15
LOAD popNext=1 buffer=input sramRow=0 sramByte=0 bytesPerRow=4 rows=4 sramRowStride=1 dramAddr=0x2b00 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights: 3 channel tile(s) × chunks 0..3 @0x2f40
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=4 rows=16 sramRowStride=1 dramAddr=0x2f40 dramRowStride=0x4 repeat=3 sramOuterStride=16 dramOuterStride=0x40 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..2
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=16 rows=9 sramRowStride=1 dramAddr=0x3000 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
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
REQUANT accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=0 addBias=1 outZero=69 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 1
REQUANT accRow=1 outRow=1 outByte=0 rows=1 n=4 paramRow=3 addBias=1 outZero=69 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 2
REQUANT pushNext=1 accRow=2 outRow=2 outByte=0 rows=1 n=2 paramRow=6 addBias=1 outZero=69 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; 1 pixels × channels 0..7 → fc @0x2b40
STORE popPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x2b40 dramRowStride=0xa repeat=2 sramOuterStride=1 dramOuterStride=0x4
; 1 pixels × channels 8..9 → fc @0x2b40
STORE pushPrev=1 buffer=output sramRow=2 sramByte=0 bytesPerRow=2 rows=1 sramRowStride=1 dramAddr=0x2b48 dramRowStride=0xa repeat=1 sramOuterStride=0 dramOuterStride=0x0
; drain: wait for the last stores
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; end of program
HALT
