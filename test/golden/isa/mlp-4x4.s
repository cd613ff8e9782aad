; mlp (w8a8, seeded calibration) lowered for 4x4
; 4x4 ws, MACs/cycle int8 16 int4 32 binary 1024 w4a8 32 w4a8-log 32 w4a8-group 32 int8-group 16 fp8-e4m3 16 mxint8 16 mxfp8 16 mxfp4 16, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,28,28,1] NHWC @0xcac0
;   activation fc1 u8[1,64] NC @0xce00
;   output     logits u8[1,10] NC @0xce40
; layers: instructions, DRAM bytes read, DRAM bytes written
;   fc1                85    51728        0
;   logits             32      912       10
;
; layer fc1: qdense 28x28x1 → 1x1x64, int8 (weights i8, input u8), ws; input from DRAM in 1 band(s), 4 channel group(s), 1 k-group(s), bands outer; predicted 19451 cycles
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile band 0 (output rows 0..0) channels 0..15 k-group 1 of 1
; band 0: input rows 0..27 of x_q (28 B each)
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=28 rows=28 sramRowStride=7 dramAddr=0xcac0 dramRowStride=0x1c repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 0, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..3
LOAD buffer=param sramRow=0 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0xc400 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 1, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=784 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0xc40 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 2, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=1568 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x1880 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 3, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=2352 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x24c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile band 0 (output rows 0..0) channels 16..31 k-group 1 of 1
; weights of channel tile 4, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=3136 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x3100 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 4..7
LOAD buffer=param sramRow=12 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0xc4c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 5, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=3920 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x3d40 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 6, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=4704 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x4980 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 7, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=5488 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x55c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 0..15 k-group 1 of 1
; window: pitch 28 B, 1 B per pixel, channels 0..0 per tap
WINDOW pitch=28 pixelBytes=1 cinTap=1 chanOffset=0 kernelW=28 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=1
COMPUTE popPrev=1 pushPrev=1 inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0 window=1 tiles=16 tileRowStride=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=64 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64 tiles=180 tileRowStride=4
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=784 accRow=1 m=1 k=4 n=4 accumulate=0 window=1 tiles=8 tileRowStride=4
; requantize channels 0..3, pixels 0..0
REQUANT pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=0 inputRowStride=0 weightRow=816 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32 tiles=188 tileRowStride=4
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=1568 accRow=2 m=1 k=4 n=4 accumulate=0 window=1 tiles=8 tileRowStride=4
; requantize channels 4..7, pixels 0..0
REQUANT pushNext=1 accRow=1 outRow=1 outByte=0 rows=1 n=4 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=0 inputRowStride=0 weightRow=1600 accRow=2 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32 tiles=188 tileRowStride=4
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=2352 accRow=3 m=1 k=4 n=4 accumulate=0 window=1 tiles=8 tileRowStride=4
; requantize channels 8..11, pixels 0..0
REQUANT pushPrev=1 pushNext=1 accRow=2 outRow=2 outByte=0 rows=1 n=4 paramRow=6 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE pushPrev=1 inputRow=0 inputRowStride=0 weightRow=2384 accRow=3 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32 tiles=1
COMPUTE inputRow=0 inputRowStride=0 weightRow=2388 accRow=3 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36 tiles=187 tileRowStride=4
; requantize channels 12..15, pixels 0..0
REQUANT pushNext=1 accRow=3 outRow=3 outByte=0 rows=1 n=4 paramRow=9 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 0..15 k-group 1 of 1
; 1 pixels of channels 0..3 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=16368 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; 1 pixels of channels 4..7 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=1 srcByte=0 dstBuffer=input dstRow=16369 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; 1 pixels of channels 8..11 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=2 srcByte=0 dstBuffer=input dstRow=16370 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; 1 pixels of channels 12..15 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=3 srcByte=0 dstBuffer=input dstRow=16371 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; tile band 0 (output rows 0..0) channels 32..47 k-group 1 of 1
; weights of channel tile 8, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=6272 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x6200 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 8..11
LOAD buffer=param sramRow=24 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0xc580 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 9, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=7056 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x6e40 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 10, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=7840 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x7a80 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 11, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=8624 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x86c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 16..31 k-group 1 of 1
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=3136 accRow=2048 m=1 k=4 n=4 accumulate=0 window=1 tiles=196 tileRowStride=4
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=3920 accRow=2049 m=1 k=4 n=4 accumulate=0 window=1 tiles=8 tileRowStride=4
; requantize channels 16..19, pixels 0..0
REQUANT pushNext=1 accRow=2048 outRow=4 outByte=0 rows=1 n=4 paramRow=12 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=0 inputRowStride=0 weightRow=3952 accRow=2049 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32 tiles=188 tileRowStride=4
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=4704 accRow=2050 m=1 k=4 n=4 accumulate=0 window=1 tiles=8 tileRowStride=4
; requantize channels 20..23, pixels 0..0
REQUANT pushNext=1 accRow=2049 outRow=5 outByte=0 rows=1 n=4 paramRow=15 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=0 inputRowStride=0 weightRow=4736 accRow=2050 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32 tiles=188 tileRowStride=4
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=5488 accRow=2051 m=1 k=4 n=4 accumulate=0 window=1 tiles=8 tileRowStride=4
; requantize channels 24..27, pixels 0..0
REQUANT pushNext=1 accRow=2050 outRow=6 outByte=0 rows=1 n=4 paramRow=18 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=0 inputRowStride=0 weightRow=5520 accRow=2051 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32 tiles=188 tileRowStride=4
; requantize channels 28..31, pixels 0..0
REQUANT pushNext=1 accRow=2051 outRow=7 outByte=0 rows=1 n=4 paramRow=21 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 16..31 k-group 1 of 1
; 1 pixels of channels 16..19 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=4 srcByte=0 dstBuffer=input dstRow=16372 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; 1 pixels of channels 20..23 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=5 srcByte=0 dstBuffer=input dstRow=16373 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; 1 pixels of channels 24..27 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=6 srcByte=0 dstBuffer=input dstRow=16374 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; 1 pixels of channels 28..31 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=7 srcByte=0 dstBuffer=input dstRow=16375 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; tile band 0 (output rows 0..0) channels 48..63 k-group 1 of 1
; weights of channel tile 12, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=9408 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x9300 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 12..15
LOAD buffer=param sramRow=36 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0xc640 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 13, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=10192 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x9f40 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 14, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=10976 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0xab80 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 15, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=11760 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0xb7c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 32..47 k-group 1 of 1
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=6272 accRow=0 m=1 k=4 n=4 accumulate=0 window=1 tiles=196 tileRowStride=4
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=7056 accRow=1 m=1 k=4 n=4 accumulate=0 window=1 tiles=8 tileRowStride=4
; requantize channels 32..35, pixels 0..0
REQUANT popNext=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=24 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=0 inputRowStride=0 weightRow=7088 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32 tiles=188 tileRowStride=4
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=7840 accRow=2 m=1 k=4 n=4 accumulate=0 window=1 tiles=8 tileRowStride=4
; requantize channels 36..39, pixels 0..0
REQUANT popNext=1 pushNext=1 accRow=1 outRow=1 outByte=0 rows=1 n=4 paramRow=27 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=0 inputRowStride=0 weightRow=7872 accRow=2 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32 tiles=188 tileRowStride=4
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=8624 accRow=3 m=1 k=4 n=4 accumulate=0 window=1 tiles=8 tileRowStride=4
; requantize channels 40..43, pixels 0..0
REQUANT popNext=1 pushNext=1 accRow=2 outRow=2 outByte=0 rows=1 n=4 paramRow=30 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=0 inputRowStride=0 weightRow=8656 accRow=3 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32 tiles=188 tileRowStride=4
; requantize channels 44..47, pixels 0..0
REQUANT popNext=1 pushNext=1 accRow=3 outRow=3 outByte=0 rows=1 n=4 paramRow=33 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 32..47 k-group 1 of 1
; 1 pixels of channels 32..35 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=16376 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; 1 pixels of channels 36..39 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=1 srcByte=0 dstBuffer=input dstRow=16377 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; 1 pixels of channels 40..43 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=2 srcByte=0 dstBuffer=input dstRow=16378 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; 1 pixels of channels 44..47 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=3 srcByte=0 dstBuffer=input dstRow=16379 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile band 0 (output rows 0..0) channels 48..63 k-group 1 of 1
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=9408 accRow=2048 m=1 k=4 n=4 accumulate=0 window=1 tiles=196 tileRowStride=4
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=10192 accRow=2049 m=1 k=4 n=4 accumulate=0 window=1 tiles=8 tileRowStride=4
; requantize channels 48..51, pixels 0..0
REQUANT popNext=1 pushNext=1 accRow=2048 outRow=4 outByte=0 rows=1 n=4 paramRow=36 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=0 inputRowStride=0 weightRow=10224 accRow=2049 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32 tiles=188 tileRowStride=4
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=10976 accRow=2050 m=1 k=4 n=4 accumulate=0 window=1 tiles=8 tileRowStride=4
; requantize channels 52..55, pixels 0..0
REQUANT popNext=1 pushNext=1 accRow=2049 outRow=5 outByte=0 rows=1 n=4 paramRow=39 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=0 inputRowStride=0 weightRow=11008 accRow=2050 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32 tiles=188 tileRowStride=4
COMPUTE popPrev=1 inputRow=0 inputRowStride=0 weightRow=11760 accRow=2051 m=1 k=4 n=4 accumulate=0 window=1 tiles=8 tileRowStride=4
; requantize channels 56..59, pixels 0..0
REQUANT popNext=1 pushNext=1 accRow=2050 outRow=6 outByte=0 rows=1 n=4 paramRow=42 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=0 inputRowStride=0 weightRow=11792 accRow=2051 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32 tiles=188 tileRowStride=4
; requantize channels 60..63, pixels 0..0
REQUANT popNext=1 pushNext=1 accRow=2051 outRow=7 outByte=0 rows=1 n=4 paramRow=45 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 48..63 k-group 1 of 1
; 1 pixels of channels 48..51 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=4 srcByte=0 dstBuffer=input dstRow=16380 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; 1 pixels of channels 52..55 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=5 srcByte=0 dstBuffer=input dstRow=16381 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; 1 pixels of channels 56..59 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=6 srcByte=0 dstBuffer=input dstRow=16382 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; 1 pixels of channels 60..63 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=7 srcByte=0 dstBuffer=input dstRow=16383 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; layer logits: qdense 1x1x64 → 1x1x10, int8 (weights i8, input u8), ws; input on chip, 1 channel group(s), 1 k-group(s), bands outer; predicted 677 cycles
; tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; weights of channel tile 0, chunks 0..15
LOAD popNext=1 pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0xc700 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..2
LOAD popNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=144 rows=1 sramRowStride=0 dramAddr=0xca00 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 1, chunks 0..15
LOAD popNext=1 pushNext=1 buffer=weight sramRow=64 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0xc800 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 2, chunks 0..15
LOAD pushNext=1 buffer=weight sramRow=128 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0xc900 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; window: pitch 64 B, 64 B per pixel, channels 0..63 per tap
WINDOW pitch=64 pixelBytes=64 cinTap=64 chanOffset=0 kernelW=1 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=1
COMPUTE popPrev=1 inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0 window=1 tiles=8 tileRowStride=4
LOAD_WEIGHTS weightRow=32 k=4 n=4
COMPUTE popNext=1 inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=36 k=4 n=4
COMPUTE popNext=1 inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=40 k=4 n=4
COMPUTE popNext=1 inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=44 k=4 n=4
COMPUTE popNext=1 inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=48 k=4 n=4
COMPUTE popNext=1 inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=52 k=4 n=4
COMPUTE popNext=1 inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=56 k=4 n=4
COMPUTE popNext=1 inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=60 k=4 n=4
COMPUTE popNext=1 inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
COMPUTE popPrev=1 inputRow=16368 inputRowStride=0 weightRow=64 accRow=1 m=1 k=4 n=4 accumulate=0 window=1 tiles=8 tileRowStride=4
; requantize channels 0..3, pixels 0..0
REQUANT accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=0 addBias=1 outZero=159 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=16368 inputRowStride=0 weightRow=96 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32 tiles=8 tileRowStride=4
COMPUTE popPrev=1 inputRow=16368 inputRowStride=0 weightRow=128 accRow=2 m=1 k=4 n=2 accumulate=0 window=1 tiles=8 tileRowStride=4
; requantize channels 4..7, pixels 0..0
REQUANT pushNext=1 accRow=1 outRow=1 outByte=0 rows=1 n=4 paramRow=3 addBias=1 outZero=159 qmin=0 qmax=255 outBits=8 outSigned=0
COMPUTE inputRow=16368 inputRowStride=0 weightRow=160 accRow=2 m=1 k=4 n=2 accumulate=1 window=1 kOffset=32 tiles=8 tileRowStride=4
; requantize channels 8..9, pixels 0..0
REQUANT pushNext=1 accRow=2 outRow=2 outByte=0 rows=1 n=2 paramRow=6 addBias=1 outZero=159 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; 1 pixels × channels 0..7 → logits @0xce40
STORE popPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=2 sramRowStride=1 dramAddr=0xce40 dramRowStride=0x4 repeat=1 sramOuterStride=1 dramOuterStride=0xa
; 1 pixels × channels 8..9 → logits @0xce40
STORE popPrev=1 buffer=output sramRow=2 sramByte=0 bytesPerRow=2 rows=1 sramRowStride=0 dramAddr=0xce48 dramRowStride=0x0 repeat=1 sramOuterStride=1 dramOuterStride=0xa
; end of program
HALT
