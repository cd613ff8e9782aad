; concat (w8a8, seeded calibration) lowered for 4x4
; 4x4 ws, MACs/cycle int8 16 int4 32 binary 1024 w4a8 32 w4a8-log 32 w4a8-group 32 int8-group 16 fp8-e4m3 16 mxint8 16 mxfp8 16 mxfp4 16, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,28,28,1] NHWC @0x4b80
;   activation branch3 u8[1,28,28,4] NHWC @0x4ec0
;   activation branch5 u8[1,28,28,4] NHWC @0x5b00
;   activation cat u8[1,28,28,8] NHWC @0x6740
;   activation pool u8[1,14,14,8] NHWC @0x7fc0
;   output     fc u8[1,10] NC @0x8600
; layers: instructions, DRAM bytes read, DRAM bytes written
;   branch3            13      880     3136
;   branch5            12      944     3136
;   cat                 7     6272     6272
;   pool                6     6272        0
;   fc                 20    18960       10
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
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=0 window=1 tiles=2 tileRowStride=4
COMPUTE pushPrev=1 inputRow=0 inputRowStride=0 weightRow=8 accRow=0 m=784 k=1 n=4 accumulate=1 window=1 kOffset=8 tiles=1
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
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=784 k=4 n=4 accumulate=0 window=1 tiles=6 tileRowStride=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=24 accRow=0 m=784 k=1 n=4 accumulate=1 window=1 kOffset=24 tiles=1
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
; requant params (bias, M0, shift) of channel tiles 0..2
LOAD buffer=param sramRow=0 sramByte=0 bytesPerRow=144 rows=1 sramRowStride=0 dramAddr=0x4ac0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 1, chunks 0..391
LOAD pushNext=1 buffer=weight sramRow=1568 sramByte=0 bytesPerRow=6272 rows=1 sramRowStride=0 dramAddr=0x19c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 2, chunks 0..391
LOAD pushNext=1 buffer=weight sramRow=3136 sramByte=0 bytesPerRow=6272 rows=1 sramRowStride=0 dramAddr=0x3240 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; window: pitch 112 B, 8 B per pixel, channels 0..7 per tap
WINDOW pitch=112 pixelBytes=8 cinTap=8 chanOffset=0 kernelW=14 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=1
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE popNext=1 inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=4 k=4 n=4
COMPUTE popNext=1 inputRow=15992 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
COMPUTE inputRow=15992 inputRowStride=0 weightRow=8 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8 tiles=390 tileRowStride=4
COMPUTE popPrev=1 inputRow=15992 inputRowStride=0 weightRow=1568 accRow=1 m=1 k=4 n=4 accumulate=0 window=1 tiles=8 tileRowStride=4
; requantize channels 0..3, pixels 0..0
REQUANT accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=0 addBias=1 outZero=116 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=15992 inputRowStride=0 weightRow=1600 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32 tiles=384 tileRowStride=4
COMPUTE popPrev=1 inputRow=15992 inputRowStride=0 weightRow=3136 accRow=2 m=1 k=4 n=2 accumulate=0 window=1 tiles=8 tileRowStride=4
; requantize channels 4..7, pixels 0..0
REQUANT pushNext=1 accRow=1 outRow=1 outByte=0 rows=1 n=4 paramRow=3 addBias=1 outZero=116 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=15992 inputRowStride=0 weightRow=3168 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=32 tiles=384 tileRowStride=4
; requantize channels 8..9, pixels 0..0
REQUANT pushNext=1 accRow=2 outRow=2 outByte=0 rows=1 n=2 paramRow=6 addBias=1 outZero=116 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; 1 pixels × channels 0..7 → fc @0x8600
STORE popPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=2 sramRowStride=1 dramAddr=0x8600 dramRowStride=0x4 repeat=1 sramOuterStride=1 dramOuterStride=0xa
; 1 pixels × channels 8..9 → fc @0x8600
STORE popPrev=1 buffer=output sramRow=2 sramByte=0 bytesPerRow=2 rows=1 sramRowStride=0 dramAddr=0x8608 dramRowStride=0x0 repeat=1 sramOuterStride=1 dramOuterStride=0xa
; end of program
HALT
