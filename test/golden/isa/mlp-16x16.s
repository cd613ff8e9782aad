; mlp (w8a8, seeded calibration) lowered for 16x16
; 16x16 ws, MACs/cycle int8 256 int4 512 binary 16384 w4a8 512 w4a8-log 512 w4a8-group 512 int8-group 256, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,28,28,1] NHWC @0xcbc0
;   activation fc1 u8[1,64] NC @0xcf00
;   output     logits u8[1,10] NC @0xcf40
; layers: instructions, DRAM bytes read, DRAM bytes written
;   fc1               411    51728        0
;   logits             14     1216       10
;
; layer fc1: qdense 28x28x1 → 1x1x64, int8 (weights i8, input u8), ws; input from DRAM in 1 band(s), 4 channel group(s), 1 k-group(s), bands outer; predicted 7223 cycles
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile band 0 (output rows 0..0) channels 0..15 k-group 1 of 1
; band 0: input rows 0..27 of x_q (28 B each)
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=28 rows=28 sramRowStride=2 dramAddr=0xcbc0 dramRowStride=0x1c repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 0, chunks 0..48
LOAD pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=12544 rows=1 sramRowStride=0 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0xc400 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile band 0 (output rows 0..0) channels 16..31 k-group 1 of 1
; weights of channel tile 1, chunks 0..48
LOAD pushNext=1 buffer=weight sramRow=784 sramByte=0 bytesPerRow=12544 rows=1 sramRowStride=0 dramAddr=0x3100 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 1..1
LOAD pushNext=1 buffer=param sramRow=3 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0xc4c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 0..15 k-group 1 of 1
; window: pitch 32 B, 1 B per pixel, channels 0..0 per tap
WINDOW pitch=32 pixelBytes=1 cinTap=1 chanOffset=0 kernelW=28 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=1
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=0 window=1
LOAD_WEIGHTS weightRow=16 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=32 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=48 k=16 n=16
COMPUTE pushPrev=1 inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=64 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=80 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=96 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=112 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=128 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=144 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=160 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=176 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=192 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=208 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=224 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=240 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=256 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=272 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=288 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=304 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=320 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=336 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=352 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=368 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=384 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=400 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=416 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=432 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=448 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=464 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=480 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=496 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=512 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=528 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=544 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=560 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=576 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=592 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=608 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=624 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=640 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=656 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=672 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=688 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=704 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=720 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=736 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=752 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=768 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=768
; requantize channels 0..15, pixels 0..0
REQUANT popPrev=1 pushPrev=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=16 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 0..15 k-group 1 of 1
; 1 pixels of channels 0..15 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=4092 dstByte=0 bytesPerRow=16 rows=1 srcRowStride=1 dstRowStride=4 repeat=1 srcOuterStride=0 dstOuterStride=0
; tile band 0 (output rows 0..0) channels 32..47 k-group 1 of 1
; weights of channel tile 2, chunks 0..48
LOAD pushNext=1 buffer=weight sramRow=1568 sramByte=0 bytesPerRow=12544 rows=1 sramRowStride=0 dramAddr=0x6200 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 2..2
LOAD pushNext=1 buffer=param sramRow=6 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0xc580 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 16..31 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=784 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=0 window=1
LOAD_WEIGHTS weightRow=800 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=816 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=832 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=848 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=864 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=880 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=896 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=912 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=928 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=944 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=960 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=976 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=992 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=1008 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=1024 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=1040 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=1056 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=1072 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=1088 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=1104 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=1120 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=1136 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=1152 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=1168 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=1184 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=1200 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=1216 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=1232 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=1248 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=1264 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=1280 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=1296 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=1312 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=1328 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=1344 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=1360 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=1376 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=1392 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=1408 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=1424 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=1440 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=1456 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=1472 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=1488 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=1504 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=1520 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=1536 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=1552 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=768
; requantize channels 16..31, pixels 0..0
REQUANT popPrev=1 pushNext=1 accRow=512 outRow=1 outByte=0 rows=1 n=16 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 16..31 k-group 1 of 1
; 1 pixels of channels 16..31 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=1 srcByte=0 dstBuffer=input dstRow=4093 dstByte=0 bytesPerRow=16 rows=1 srcRowStride=1 dstRowStride=4 repeat=1 srcOuterStride=0 dstOuterStride=0
; tile band 0 (output rows 0..0) channels 48..63 k-group 1 of 1
; weights of channel tile 3, chunks 0..48
LOAD pushNext=1 buffer=weight sramRow=2352 sramByte=0 bytesPerRow=12544 rows=1 sramRowStride=0 dramAddr=0x9300 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 3..3
LOAD pushNext=1 buffer=param sramRow=9 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0xc640 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 32..47 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=1568 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=0 window=1
LOAD_WEIGHTS weightRow=1584 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=1600 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=1616 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=1632 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=1648 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=1664 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=1680 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=1696 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=1712 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=1728 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=1744 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=1760 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=1776 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=1792 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=1808 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=1824 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=1840 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=1856 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=1872 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=1888 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=1904 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=1920 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=1936 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=1952 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=1968 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=1984 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=2000 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=2016 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=2032 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=2048 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=2064 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=2080 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=2096 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=2112 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=2128 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=2144 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=2160 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=2176 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=2192 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=2208 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=2224 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=2240 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=2256 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=2272 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=2288 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=2304 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=2320 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=2336 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1 window=1 kOffset=768
; requantize channels 32..47, pixels 0..0
REQUANT popPrev=1 popNext=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=16 paramRow=6 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 32..47 k-group 1 of 1
; 1 pixels of channels 32..47 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=4094 dstByte=0 bytesPerRow=16 rows=1 srcRowStride=1 dstRowStride=4 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile band 0 (output rows 0..0) channels 48..63 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=2352 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=0 window=1
LOAD_WEIGHTS weightRow=2368 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=2384 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=2400 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=2416 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=2432 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=2448 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=2464 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=2480 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=2496 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=2512 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=2528 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=2544 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=2560 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=2576 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=2592 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=2608 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=2624 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=2640 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=2656 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=2672 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=2688 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=2704 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=2720 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=2736 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=2752 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=2768 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=2784 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=2800 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=2816 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=2832 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=2848 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=2864 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=2880 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=2896 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=2912 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=2928 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=2944 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=2960 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=2976 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=2992 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=3008 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=3024 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=3040 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=3056 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=3072 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=3088 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=3104 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=3120 k=16 n=16
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1 window=1 kOffset=768
; requantize channels 48..63, pixels 0..0
REQUANT popPrev=1 popNext=1 pushNext=1 accRow=512 outRow=1 outByte=0 rows=1 n=16 paramRow=9 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 48..63 k-group 1 of 1
; 1 pixels of channels 48..63 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=1 srcByte=0 dstBuffer=input dstRow=4095 dstByte=0 bytesPerRow=16 rows=1 srcRowStride=1 dstRowStride=4 repeat=1 srcOuterStride=0 dstOuterStride=0
; layer logits: qdense 1x1x64 → 1x1x10, int8 (weights i8, input u8), ws; input on chip, 1 channel group(s), 1 k-group(s), bands outer; predicted 388 cycles
; tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; weights of channel tile 0, chunks 0..3
LOAD popNext=1 pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=1024 rows=1 sramRowStride=0 dramAddr=0xc700 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD popNext=1 pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=192 rows=1 sramRowStride=0 dramAddr=0xcb00 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 0..9 k-group 1 of 1
; window: pitch 64 B, 64 B per pixel, channels 0..63 per tap
WINDOW pitch=64 pixelBytes=64 cinTap=64 chanOffset=0 kernelW=1 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=1
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=10
COMPUTE inputRow=4092 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=0 window=1
LOAD_WEIGHTS weightRow=16 k=16 n=10
COMPUTE inputRow=4092 inputRowStride=0 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1 window=1 kOffset=16
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
