; concat (w8a8, seeded calibration) lowered for 4x4
; 4x4 ws, MACs/cycle int8 16 int4 32 binary 1024 w4a8 32 w4a8-log 32, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,28,28,1] NHWC @0x4b80
;   activation branch3 u8[1,28,28,4] NHWC @0x4ec0
;   activation branch5 u8[1,28,28,4] NHWC @0x5b00
;   activation cat u8[1,28,28,8] NHWC @0x6740
;   activation pool u8[1,14,14,8] NHWC @0x7fc0
;   output     fc u8[1,10] NC @0x8600
; layers: instructions, DRAM bytes read, DRAM bytes written
;   branch3            17      880     3136
;   branch5            24      944     3136
;   cat                 7     6272     6272
;   pool                6     6272        0
;   fc               2363    18960       10
;
; layer branch3: qconv2d 28x28x1 → 28x28x4, int8 (weights i8, input u8), ws; input from DRAM in 1 band(s), 1 channel group(s), 1 k-group(s), bands outer; predicted 5418 cycles
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile band 0 (output rows 0..27) channels 0..3 k-group 1 of 1
; band 0: input rows 0..27 of x_q (28 B each)
LOAD buffer=input sramRow=8 sramByte=1 bytesPerRow=28 rows=28 sramRowStride=8 dramAddr=0x4b80 dramRowStride=0x1c repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
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
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0x40 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..27) channels 0..3 k-group 1 of 1
; window: pitch 32 B, 1 B per pixel, channels 0..0 per tap
WINDOW pitch=32 pixelBytes=1 cinTap=1 chanOffset=0 kernelW=3 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=28
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=4 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=8 k=1 n=4
COMPUTE pushPrev=1 inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=784 k=1 n=4 accumulate=1 window=1 kOffset=8
; requantize channels 0..3, pixels 0..783
REQUANT popPrev=1 pushPrev=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=784 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..27) channels 0..3 k-group 1 of 1
; 784 pixels × channels 0..3 → branch3 @0x4ec0
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=0 dramAddr=0x4ec0 dramRowStride=0x0 repeat=784 sramOuterStride=1 dramOuterStride=0x4
; layer branch5: qconv2d 28x28x1 → 28x28x4, int8 (weights i8, input u8), ws; input from DRAM in 1 band(s), 1 channel group(s), 1 k-group(s), bands outer; predicted 8169 cycles
; tile band 0 (output rows 0..27) channels 0..3 k-group 1 of 1
; band 0: input rows 0..27 of x_q (28 B each)
LOAD popNext=1 buffer=input sramRow=16 sramByte=2 bytesPerRow=28 rows=28 sramRowStride=8 dramAddr=0x4b80 dramRowStride=0x1c repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; band 0 padding: 2 row(s) above the image
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=32 rows=2 sramRowStride=8 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; band 0 padding: 2 row(s) below the image
LOAD buffer=input sramRow=240 sramByte=0 bytesPerRow=32 rows=2 sramRowStride=8 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; band 0 padding: left columns
LOAD buffer=input sramRow=16 sramByte=0 bytesPerRow=2 rows=28 sramRowStride=8 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; band 0 padding: right columns
LOAD buffer=input sramRow=23 sramByte=2 bytesPerRow=2 rows=28 sramRowStride=8 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; weights of channel tile 0, chunks 0..6
LOAD pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=112 rows=1 sramRowStride=0 dramAddr=0x80 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD popNext=1 pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0x100 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..27) channels 0..3 k-group 1 of 1
; window: pitch 32 B, 1 B per pixel, channels 0..0 per tap
WINDOW pitch=32 pixelBytes=1 cinTap=1 chanOffset=0 kernelW=5 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=28
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=4 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=8 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=12 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=16 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=20 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=24 k=1 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=784 k=1 n=4 accumulate=1 window=1 kOffset=24
; requantize channels 0..3, pixels 0..783
REQUANT popPrev=1 popNext=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=784 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..27) channels 0..3 k-group 1 of 1
; 784 pixels × channels 0..3 → branch5 @0x5b00
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=0 dramAddr=0x5b00 dramRowStride=0x0 repeat=784 sramOuterStride=1 dramOuterStride=0x4
; sync: wait for both compute units (relay or fence)
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; layer cat: qconcat of 2 branches → 8 channels on the vector unit
; tile pixels 0..783, 1 channel group(s)
; a = branch3
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=784 dramAddr=0x4ec0 dramRowStride=0x4 repeat=784 sramOuterStride=1 dramOuterStride=0x4 fill=0 fillByte=0
; tile pixels 0..783, 1 channel group(s)
; a = branch5
LOAD pushNext=1 buffer=output sramRow=4096 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=784 dramAddr=0x5b00 dramRowStride=0x4 repeat=784 sramOuterStride=1 dramOuterStride=0x4 fill=0 fillByte=0
; compute tile pixels 0..783, 1 channel group(s)
ADD popPrev=1 pushNext=1 aRow=0 bRow=0 dstRow=784 rows=784 elems=4 aMultiplier=1893438782 aShift=0 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile pixels 0..783, 1 channel group(s)
; → cat @0x6740
STORE popPrev=1 buffer=output sramRow=784 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=784 dramAddr=0x6740 dramRowStride=0x4 repeat=784 sramOuterStride=1 dramOuterStride=0x8
; compute tile pixels 0..783, 1 channel group(s)
ADD popPrev=1 pushNext=1 aRow=4096 bRow=4096 dstRow=4880 rows=784 elems=4 aMultiplier=1073741824 aShift=1 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile pixels 0..783, 1 channel group(s)
; → cat channels from 4 @0x6740
STORE popPrev=1 pushPrev=1 buffer=output sramRow=4880 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=784 dramAddr=0x6744 dramRowStride=0x4 repeat=784 sramOuterStride=1 dramOuterStride=0x8
; sync: wait for both compute units (relay or fence)
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; layer pool: qmaxpool 28x28x8 → 14x14x8, kernel 2x2 stride 2x2 on the vector unit
; tile output rows 0..13, channel groups 0..1
; input rows 0..27 of cat
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=2 sramRowStride=784 dramAddr=0x6740 dramRowStride=0x4 repeat=784 sramOuterStride=1 dramOuterStride=0x8 fill=0 fillByte=0
; compute tile output rows 0..13, channel groups 0..1
POOL popPrev=1 pushNext=1 kind=max srcRow=0 dstRow=1568 channels=4 inH=28 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
POOL pushNext=1 kind=max srcRow=784 dstRow=1764 channels=4 inH=28 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 0..13, channel groups 0..1
; 196 pixels of channels 0..3 → the on-chip image of pool
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=1568 srcByte=0 dstBuffer=input dstRow=15992 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=14 srcOuterStride=14 dstOuterStride=28
; 196 pixels of channels 4..7 → the on-chip image of pool
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=1764 srcByte=0 dstBuffer=input dstRow=15993 dstByte=0 bytesPerRow=4 rows=14 srcRowStride=1 dstRowStride=2 repeat=14 srcOuterStride=14 dstOuterStride=28
; layer fc: qdense 14x14x8 → 1x1x10, int8 (weights i8, input u8), ws; input on chip, 1 channel group(s), 1 k-group(s), bands outer; predicted 7167 cycles
; tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; weights of channel tile 0, chunks 0..391
LOAD pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=6272 rows=1 sramRowStride=0 dramAddr=0x140 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 1, chunks 0..391
LOAD pushNext=1 buffer=weight sramRow=1568 sramByte=0 bytesPerRow=6272 rows=1 sramRowStride=0 dramAddr=0x19c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 2, chunks 0..391
LOAD pushNext=1 buffer=weight sramRow=3136 sramByte=0 bytesPerRow=6272 rows=1 sramRowStride=0 dramAddr=0x3240 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..2
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=144 rows=1 sramRowStride=0 dramAddr=0x4ac0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; window: pitch 112 B, 8 B per pixel, channels 0..7 per tap
WINDOW pitch=112 pixelBytes=8 cinTap=8 chanOffset=0 kernelW=14 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=1
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE popNext=1 inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=4 k=4 n=4
COMPUTE popNext=1 inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=8 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=12 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=16 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=20 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=24 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=28 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=32 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=36 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=40 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=44 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=48 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=52 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=56 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=60 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=64 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=68 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=72 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=76 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=80 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=84 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=88 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=92 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=96 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=100 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=104 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=108 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=112 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=116 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=120 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=124 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=128 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=132 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=136 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=140 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=144 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=148 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=152 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=156 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=160 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=164 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=168 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=172 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=176 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=180 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=184 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=188 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=192 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=196 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=200 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=204 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=208 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=212 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=216 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=220 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=224 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=228 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=232 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=236 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=240 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=244 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=248 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=252 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=256 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=260 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=264 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=268 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=272 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=276 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=280 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=284 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=288 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=292 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=296 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=300 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=304 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=308 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=312 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=316 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=320 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=324 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=328 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=332 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=336 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=340 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=344 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=348 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=352 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=356 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=360 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=364 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=368 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=372 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=376 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=380 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=384 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=388 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=392 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=396 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=400 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=404 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=408 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=412 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=416 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=420 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=424 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=428 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=432 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=436 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=440 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=444 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=448 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=452 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=456 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=460 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=464 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=468 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=472 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=476 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=480 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=484 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=488 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=492 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=496 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=500 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=504 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=508 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=512 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=516 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=520 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=524 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=528 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=532 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=536 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=540 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=544 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=548 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=552 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=556 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=560 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=564 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=568 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=572 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=576 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=580 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=584 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=588 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=592 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=596 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=600 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=604 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=608 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=612 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=616 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=620 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=624 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=628 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=632 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=636 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=640 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=644 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=648 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=652 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=656 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=660 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=664 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=668 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=672 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=676 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=680 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=684 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=688 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=692 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=696 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=700 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=704 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=708 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=712 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=716 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=720 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=724 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=728 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=732 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=736 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=740 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=744 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=748 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=752 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=756 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=760 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=764 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=768 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=772 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=776 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=780 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=780
LOAD_WEIGHTS weightRow=784 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=784
LOAD_WEIGHTS weightRow=788 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=788
LOAD_WEIGHTS weightRow=792 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=792
LOAD_WEIGHTS weightRow=796 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=796
LOAD_WEIGHTS weightRow=800 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=800
LOAD_WEIGHTS weightRow=804 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=804
LOAD_WEIGHTS weightRow=808 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=808
LOAD_WEIGHTS weightRow=812 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=812
LOAD_WEIGHTS weightRow=816 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=816
LOAD_WEIGHTS weightRow=820 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=820
LOAD_WEIGHTS weightRow=824 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=824
LOAD_WEIGHTS weightRow=828 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=828
LOAD_WEIGHTS weightRow=832 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=832
LOAD_WEIGHTS weightRow=836 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=836
LOAD_WEIGHTS weightRow=840 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=840
LOAD_WEIGHTS weightRow=844 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=844
LOAD_WEIGHTS weightRow=848 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=848
LOAD_WEIGHTS weightRow=852 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=852
LOAD_WEIGHTS weightRow=856 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=856
LOAD_WEIGHTS weightRow=860 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=860
LOAD_WEIGHTS weightRow=864 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=864
LOAD_WEIGHTS weightRow=868 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=868
LOAD_WEIGHTS weightRow=872 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=872
LOAD_WEIGHTS weightRow=876 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=876
LOAD_WEIGHTS weightRow=880 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=880
LOAD_WEIGHTS weightRow=884 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=884
LOAD_WEIGHTS weightRow=888 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=888
LOAD_WEIGHTS weightRow=892 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=892
LOAD_WEIGHTS weightRow=896 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=896
LOAD_WEIGHTS weightRow=900 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=900
LOAD_WEIGHTS weightRow=904 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=904
LOAD_WEIGHTS weightRow=908 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=908
LOAD_WEIGHTS weightRow=912 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=912
LOAD_WEIGHTS weightRow=916 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=916
LOAD_WEIGHTS weightRow=920 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=920
LOAD_WEIGHTS weightRow=924 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=924
LOAD_WEIGHTS weightRow=928 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=928
LOAD_WEIGHTS weightRow=932 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=932
LOAD_WEIGHTS weightRow=936 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=936
LOAD_WEIGHTS weightRow=940 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=940
LOAD_WEIGHTS weightRow=944 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=944
LOAD_WEIGHTS weightRow=948 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=948
LOAD_WEIGHTS weightRow=952 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=952
LOAD_WEIGHTS weightRow=956 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=956
LOAD_WEIGHTS weightRow=960 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=960
LOAD_WEIGHTS weightRow=964 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=964
LOAD_WEIGHTS weightRow=968 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=968
LOAD_WEIGHTS weightRow=972 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=972
LOAD_WEIGHTS weightRow=976 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=976
LOAD_WEIGHTS weightRow=980 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=980
LOAD_WEIGHTS weightRow=984 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=984
LOAD_WEIGHTS weightRow=988 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=988
LOAD_WEIGHTS weightRow=992 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=992
LOAD_WEIGHTS weightRow=996 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=996
LOAD_WEIGHTS weightRow=1000 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1000
LOAD_WEIGHTS weightRow=1004 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1004
LOAD_WEIGHTS weightRow=1008 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1008
LOAD_WEIGHTS weightRow=1012 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1012
LOAD_WEIGHTS weightRow=1016 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1016
LOAD_WEIGHTS weightRow=1020 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1020
LOAD_WEIGHTS weightRow=1024 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1024
LOAD_WEIGHTS weightRow=1028 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1028
LOAD_WEIGHTS weightRow=1032 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1032
LOAD_WEIGHTS weightRow=1036 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1036
LOAD_WEIGHTS weightRow=1040 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1040
LOAD_WEIGHTS weightRow=1044 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1044
LOAD_WEIGHTS weightRow=1048 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1048
LOAD_WEIGHTS weightRow=1052 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1052
LOAD_WEIGHTS weightRow=1056 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1056
LOAD_WEIGHTS weightRow=1060 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1060
LOAD_WEIGHTS weightRow=1064 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1064
LOAD_WEIGHTS weightRow=1068 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1068
LOAD_WEIGHTS weightRow=1072 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1072
LOAD_WEIGHTS weightRow=1076 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1076
LOAD_WEIGHTS weightRow=1080 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1080
LOAD_WEIGHTS weightRow=1084 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1084
LOAD_WEIGHTS weightRow=1088 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1088
LOAD_WEIGHTS weightRow=1092 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1092
LOAD_WEIGHTS weightRow=1096 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1096
LOAD_WEIGHTS weightRow=1100 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1100
LOAD_WEIGHTS weightRow=1104 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1104
LOAD_WEIGHTS weightRow=1108 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1108
LOAD_WEIGHTS weightRow=1112 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1112
LOAD_WEIGHTS weightRow=1116 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1116
LOAD_WEIGHTS weightRow=1120 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1120
LOAD_WEIGHTS weightRow=1124 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1124
LOAD_WEIGHTS weightRow=1128 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1128
LOAD_WEIGHTS weightRow=1132 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1132
LOAD_WEIGHTS weightRow=1136 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1136
LOAD_WEIGHTS weightRow=1140 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1140
LOAD_WEIGHTS weightRow=1144 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1144
LOAD_WEIGHTS weightRow=1148 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1148
LOAD_WEIGHTS weightRow=1152 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1152
LOAD_WEIGHTS weightRow=1156 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1156
LOAD_WEIGHTS weightRow=1160 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1160
LOAD_WEIGHTS weightRow=1164 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1164
LOAD_WEIGHTS weightRow=1168 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1168
LOAD_WEIGHTS weightRow=1172 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1172
LOAD_WEIGHTS weightRow=1176 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1176
LOAD_WEIGHTS weightRow=1180 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1180
LOAD_WEIGHTS weightRow=1184 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1184
LOAD_WEIGHTS weightRow=1188 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1188
LOAD_WEIGHTS weightRow=1192 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1192
LOAD_WEIGHTS weightRow=1196 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1196
LOAD_WEIGHTS weightRow=1200 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1200
LOAD_WEIGHTS weightRow=1204 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1204
LOAD_WEIGHTS weightRow=1208 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1208
LOAD_WEIGHTS weightRow=1212 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1212
LOAD_WEIGHTS weightRow=1216 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1216
LOAD_WEIGHTS weightRow=1220 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1220
LOAD_WEIGHTS weightRow=1224 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1224
LOAD_WEIGHTS weightRow=1228 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1228
LOAD_WEIGHTS weightRow=1232 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1232
LOAD_WEIGHTS weightRow=1236 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1236
LOAD_WEIGHTS weightRow=1240 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1240
LOAD_WEIGHTS weightRow=1244 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1244
LOAD_WEIGHTS weightRow=1248 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1248
LOAD_WEIGHTS weightRow=1252 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1252
LOAD_WEIGHTS weightRow=1256 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1256
LOAD_WEIGHTS weightRow=1260 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1260
LOAD_WEIGHTS weightRow=1264 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1264
LOAD_WEIGHTS weightRow=1268 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1268
LOAD_WEIGHTS weightRow=1272 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1272
LOAD_WEIGHTS weightRow=1276 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1276
LOAD_WEIGHTS weightRow=1280 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1280
LOAD_WEIGHTS weightRow=1284 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1284
LOAD_WEIGHTS weightRow=1288 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1288
LOAD_WEIGHTS weightRow=1292 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1292
LOAD_WEIGHTS weightRow=1296 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1296
LOAD_WEIGHTS weightRow=1300 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1300
LOAD_WEIGHTS weightRow=1304 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1304
LOAD_WEIGHTS weightRow=1308 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1308
LOAD_WEIGHTS weightRow=1312 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1312
LOAD_WEIGHTS weightRow=1316 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1316
LOAD_WEIGHTS weightRow=1320 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1320
LOAD_WEIGHTS weightRow=1324 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1324
LOAD_WEIGHTS weightRow=1328 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1328
LOAD_WEIGHTS weightRow=1332 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1332
LOAD_WEIGHTS weightRow=1336 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1336
LOAD_WEIGHTS weightRow=1340 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1340
LOAD_WEIGHTS weightRow=1344 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1344
LOAD_WEIGHTS weightRow=1348 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1348
LOAD_WEIGHTS weightRow=1352 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1352
LOAD_WEIGHTS weightRow=1356 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1356
LOAD_WEIGHTS weightRow=1360 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1360
LOAD_WEIGHTS weightRow=1364 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1364
LOAD_WEIGHTS weightRow=1368 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1368
LOAD_WEIGHTS weightRow=1372 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1372
LOAD_WEIGHTS weightRow=1376 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1376
LOAD_WEIGHTS weightRow=1380 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1380
LOAD_WEIGHTS weightRow=1384 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1384
LOAD_WEIGHTS weightRow=1388 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1388
LOAD_WEIGHTS weightRow=1392 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1392
LOAD_WEIGHTS weightRow=1396 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1396
LOAD_WEIGHTS weightRow=1400 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1400
LOAD_WEIGHTS weightRow=1404 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1404
LOAD_WEIGHTS weightRow=1408 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1408
LOAD_WEIGHTS weightRow=1412 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1412
LOAD_WEIGHTS weightRow=1416 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1416
LOAD_WEIGHTS weightRow=1420 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1420
LOAD_WEIGHTS weightRow=1424 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1424
LOAD_WEIGHTS weightRow=1428 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1428
LOAD_WEIGHTS weightRow=1432 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1432
LOAD_WEIGHTS weightRow=1436 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1436
LOAD_WEIGHTS weightRow=1440 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1440
LOAD_WEIGHTS weightRow=1444 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1444
LOAD_WEIGHTS weightRow=1448 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1448
LOAD_WEIGHTS weightRow=1452 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1452
LOAD_WEIGHTS weightRow=1456 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1456
LOAD_WEIGHTS weightRow=1460 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1460
LOAD_WEIGHTS weightRow=1464 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1464
LOAD_WEIGHTS weightRow=1468 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1468
LOAD_WEIGHTS weightRow=1472 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1472
LOAD_WEIGHTS weightRow=1476 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1476
LOAD_WEIGHTS weightRow=1480 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1480
LOAD_WEIGHTS weightRow=1484 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1484
LOAD_WEIGHTS weightRow=1488 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1488
LOAD_WEIGHTS weightRow=1492 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1492
LOAD_WEIGHTS weightRow=1496 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1496
LOAD_WEIGHTS weightRow=1500 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1500
LOAD_WEIGHTS weightRow=1504 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1504
LOAD_WEIGHTS weightRow=1508 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1508
LOAD_WEIGHTS weightRow=1512 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1512
LOAD_WEIGHTS weightRow=1516 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1516
LOAD_WEIGHTS weightRow=1520 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1520
LOAD_WEIGHTS weightRow=1524 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1524
LOAD_WEIGHTS weightRow=1528 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1528
LOAD_WEIGHTS weightRow=1532 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1532
LOAD_WEIGHTS weightRow=1536 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1536
LOAD_WEIGHTS weightRow=1540 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1540
LOAD_WEIGHTS weightRow=1544 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1544
LOAD_WEIGHTS weightRow=1548 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1548
LOAD_WEIGHTS weightRow=1552 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1552
LOAD_WEIGHTS weightRow=1556 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1556
LOAD_WEIGHTS weightRow=1560 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1560
LOAD_WEIGHTS weightRow=1564 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1564
LOAD_WEIGHTS popPrev=1 weightRow=1568 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=1572 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=1576 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=1580 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=1584 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=1588 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=1592 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=1596 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=1600 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=1604 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=1608 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=1612 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=1616 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=1620 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=1624 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=1628 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=1632 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=1636 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=1640 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=1644 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=1648 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=1652 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=1656 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=1660 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=1664 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=1668 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=1672 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=1676 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=1680 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=1684 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=1688 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=1692 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=1696 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=1700 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=1704 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=1708 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=1712 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=1716 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=1720 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=1724 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=1728 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=1732 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=1736 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=1740 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=1744 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=1748 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=1752 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=1756 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=1760 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=1764 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=1768 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=1772 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=1776 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=1780 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=1784 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=1788 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=1792 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=1796 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=1800 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=1804 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=1808 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=1812 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=1816 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=1820 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=1824 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=1828 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=1832 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=1836 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=1840 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=1844 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=1848 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=1852 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=1856 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=1860 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=1864 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=1868 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=1872 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=1876 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=1880 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=1884 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=1888 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=1892 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=1896 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=1900 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=1904 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=1908 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=1912 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=1916 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=1920 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=1924 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=1928 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=1932 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=1936 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=1940 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=1944 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=1948 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=1952 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=1956 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=1960 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=1964 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=1968 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=1972 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=1976 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=1980 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=1984 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=1988 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=1992 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=1996 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=2000 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=2004 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=2008 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=2012 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=2016 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=2020 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=2024 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=2028 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=2032 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=2036 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=2040 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=2044 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=2048 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=2052 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=2056 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=2060 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=2064 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=2068 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=2072 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=2076 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=2080 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=2084 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=2088 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=2092 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=2096 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=2100 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=2104 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=2108 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=2112 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=2116 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=2120 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=2124 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=2128 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=2132 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=2136 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=2140 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=2144 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=2148 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=2152 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=2156 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=2160 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=2164 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=2168 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=2172 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=2176 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=2180 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=2184 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=2188 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=2192 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=2196 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=2200 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=2204 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=2208 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=2212 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=2216 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=2220 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=2224 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=2228 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=2232 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=2236 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=2240 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=2244 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=2248 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=2252 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=2256 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=2260 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=2264 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=2268 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=2272 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=2276 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=2280 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=2284 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=2288 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=2292 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=2296 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=2300 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=2304 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=2308 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=2312 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=2316 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=2320 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=2324 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=2328 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=2332 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=2336 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=2340 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=2344 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=2348 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=780
LOAD_WEIGHTS weightRow=2352 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=784
LOAD_WEIGHTS weightRow=2356 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=788
LOAD_WEIGHTS weightRow=2360 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=792
LOAD_WEIGHTS weightRow=2364 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=796
LOAD_WEIGHTS weightRow=2368 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=800
LOAD_WEIGHTS weightRow=2372 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=804
LOAD_WEIGHTS weightRow=2376 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=808
LOAD_WEIGHTS weightRow=2380 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=812
LOAD_WEIGHTS weightRow=2384 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=816
LOAD_WEIGHTS weightRow=2388 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=820
LOAD_WEIGHTS weightRow=2392 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=824
LOAD_WEIGHTS weightRow=2396 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=828
LOAD_WEIGHTS weightRow=2400 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=832
LOAD_WEIGHTS weightRow=2404 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=836
LOAD_WEIGHTS weightRow=2408 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=840
LOAD_WEIGHTS weightRow=2412 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=844
LOAD_WEIGHTS weightRow=2416 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=848
LOAD_WEIGHTS weightRow=2420 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=852
LOAD_WEIGHTS weightRow=2424 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=856
LOAD_WEIGHTS weightRow=2428 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=860
LOAD_WEIGHTS weightRow=2432 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=864
LOAD_WEIGHTS weightRow=2436 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=868
LOAD_WEIGHTS weightRow=2440 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=872
LOAD_WEIGHTS weightRow=2444 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=876
LOAD_WEIGHTS weightRow=2448 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=880
LOAD_WEIGHTS weightRow=2452 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=884
LOAD_WEIGHTS weightRow=2456 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=888
LOAD_WEIGHTS weightRow=2460 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=892
LOAD_WEIGHTS weightRow=2464 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=896
LOAD_WEIGHTS weightRow=2468 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=900
LOAD_WEIGHTS weightRow=2472 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=904
LOAD_WEIGHTS weightRow=2476 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=908
LOAD_WEIGHTS weightRow=2480 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=912
LOAD_WEIGHTS weightRow=2484 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=916
LOAD_WEIGHTS weightRow=2488 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=920
LOAD_WEIGHTS weightRow=2492 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=924
LOAD_WEIGHTS weightRow=2496 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=928
LOAD_WEIGHTS weightRow=2500 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=932
LOAD_WEIGHTS weightRow=2504 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=936
LOAD_WEIGHTS weightRow=2508 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=940
LOAD_WEIGHTS weightRow=2512 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=944
LOAD_WEIGHTS weightRow=2516 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=948
LOAD_WEIGHTS weightRow=2520 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=952
LOAD_WEIGHTS weightRow=2524 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=956
LOAD_WEIGHTS weightRow=2528 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=960
LOAD_WEIGHTS weightRow=2532 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=964
LOAD_WEIGHTS weightRow=2536 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=968
LOAD_WEIGHTS weightRow=2540 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=972
LOAD_WEIGHTS weightRow=2544 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=976
LOAD_WEIGHTS weightRow=2548 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=980
LOAD_WEIGHTS weightRow=2552 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=984
LOAD_WEIGHTS weightRow=2556 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=988
LOAD_WEIGHTS weightRow=2560 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=992
LOAD_WEIGHTS weightRow=2564 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=996
LOAD_WEIGHTS weightRow=2568 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1000
LOAD_WEIGHTS weightRow=2572 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1004
LOAD_WEIGHTS weightRow=2576 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1008
LOAD_WEIGHTS weightRow=2580 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1012
LOAD_WEIGHTS weightRow=2584 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1016
LOAD_WEIGHTS weightRow=2588 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1020
LOAD_WEIGHTS weightRow=2592 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1024
LOAD_WEIGHTS weightRow=2596 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1028
LOAD_WEIGHTS weightRow=2600 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1032
LOAD_WEIGHTS weightRow=2604 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1036
LOAD_WEIGHTS weightRow=2608 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1040
LOAD_WEIGHTS weightRow=2612 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1044
LOAD_WEIGHTS weightRow=2616 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1048
LOAD_WEIGHTS weightRow=2620 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1052
LOAD_WEIGHTS weightRow=2624 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1056
LOAD_WEIGHTS weightRow=2628 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1060
LOAD_WEIGHTS weightRow=2632 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1064
LOAD_WEIGHTS weightRow=2636 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1068
LOAD_WEIGHTS weightRow=2640 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1072
LOAD_WEIGHTS weightRow=2644 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1076
LOAD_WEIGHTS weightRow=2648 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1080
LOAD_WEIGHTS weightRow=2652 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1084
LOAD_WEIGHTS weightRow=2656 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1088
LOAD_WEIGHTS weightRow=2660 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1092
LOAD_WEIGHTS weightRow=2664 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1096
LOAD_WEIGHTS weightRow=2668 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1100
LOAD_WEIGHTS weightRow=2672 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1104
LOAD_WEIGHTS weightRow=2676 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1108
LOAD_WEIGHTS weightRow=2680 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1112
LOAD_WEIGHTS weightRow=2684 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1116
LOAD_WEIGHTS weightRow=2688 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1120
LOAD_WEIGHTS weightRow=2692 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1124
LOAD_WEIGHTS weightRow=2696 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1128
LOAD_WEIGHTS weightRow=2700 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1132
LOAD_WEIGHTS weightRow=2704 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1136
LOAD_WEIGHTS weightRow=2708 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1140
LOAD_WEIGHTS weightRow=2712 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1144
LOAD_WEIGHTS weightRow=2716 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1148
LOAD_WEIGHTS weightRow=2720 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1152
LOAD_WEIGHTS weightRow=2724 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1156
LOAD_WEIGHTS weightRow=2728 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1160
LOAD_WEIGHTS weightRow=2732 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1164
LOAD_WEIGHTS weightRow=2736 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1168
LOAD_WEIGHTS weightRow=2740 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1172
LOAD_WEIGHTS weightRow=2744 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1176
LOAD_WEIGHTS weightRow=2748 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1180
LOAD_WEIGHTS weightRow=2752 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1184
LOAD_WEIGHTS weightRow=2756 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1188
LOAD_WEIGHTS weightRow=2760 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1192
LOAD_WEIGHTS weightRow=2764 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1196
LOAD_WEIGHTS weightRow=2768 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1200
LOAD_WEIGHTS weightRow=2772 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1204
LOAD_WEIGHTS weightRow=2776 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1208
LOAD_WEIGHTS weightRow=2780 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1212
LOAD_WEIGHTS weightRow=2784 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1216
LOAD_WEIGHTS weightRow=2788 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1220
LOAD_WEIGHTS weightRow=2792 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1224
LOAD_WEIGHTS weightRow=2796 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1228
LOAD_WEIGHTS weightRow=2800 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1232
LOAD_WEIGHTS weightRow=2804 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1236
LOAD_WEIGHTS weightRow=2808 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1240
LOAD_WEIGHTS weightRow=2812 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1244
LOAD_WEIGHTS weightRow=2816 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1248
LOAD_WEIGHTS weightRow=2820 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1252
LOAD_WEIGHTS weightRow=2824 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1256
LOAD_WEIGHTS weightRow=2828 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1260
LOAD_WEIGHTS weightRow=2832 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1264
LOAD_WEIGHTS weightRow=2836 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1268
LOAD_WEIGHTS weightRow=2840 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1272
LOAD_WEIGHTS weightRow=2844 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1276
LOAD_WEIGHTS weightRow=2848 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1280
LOAD_WEIGHTS weightRow=2852 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1284
LOAD_WEIGHTS weightRow=2856 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1288
LOAD_WEIGHTS weightRow=2860 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1292
LOAD_WEIGHTS weightRow=2864 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1296
LOAD_WEIGHTS weightRow=2868 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1300
LOAD_WEIGHTS weightRow=2872 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1304
LOAD_WEIGHTS weightRow=2876 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1308
LOAD_WEIGHTS weightRow=2880 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1312
LOAD_WEIGHTS weightRow=2884 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1316
LOAD_WEIGHTS weightRow=2888 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1320
LOAD_WEIGHTS weightRow=2892 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1324
LOAD_WEIGHTS weightRow=2896 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1328
LOAD_WEIGHTS weightRow=2900 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1332
LOAD_WEIGHTS weightRow=2904 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1336
LOAD_WEIGHTS weightRow=2908 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1340
LOAD_WEIGHTS weightRow=2912 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1344
LOAD_WEIGHTS weightRow=2916 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1348
LOAD_WEIGHTS weightRow=2920 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1352
LOAD_WEIGHTS weightRow=2924 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1356
LOAD_WEIGHTS weightRow=2928 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1360
LOAD_WEIGHTS weightRow=2932 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1364
LOAD_WEIGHTS weightRow=2936 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1368
LOAD_WEIGHTS weightRow=2940 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1372
LOAD_WEIGHTS weightRow=2944 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1376
LOAD_WEIGHTS weightRow=2948 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1380
LOAD_WEIGHTS weightRow=2952 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1384
LOAD_WEIGHTS weightRow=2956 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1388
LOAD_WEIGHTS weightRow=2960 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1392
LOAD_WEIGHTS weightRow=2964 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1396
LOAD_WEIGHTS weightRow=2968 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1400
LOAD_WEIGHTS weightRow=2972 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1404
LOAD_WEIGHTS weightRow=2976 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1408
LOAD_WEIGHTS weightRow=2980 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1412
LOAD_WEIGHTS weightRow=2984 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1416
LOAD_WEIGHTS weightRow=2988 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1420
LOAD_WEIGHTS weightRow=2992 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1424
LOAD_WEIGHTS weightRow=2996 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1428
LOAD_WEIGHTS weightRow=3000 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1432
LOAD_WEIGHTS weightRow=3004 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1436
LOAD_WEIGHTS weightRow=3008 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1440
LOAD_WEIGHTS weightRow=3012 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1444
LOAD_WEIGHTS weightRow=3016 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1448
LOAD_WEIGHTS weightRow=3020 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1452
LOAD_WEIGHTS weightRow=3024 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1456
LOAD_WEIGHTS weightRow=3028 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1460
LOAD_WEIGHTS weightRow=3032 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1464
LOAD_WEIGHTS weightRow=3036 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1468
LOAD_WEIGHTS weightRow=3040 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1472
LOAD_WEIGHTS weightRow=3044 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1476
LOAD_WEIGHTS weightRow=3048 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1480
LOAD_WEIGHTS weightRow=3052 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1484
LOAD_WEIGHTS weightRow=3056 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1488
LOAD_WEIGHTS weightRow=3060 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1492
LOAD_WEIGHTS weightRow=3064 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1496
LOAD_WEIGHTS weightRow=3068 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1500
LOAD_WEIGHTS weightRow=3072 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1504
LOAD_WEIGHTS weightRow=3076 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1508
LOAD_WEIGHTS weightRow=3080 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1512
LOAD_WEIGHTS weightRow=3084 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1516
LOAD_WEIGHTS weightRow=3088 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1520
LOAD_WEIGHTS weightRow=3092 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1524
LOAD_WEIGHTS weightRow=3096 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1528
LOAD_WEIGHTS weightRow=3100 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1532
LOAD_WEIGHTS weightRow=3104 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1536
LOAD_WEIGHTS weightRow=3108 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1540
LOAD_WEIGHTS weightRow=3112 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1544
LOAD_WEIGHTS weightRow=3116 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1548
LOAD_WEIGHTS weightRow=3120 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1552
LOAD_WEIGHTS weightRow=3124 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1556
LOAD_WEIGHTS weightRow=3128 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1560
LOAD_WEIGHTS weightRow=3132 k=4 n=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=1564
LOAD_WEIGHTS popPrev=1 weightRow=3136 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=0 window=1
LOAD_WEIGHTS weightRow=3140 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=3144 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=3148 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=3152 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=3156 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=3160 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=3164 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=3168 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=3172 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=3176 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=3180 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=3184 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=3188 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=3192 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=3196 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=3200 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=3204 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=3208 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=3212 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=3216 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=3220 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=3224 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=3228 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=3232 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=3236 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=3240 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=3244 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=3248 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=3252 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=3256 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=3260 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=3264 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=3268 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=3272 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=3276 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=3280 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=3284 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=3288 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=3292 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=3296 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=3300 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=3304 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=3308 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=3312 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=3316 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=3320 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=3324 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=3328 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=3332 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=3336 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=3340 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=3344 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=3348 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=3352 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=3356 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=3360 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=3364 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=3368 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=3372 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=3376 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=3380 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=3384 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=3388 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=3392 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=3396 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=3400 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=3404 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=3408 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=3412 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=3416 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=3420 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=3424 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=3428 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=3432 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=3436 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=3440 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=3444 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=3448 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=3452 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=3456 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=3460 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=3464 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=3468 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=3472 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=3476 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=3480 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=3484 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=3488 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=3492 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=3496 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=3500 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=3504 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=3508 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=3512 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=3516 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=3520 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=3524 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=3528 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=3532 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=3536 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=3540 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=3544 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=3548 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=3552 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=3556 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=3560 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=3564 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=3568 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=3572 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=3576 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=3580 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=3584 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=3588 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=3592 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=3596 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=3600 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=3604 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=3608 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=3612 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=3616 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=3620 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=3624 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=3628 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=3632 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=3636 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=3640 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=3644 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=3648 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=3652 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=3656 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=3660 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=3664 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=3668 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=3672 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=3676 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=3680 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=3684 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=3688 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=3692 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=3696 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=3700 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=3704 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=3708 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=3712 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=3716 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=3720 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=3724 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=3728 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=3732 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=3736 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=3740 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=3744 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=3748 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=3752 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=3756 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=3760 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=3764 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=3768 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=3772 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=3776 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=3780 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=3784 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=3788 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=3792 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=3796 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=3800 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=3804 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=3808 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=3812 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=3816 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=3820 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=3824 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=3828 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=3832 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=3836 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=3840 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=3844 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=3848 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=3852 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=3856 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=3860 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=3864 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=3868 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=3872 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=3876 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=3880 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=3884 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=3888 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=3892 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=3896 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=3900 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=3904 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=3908 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=3912 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=3916 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=780
LOAD_WEIGHTS weightRow=3920 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=784
LOAD_WEIGHTS weightRow=3924 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=788
LOAD_WEIGHTS weightRow=3928 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=792
LOAD_WEIGHTS weightRow=3932 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=796
LOAD_WEIGHTS weightRow=3936 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=800
LOAD_WEIGHTS weightRow=3940 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=804
LOAD_WEIGHTS weightRow=3944 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=808
LOAD_WEIGHTS weightRow=3948 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=812
LOAD_WEIGHTS weightRow=3952 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=816
LOAD_WEIGHTS weightRow=3956 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=820
LOAD_WEIGHTS weightRow=3960 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=824
LOAD_WEIGHTS weightRow=3964 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=828
LOAD_WEIGHTS weightRow=3968 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=832
LOAD_WEIGHTS weightRow=3972 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=836
LOAD_WEIGHTS weightRow=3976 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=840
LOAD_WEIGHTS weightRow=3980 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=844
LOAD_WEIGHTS weightRow=3984 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=848
LOAD_WEIGHTS weightRow=3988 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=852
LOAD_WEIGHTS weightRow=3992 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=856
LOAD_WEIGHTS weightRow=3996 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=860
LOAD_WEIGHTS weightRow=4000 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=864
LOAD_WEIGHTS weightRow=4004 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=868
LOAD_WEIGHTS weightRow=4008 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=872
LOAD_WEIGHTS weightRow=4012 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=876
LOAD_WEIGHTS weightRow=4016 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=880
LOAD_WEIGHTS weightRow=4020 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=884
LOAD_WEIGHTS weightRow=4024 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=888
LOAD_WEIGHTS weightRow=4028 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=892
LOAD_WEIGHTS weightRow=4032 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=896
LOAD_WEIGHTS weightRow=4036 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=900
LOAD_WEIGHTS weightRow=4040 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=904
LOAD_WEIGHTS weightRow=4044 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=908
LOAD_WEIGHTS weightRow=4048 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=912
LOAD_WEIGHTS weightRow=4052 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=916
LOAD_WEIGHTS weightRow=4056 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=920
LOAD_WEIGHTS weightRow=4060 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=924
LOAD_WEIGHTS weightRow=4064 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=928
LOAD_WEIGHTS weightRow=4068 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=932
LOAD_WEIGHTS weightRow=4072 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=936
LOAD_WEIGHTS weightRow=4076 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=940
LOAD_WEIGHTS weightRow=4080 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=944
LOAD_WEIGHTS weightRow=4084 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=948
LOAD_WEIGHTS weightRow=4088 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=952
LOAD_WEIGHTS weightRow=4092 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=956
LOAD_WEIGHTS weightRow=4096 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=960
LOAD_WEIGHTS weightRow=4100 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=964
LOAD_WEIGHTS weightRow=4104 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=968
LOAD_WEIGHTS weightRow=4108 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=972
LOAD_WEIGHTS weightRow=4112 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=976
LOAD_WEIGHTS weightRow=4116 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=980
LOAD_WEIGHTS weightRow=4120 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=984
LOAD_WEIGHTS weightRow=4124 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=988
LOAD_WEIGHTS weightRow=4128 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=992
LOAD_WEIGHTS weightRow=4132 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=996
LOAD_WEIGHTS weightRow=4136 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1000
LOAD_WEIGHTS weightRow=4140 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1004
LOAD_WEIGHTS weightRow=4144 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1008
LOAD_WEIGHTS weightRow=4148 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1012
LOAD_WEIGHTS weightRow=4152 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1016
LOAD_WEIGHTS weightRow=4156 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1020
LOAD_WEIGHTS weightRow=4160 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1024
LOAD_WEIGHTS weightRow=4164 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1028
LOAD_WEIGHTS weightRow=4168 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1032
LOAD_WEIGHTS weightRow=4172 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1036
LOAD_WEIGHTS weightRow=4176 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1040
LOAD_WEIGHTS weightRow=4180 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1044
LOAD_WEIGHTS weightRow=4184 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1048
LOAD_WEIGHTS weightRow=4188 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1052
LOAD_WEIGHTS weightRow=4192 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1056
LOAD_WEIGHTS weightRow=4196 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1060
LOAD_WEIGHTS weightRow=4200 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1064
LOAD_WEIGHTS weightRow=4204 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1068
LOAD_WEIGHTS weightRow=4208 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1072
LOAD_WEIGHTS weightRow=4212 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1076
LOAD_WEIGHTS weightRow=4216 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1080
LOAD_WEIGHTS weightRow=4220 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1084
LOAD_WEIGHTS weightRow=4224 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1088
LOAD_WEIGHTS weightRow=4228 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1092
LOAD_WEIGHTS weightRow=4232 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1096
LOAD_WEIGHTS weightRow=4236 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1100
LOAD_WEIGHTS weightRow=4240 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1104
LOAD_WEIGHTS weightRow=4244 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1108
LOAD_WEIGHTS weightRow=4248 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1112
LOAD_WEIGHTS weightRow=4252 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1116
LOAD_WEIGHTS weightRow=4256 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1120
LOAD_WEIGHTS weightRow=4260 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1124
LOAD_WEIGHTS weightRow=4264 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1128
LOAD_WEIGHTS weightRow=4268 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1132
LOAD_WEIGHTS weightRow=4272 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1136
LOAD_WEIGHTS weightRow=4276 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1140
LOAD_WEIGHTS weightRow=4280 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1144
LOAD_WEIGHTS weightRow=4284 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1148
LOAD_WEIGHTS weightRow=4288 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1152
LOAD_WEIGHTS weightRow=4292 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1156
LOAD_WEIGHTS weightRow=4296 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1160
LOAD_WEIGHTS weightRow=4300 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1164
LOAD_WEIGHTS weightRow=4304 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1168
LOAD_WEIGHTS weightRow=4308 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1172
LOAD_WEIGHTS weightRow=4312 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1176
LOAD_WEIGHTS weightRow=4316 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1180
LOAD_WEIGHTS weightRow=4320 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1184
LOAD_WEIGHTS weightRow=4324 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1188
LOAD_WEIGHTS weightRow=4328 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1192
LOAD_WEIGHTS weightRow=4332 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1196
LOAD_WEIGHTS weightRow=4336 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1200
LOAD_WEIGHTS weightRow=4340 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1204
LOAD_WEIGHTS weightRow=4344 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1208
LOAD_WEIGHTS weightRow=4348 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1212
LOAD_WEIGHTS weightRow=4352 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1216
LOAD_WEIGHTS weightRow=4356 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1220
LOAD_WEIGHTS weightRow=4360 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1224
LOAD_WEIGHTS weightRow=4364 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1228
LOAD_WEIGHTS weightRow=4368 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1232
LOAD_WEIGHTS weightRow=4372 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1236
LOAD_WEIGHTS weightRow=4376 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1240
LOAD_WEIGHTS weightRow=4380 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1244
LOAD_WEIGHTS weightRow=4384 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1248
LOAD_WEIGHTS weightRow=4388 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1252
LOAD_WEIGHTS weightRow=4392 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1256
LOAD_WEIGHTS weightRow=4396 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1260
LOAD_WEIGHTS weightRow=4400 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1264
LOAD_WEIGHTS weightRow=4404 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1268
LOAD_WEIGHTS weightRow=4408 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1272
LOAD_WEIGHTS weightRow=4412 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1276
LOAD_WEIGHTS weightRow=4416 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1280
LOAD_WEIGHTS weightRow=4420 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1284
LOAD_WEIGHTS weightRow=4424 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1288
LOAD_WEIGHTS weightRow=4428 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1292
LOAD_WEIGHTS weightRow=4432 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1296
LOAD_WEIGHTS weightRow=4436 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1300
LOAD_WEIGHTS weightRow=4440 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1304
LOAD_WEIGHTS weightRow=4444 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1308
LOAD_WEIGHTS weightRow=4448 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1312
LOAD_WEIGHTS weightRow=4452 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1316
LOAD_WEIGHTS weightRow=4456 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1320
LOAD_WEIGHTS weightRow=4460 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1324
LOAD_WEIGHTS weightRow=4464 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1328
LOAD_WEIGHTS weightRow=4468 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1332
LOAD_WEIGHTS weightRow=4472 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1336
LOAD_WEIGHTS weightRow=4476 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1340
LOAD_WEIGHTS weightRow=4480 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1344
LOAD_WEIGHTS weightRow=4484 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1348
LOAD_WEIGHTS weightRow=4488 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1352
LOAD_WEIGHTS weightRow=4492 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1356
LOAD_WEIGHTS weightRow=4496 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1360
LOAD_WEIGHTS weightRow=4500 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1364
LOAD_WEIGHTS weightRow=4504 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1368
LOAD_WEIGHTS weightRow=4508 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1372
LOAD_WEIGHTS weightRow=4512 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1376
LOAD_WEIGHTS weightRow=4516 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1380
LOAD_WEIGHTS weightRow=4520 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1384
LOAD_WEIGHTS weightRow=4524 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1388
LOAD_WEIGHTS weightRow=4528 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1392
LOAD_WEIGHTS weightRow=4532 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1396
LOAD_WEIGHTS weightRow=4536 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1400
LOAD_WEIGHTS weightRow=4540 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1404
LOAD_WEIGHTS weightRow=4544 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1408
LOAD_WEIGHTS weightRow=4548 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1412
LOAD_WEIGHTS weightRow=4552 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1416
LOAD_WEIGHTS weightRow=4556 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1420
LOAD_WEIGHTS weightRow=4560 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1424
LOAD_WEIGHTS weightRow=4564 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1428
LOAD_WEIGHTS weightRow=4568 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1432
LOAD_WEIGHTS weightRow=4572 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1436
LOAD_WEIGHTS weightRow=4576 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1440
LOAD_WEIGHTS weightRow=4580 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1444
LOAD_WEIGHTS weightRow=4584 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1448
LOAD_WEIGHTS weightRow=4588 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1452
LOAD_WEIGHTS weightRow=4592 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1456
LOAD_WEIGHTS weightRow=4596 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1460
LOAD_WEIGHTS weightRow=4600 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1464
LOAD_WEIGHTS weightRow=4604 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1468
LOAD_WEIGHTS weightRow=4608 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1472
LOAD_WEIGHTS weightRow=4612 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1476
LOAD_WEIGHTS weightRow=4616 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1480
LOAD_WEIGHTS weightRow=4620 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1484
LOAD_WEIGHTS weightRow=4624 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1488
LOAD_WEIGHTS weightRow=4628 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1492
LOAD_WEIGHTS weightRow=4632 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1496
LOAD_WEIGHTS weightRow=4636 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1500
LOAD_WEIGHTS weightRow=4640 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1504
LOAD_WEIGHTS weightRow=4644 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1508
LOAD_WEIGHTS weightRow=4648 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1512
LOAD_WEIGHTS weightRow=4652 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1516
LOAD_WEIGHTS weightRow=4656 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1520
LOAD_WEIGHTS weightRow=4660 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1524
LOAD_WEIGHTS weightRow=4664 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1528
LOAD_WEIGHTS weightRow=4668 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1532
LOAD_WEIGHTS weightRow=4672 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1536
LOAD_WEIGHTS weightRow=4676 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1540
LOAD_WEIGHTS weightRow=4680 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1544
LOAD_WEIGHTS weightRow=4684 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1548
LOAD_WEIGHTS weightRow=4688 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1552
LOAD_WEIGHTS weightRow=4692 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1556
LOAD_WEIGHTS weightRow=4696 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1560
LOAD_WEIGHTS weightRow=4700 k=4 n=2
COMPUTE inputRow=15992 inputRowStride=0 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=1564
; requantize channels 0..3, pixels 0..0
REQUANT popPrev=1 accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=0 addBias=1 outZero=116 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channels 4..7, pixels 0..0
REQUANT pushNext=1 accRow=1 outRow=1 outByte=0 rows=1 n=4 paramRow=3 addBias=1 outZero=116 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channels 8..9, pixels 0..0
REQUANT pushNext=1 accRow=2 outRow=2 outByte=0 rows=1 n=2 paramRow=6 addBias=1 outZero=116 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; 1 pixels × channels 0..7 → fc @0x8600
STORE popPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=2 sramRowStride=1 dramAddr=0x8600 dramRowStride=0x4 repeat=1 sramOuterStride=1 dramOuterStride=0xa
; 1 pixels × channels 8..9 → fc @0x8600
STORE popPrev=1 buffer=output sramRow=2 sramByte=0 bytesPerRow=2 rows=1 sramRowStride=0 dramAddr=0x8608 dramRowStride=0x0 repeat=1 sramOuterStride=1 dramOuterStride=0xa
; end of program
HALT
