; concat (w8a8, seeded calibration) lowered for 16x16
; 16x16 ws, MACs/cycle int8 256 int4 512 binary 16384 w4a8 512 w4a8-log 512 w4a8-group 512 int8-group 256 fp8-e4m3 256 mxint8 256 mxfp8 256 mxfp4 256, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,28,28,1] NHWC @0x6740
;   activation branch3 u8[1,28,28,4] NHWC @0x6a80
;   activation branch5 u8[1,28,28,4] NHWC @0x76c0
;   activation cat u8[1,28,28,8] NHWC @0x8300
;   activation pool u8[1,14,14,8] NHWC @0x9b80
;   output     fc u8[1,10] NC @0xa1c0
; layers: instructions, DRAM bytes read, DRAM bytes written
;   branch3            15     1232     3136
;   branch5            16     1488     3136
;   cat                13     6272     6272
;   pool                4     6272        0
;   fc                 11    25280       10
;
; layer branch3: qconv2d 28x28x1 → 28x28x4, int8 (weights i8, input u8), ws; input from DRAM in 1 band(s), 1 channel group(s), 1 k-group(s), bands outer; predicted 1884 cycles
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile band 0 (output rows 0..27) channels 0..3 k-group 1 of 1 block 1 of 2
; band 0: input rows 0..27 of x_q (28 B each)
LOAD buffer=input sramRow=2 sramByte=1 bytesPerRow=28 rows=28 sramRowStride=2 dramAddr=0x6740 dramRowStride=0x1c repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
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
; compute tile band 0 (output rows 0..27) channels 0..3 k-group 1 of 1 block 1 of 2
; window: pitch 32 B, 1 B per pixel, channels 0..0 per tap
WINDOW pitch=32 pixelBytes=1 cinTap=1 chanOffset=0 kernelW=3 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=28
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=512 k=9 n=4 accumulate=0 window=1 tiles=1
; compute tile band 0 (output rows 0..27) channels 0..3 k-group 1 of 1 block 2 of 2
COMPUTE pushPrev=1 inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=272 k=9 n=4 accumulate=0 window=1 firstPixel=512 tiles=1
; requantize channels 0..3, pixels 0..511
REQUANT popPrev=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=512 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channels 0..3, pixels 512..783
REQUANT pushPrev=1 pushNext=1 accRow=512 outRow=512 outByte=0 rows=272 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..27) channels 0..3 k-group 1 of 1 block 2 of 2
; 512 pixels × channels 0..3 → branch3 @0x6a80
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=0 dramAddr=0x6a80 dramRowStride=0x0 repeat=512 sramOuterStride=1 dramOuterStride=0x4
; 272 pixels × channels 0..3 → branch3 @0x6a80
STORE popPrev=1 pushPrev=1 buffer=output sramRow=512 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=0 dramAddr=0x7280 dramRowStride=0x0 repeat=272 sramOuterStride=1 dramOuterStride=0x4
; layer branch5: qconv2d 28x28x1 → 28x28x4, int8 (weights i8, input u8), ws; input from DRAM in 1 band(s), 1 channel group(s), 1 k-group(s), bands outer; predicted 2429 cycles
; tile band 0 (output rows 0..27) channels 0..3 k-group 1 of 1 block 1 of 2
; band 0: input rows 0..27 of x_q (28 B each)
LOAD popNext=1 buffer=input sramRow=4 sramByte=2 bytesPerRow=28 rows=28 sramRowStride=2 dramAddr=0x6740 dramRowStride=0x1c repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; band 0 padding: 2 row(s) above the image
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=32 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; band 0 padding: 2 row(s) below the image
LOAD buffer=input sramRow=60 sramByte=0 bytesPerRow=32 rows=2 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; band 0 padding: left columns
LOAD buffer=input sramRow=4 sramByte=0 bytesPerRow=2 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; band 0 padding: right columns
LOAD buffer=input sramRow=5 sramByte=14 bytesPerRow=2 rows=28 sramRowStride=2 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=1 fillByte=127
; weights of channel tile 0, chunks 0..1
LOAD pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=512 rows=1 sramRowStride=0 dramAddr=0x1c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD popNext=1 pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0x3c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..27) channels 0..3 k-group 1 of 1 block 1 of 2
; window: pitch 32 B, 1 B per pixel, channels 0..0 per tap
WINDOW pitch=32 pixelBytes=1 cinTap=1 chanOffset=0 kernelW=5 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=28
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=512 k=16 n=4 accumulate=0 window=1 tiles=1
COMPUTE inputRow=0 inputRowStride=0 weightRow=16 accRow=0 m=512 k=9 n=4 accumulate=1 window=1 kOffset=16 tiles=1
; compute tile band 0 (output rows 0..27) channels 0..3 k-group 1 of 1 block 2 of 2
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=272 k=16 n=4 accumulate=0 window=1 firstPixel=512 tiles=1
; requantize channels 0..3, pixels 0..511
REQUANT popPrev=1 popNext=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=512 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=0 inputRowStride=0 weightRow=16 accRow=512 m=272 k=9 n=4 accumulate=1 window=1 kOffset=16 firstPixel=512 tiles=1
; requantize channels 0..3, pixels 512..783
REQUANT popNext=1 pushNext=1 accRow=512 outRow=512 outByte=0 rows=272 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..27) channels 0..3 k-group 1 of 1 block 2 of 2
; 512 pixels × channels 0..3 → branch5 @0x76c0
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=0 dramAddr=0x76c0 dramRowStride=0x0 repeat=512 sramOuterStride=1 dramOuterStride=0x4
; 272 pixels × channels 0..3 → branch5 @0x76c0
STORE popPrev=1 pushPrev=1 buffer=output sramRow=512 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=0 dramAddr=0x7ec0 dramRowStride=0x0 repeat=272 sramOuterStride=1 dramOuterStride=0x4
; sync: wait for both compute units (relay or fence)
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; layer cat: qconcat of 2 branches → 8 channels on the vector unit
; tile pixels 0..511, 1 channel group(s)
; a = branch3
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=512 dramAddr=0x6a80 dramRowStride=0x4 repeat=512 sramOuterStride=1 dramOuterStride=0x4 fill=0 fillByte=0
; tile pixels 512..783, 1 channel group(s)
; a = branch3
LOAD pushNext=1 buffer=output sramRow=1024 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=512 dramAddr=0x7280 dramRowStride=0x4 repeat=272 sramOuterStride=1 dramOuterStride=0x4 fill=0 fillByte=0
; compute tile pixels 0..511, 1 channel group(s)
ADD popPrev=1 popNext=1 pushPrev=1 pushNext=1 aRow=0 bRow=0 dstRow=512 rows=512 elems=4 aMultiplier=1893438782 aShift=0 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile pixels 0..511, 1 channel group(s)
; → cat @0x8300
STORE popPrev=1 pushPrev=1 buffer=output sramRow=512 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=512 dramAddr=0x8300 dramRowStride=0x8 repeat=512 sramOuterStride=1 dramOuterStride=0x8
; tile pixels 0..511, 1 channel group(s)
; a = branch5
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=512 dramAddr=0x76c0 dramRowStride=0x4 repeat=512 sramOuterStride=1 dramOuterStride=0x4 fill=0 fillByte=0
; compute tile pixels 512..783, 1 channel group(s)
ADD popPrev=1 pushPrev=1 pushNext=1 aRow=1024 bRow=1024 dstRow=1536 rows=272 elems=4 aMultiplier=1893438782 aShift=0 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile pixels 512..783, 1 channel group(s)
; → cat @0x8300
STORE popPrev=1 pushPrev=1 buffer=output sramRow=1536 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=512 dramAddr=0x9300 dramRowStride=0x8 repeat=272 sramOuterStride=1 dramOuterStride=0x8
; tile pixels 512..783, 1 channel group(s)
; a = branch5
LOAD popNext=1 pushNext=1 buffer=output sramRow=1024 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=512 dramAddr=0x7ec0 dramRowStride=0x4 repeat=272 sramOuterStride=1 dramOuterStride=0x4 fill=0 fillByte=0
; compute tile pixels 0..511, 1 channel group(s)
ADD popPrev=1 popNext=1 pushNext=1 aRow=0 bRow=0 dstRow=512 rows=512 elems=4 aMultiplier=1073741824 aShift=1 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile pixels 0..511, 1 channel group(s)
; → cat channels from 4 @0x8300
STORE popPrev=1 buffer=output sramRow=512 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=512 dramAddr=0x8304 dramRowStride=0x8 repeat=512 sramOuterStride=1 dramOuterStride=0x8
; compute tile pixels 512..783, 1 channel group(s)
ADD popPrev=1 popNext=1 pushNext=1 aRow=1024 bRow=1024 dstRow=1536 rows=272 elems=4 aMultiplier=1073741824 aShift=1 bMultiplier=0 bShift=0 outMultiplier=1073741824 outShift=1 leftShift=0 aZero=0 bZero=0 outZero=0 qmin=0 qmax=255 bits=8 signed=0
; store tile pixels 512..783, 1 channel group(s)
; → cat channels from 4 @0x8300
STORE popPrev=1 pushPrev=1 buffer=output sramRow=1536 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=512 dramAddr=0x9304 dramRowStride=0x8 repeat=272 sramOuterStride=1 dramOuterStride=0x8
; sync: wait for both compute units (relay or fence)
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; layer pool: qmaxpool 28x28x8 → 14x14x8, kernel 2x2 stride 2x2 on the vector unit
; tile output rows 0..13, channel groups 0..0
; input rows 0..27 of cat
LOAD popNext=1 pushNext=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=8 rows=1 sramRowStride=784 dramAddr=0x8300 dramRowStride=0x8 repeat=784 sramOuterStride=1 dramOuterStride=0x8 fill=0 fillByte=0
; compute tile output rows 0..13, channel groups 0..0
POOL popPrev=1 pushNext=1 kind=max srcRow=0 dstRow=784 channels=8 inH=28 inW=28 kernelH=2 kernelW=2 strideH=2 strideW=2 padTop=0 padLeft=0 padBottom=0 padRight=0 bits=8 signed=0
; store tile output rows 0..13, channel groups 0..0
; 196 pixels of channels 0..7 → the on-chip image of pool
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=784 srcByte=0 dstBuffer=input dstRow=3900 dstByte=0 bytesPerRow=8 rows=14 srcRowStride=1 dstRowStride=1 repeat=14 srcOuterStride=14 dstOuterStride=14
; layer fc: qdense 14x14x8 → 1x1x10, int8 (weights i8, input u8), ws; input on chip, 1 channel group(s), 2 k-group(s), bands outer; predicted 2475 cycles
; tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 2
; weights of channel tile 0, chunks 0..48
LOAD pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=12544 rows=1 sramRowStride=0 dramAddr=0x480 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile band 0 (output rows 0..0) channels 0..9 k-group 2 of 2
; weights of channel tile 0, chunks 49..97
LOAD pushNext=1 buffer=weight sramRow=784 sramByte=0 bytesPerRow=12544 rows=1 sramRowStride=0 dramAddr=0x3580 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0x6680 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 2
; window: pitch 224 B, 16 B per pixel, channels 0..7 per tap
WINDOW pitch=224 pixelBytes=16 cinTap=8 chanOffset=0 kernelW=14 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=1
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=10
COMPUTE popNext=1 inputRow=3900 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=0 window=1
COMPUTE inputRow=3900 inputRowStride=0 weightRow=16 accRow=0 m=1 k=16 n=10 accumulate=1 window=1 kOffset=16 tiles=48 tileRowStride=16
; compute tile band 0 (output rows 0..0) channels 0..9 k-group 2 of 2
COMPUTE popPrev=1 inputRow=3900 inputRowStride=0 weightRow=784 accRow=0 m=1 k=16 n=10 accumulate=1 window=1 kOffset=784 tiles=49 tileRowStride=16
; requantize channels 0..9, pixels 0..0
REQUANT popPrev=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=10 paramRow=0 addBias=1 outZero=116 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 0..9 k-group 2 of 2
; 1 pixels × channels 0..9 → fc @0xa1c0
STORE popPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=10 rows=1 sramRowStride=0 dramAddr=0xa1c0 dramRowStride=0x0 repeat=1 sramOuterStride=1 dramOuterStride=0xa
; end of program
HALT
