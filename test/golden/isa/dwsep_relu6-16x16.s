; dwsep_relu6 (w8a8, seeded calibration) lowered for 16x16
; 16x16 ws, MACs/cycle int8 256 int4 512 binary 16384 w4a8 512, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
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
;   stem               32     7052     2048
;   dw                 11     2384     2048
;   pw                  8     2496     4096
;   pool                4     4096     1024
;   pool.clip           4     1024     1024
;   gap                 4     1024       16
;   fc                  8      464       10
;
; layer stem: qconv2d 16x16x3 → 16x16x8, int8 (weights i8, input u8), ws
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..15, cols 0..15) channels 0..7 k-group 1 of 1
; im2col tap (0,0) out rows 1..15 cols 1..15 bytes 0..2
LOAD buffer=input sramRow=34 sramByte=0 bytesPerRow=3 rows=15 sramRowStride=2 dramAddr=0x0 dramRowStride=0x3 repeat=15 sramOuterStride=32 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (0,0) out rows 0..0 cols 0..15 padding bytes 0..2
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=3 rows=16 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,0) out rows 1..15 cols 0..0 padding bytes 0..2
LOAD buffer=input sramRow=32 sramByte=0 bytesPerRow=3 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=15 sramOuterStride=32 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,1) out rows 1..15 cols 0..15 bytes 0..2
LOAD buffer=input sramRow=32 sramByte=3 bytesPerRow=3 rows=16 sramRowStride=2 dramAddr=0x0 dramRowStride=0x3 repeat=15 sramOuterStride=32 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (0,1) out rows 0..0 cols 0..15 padding bytes 0..2
LOAD buffer=input sramRow=0 sramByte=3 bytesPerRow=3 rows=16 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,2) out rows 1..15 cols 0..14 bytes 0..2
LOAD buffer=input sramRow=32 sramByte=6 bytesPerRow=3 rows=15 sramRowStride=2 dramAddr=0x3 dramRowStride=0x3 repeat=15 sramOuterStride=32 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (0,2) out rows 0..0 cols 0..15 padding bytes 0..2
LOAD buffer=input sramRow=0 sramByte=6 bytesPerRow=3 rows=16 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (0,2) out rows 1..15 cols 15..15 padding bytes 0..2
LOAD buffer=input sramRow=62 sramByte=6 bytesPerRow=3 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=15 sramOuterStride=32 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,0) out rows 0..15 cols 1..15 bytes 0..2
LOAD buffer=input sramRow=2 sramByte=9 bytesPerRow=3 rows=15 sramRowStride=2 dramAddr=0x0 dramRowStride=0x3 repeat=16 sramOuterStride=32 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (1,0) out rows 0..15 cols 0..0 padding bytes 0..2
LOAD buffer=input sramRow=0 sramByte=9 bytesPerRow=3 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=32 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,1) out rows 0..15 cols 0..15 bytes 0..2
LOAD buffer=input sramRow=0 sramByte=12 bytesPerRow=3 rows=16 sramRowStride=2 dramAddr=0x0 dramRowStride=0x3 repeat=16 sramOuterStride=32 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (1,2) out rows 0..15 cols 0..14 bytes 0..0
LOAD buffer=input sramRow=0 sramByte=15 bytesPerRow=1 rows=15 sramRowStride=2 dramAddr=0x3 dramRowStride=0x3 repeat=16 sramOuterStride=32 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (1,2) out rows 0..15 cols 0..14 bytes 1..2
LOAD buffer=input sramRow=1 sramByte=0 bytesPerRow=2 rows=15 sramRowStride=2 dramAddr=0x4 dramRowStride=0x3 repeat=16 sramOuterStride=32 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (1,2) out rows 0..15 cols 15..15 padding bytes 0..0
LOAD buffer=input sramRow=30 sramByte=15 bytesPerRow=1 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=32 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (1,2) out rows 0..15 cols 15..15 padding bytes 1..2
LOAD buffer=input sramRow=31 sramByte=0 bytesPerRow=2 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=32 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,0) out rows 0..14 cols 1..15 bytes 0..2
LOAD buffer=input sramRow=3 sramByte=2 bytesPerRow=3 rows=15 sramRowStride=2 dramAddr=0x30 dramRowStride=0x3 repeat=15 sramOuterStride=32 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (2,0) out rows 15..15 cols 0..15 padding bytes 0..2
LOAD buffer=input sramRow=481 sramByte=2 bytesPerRow=3 rows=16 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,0) out rows 0..14 cols 0..0 padding bytes 0..2
LOAD buffer=input sramRow=1 sramByte=2 bytesPerRow=3 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=15 sramOuterStride=32 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,1) out rows 0..14 cols 0..15 bytes 0..2
LOAD buffer=input sramRow=1 sramByte=5 bytesPerRow=3 rows=16 sramRowStride=2 dramAddr=0x30 dramRowStride=0x3 repeat=15 sramOuterStride=32 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (2,1) out rows 15..15 cols 0..15 padding bytes 0..2
LOAD buffer=input sramRow=481 sramByte=5 bytesPerRow=3 rows=16 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,2) out rows 0..14 cols 0..14 bytes 0..2
LOAD buffer=input sramRow=1 sramByte=8 bytesPerRow=3 rows=15 sramRowStride=2 dramAddr=0x33 dramRowStride=0x3 repeat=15 sramOuterStride=32 dramOuterStride=0x30 fill=0 fillByte=0
; im2col tap (2,2) out rows 15..15 cols 0..15 padding bytes 0..2
LOAD buffer=input sramRow=481 sramByte=8 bytesPerRow=3 rows=16 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; im2col tap (2,2) out rows 0..14 cols 15..15 padding bytes 0..2
LOAD buffer=input sramRow=31 sramByte=8 bytesPerRow=3 rows=1 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=15 sramOuterStride=32 dramOuterStride=0x0 fill=1 fillByte=127
; weights: 1 channel tile(s) × chunks 0..1 @0x2b80
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=16 rows=32 sramRowStride=1 dramAddr=0x2b80 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=64 rows=3 sramRowStride=1 dramAddr=0x2d80 dramRowStride=0x40 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile block 0 (out rows 0..15, cols 0..15) channels 0..7 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=8
COMPUTE inputRow=0 inputRowStride=2 weightRow=0 accRow=0 m=256 k=16 n=8 accumulate=0
; latch chunk 1 of channel tile 0
LOAD_WEIGHTS weightRow=16 k=11 n=8
COMPUTE inputRow=1 inputRowStride=2 weightRow=0 accRow=0 m=256 k=11 n=8 accumulate=1
; requantize channel tile 0
REQUANT pushNext=1 accRow=0 outRow=0 outByte=0 rows=256 n=8 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..15, cols 0..15) channels 0..7 k-group 1 of 1
; 256 pixels × channels 0..7 → stem @0x300
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=8 rows=256 sramRowStride=1 dramAddr=0x300 dramRowStride=0x8 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer dw: depthwise qconv2d 16x16x8 → 16x16x8, int8 (weights i8, input u8), ws
; barrier: wait for the previous layer's stores (1), then release the loads
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile channels 0..7 output rows 0..15
; input band rows 1..16 cols 1..16 of the padded 18x18 tile
LOAD popNext=1 buffer=input sramRow=19 sramByte=0 bytesPerRow=8 rows=16 sramRowStride=1 dramAddr=0x300 dramRowStride=0x8 repeat=16 sramOuterStride=18 dramOuterStride=0x80 fill=0 fillByte=0
; input band rows 0..0 cols 0..17 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=8 rows=18 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; input band rows 17..17 cols 0..17 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=306 sramByte=0 bytesPerRow=8 rows=18 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=0
; input band rows 1..16 cols 0..0 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=18 sramByte=0 bytesPerRow=8 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=18 dramOuterStride=0x0 fill=1 fillByte=0
; input band rows 1..16 cols 17..17 of the padded 18x18 tile (padding)
LOAD buffer=input sramRow=35 sramByte=0 bytesPerRow=8 rows=1 sramRowStride=1 dramAddr=0x0 dramRowStride=0x0 repeat=16 sramOuterStride=18 dramOuterStride=0x0 fill=1 fillByte=0
; 9 depthwise taps of channel group 0
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=16 rows=9 sramRowStride=1 dramAddr=0x2e40 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params of channel group 0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=64 rows=3 sramRowStride=1 dramAddr=0x2f00 dramRowStride=0x40 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile channels 0..7 output rows 0..15
; 256 output pixels × 8 channels on the vector unit
DEPTHWISE popPrev=1 srcRow=0 weightRow=0 accRow=0 channels=8 inH=18 inW=18 kernelH=3 kernelW=3 strideH=1 strideW=1 accumulate=0
REQUANT pushNext=1 accRow=0 outRow=0 outByte=0 rows=256 n=8 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile channels 0..7 output rows 0..15
; → dw @0xb00
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=8 rows=256 sramRowStride=1 dramAddr=0xb00 dramRowStride=0x8 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer pw: qconv2d 16x16x8 → 16x16x16, int8 (weights i8, input u8), ws
; barrier: wait for the previous layer's stores (1), then release the loads
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..15, cols 0..15) channels 0..15 k-group 1 of 1
; im2col tap (0,0) out rows 0..15 cols 0..15 bytes 0..7
LOAD popNext=1 buffer=input sramRow=0 sramByte=0 bytesPerRow=8 rows=16 sramRowStride=1 dramAddr=0xb00 dramRowStride=0x8 repeat=16 sramOuterStride=16 dramOuterStride=0x80 fill=0 fillByte=0
; weights: 1 channel tile(s) × chunks 0..0 @0x2fc0
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=16 rows=16 sramRowStride=1 dramAddr=0x2fc0 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=64 rows=3 sramRowStride=1 dramAddr=0x30c0 dramRowStride=0x40 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile block 0 (out rows 0..15, cols 0..15) channels 0..15 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=8 n=16
COMPUTE inputRow=0 inputRowStride=1 weightRow=0 accRow=0 m=256 k=8 n=16 accumulate=0
; requantize channel tile 0
REQUANT pushNext=1 accRow=0 outRow=0 outByte=0 rows=256 n=16 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..15, cols 0..15) channels 0..15 k-group 1 of 1
; 256 pixels × channels 0..15 → pw @0x1300
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=16 rows=256 sramRowStride=1 dramAddr=0x1300 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer pool: qavgpool 16x16x16 → 8x8x16, kernel 2x2 stride 2x2 on the vector unit
; barrier: wait for the previous layer's stores (1), then release the loads
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile channels 0..15 output rows 0..7
; input rows 0..15 of pw
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=16 rows=16 sramRowStride=1 dramAddr=0x1300 dramRowStride=0x10 repeat=16 sramOuterStride=16 dramOuterStride=0x100 fill=0 fillByte=0
; compute tile channels 0..15 output rows 0..7
POOL popPrev=1 pushNext=1 kind=avg srcRow=0 dstRow=256 channels=16 inH=16 inW=16 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 0..15 output rows 0..7
; → pool @0x2300
STORE popPrev=1 pushPrev=1 buffer=output sramRow=256 sramByte=0 bytesPerRow=16 rows=64 sramRowStride=1 dramAddr=0x2300 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer pool.clip: qconcat of 1 branches → 16 channels on the vector unit
; barrier: wait for the previous layer's stores (1), then release the loads
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile channels 0..15 pixels 0..63
; a = pool
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=16 rows=64 sramRowStride=1 dramAddr=0x2300 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile channels 0..15 pixels 0..63
ADD popPrev=1 pushNext=1 aRow=0 bRow=0 dstRow=64 rows=64 elems=16 aMultiplier=1073741824 aShift=1 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile channels 0..15 pixels 0..63
; → pool.clip channels 0..15
STORE popPrev=1 pushPrev=1 buffer=output sramRow=64 sramByte=0 bytesPerRow=16 rows=64 sramRowStride=1 dramAddr=0x2700 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer gap: qglobal_avgpool 8x8x16 → 1x1x16, kernel 8x8 stride 1x1 on the vector unit
; barrier: wait for the previous layer's stores (1), then release the loads
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile channels 0..15 output rows 0..0
; input rows 0..7 of pool.clip
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=16 rows=8 sramRowStride=1 dramAddr=0x2700 dramRowStride=0x10 repeat=8 sramOuterStride=8 dramOuterStride=0x80 fill=0 fillByte=0
; compute tile channels 0..15 output rows 0..0
POOL popPrev=1 pushNext=1 kind=avg srcRow=0 dstRow=64 channels=16 inH=8 inW=8 kernelH=8 kernelW=8 strideH=1 strideW=1 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile channels 0..15 output rows 0..0
; → gap @0x2b00
STORE popPrev=1 pushPrev=1 buffer=output sramRow=64 sramByte=0 bytesPerRow=16 rows=1 sramRowStride=1 dramAddr=0x2b00 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
; layer fc: qdense 1x1x16 → 1x1x10, int8 (weights i8, input u8), ws
; barrier: wait for the previous layer's stores (1), then release the loads
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; im2col dense input bytes 0..15
LOAD popNext=1 buffer=input sramRow=0 sramByte=0 bytesPerRow=16 rows=1 sramRowStride=1 dramAddr=0x2b00 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights: 1 channel tile(s) × chunks 0..0 @0x3180
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=16 rows=16 sramRowStride=1 dramAddr=0x3180 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=64 rows=3 sramRowStride=1 dramAddr=0x3280 dramRowStride=0x40 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=10
COMPUTE inputRow=0 inputRowStride=1 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=0
; requantize channel tile 0
REQUANT pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=10 paramRow=0 addBias=1 outZero=69 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; 1 pixels × channels 0..9 → fc @0x2b40
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=10 rows=1 sramRowStride=1 dramAddr=0x2b40 dramRowStride=0xa repeat=1 sramOuterStride=0 dramOuterStride=0x0
; drain: wait for the last stores
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; end of program
HALT
