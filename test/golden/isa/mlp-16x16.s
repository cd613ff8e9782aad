; mlp (w8a8, seeded calibration) lowered for 16x16
; 16x16 ws, MACs/cycle int8 256 int4 512 binary 16384 w4a8 512, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,28,28,1] NHWC @0x0
;   activation fc1 u8[1,64] NC @0x340
;   output     logits u8[1,10] NC @0x380
; layers: instructions, DRAM bytes read, DRAM bytes written
;   fc1               404    51728       64
;   logits             15     1280       10
;
; layer fc1: qdense 28x28x1 → 1x1x64, int8 (weights i8, input u8), ws
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..0, cols 0..0) channels 0..31 k-group 1 of 1
; im2col dense input bytes 0..783
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=16 rows=49 sramRowStride=1 dramAddr=0x0 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights: 2 channel tile(s) × chunks 0..48 @0x3c0
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=16 rows=784 sramRowStride=1 dramAddr=0x3c0 dramRowStride=0x10 repeat=2 sramOuterStride=784 dramOuterStride=0x3100 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..1
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=64 rows=6 sramRowStride=1 dramAddr=0xc7c0 dramRowStride=0x40 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile block 0 (out rows 0..0, cols 0..0) channels 32..63 k-group 1 of 1
; weights: 2 channel tile(s) × chunks 0..48 @0x3c0
LOAD buffer=weight sramRow=2048 sramByte=0 bytesPerRow=16 rows=784 sramRowStride=1 dramAddr=0x65c0 dramRowStride=0x10 repeat=2 sramOuterStride=784 dramOuterStride=0x3100 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 2..3
LOAD pushNext=1 buffer=param sramRow=64 sramByte=0 bytesPerRow=64 rows=6 sramRowStride=1 dramAddr=0xc940 dramRowStride=0x40 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile block 0 (out rows 0..0, cols 0..0) channels 0..31 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=16
COMPUTE inputRow=0 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=0
; latch chunk 1 of channel tile 0
LOAD_WEIGHTS weightRow=16 k=16 n=16
COMPUTE inputRow=1 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 2 of channel tile 0
LOAD_WEIGHTS weightRow=32 k=16 n=16
COMPUTE inputRow=2 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 3 of channel tile 0
LOAD_WEIGHTS weightRow=48 k=16 n=16
COMPUTE inputRow=3 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 4 of channel tile 0
LOAD_WEIGHTS weightRow=64 k=16 n=16
COMPUTE inputRow=4 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 5 of channel tile 0
LOAD_WEIGHTS weightRow=80 k=16 n=16
COMPUTE inputRow=5 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 6 of channel tile 0
LOAD_WEIGHTS weightRow=96 k=16 n=16
COMPUTE inputRow=6 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 7 of channel tile 0
LOAD_WEIGHTS weightRow=112 k=16 n=16
COMPUTE inputRow=7 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 8 of channel tile 0
LOAD_WEIGHTS weightRow=128 k=16 n=16
COMPUTE inputRow=8 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 9 of channel tile 0
LOAD_WEIGHTS weightRow=144 k=16 n=16
COMPUTE inputRow=9 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 10 of channel tile 0
LOAD_WEIGHTS weightRow=160 k=16 n=16
COMPUTE inputRow=10 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 11 of channel tile 0
LOAD_WEIGHTS weightRow=176 k=16 n=16
COMPUTE inputRow=11 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 12 of channel tile 0
LOAD_WEIGHTS weightRow=192 k=16 n=16
COMPUTE inputRow=12 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 13 of channel tile 0
LOAD_WEIGHTS weightRow=208 k=16 n=16
COMPUTE inputRow=13 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 14 of channel tile 0
LOAD_WEIGHTS weightRow=224 k=16 n=16
COMPUTE inputRow=14 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 15 of channel tile 0
LOAD_WEIGHTS weightRow=240 k=16 n=16
COMPUTE inputRow=15 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 16 of channel tile 0
LOAD_WEIGHTS weightRow=256 k=16 n=16
COMPUTE inputRow=16 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 17 of channel tile 0
LOAD_WEIGHTS weightRow=272 k=16 n=16
COMPUTE inputRow=17 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 18 of channel tile 0
LOAD_WEIGHTS weightRow=288 k=16 n=16
COMPUTE inputRow=18 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 19 of channel tile 0
LOAD_WEIGHTS weightRow=304 k=16 n=16
COMPUTE inputRow=19 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 20 of channel tile 0
LOAD_WEIGHTS weightRow=320 k=16 n=16
COMPUTE inputRow=20 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 21 of channel tile 0
LOAD_WEIGHTS weightRow=336 k=16 n=16
COMPUTE inputRow=21 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 22 of channel tile 0
LOAD_WEIGHTS weightRow=352 k=16 n=16
COMPUTE inputRow=22 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 23 of channel tile 0
LOAD_WEIGHTS weightRow=368 k=16 n=16
COMPUTE inputRow=23 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 24 of channel tile 0
LOAD_WEIGHTS weightRow=384 k=16 n=16
COMPUTE inputRow=24 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 25 of channel tile 0
LOAD_WEIGHTS weightRow=400 k=16 n=16
COMPUTE inputRow=25 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 26 of channel tile 0
LOAD_WEIGHTS weightRow=416 k=16 n=16
COMPUTE inputRow=26 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 27 of channel tile 0
LOAD_WEIGHTS weightRow=432 k=16 n=16
COMPUTE inputRow=27 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 28 of channel tile 0
LOAD_WEIGHTS weightRow=448 k=16 n=16
COMPUTE inputRow=28 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 29 of channel tile 0
LOAD_WEIGHTS weightRow=464 k=16 n=16
COMPUTE inputRow=29 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 30 of channel tile 0
LOAD_WEIGHTS weightRow=480 k=16 n=16
COMPUTE inputRow=30 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 31 of channel tile 0
LOAD_WEIGHTS weightRow=496 k=16 n=16
COMPUTE inputRow=31 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 32 of channel tile 0
LOAD_WEIGHTS weightRow=512 k=16 n=16
COMPUTE inputRow=32 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 33 of channel tile 0
LOAD_WEIGHTS weightRow=528 k=16 n=16
COMPUTE inputRow=33 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 34 of channel tile 0
LOAD_WEIGHTS weightRow=544 k=16 n=16
COMPUTE inputRow=34 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 35 of channel tile 0
LOAD_WEIGHTS weightRow=560 k=16 n=16
COMPUTE inputRow=35 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 36 of channel tile 0
LOAD_WEIGHTS weightRow=576 k=16 n=16
COMPUTE inputRow=36 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 37 of channel tile 0
LOAD_WEIGHTS weightRow=592 k=16 n=16
COMPUTE inputRow=37 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 38 of channel tile 0
LOAD_WEIGHTS weightRow=608 k=16 n=16
COMPUTE inputRow=38 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 39 of channel tile 0
LOAD_WEIGHTS weightRow=624 k=16 n=16
COMPUTE inputRow=39 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 40 of channel tile 0
LOAD_WEIGHTS weightRow=640 k=16 n=16
COMPUTE inputRow=40 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 41 of channel tile 0
LOAD_WEIGHTS weightRow=656 k=16 n=16
COMPUTE inputRow=41 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 42 of channel tile 0
LOAD_WEIGHTS weightRow=672 k=16 n=16
COMPUTE inputRow=42 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 43 of channel tile 0
LOAD_WEIGHTS weightRow=688 k=16 n=16
COMPUTE inputRow=43 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 44 of channel tile 0
LOAD_WEIGHTS weightRow=704 k=16 n=16
COMPUTE inputRow=44 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 45 of channel tile 0
LOAD_WEIGHTS weightRow=720 k=16 n=16
COMPUTE inputRow=45 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 46 of channel tile 0
LOAD_WEIGHTS weightRow=736 k=16 n=16
COMPUTE inputRow=46 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 47 of channel tile 0
LOAD_WEIGHTS weightRow=752 k=16 n=16
COMPUTE inputRow=47 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 48 of channel tile 0
LOAD_WEIGHTS weightRow=768 k=16 n=16
COMPUTE inputRow=48 inputRowStride=49 weightRow=0 accRow=0 m=1 k=16 n=16 accumulate=1
; latch chunk 0 of channel tile 1
LOAD_WEIGHTS weightRow=784 k=16 n=16
COMPUTE inputRow=0 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=0
; latch chunk 1 of channel tile 1
LOAD_WEIGHTS weightRow=800 k=16 n=16
COMPUTE inputRow=1 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 2 of channel tile 1
LOAD_WEIGHTS weightRow=816 k=16 n=16
COMPUTE inputRow=2 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 3 of channel tile 1
LOAD_WEIGHTS weightRow=832 k=16 n=16
COMPUTE inputRow=3 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 4 of channel tile 1
LOAD_WEIGHTS weightRow=848 k=16 n=16
COMPUTE inputRow=4 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 5 of channel tile 1
LOAD_WEIGHTS weightRow=864 k=16 n=16
COMPUTE inputRow=5 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 6 of channel tile 1
LOAD_WEIGHTS weightRow=880 k=16 n=16
COMPUTE inputRow=6 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 7 of channel tile 1
LOAD_WEIGHTS weightRow=896 k=16 n=16
COMPUTE inputRow=7 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 8 of channel tile 1
LOAD_WEIGHTS weightRow=912 k=16 n=16
COMPUTE inputRow=8 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 9 of channel tile 1
LOAD_WEIGHTS weightRow=928 k=16 n=16
COMPUTE inputRow=9 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 10 of channel tile 1
LOAD_WEIGHTS weightRow=944 k=16 n=16
COMPUTE inputRow=10 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 11 of channel tile 1
LOAD_WEIGHTS weightRow=960 k=16 n=16
COMPUTE inputRow=11 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 12 of channel tile 1
LOAD_WEIGHTS weightRow=976 k=16 n=16
COMPUTE inputRow=12 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 13 of channel tile 1
LOAD_WEIGHTS weightRow=992 k=16 n=16
COMPUTE inputRow=13 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 14 of channel tile 1
LOAD_WEIGHTS weightRow=1008 k=16 n=16
COMPUTE inputRow=14 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 15 of channel tile 1
LOAD_WEIGHTS weightRow=1024 k=16 n=16
COMPUTE inputRow=15 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 16 of channel tile 1
LOAD_WEIGHTS weightRow=1040 k=16 n=16
COMPUTE inputRow=16 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 17 of channel tile 1
LOAD_WEIGHTS weightRow=1056 k=16 n=16
COMPUTE inputRow=17 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 18 of channel tile 1
LOAD_WEIGHTS weightRow=1072 k=16 n=16
COMPUTE inputRow=18 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 19 of channel tile 1
LOAD_WEIGHTS weightRow=1088 k=16 n=16
COMPUTE inputRow=19 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 20 of channel tile 1
LOAD_WEIGHTS weightRow=1104 k=16 n=16
COMPUTE inputRow=20 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 21 of channel tile 1
LOAD_WEIGHTS weightRow=1120 k=16 n=16
COMPUTE inputRow=21 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 22 of channel tile 1
LOAD_WEIGHTS weightRow=1136 k=16 n=16
COMPUTE inputRow=22 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 23 of channel tile 1
LOAD_WEIGHTS weightRow=1152 k=16 n=16
COMPUTE inputRow=23 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 24 of channel tile 1
LOAD_WEIGHTS weightRow=1168 k=16 n=16
COMPUTE inputRow=24 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 25 of channel tile 1
LOAD_WEIGHTS weightRow=1184 k=16 n=16
COMPUTE inputRow=25 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 26 of channel tile 1
LOAD_WEIGHTS weightRow=1200 k=16 n=16
COMPUTE inputRow=26 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 27 of channel tile 1
LOAD_WEIGHTS weightRow=1216 k=16 n=16
COMPUTE inputRow=27 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 28 of channel tile 1
LOAD_WEIGHTS weightRow=1232 k=16 n=16
COMPUTE inputRow=28 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 29 of channel tile 1
LOAD_WEIGHTS weightRow=1248 k=16 n=16
COMPUTE inputRow=29 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 30 of channel tile 1
LOAD_WEIGHTS weightRow=1264 k=16 n=16
COMPUTE inputRow=30 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 31 of channel tile 1
LOAD_WEIGHTS weightRow=1280 k=16 n=16
COMPUTE inputRow=31 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 32 of channel tile 1
LOAD_WEIGHTS weightRow=1296 k=16 n=16
COMPUTE inputRow=32 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 33 of channel tile 1
LOAD_WEIGHTS weightRow=1312 k=16 n=16
COMPUTE inputRow=33 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 34 of channel tile 1
LOAD_WEIGHTS weightRow=1328 k=16 n=16
COMPUTE inputRow=34 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 35 of channel tile 1
LOAD_WEIGHTS weightRow=1344 k=16 n=16
COMPUTE inputRow=35 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 36 of channel tile 1
LOAD_WEIGHTS weightRow=1360 k=16 n=16
COMPUTE inputRow=36 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 37 of channel tile 1
LOAD_WEIGHTS weightRow=1376 k=16 n=16
COMPUTE inputRow=37 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 38 of channel tile 1
LOAD_WEIGHTS weightRow=1392 k=16 n=16
COMPUTE inputRow=38 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 39 of channel tile 1
LOAD_WEIGHTS weightRow=1408 k=16 n=16
COMPUTE inputRow=39 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 40 of channel tile 1
LOAD_WEIGHTS weightRow=1424 k=16 n=16
COMPUTE inputRow=40 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 41 of channel tile 1
LOAD_WEIGHTS weightRow=1440 k=16 n=16
COMPUTE inputRow=41 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 42 of channel tile 1
LOAD_WEIGHTS weightRow=1456 k=16 n=16
COMPUTE inputRow=42 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 43 of channel tile 1
LOAD_WEIGHTS weightRow=1472 k=16 n=16
COMPUTE inputRow=43 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 44 of channel tile 1
LOAD_WEIGHTS weightRow=1488 k=16 n=16
COMPUTE inputRow=44 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 45 of channel tile 1
LOAD_WEIGHTS weightRow=1504 k=16 n=16
COMPUTE inputRow=45 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 46 of channel tile 1
LOAD_WEIGHTS weightRow=1520 k=16 n=16
COMPUTE inputRow=46 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 47 of channel tile 1
LOAD_WEIGHTS weightRow=1536 k=16 n=16
COMPUTE inputRow=47 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; latch chunk 48 of channel tile 1
LOAD_WEIGHTS weightRow=1552 k=16 n=16
COMPUTE inputRow=48 inputRowStride=49 weightRow=0 accRow=1 m=1 k=16 n=16 accumulate=1
; requantize channel tile 0
REQUANT accRow=0 outRow=0 outByte=0 rows=1 n=16 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 1
REQUANT pushNext=1 accRow=1 outRow=1 outByte=0 rows=1 n=16 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..0, cols 0..0) channels 0..31 k-group 1 of 1
; 1 pixels × channels 0..31 → fc1 @0x340
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=16 rows=1 sramRowStride=1 dramAddr=0x340 dramRowStride=0x40 repeat=2 sramOuterStride=1 dramOuterStride=0x10
; compute tile block 0 (out rows 0..0, cols 0..0) channels 32..63 k-group 1 of 1
; latch chunk 0 of channel tile 2
LOAD_WEIGHTS popPrev=1 weightRow=2048 k=16 n=16
COMPUTE inputRow=0 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=0
; latch chunk 1 of channel tile 2
LOAD_WEIGHTS weightRow=2064 k=16 n=16
COMPUTE inputRow=1 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 2 of channel tile 2
LOAD_WEIGHTS weightRow=2080 k=16 n=16
COMPUTE inputRow=2 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 3 of channel tile 2
LOAD_WEIGHTS weightRow=2096 k=16 n=16
COMPUTE inputRow=3 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 4 of channel tile 2
LOAD_WEIGHTS weightRow=2112 k=16 n=16
COMPUTE inputRow=4 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 5 of channel tile 2
LOAD_WEIGHTS weightRow=2128 k=16 n=16
COMPUTE inputRow=5 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 6 of channel tile 2
LOAD_WEIGHTS weightRow=2144 k=16 n=16
COMPUTE inputRow=6 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 7 of channel tile 2
LOAD_WEIGHTS weightRow=2160 k=16 n=16
COMPUTE inputRow=7 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 8 of channel tile 2
LOAD_WEIGHTS weightRow=2176 k=16 n=16
COMPUTE inputRow=8 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 9 of channel tile 2
LOAD_WEIGHTS weightRow=2192 k=16 n=16
COMPUTE inputRow=9 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 10 of channel tile 2
LOAD_WEIGHTS weightRow=2208 k=16 n=16
COMPUTE inputRow=10 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 11 of channel tile 2
LOAD_WEIGHTS weightRow=2224 k=16 n=16
COMPUTE inputRow=11 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 12 of channel tile 2
LOAD_WEIGHTS weightRow=2240 k=16 n=16
COMPUTE inputRow=12 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 13 of channel tile 2
LOAD_WEIGHTS weightRow=2256 k=16 n=16
COMPUTE inputRow=13 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 14 of channel tile 2
LOAD_WEIGHTS weightRow=2272 k=16 n=16
COMPUTE inputRow=14 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 15 of channel tile 2
LOAD_WEIGHTS weightRow=2288 k=16 n=16
COMPUTE inputRow=15 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 16 of channel tile 2
LOAD_WEIGHTS weightRow=2304 k=16 n=16
COMPUTE inputRow=16 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 17 of channel tile 2
LOAD_WEIGHTS weightRow=2320 k=16 n=16
COMPUTE inputRow=17 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 18 of channel tile 2
LOAD_WEIGHTS weightRow=2336 k=16 n=16
COMPUTE inputRow=18 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 19 of channel tile 2
LOAD_WEIGHTS weightRow=2352 k=16 n=16
COMPUTE inputRow=19 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 20 of channel tile 2
LOAD_WEIGHTS weightRow=2368 k=16 n=16
COMPUTE inputRow=20 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 21 of channel tile 2
LOAD_WEIGHTS weightRow=2384 k=16 n=16
COMPUTE inputRow=21 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 22 of channel tile 2
LOAD_WEIGHTS weightRow=2400 k=16 n=16
COMPUTE inputRow=22 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 23 of channel tile 2
LOAD_WEIGHTS weightRow=2416 k=16 n=16
COMPUTE inputRow=23 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 24 of channel tile 2
LOAD_WEIGHTS weightRow=2432 k=16 n=16
COMPUTE inputRow=24 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 25 of channel tile 2
LOAD_WEIGHTS weightRow=2448 k=16 n=16
COMPUTE inputRow=25 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 26 of channel tile 2
LOAD_WEIGHTS weightRow=2464 k=16 n=16
COMPUTE inputRow=26 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 27 of channel tile 2
LOAD_WEIGHTS weightRow=2480 k=16 n=16
COMPUTE inputRow=27 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 28 of channel tile 2
LOAD_WEIGHTS weightRow=2496 k=16 n=16
COMPUTE inputRow=28 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 29 of channel tile 2
LOAD_WEIGHTS weightRow=2512 k=16 n=16
COMPUTE inputRow=29 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 30 of channel tile 2
LOAD_WEIGHTS weightRow=2528 k=16 n=16
COMPUTE inputRow=30 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 31 of channel tile 2
LOAD_WEIGHTS weightRow=2544 k=16 n=16
COMPUTE inputRow=31 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 32 of channel tile 2
LOAD_WEIGHTS weightRow=2560 k=16 n=16
COMPUTE inputRow=32 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 33 of channel tile 2
LOAD_WEIGHTS weightRow=2576 k=16 n=16
COMPUTE inputRow=33 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 34 of channel tile 2
LOAD_WEIGHTS weightRow=2592 k=16 n=16
COMPUTE inputRow=34 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 35 of channel tile 2
LOAD_WEIGHTS weightRow=2608 k=16 n=16
COMPUTE inputRow=35 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 36 of channel tile 2
LOAD_WEIGHTS weightRow=2624 k=16 n=16
COMPUTE inputRow=36 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 37 of channel tile 2
LOAD_WEIGHTS weightRow=2640 k=16 n=16
COMPUTE inputRow=37 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 38 of channel tile 2
LOAD_WEIGHTS weightRow=2656 k=16 n=16
COMPUTE inputRow=38 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 39 of channel tile 2
LOAD_WEIGHTS weightRow=2672 k=16 n=16
COMPUTE inputRow=39 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 40 of channel tile 2
LOAD_WEIGHTS weightRow=2688 k=16 n=16
COMPUTE inputRow=40 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 41 of channel tile 2
LOAD_WEIGHTS weightRow=2704 k=16 n=16
COMPUTE inputRow=41 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 42 of channel tile 2
LOAD_WEIGHTS weightRow=2720 k=16 n=16
COMPUTE inputRow=42 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 43 of channel tile 2
LOAD_WEIGHTS weightRow=2736 k=16 n=16
COMPUTE inputRow=43 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 44 of channel tile 2
LOAD_WEIGHTS weightRow=2752 k=16 n=16
COMPUTE inputRow=44 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 45 of channel tile 2
LOAD_WEIGHTS weightRow=2768 k=16 n=16
COMPUTE inputRow=45 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 46 of channel tile 2
LOAD_WEIGHTS weightRow=2784 k=16 n=16
COMPUTE inputRow=46 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 47 of channel tile 2
LOAD_WEIGHTS weightRow=2800 k=16 n=16
COMPUTE inputRow=47 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 48 of channel tile 2
LOAD_WEIGHTS weightRow=2816 k=16 n=16
COMPUTE inputRow=48 inputRowStride=49 weightRow=0 accRow=512 m=1 k=16 n=16 accumulate=1
; latch chunk 0 of channel tile 3
LOAD_WEIGHTS weightRow=2832 k=16 n=16
COMPUTE inputRow=0 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=0
; latch chunk 1 of channel tile 3
LOAD_WEIGHTS weightRow=2848 k=16 n=16
COMPUTE inputRow=1 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 2 of channel tile 3
LOAD_WEIGHTS weightRow=2864 k=16 n=16
COMPUTE inputRow=2 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 3 of channel tile 3
LOAD_WEIGHTS weightRow=2880 k=16 n=16
COMPUTE inputRow=3 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 4 of channel tile 3
LOAD_WEIGHTS weightRow=2896 k=16 n=16
COMPUTE inputRow=4 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 5 of channel tile 3
LOAD_WEIGHTS weightRow=2912 k=16 n=16
COMPUTE inputRow=5 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 6 of channel tile 3
LOAD_WEIGHTS weightRow=2928 k=16 n=16
COMPUTE inputRow=6 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 7 of channel tile 3
LOAD_WEIGHTS weightRow=2944 k=16 n=16
COMPUTE inputRow=7 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 8 of channel tile 3
LOAD_WEIGHTS weightRow=2960 k=16 n=16
COMPUTE inputRow=8 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 9 of channel tile 3
LOAD_WEIGHTS weightRow=2976 k=16 n=16
COMPUTE inputRow=9 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 10 of channel tile 3
LOAD_WEIGHTS weightRow=2992 k=16 n=16
COMPUTE inputRow=10 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 11 of channel tile 3
LOAD_WEIGHTS weightRow=3008 k=16 n=16
COMPUTE inputRow=11 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 12 of channel tile 3
LOAD_WEIGHTS weightRow=3024 k=16 n=16
COMPUTE inputRow=12 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 13 of channel tile 3
LOAD_WEIGHTS weightRow=3040 k=16 n=16
COMPUTE inputRow=13 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 14 of channel tile 3
LOAD_WEIGHTS weightRow=3056 k=16 n=16
COMPUTE inputRow=14 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 15 of channel tile 3
LOAD_WEIGHTS weightRow=3072 k=16 n=16
COMPUTE inputRow=15 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 16 of channel tile 3
LOAD_WEIGHTS weightRow=3088 k=16 n=16
COMPUTE inputRow=16 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 17 of channel tile 3
LOAD_WEIGHTS weightRow=3104 k=16 n=16
COMPUTE inputRow=17 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 18 of channel tile 3
LOAD_WEIGHTS weightRow=3120 k=16 n=16
COMPUTE inputRow=18 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 19 of channel tile 3
LOAD_WEIGHTS weightRow=3136 k=16 n=16
COMPUTE inputRow=19 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 20 of channel tile 3
LOAD_WEIGHTS weightRow=3152 k=16 n=16
COMPUTE inputRow=20 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 21 of channel tile 3
LOAD_WEIGHTS weightRow=3168 k=16 n=16
COMPUTE inputRow=21 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 22 of channel tile 3
LOAD_WEIGHTS weightRow=3184 k=16 n=16
COMPUTE inputRow=22 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 23 of channel tile 3
LOAD_WEIGHTS weightRow=3200 k=16 n=16
COMPUTE inputRow=23 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 24 of channel tile 3
LOAD_WEIGHTS weightRow=3216 k=16 n=16
COMPUTE inputRow=24 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 25 of channel tile 3
LOAD_WEIGHTS weightRow=3232 k=16 n=16
COMPUTE inputRow=25 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 26 of channel tile 3
LOAD_WEIGHTS weightRow=3248 k=16 n=16
COMPUTE inputRow=26 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 27 of channel tile 3
LOAD_WEIGHTS weightRow=3264 k=16 n=16
COMPUTE inputRow=27 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 28 of channel tile 3
LOAD_WEIGHTS weightRow=3280 k=16 n=16
COMPUTE inputRow=28 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 29 of channel tile 3
LOAD_WEIGHTS weightRow=3296 k=16 n=16
COMPUTE inputRow=29 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 30 of channel tile 3
LOAD_WEIGHTS weightRow=3312 k=16 n=16
COMPUTE inputRow=30 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 31 of channel tile 3
LOAD_WEIGHTS weightRow=3328 k=16 n=16
COMPUTE inputRow=31 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 32 of channel tile 3
LOAD_WEIGHTS weightRow=3344 k=16 n=16
COMPUTE inputRow=32 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 33 of channel tile 3
LOAD_WEIGHTS weightRow=3360 k=16 n=16
COMPUTE inputRow=33 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 34 of channel tile 3
LOAD_WEIGHTS weightRow=3376 k=16 n=16
COMPUTE inputRow=34 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 35 of channel tile 3
LOAD_WEIGHTS weightRow=3392 k=16 n=16
COMPUTE inputRow=35 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 36 of channel tile 3
LOAD_WEIGHTS weightRow=3408 k=16 n=16
COMPUTE inputRow=36 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 37 of channel tile 3
LOAD_WEIGHTS weightRow=3424 k=16 n=16
COMPUTE inputRow=37 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 38 of channel tile 3
LOAD_WEIGHTS weightRow=3440 k=16 n=16
COMPUTE inputRow=38 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 39 of channel tile 3
LOAD_WEIGHTS weightRow=3456 k=16 n=16
COMPUTE inputRow=39 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 40 of channel tile 3
LOAD_WEIGHTS weightRow=3472 k=16 n=16
COMPUTE inputRow=40 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 41 of channel tile 3
LOAD_WEIGHTS weightRow=3488 k=16 n=16
COMPUTE inputRow=41 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 42 of channel tile 3
LOAD_WEIGHTS weightRow=3504 k=16 n=16
COMPUTE inputRow=42 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 43 of channel tile 3
LOAD_WEIGHTS weightRow=3520 k=16 n=16
COMPUTE inputRow=43 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 44 of channel tile 3
LOAD_WEIGHTS weightRow=3536 k=16 n=16
COMPUTE inputRow=44 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 45 of channel tile 3
LOAD_WEIGHTS weightRow=3552 k=16 n=16
COMPUTE inputRow=45 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 46 of channel tile 3
LOAD_WEIGHTS weightRow=3568 k=16 n=16
COMPUTE inputRow=46 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 47 of channel tile 3
LOAD_WEIGHTS weightRow=3584 k=16 n=16
COMPUTE inputRow=47 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; latch chunk 48 of channel tile 3
LOAD_WEIGHTS weightRow=3600 k=16 n=16
COMPUTE inputRow=48 inputRowStride=49 weightRow=0 accRow=513 m=1 k=16 n=16 accumulate=1
; requantize channel tile 2
REQUANT accRow=512 outRow=1024 outByte=0 rows=1 n=16 paramRow=64 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 3
REQUANT pushNext=1 accRow=513 outRow=1025 outByte=0 rows=1 n=16 paramRow=67 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..0, cols 0..0) channels 32..63 k-group 1 of 1
; 1 pixels × channels 32..63 → fc1 @0x340
STORE popPrev=1 pushPrev=1 buffer=output sramRow=1024 sramByte=0 bytesPerRow=16 rows=1 sramRowStride=1 dramAddr=0x360 dramRowStride=0x40 repeat=2 sramOuterStride=1 dramOuterStride=0x10
; layer logits: qdense 1x1x64 → 1x1x10, int8 (weights i8, input u8), ws
; barrier: wait for the previous layer's stores (2), then release the loads
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; im2col dense input bytes 0..63
LOAD popNext=1 buffer=input sramRow=0 sramByte=0 bytesPerRow=16 rows=4 sramRowStride=1 dramAddr=0x340 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights: 1 channel tile(s) × chunks 0..3 @0xcac0
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=16 rows=64 sramRowStride=1 dramAddr=0xcac0 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=64 rows=3 sramRowStride=1 dramAddr=0xcec0 dramRowStride=0x40 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=10
COMPUTE inputRow=0 inputRowStride=4 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=0
; latch chunk 1 of channel tile 0
LOAD_WEIGHTS weightRow=16 k=16 n=10
COMPUTE inputRow=1 inputRowStride=4 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 2 of channel tile 0
LOAD_WEIGHTS weightRow=32 k=16 n=10
COMPUTE inputRow=2 inputRowStride=4 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; latch chunk 3 of channel tile 0
LOAD_WEIGHTS weightRow=48 k=16 n=10
COMPUTE inputRow=3 inputRowStride=4 weightRow=0 accRow=0 m=1 k=16 n=10 accumulate=1
; requantize channel tile 0
REQUANT pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=10 paramRow=0 addBias=1 outZero=159 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; 1 pixels × channels 0..9 → logits @0x380
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=10 rows=1 sramRowStride=1 dramAddr=0x380 dramRowStride=0xa repeat=1 sramOuterStride=0 dramOuterStride=0x0
; drain: wait for the last stores
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; end of program
HALT
