; mlp (w8a8, seeded calibration) lowered for 16x16
; 16x16 ws, MACs/cycle int8 256 int4 512 binary 16384 w4a8 512 w4a8-log 512 w4a8-group 512 int8-group 256 fp8-e4m3 256 mxint8 256 mxfp8 256 mxfp4 256, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,28,28,1] NHWC @0xcbc0
;   activation fc1 u8[1,64] NC @0xcf00
;   output     logits u8[1,10] NC @0xcf40
; layers: instructions, DRAM bytes read, DRAM bytes written
;   fc1                40    51728        0
;   logits             14     1216       10
;
; layer fc1: qdense 28x28x1 → 1x1x64, int8 (weights i8, input u8), ws; input from DRAM in 1 band(s), 1 channel group(s), 3 k-group(s), bands outer; predicted 6682 cycles
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile band 0 (output rows 0..0) channels 0..63 k-group 1 of 3
; band 0: input rows 0..27 of x_q (28 B each)
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=28 rows=28 sramRowStride=2 dramAddr=0xcbc0 dramRowStride=0x1c repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 0, chunks 0..23
LOAD pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=6144 rows=1 sramRowStride=0 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 1, chunks 0..23
LOAD pushNext=1 buffer=weight sramRow=384 sramByte=0 bytesPerRow=6144 rows=1 sramRowStride=0 dramAddr=0x3100 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 2, chunks 0..23
LOAD pushNext=1 buffer=weight sramRow=768 sramByte=0 bytesPerRow=6144 rows=1 sramRowStride=0 dramAddr=0x6200 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 3, chunks 0..23
LOAD pushNext=1 buffer=weight sramRow=1152 sramByte=0 bytesPerRow=6144 rows=1 sramRowStride=0 dramAddr=0x9300 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile band 0 (output rows 0..0) channels 0..63 k-group 2 of 3
; weights of channel tile 0, chunks 24..47
LOAD pushNext=1 buffer=weight sramRow=1536 sramByte=0 bytesPerRow=6144 rows=1 sramRowStride=0 dramAddr=0x1800 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 1, chunks 24..47
LOAD pushNext=1 buffer=weight sramRow=1920 sramByte=0 bytesPerRow=6144 rows=1 sramRowStride=0 dramAddr=0x4900 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 2, chunks 24..47
LOAD pushNext=1 buffer=weight sramRow=2304 sramByte=0 bytesPerRow=6144 rows=1 sramRowStride=0 dramAddr=0x7a00 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 3, chunks 24..47
LOAD pushNext=1 buffer=weight sramRow=2688 sramByte=0 bytesPerRow=6144 rows=1 sramRowStride=0 dramAddr=0xab00 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 0..63 k-group 1 of 3
; window: pitch 32 B, 1 B per pixel, channels 0..0 per tap
WINDOW pitch=32 pixelBytes=1 cinTap=1 chanOffset=0 kernelW=28 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=1
COMPUTE popPrev=1 pushPrev=1 inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=0 window=1 tiles=1
COMPUTE inputRow=0 inputRowStride=0 weightRow=16 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=16 tiles=23 tileRowStride=16
COMPUTE popPrev=1 pushPrev=1 inputRow=0 inputRowStride=0 weightRow=384 accRow=1 m=1 k=16 n=16 accumulate=0 window=1 tiles=1
COMPUTE inputRow=0 inputRowStride=0 weightRow=400 accRow=1 m=1 k=16 n=16 accumulate=1 window=1 kOffset=16 tiles=23 tileRowStride=16
COMPUTE popPrev=1 pushPrev=1 inputRow=0 inputRowStride=0 weightRow=768 accRow=2 m=1 k=16 n=16 accumulate=0 window=1 tiles=1
COMPUTE inputRow=0 inputRowStride=0 weightRow=784 accRow=2 m=1 k=16 n=16 accumulate=1 window=1 kOffset=16 tiles=23 tileRowStride=16
COMPUTE popPrev=1 pushPrev=1 inputRow=0 inputRowStride=0 weightRow=1152 accRow=3 m=1 k=16 n=16 accumulate=0 window=1 tiles=1
COMPUTE inputRow=0 inputRowStride=0 weightRow=1168 accRow=3 m=1 k=16 n=16 accumulate=1 window=1 kOffset=16 tiles=23 tileRowStride=16
; tile band 0 (output rows 0..0) channels 0..63 k-group 3 of 3
; weights of channel tile 0, chunks 48..48
LOAD popNext=1 pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0x3000 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..3
LOAD buffer=param sramRow=0 sramByte=0 bytesPerRow=768 rows=1 sramRowStride=0 dramAddr=0xc400 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 1, chunks 48..48
LOAD popNext=1 pushNext=1 buffer=weight sramRow=384 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0x6100 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 2, chunks 48..48
LOAD popNext=1 pushNext=1 buffer=weight sramRow=768 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0x9200 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 3, chunks 48..48
LOAD popNext=1 pushNext=1 buffer=weight sramRow=1152 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0xc300 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 0..63 k-group 2 of 3
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=1536 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=384 tiles=24 tileRowStride=16
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=1920 accRow=1 m=1 k=16 n=16 accumulate=1 window=1 kOffset=384 tiles=24 tileRowStride=16
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=2304 accRow=2 m=1 k=16 n=16 accumulate=1 window=1 kOffset=384 tiles=24 tileRowStride=16
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=2688 accRow=3 m=1 k=16 n=16 accumulate=1 window=1 kOffset=384 tiles=24 tileRowStride=16
; compute tile band 0 (output rows 0..0) channels 0..63 k-group 3 of 3
COMPUTE popPrev=1 pushPrev=1 inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=768 tiles=1
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=384 accRow=1 m=1 k=16 n=16 accumulate=1 window=1 kOffset=768 tiles=1
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=768 accRow=2 m=1 k=16 n=16 accumulate=1 window=1 kOffset=768 tiles=1
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=1152 accRow=3 m=1 k=16 n=16 accumulate=1 window=1 kOffset=768 tiles=1
; requantize channels 0..15, pixels 0..0
REQUANT pushPrev=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=16 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channels 16..31, pixels 0..0
REQUANT pushNext=1 accRow=1 outRow=1 outByte=0 rows=1 n=16 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channels 32..47, pixels 0..0
REQUANT pushNext=1 accRow=2 outRow=2 outByte=0 rows=1 n=16 paramRow=6 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channels 48..63, pixels 0..0
REQUANT pushNext=1 accRow=3 outRow=3 outByte=0 rows=1 n=16 paramRow=9 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 0..63 k-group 3 of 3
; 1 pixels of channels 0..15 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=4092 dstByte=0 bytesPerRow=16 rows=1 srcRowStride=1 dstRowStride=4 repeat=1 srcOuterStride=0 dstOuterStride=0
; 1 pixels of channels 16..31 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=1 srcByte=0 dstBuffer=input dstRow=4093 dstByte=0 bytesPerRow=16 rows=1 srcRowStride=1 dstRowStride=4 repeat=1 srcOuterStride=0 dstOuterStride=0
; 1 pixels of channels 32..47 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=2 srcByte=0 dstBuffer=input dstRow=4094 dstByte=0 bytesPerRow=16 rows=1 srcRowStride=1 dstRowStride=4 repeat=1 srcOuterStride=0 dstOuterStride=0
; 1 pixels of channels 48..63 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=3 srcByte=0 dstBuffer=input dstRow=4095 dstByte=0 bytesPerRow=16 rows=1 srcRowStride=1 dstRowStride=4 repeat=1 srcOuterStride=0 dstOuterStride=0
; layer logits: qdense 1x1x64 → 1x1x10, int8 (weights i8, input u8), ws; input on chip, 1 channel group(s), 1 k-group(s), bands outer; predicted 382 cycles
; tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; weights of channel tile 0, chunks 0..3
LOAD popNext=1 pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=1024 rows=1 sramRowStride=0 dramAddr=0xc700 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD popNext=1 pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0xcb00 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; window: pitch 64 B, 64 B per pixel, channels 0..63 per tap
WINDOW pitch=64 pixelBytes=64 cinTap=64 chanOffset=0 kernelW=1 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=1
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=10
COMPUTE popNext=1 inputRow=4092 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=0 window=1
LOAD_WEIGHTS weightRow=16 k=16 n=10
COMPUTE popNext=1 inputRow=4092 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=32 k=16 n=10
COMPUTE popNext=1 inputRow=4092 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=48 k=16 n=10
COMPUTE popNext=1 inputRow=4092 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1 window=1 kOffset=48
; requantize channels 0..9, pixels 0..0
REQUANT popPrev=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=10 paramRow=0 addBias=1 outZero=159 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; 1 pixels × channels 0..9 → logits @0xcf40
STORE popPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=10 rows=1 sramRowStride=0 dramAddr=0xcf40 dramRowStride=0x0 repeat=1 sramOuterStride=1 dramOuterStride=0xa
; end of program
HALT
