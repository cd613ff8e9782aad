; mlp (w8a8, seeded calibration) lowered for 4x4
; 4x4 ws, MACs/cycle int8 16 int4 32 binary 1024 w4a8 32, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,28,28,1] NHWC @0x0
;   activation fc1 u8[1,64] NC @0x340
;   output     logits u8[1,10] NC @0x380
; layers: instructions, DRAM bytes read, DRAM bytes written
;   fc1              6296    51728       64
;   logits            106      976       10
;
; layer fc1: qdense 28x28x1 → 1x1x64, int8 (weights i8, input u8), ws
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..0, cols 0..0) channels 0..31 k-group 1 of 1
; im2col dense input bytes 0..783
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=4 rows=196 sramRowStride=1 dramAddr=0x0 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights: 8 channel tile(s) × chunks 0..195 @0x3c0
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=4 rows=784 sramRowStride=1 dramAddr=0x3c0 dramRowStride=0x4 repeat=8 sramOuterStride=784 dramOuterStride=0xc40 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..7
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=16 rows=24 sramRowStride=1 dramAddr=0xc7c0 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile block 0 (out rows 0..0, cols 0..0) channels 32..63 k-group 1 of 1
; weights: 8 channel tile(s) × chunks 0..195 @0x3c0
LOAD buffer=weight sramRow=8192 sramByte=0 bytesPerRow=4 rows=784 sramRowStride=1 dramAddr=0x65c0 dramRowStride=0x4 repeat=8 sramOuterStride=784 dramOuterStride=0xc40 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 8..15
LOAD pushNext=1 buffer=param sramRow=256 sramByte=0 bytesPerRow=16 rows=24 sramRowStride=1 dramAddr=0xc940 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile block 0 (out rows 0..0, cols 0..0) channels 0..31 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE inputRow=0 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 0
LOAD_WEIGHTS weightRow=4 k=4 n=4
COMPUTE inputRow=1 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 0
LOAD_WEIGHTS weightRow=8 k=4 n=4
COMPUTE inputRow=2 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 0
LOAD_WEIGHTS weightRow=12 k=4 n=4
COMPUTE inputRow=3 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 0
LOAD_WEIGHTS weightRow=16 k=4 n=4
COMPUTE inputRow=4 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 0
LOAD_WEIGHTS weightRow=20 k=4 n=4
COMPUTE inputRow=5 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 0
LOAD_WEIGHTS weightRow=24 k=4 n=4
COMPUTE inputRow=6 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 0
LOAD_WEIGHTS weightRow=28 k=4 n=4
COMPUTE inputRow=7 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 0
LOAD_WEIGHTS weightRow=32 k=4 n=4
COMPUTE inputRow=8 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 0
LOAD_WEIGHTS weightRow=36 k=4 n=4
COMPUTE inputRow=9 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 0
LOAD_WEIGHTS weightRow=40 k=4 n=4
COMPUTE inputRow=10 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 0
LOAD_WEIGHTS weightRow=44 k=4 n=4
COMPUTE inputRow=11 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 0
LOAD_WEIGHTS weightRow=48 k=4 n=4
COMPUTE inputRow=12 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 0
LOAD_WEIGHTS weightRow=52 k=4 n=4
COMPUTE inputRow=13 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 0
LOAD_WEIGHTS weightRow=56 k=4 n=4
COMPUTE inputRow=14 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 0
LOAD_WEIGHTS weightRow=60 k=4 n=4
COMPUTE inputRow=15 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 0
LOAD_WEIGHTS weightRow=64 k=4 n=4
COMPUTE inputRow=16 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 0
LOAD_WEIGHTS weightRow=68 k=4 n=4
COMPUTE inputRow=17 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 18 of channel tile 0
LOAD_WEIGHTS weightRow=72 k=4 n=4
COMPUTE inputRow=18 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 19 of channel tile 0
LOAD_WEIGHTS weightRow=76 k=4 n=4
COMPUTE inputRow=19 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 20 of channel tile 0
LOAD_WEIGHTS weightRow=80 k=4 n=4
COMPUTE inputRow=20 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 21 of channel tile 0
LOAD_WEIGHTS weightRow=84 k=4 n=4
COMPUTE inputRow=21 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 22 of channel tile 0
LOAD_WEIGHTS weightRow=88 k=4 n=4
COMPUTE inputRow=22 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 23 of channel tile 0
LOAD_WEIGHTS weightRow=92 k=4 n=4
COMPUTE inputRow=23 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 24 of channel tile 0
LOAD_WEIGHTS weightRow=96 k=4 n=4
COMPUTE inputRow=24 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 25 of channel tile 0
LOAD_WEIGHTS weightRow=100 k=4 n=4
COMPUTE inputRow=25 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 26 of channel tile 0
LOAD_WEIGHTS weightRow=104 k=4 n=4
COMPUTE inputRow=26 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 27 of channel tile 0
LOAD_WEIGHTS weightRow=108 k=4 n=4
COMPUTE inputRow=27 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 28 of channel tile 0
LOAD_WEIGHTS weightRow=112 k=4 n=4
COMPUTE inputRow=28 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 29 of channel tile 0
LOAD_WEIGHTS weightRow=116 k=4 n=4
COMPUTE inputRow=29 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 30 of channel tile 0
LOAD_WEIGHTS weightRow=120 k=4 n=4
COMPUTE inputRow=30 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 31 of channel tile 0
LOAD_WEIGHTS weightRow=124 k=4 n=4
COMPUTE inputRow=31 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 32 of channel tile 0
LOAD_WEIGHTS weightRow=128 k=4 n=4
COMPUTE inputRow=32 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 33 of channel tile 0
LOAD_WEIGHTS weightRow=132 k=4 n=4
COMPUTE inputRow=33 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 34 of channel tile 0
LOAD_WEIGHTS weightRow=136 k=4 n=4
COMPUTE inputRow=34 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 35 of channel tile 0
LOAD_WEIGHTS weightRow=140 k=4 n=4
COMPUTE inputRow=35 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 36 of channel tile 0
LOAD_WEIGHTS weightRow=144 k=4 n=4
COMPUTE inputRow=36 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 37 of channel tile 0
LOAD_WEIGHTS weightRow=148 k=4 n=4
COMPUTE inputRow=37 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 38 of channel tile 0
LOAD_WEIGHTS weightRow=152 k=4 n=4
COMPUTE inputRow=38 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 39 of channel tile 0
LOAD_WEIGHTS weightRow=156 k=4 n=4
COMPUTE inputRow=39 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 40 of channel tile 0
LOAD_WEIGHTS weightRow=160 k=4 n=4
COMPUTE inputRow=40 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 41 of channel tile 0
LOAD_WEIGHTS weightRow=164 k=4 n=4
COMPUTE inputRow=41 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 42 of channel tile 0
LOAD_WEIGHTS weightRow=168 k=4 n=4
COMPUTE inputRow=42 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 43 of channel tile 0
LOAD_WEIGHTS weightRow=172 k=4 n=4
COMPUTE inputRow=43 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 44 of channel tile 0
LOAD_WEIGHTS weightRow=176 k=4 n=4
COMPUTE inputRow=44 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 45 of channel tile 0
LOAD_WEIGHTS weightRow=180 k=4 n=4
COMPUTE inputRow=45 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 46 of channel tile 0
LOAD_WEIGHTS weightRow=184 k=4 n=4
COMPUTE inputRow=46 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 47 of channel tile 0
LOAD_WEIGHTS weightRow=188 k=4 n=4
COMPUTE inputRow=47 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 48 of channel tile 0
LOAD_WEIGHTS weightRow=192 k=4 n=4
COMPUTE inputRow=48 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 49 of channel tile 0
LOAD_WEIGHTS weightRow=196 k=4 n=4
COMPUTE inputRow=49 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 50 of channel tile 0
LOAD_WEIGHTS weightRow=200 k=4 n=4
COMPUTE inputRow=50 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 51 of channel tile 0
LOAD_WEIGHTS weightRow=204 k=4 n=4
COMPUTE inputRow=51 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 52 of channel tile 0
LOAD_WEIGHTS weightRow=208 k=4 n=4
COMPUTE inputRow=52 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 53 of channel tile 0
LOAD_WEIGHTS weightRow=212 k=4 n=4
COMPUTE inputRow=53 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 54 of channel tile 0
LOAD_WEIGHTS weightRow=216 k=4 n=4
COMPUTE inputRow=54 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 55 of channel tile 0
LOAD_WEIGHTS weightRow=220 k=4 n=4
COMPUTE inputRow=55 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 56 of channel tile 0
LOAD_WEIGHTS weightRow=224 k=4 n=4
COMPUTE inputRow=56 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 57 of channel tile 0
LOAD_WEIGHTS weightRow=228 k=4 n=4
COMPUTE inputRow=57 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 58 of channel tile 0
LOAD_WEIGHTS weightRow=232 k=4 n=4
COMPUTE inputRow=58 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 59 of channel tile 0
LOAD_WEIGHTS weightRow=236 k=4 n=4
COMPUTE inputRow=59 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 60 of channel tile 0
LOAD_WEIGHTS weightRow=240 k=4 n=4
COMPUTE inputRow=60 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 61 of channel tile 0
LOAD_WEIGHTS weightRow=244 k=4 n=4
COMPUTE inputRow=61 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 62 of channel tile 0
LOAD_WEIGHTS weightRow=248 k=4 n=4
COMPUTE inputRow=62 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 63 of channel tile 0
LOAD_WEIGHTS weightRow=252 k=4 n=4
COMPUTE inputRow=63 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 64 of channel tile 0
LOAD_WEIGHTS weightRow=256 k=4 n=4
COMPUTE inputRow=64 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 65 of channel tile 0
LOAD_WEIGHTS weightRow=260 k=4 n=4
COMPUTE inputRow=65 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 66 of channel tile 0
LOAD_WEIGHTS weightRow=264 k=4 n=4
COMPUTE inputRow=66 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 67 of channel tile 0
LOAD_WEIGHTS weightRow=268 k=4 n=4
COMPUTE inputRow=67 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 68 of channel tile 0
LOAD_WEIGHTS weightRow=272 k=4 n=4
COMPUTE inputRow=68 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 69 of channel tile 0
LOAD_WEIGHTS weightRow=276 k=4 n=4
COMPUTE inputRow=69 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 70 of channel tile 0
LOAD_WEIGHTS weightRow=280 k=4 n=4
COMPUTE inputRow=70 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 71 of channel tile 0
LOAD_WEIGHTS weightRow=284 k=4 n=4
COMPUTE inputRow=71 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 72 of channel tile 0
LOAD_WEIGHTS weightRow=288 k=4 n=4
COMPUTE inputRow=72 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 73 of channel tile 0
LOAD_WEIGHTS weightRow=292 k=4 n=4
COMPUTE inputRow=73 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 74 of channel tile 0
LOAD_WEIGHTS weightRow=296 k=4 n=4
COMPUTE inputRow=74 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 75 of channel tile 0
LOAD_WEIGHTS weightRow=300 k=4 n=4
COMPUTE inputRow=75 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 76 of channel tile 0
LOAD_WEIGHTS weightRow=304 k=4 n=4
COMPUTE inputRow=76 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 77 of channel tile 0
LOAD_WEIGHTS weightRow=308 k=4 n=4
COMPUTE inputRow=77 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 78 of channel tile 0
LOAD_WEIGHTS weightRow=312 k=4 n=4
COMPUTE inputRow=78 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 79 of channel tile 0
LOAD_WEIGHTS weightRow=316 k=4 n=4
COMPUTE inputRow=79 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 80 of channel tile 0
LOAD_WEIGHTS weightRow=320 k=4 n=4
COMPUTE inputRow=80 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 81 of channel tile 0
LOAD_WEIGHTS weightRow=324 k=4 n=4
COMPUTE inputRow=81 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 82 of channel tile 0
LOAD_WEIGHTS weightRow=328 k=4 n=4
COMPUTE inputRow=82 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 83 of channel tile 0
LOAD_WEIGHTS weightRow=332 k=4 n=4
COMPUTE inputRow=83 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 84 of channel tile 0
LOAD_WEIGHTS weightRow=336 k=4 n=4
COMPUTE inputRow=84 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 85 of channel tile 0
LOAD_WEIGHTS weightRow=340 k=4 n=4
COMPUTE inputRow=85 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 86 of channel tile 0
LOAD_WEIGHTS weightRow=344 k=4 n=4
COMPUTE inputRow=86 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 87 of channel tile 0
LOAD_WEIGHTS weightRow=348 k=4 n=4
COMPUTE inputRow=87 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 88 of channel tile 0
LOAD_WEIGHTS weightRow=352 k=4 n=4
COMPUTE inputRow=88 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 89 of channel tile 0
LOAD_WEIGHTS weightRow=356 k=4 n=4
COMPUTE inputRow=89 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 90 of channel tile 0
LOAD_WEIGHTS weightRow=360 k=4 n=4
COMPUTE inputRow=90 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 91 of channel tile 0
LOAD_WEIGHTS weightRow=364 k=4 n=4
COMPUTE inputRow=91 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 92 of channel tile 0
LOAD_WEIGHTS weightRow=368 k=4 n=4
COMPUTE inputRow=92 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 93 of channel tile 0
LOAD_WEIGHTS weightRow=372 k=4 n=4
COMPUTE inputRow=93 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 94 of channel tile 0
LOAD_WEIGHTS weightRow=376 k=4 n=4
COMPUTE inputRow=94 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 95 of channel tile 0
LOAD_WEIGHTS weightRow=380 k=4 n=4
COMPUTE inputRow=95 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 96 of channel tile 0
LOAD_WEIGHTS weightRow=384 k=4 n=4
COMPUTE inputRow=96 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 97 of channel tile 0
LOAD_WEIGHTS weightRow=388 k=4 n=4
COMPUTE inputRow=97 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 98 of channel tile 0
LOAD_WEIGHTS weightRow=392 k=4 n=4
COMPUTE inputRow=98 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 99 of channel tile 0
LOAD_WEIGHTS weightRow=396 k=4 n=4
COMPUTE inputRow=99 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 100 of channel tile 0
LOAD_WEIGHTS weightRow=400 k=4 n=4
COMPUTE inputRow=100 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 101 of channel tile 0
LOAD_WEIGHTS weightRow=404 k=4 n=4
COMPUTE inputRow=101 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 102 of channel tile 0
LOAD_WEIGHTS weightRow=408 k=4 n=4
COMPUTE inputRow=102 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 103 of channel tile 0
LOAD_WEIGHTS weightRow=412 k=4 n=4
COMPUTE inputRow=103 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 104 of channel tile 0
LOAD_WEIGHTS weightRow=416 k=4 n=4
COMPUTE inputRow=104 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 105 of channel tile 0
LOAD_WEIGHTS weightRow=420 k=4 n=4
COMPUTE inputRow=105 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 106 of channel tile 0
LOAD_WEIGHTS weightRow=424 k=4 n=4
COMPUTE inputRow=106 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 107 of channel tile 0
LOAD_WEIGHTS weightRow=428 k=4 n=4
COMPUTE inputRow=107 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 108 of channel tile 0
LOAD_WEIGHTS weightRow=432 k=4 n=4
COMPUTE inputRow=108 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 109 of channel tile 0
LOAD_WEIGHTS weightRow=436 k=4 n=4
COMPUTE inputRow=109 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 110 of channel tile 0
LOAD_WEIGHTS weightRow=440 k=4 n=4
COMPUTE inputRow=110 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 111 of channel tile 0
LOAD_WEIGHTS weightRow=444 k=4 n=4
COMPUTE inputRow=111 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 112 of channel tile 0
LOAD_WEIGHTS weightRow=448 k=4 n=4
COMPUTE inputRow=112 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 113 of channel tile 0
LOAD_WEIGHTS weightRow=452 k=4 n=4
COMPUTE inputRow=113 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 114 of channel tile 0
LOAD_WEIGHTS weightRow=456 k=4 n=4
COMPUTE inputRow=114 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 115 of channel tile 0
LOAD_WEIGHTS weightRow=460 k=4 n=4
COMPUTE inputRow=115 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 116 of channel tile 0
LOAD_WEIGHTS weightRow=464 k=4 n=4
COMPUTE inputRow=116 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 117 of channel tile 0
LOAD_WEIGHTS weightRow=468 k=4 n=4
COMPUTE inputRow=117 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 118 of channel tile 0
LOAD_WEIGHTS weightRow=472 k=4 n=4
COMPUTE inputRow=118 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 119 of channel tile 0
LOAD_WEIGHTS weightRow=476 k=4 n=4
COMPUTE inputRow=119 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 120 of channel tile 0
LOAD_WEIGHTS weightRow=480 k=4 n=4
COMPUTE inputRow=120 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 121 of channel tile 0
LOAD_WEIGHTS weightRow=484 k=4 n=4
COMPUTE inputRow=121 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 122 of channel tile 0
LOAD_WEIGHTS weightRow=488 k=4 n=4
COMPUTE inputRow=122 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 123 of channel tile 0
LOAD_WEIGHTS weightRow=492 k=4 n=4
COMPUTE inputRow=123 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 124 of channel tile 0
LOAD_WEIGHTS weightRow=496 k=4 n=4
COMPUTE inputRow=124 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 125 of channel tile 0
LOAD_WEIGHTS weightRow=500 k=4 n=4
COMPUTE inputRow=125 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 126 of channel tile 0
LOAD_WEIGHTS weightRow=504 k=4 n=4
COMPUTE inputRow=126 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 127 of channel tile 0
LOAD_WEIGHTS weightRow=508 k=4 n=4
COMPUTE inputRow=127 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 128 of channel tile 0
LOAD_WEIGHTS weightRow=512 k=4 n=4
COMPUTE inputRow=128 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 129 of channel tile 0
LOAD_WEIGHTS weightRow=516 k=4 n=4
COMPUTE inputRow=129 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 130 of channel tile 0
LOAD_WEIGHTS weightRow=520 k=4 n=4
COMPUTE inputRow=130 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 131 of channel tile 0
LOAD_WEIGHTS weightRow=524 k=4 n=4
COMPUTE inputRow=131 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 132 of channel tile 0
LOAD_WEIGHTS weightRow=528 k=4 n=4
COMPUTE inputRow=132 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 133 of channel tile 0
LOAD_WEIGHTS weightRow=532 k=4 n=4
COMPUTE inputRow=133 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 134 of channel tile 0
LOAD_WEIGHTS weightRow=536 k=4 n=4
COMPUTE inputRow=134 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 135 of channel tile 0
LOAD_WEIGHTS weightRow=540 k=4 n=4
COMPUTE inputRow=135 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 136 of channel tile 0
LOAD_WEIGHTS weightRow=544 k=4 n=4
COMPUTE inputRow=136 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 137 of channel tile 0
LOAD_WEIGHTS weightRow=548 k=4 n=4
COMPUTE inputRow=137 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 138 of channel tile 0
LOAD_WEIGHTS weightRow=552 k=4 n=4
COMPUTE inputRow=138 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 139 of channel tile 0
LOAD_WEIGHTS weightRow=556 k=4 n=4
COMPUTE inputRow=139 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 140 of channel tile 0
LOAD_WEIGHTS weightRow=560 k=4 n=4
COMPUTE inputRow=140 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 141 of channel tile 0
LOAD_WEIGHTS weightRow=564 k=4 n=4
COMPUTE inputRow=141 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 142 of channel tile 0
LOAD_WEIGHTS weightRow=568 k=4 n=4
COMPUTE inputRow=142 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 143 of channel tile 0
LOAD_WEIGHTS weightRow=572 k=4 n=4
COMPUTE inputRow=143 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 144 of channel tile 0
LOAD_WEIGHTS weightRow=576 k=4 n=4
COMPUTE inputRow=144 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 145 of channel tile 0
LOAD_WEIGHTS weightRow=580 k=4 n=4
COMPUTE inputRow=145 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 146 of channel tile 0
LOAD_WEIGHTS weightRow=584 k=4 n=4
COMPUTE inputRow=146 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 147 of channel tile 0
LOAD_WEIGHTS weightRow=588 k=4 n=4
COMPUTE inputRow=147 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 148 of channel tile 0
LOAD_WEIGHTS weightRow=592 k=4 n=4
COMPUTE inputRow=148 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 149 of channel tile 0
LOAD_WEIGHTS weightRow=596 k=4 n=4
COMPUTE inputRow=149 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 150 of channel tile 0
LOAD_WEIGHTS weightRow=600 k=4 n=4
COMPUTE inputRow=150 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 151 of channel tile 0
LOAD_WEIGHTS weightRow=604 k=4 n=4
COMPUTE inputRow=151 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 152 of channel tile 0
LOAD_WEIGHTS weightRow=608 k=4 n=4
COMPUTE inputRow=152 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 153 of channel tile 0
LOAD_WEIGHTS weightRow=612 k=4 n=4
COMPUTE inputRow=153 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 154 of channel tile 0
LOAD_WEIGHTS weightRow=616 k=4 n=4
COMPUTE inputRow=154 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 155 of channel tile 0
LOAD_WEIGHTS weightRow=620 k=4 n=4
COMPUTE inputRow=155 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 156 of channel tile 0
LOAD_WEIGHTS weightRow=624 k=4 n=4
COMPUTE inputRow=156 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 157 of channel tile 0
LOAD_WEIGHTS weightRow=628 k=4 n=4
COMPUTE inputRow=157 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 158 of channel tile 0
LOAD_WEIGHTS weightRow=632 k=4 n=4
COMPUTE inputRow=158 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 159 of channel tile 0
LOAD_WEIGHTS weightRow=636 k=4 n=4
COMPUTE inputRow=159 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 160 of channel tile 0
LOAD_WEIGHTS weightRow=640 k=4 n=4
COMPUTE inputRow=160 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 161 of channel tile 0
LOAD_WEIGHTS weightRow=644 k=4 n=4
COMPUTE inputRow=161 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 162 of channel tile 0
LOAD_WEIGHTS weightRow=648 k=4 n=4
COMPUTE inputRow=162 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 163 of channel tile 0
LOAD_WEIGHTS weightRow=652 k=4 n=4
COMPUTE inputRow=163 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 164 of channel tile 0
LOAD_WEIGHTS weightRow=656 k=4 n=4
COMPUTE inputRow=164 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 165 of channel tile 0
LOAD_WEIGHTS weightRow=660 k=4 n=4
COMPUTE inputRow=165 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 166 of channel tile 0
LOAD_WEIGHTS weightRow=664 k=4 n=4
COMPUTE inputRow=166 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 167 of channel tile 0
LOAD_WEIGHTS weightRow=668 k=4 n=4
COMPUTE inputRow=167 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 168 of channel tile 0
LOAD_WEIGHTS weightRow=672 k=4 n=4
COMPUTE inputRow=168 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 169 of channel tile 0
LOAD_WEIGHTS weightRow=676 k=4 n=4
COMPUTE inputRow=169 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 170 of channel tile 0
LOAD_WEIGHTS weightRow=680 k=4 n=4
COMPUTE inputRow=170 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 171 of channel tile 0
LOAD_WEIGHTS weightRow=684 k=4 n=4
COMPUTE inputRow=171 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 172 of channel tile 0
LOAD_WEIGHTS weightRow=688 k=4 n=4
COMPUTE inputRow=172 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 173 of channel tile 0
LOAD_WEIGHTS weightRow=692 k=4 n=4
COMPUTE inputRow=173 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 174 of channel tile 0
LOAD_WEIGHTS weightRow=696 k=4 n=4
COMPUTE inputRow=174 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 175 of channel tile 0
LOAD_WEIGHTS weightRow=700 k=4 n=4
COMPUTE inputRow=175 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 176 of channel tile 0
LOAD_WEIGHTS weightRow=704 k=4 n=4
COMPUTE inputRow=176 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 177 of channel tile 0
LOAD_WEIGHTS weightRow=708 k=4 n=4
COMPUTE inputRow=177 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 178 of channel tile 0
LOAD_WEIGHTS weightRow=712 k=4 n=4
COMPUTE inputRow=178 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 179 of channel tile 0
LOAD_WEIGHTS weightRow=716 k=4 n=4
COMPUTE inputRow=179 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 180 of channel tile 0
LOAD_WEIGHTS weightRow=720 k=4 n=4
COMPUTE inputRow=180 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 181 of channel tile 0
LOAD_WEIGHTS weightRow=724 k=4 n=4
COMPUTE inputRow=181 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 182 of channel tile 0
LOAD_WEIGHTS weightRow=728 k=4 n=4
COMPUTE inputRow=182 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 183 of channel tile 0
LOAD_WEIGHTS weightRow=732 k=4 n=4
COMPUTE inputRow=183 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 184 of channel tile 0
LOAD_WEIGHTS weightRow=736 k=4 n=4
COMPUTE inputRow=184 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 185 of channel tile 0
LOAD_WEIGHTS weightRow=740 k=4 n=4
COMPUTE inputRow=185 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 186 of channel tile 0
LOAD_WEIGHTS weightRow=744 k=4 n=4
COMPUTE inputRow=186 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 187 of channel tile 0
LOAD_WEIGHTS weightRow=748 k=4 n=4
COMPUTE inputRow=187 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 188 of channel tile 0
LOAD_WEIGHTS weightRow=752 k=4 n=4
COMPUTE inputRow=188 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 189 of channel tile 0
LOAD_WEIGHTS weightRow=756 k=4 n=4
COMPUTE inputRow=189 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 190 of channel tile 0
LOAD_WEIGHTS weightRow=760 k=4 n=4
COMPUTE inputRow=190 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 191 of channel tile 0
LOAD_WEIGHTS weightRow=764 k=4 n=4
COMPUTE inputRow=191 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 192 of channel tile 0
LOAD_WEIGHTS weightRow=768 k=4 n=4
COMPUTE inputRow=192 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 193 of channel tile 0
LOAD_WEIGHTS weightRow=772 k=4 n=4
COMPUTE inputRow=193 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 194 of channel tile 0
LOAD_WEIGHTS weightRow=776 k=4 n=4
COMPUTE inputRow=194 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 195 of channel tile 0
LOAD_WEIGHTS weightRow=780 k=4 n=4
COMPUTE inputRow=195 inputRowStride=196 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 1
LOAD_WEIGHTS weightRow=784 k=4 n=4
COMPUTE inputRow=0 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 1
LOAD_WEIGHTS weightRow=788 k=4 n=4
COMPUTE inputRow=1 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 1
LOAD_WEIGHTS weightRow=792 k=4 n=4
COMPUTE inputRow=2 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 1
LOAD_WEIGHTS weightRow=796 k=4 n=4
COMPUTE inputRow=3 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 1
LOAD_WEIGHTS weightRow=800 k=4 n=4
COMPUTE inputRow=4 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 1
LOAD_WEIGHTS weightRow=804 k=4 n=4
COMPUTE inputRow=5 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 1
LOAD_WEIGHTS weightRow=808 k=4 n=4
COMPUTE inputRow=6 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 1
LOAD_WEIGHTS weightRow=812 k=4 n=4
COMPUTE inputRow=7 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 1
LOAD_WEIGHTS weightRow=816 k=4 n=4
COMPUTE inputRow=8 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 1
LOAD_WEIGHTS weightRow=820 k=4 n=4
COMPUTE inputRow=9 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 1
LOAD_WEIGHTS weightRow=824 k=4 n=4
COMPUTE inputRow=10 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 1
LOAD_WEIGHTS weightRow=828 k=4 n=4
COMPUTE inputRow=11 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 1
LOAD_WEIGHTS weightRow=832 k=4 n=4
COMPUTE inputRow=12 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 1
LOAD_WEIGHTS weightRow=836 k=4 n=4
COMPUTE inputRow=13 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 1
LOAD_WEIGHTS weightRow=840 k=4 n=4
COMPUTE inputRow=14 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 1
LOAD_WEIGHTS weightRow=844 k=4 n=4
COMPUTE inputRow=15 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 1
LOAD_WEIGHTS weightRow=848 k=4 n=4
COMPUTE inputRow=16 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 1
LOAD_WEIGHTS weightRow=852 k=4 n=4
COMPUTE inputRow=17 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 18 of channel tile 1
LOAD_WEIGHTS weightRow=856 k=4 n=4
COMPUTE inputRow=18 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 19 of channel tile 1
LOAD_WEIGHTS weightRow=860 k=4 n=4
COMPUTE inputRow=19 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 20 of channel tile 1
LOAD_WEIGHTS weightRow=864 k=4 n=4
COMPUTE inputRow=20 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 21 of channel tile 1
LOAD_WEIGHTS weightRow=868 k=4 n=4
COMPUTE inputRow=21 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 22 of channel tile 1
LOAD_WEIGHTS weightRow=872 k=4 n=4
COMPUTE inputRow=22 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 23 of channel tile 1
LOAD_WEIGHTS weightRow=876 k=4 n=4
COMPUTE inputRow=23 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 24 of channel tile 1
LOAD_WEIGHTS weightRow=880 k=4 n=4
COMPUTE inputRow=24 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 25 of channel tile 1
LOAD_WEIGHTS weightRow=884 k=4 n=4
COMPUTE inputRow=25 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 26 of channel tile 1
LOAD_WEIGHTS weightRow=888 k=4 n=4
COMPUTE inputRow=26 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 27 of channel tile 1
LOAD_WEIGHTS weightRow=892 k=4 n=4
COMPUTE inputRow=27 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 28 of channel tile 1
LOAD_WEIGHTS weightRow=896 k=4 n=4
COMPUTE inputRow=28 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 29 of channel tile 1
LOAD_WEIGHTS weightRow=900 k=4 n=4
COMPUTE inputRow=29 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 30 of channel tile 1
LOAD_WEIGHTS weightRow=904 k=4 n=4
COMPUTE inputRow=30 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 31 of channel tile 1
LOAD_WEIGHTS weightRow=908 k=4 n=4
COMPUTE inputRow=31 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 32 of channel tile 1
LOAD_WEIGHTS weightRow=912 k=4 n=4
COMPUTE inputRow=32 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 33 of channel tile 1
LOAD_WEIGHTS weightRow=916 k=4 n=4
COMPUTE inputRow=33 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 34 of channel tile 1
LOAD_WEIGHTS weightRow=920 k=4 n=4
COMPUTE inputRow=34 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 35 of channel tile 1
LOAD_WEIGHTS weightRow=924 k=4 n=4
COMPUTE inputRow=35 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 36 of channel tile 1
LOAD_WEIGHTS weightRow=928 k=4 n=4
COMPUTE inputRow=36 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 37 of channel tile 1
LOAD_WEIGHTS weightRow=932 k=4 n=4
COMPUTE inputRow=37 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 38 of channel tile 1
LOAD_WEIGHTS weightRow=936 k=4 n=4
COMPUTE inputRow=38 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 39 of channel tile 1
LOAD_WEIGHTS weightRow=940 k=4 n=4
COMPUTE inputRow=39 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 40 of channel tile 1
LOAD_WEIGHTS weightRow=944 k=4 n=4
COMPUTE inputRow=40 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 41 of channel tile 1
LOAD_WEIGHTS weightRow=948 k=4 n=4
COMPUTE inputRow=41 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 42 of channel tile 1
LOAD_WEIGHTS weightRow=952 k=4 n=4
COMPUTE inputRow=42 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 43 of channel tile 1
LOAD_WEIGHTS weightRow=956 k=4 n=4
COMPUTE inputRow=43 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 44 of channel tile 1
LOAD_WEIGHTS weightRow=960 k=4 n=4
COMPUTE inputRow=44 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 45 of channel tile 1
LOAD_WEIGHTS weightRow=964 k=4 n=4
COMPUTE inputRow=45 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 46 of channel tile 1
LOAD_WEIGHTS weightRow=968 k=4 n=4
COMPUTE inputRow=46 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 47 of channel tile 1
LOAD_WEIGHTS weightRow=972 k=4 n=4
COMPUTE inputRow=47 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 48 of channel tile 1
LOAD_WEIGHTS weightRow=976 k=4 n=4
COMPUTE inputRow=48 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 49 of channel tile 1
LOAD_WEIGHTS weightRow=980 k=4 n=4
COMPUTE inputRow=49 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 50 of channel tile 1
LOAD_WEIGHTS weightRow=984 k=4 n=4
COMPUTE inputRow=50 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 51 of channel tile 1
LOAD_WEIGHTS weightRow=988 k=4 n=4
COMPUTE inputRow=51 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 52 of channel tile 1
LOAD_WEIGHTS weightRow=992 k=4 n=4
COMPUTE inputRow=52 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 53 of channel tile 1
LOAD_WEIGHTS weightRow=996 k=4 n=4
COMPUTE inputRow=53 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 54 of channel tile 1
LOAD_WEIGHTS weightRow=1000 k=4 n=4
COMPUTE inputRow=54 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 55 of channel tile 1
LOAD_WEIGHTS weightRow=1004 k=4 n=4
COMPUTE inputRow=55 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 56 of channel tile 1
LOAD_WEIGHTS weightRow=1008 k=4 n=4
COMPUTE inputRow=56 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 57 of channel tile 1
LOAD_WEIGHTS weightRow=1012 k=4 n=4
COMPUTE inputRow=57 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 58 of channel tile 1
LOAD_WEIGHTS weightRow=1016 k=4 n=4
COMPUTE inputRow=58 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 59 of channel tile 1
LOAD_WEIGHTS weightRow=1020 k=4 n=4
COMPUTE inputRow=59 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 60 of channel tile 1
LOAD_WEIGHTS weightRow=1024 k=4 n=4
COMPUTE inputRow=60 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 61 of channel tile 1
LOAD_WEIGHTS weightRow=1028 k=4 n=4
COMPUTE inputRow=61 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 62 of channel tile 1
LOAD_WEIGHTS weightRow=1032 k=4 n=4
COMPUTE inputRow=62 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 63 of channel tile 1
LOAD_WEIGHTS weightRow=1036 k=4 n=4
COMPUTE inputRow=63 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 64 of channel tile 1
LOAD_WEIGHTS weightRow=1040 k=4 n=4
COMPUTE inputRow=64 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 65 of channel tile 1
LOAD_WEIGHTS weightRow=1044 k=4 n=4
COMPUTE inputRow=65 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 66 of channel tile 1
LOAD_WEIGHTS weightRow=1048 k=4 n=4
COMPUTE inputRow=66 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 67 of channel tile 1
LOAD_WEIGHTS weightRow=1052 k=4 n=4
COMPUTE inputRow=67 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 68 of channel tile 1
LOAD_WEIGHTS weightRow=1056 k=4 n=4
COMPUTE inputRow=68 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 69 of channel tile 1
LOAD_WEIGHTS weightRow=1060 k=4 n=4
COMPUTE inputRow=69 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 70 of channel tile 1
LOAD_WEIGHTS weightRow=1064 k=4 n=4
COMPUTE inputRow=70 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 71 of channel tile 1
LOAD_WEIGHTS weightRow=1068 k=4 n=4
COMPUTE inputRow=71 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 72 of channel tile 1
LOAD_WEIGHTS weightRow=1072 k=4 n=4
COMPUTE inputRow=72 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 73 of channel tile 1
LOAD_WEIGHTS weightRow=1076 k=4 n=4
COMPUTE inputRow=73 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 74 of channel tile 1
LOAD_WEIGHTS weightRow=1080 k=4 n=4
COMPUTE inputRow=74 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 75 of channel tile 1
LOAD_WEIGHTS weightRow=1084 k=4 n=4
COMPUTE inputRow=75 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 76 of channel tile 1
LOAD_WEIGHTS weightRow=1088 k=4 n=4
COMPUTE inputRow=76 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 77 of channel tile 1
LOAD_WEIGHTS weightRow=1092 k=4 n=4
COMPUTE inputRow=77 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 78 of channel tile 1
LOAD_WEIGHTS weightRow=1096 k=4 n=4
COMPUTE inputRow=78 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 79 of channel tile 1
LOAD_WEIGHTS weightRow=1100 k=4 n=4
COMPUTE inputRow=79 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 80 of channel tile 1
LOAD_WEIGHTS weightRow=1104 k=4 n=4
COMPUTE inputRow=80 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 81 of channel tile 1
LOAD_WEIGHTS weightRow=1108 k=4 n=4
COMPUTE inputRow=81 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 82 of channel tile 1
LOAD_WEIGHTS weightRow=1112 k=4 n=4
COMPUTE inputRow=82 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 83 of channel tile 1
LOAD_WEIGHTS weightRow=1116 k=4 n=4
COMPUTE inputRow=83 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 84 of channel tile 1
LOAD_WEIGHTS weightRow=1120 k=4 n=4
COMPUTE inputRow=84 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 85 of channel tile 1
LOAD_WEIGHTS weightRow=1124 k=4 n=4
COMPUTE inputRow=85 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 86 of channel tile 1
LOAD_WEIGHTS weightRow=1128 k=4 n=4
COMPUTE inputRow=86 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 87 of channel tile 1
LOAD_WEIGHTS weightRow=1132 k=4 n=4
COMPUTE inputRow=87 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 88 of channel tile 1
LOAD_WEIGHTS weightRow=1136 k=4 n=4
COMPUTE inputRow=88 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 89 of channel tile 1
LOAD_WEIGHTS weightRow=1140 k=4 n=4
COMPUTE inputRow=89 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 90 of channel tile 1
LOAD_WEIGHTS weightRow=1144 k=4 n=4
COMPUTE inputRow=90 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 91 of channel tile 1
LOAD_WEIGHTS weightRow=1148 k=4 n=4
COMPUTE inputRow=91 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 92 of channel tile 1
LOAD_WEIGHTS weightRow=1152 k=4 n=4
COMPUTE inputRow=92 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 93 of channel tile 1
LOAD_WEIGHTS weightRow=1156 k=4 n=4
COMPUTE inputRow=93 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 94 of channel tile 1
LOAD_WEIGHTS weightRow=1160 k=4 n=4
COMPUTE inputRow=94 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 95 of channel tile 1
LOAD_WEIGHTS weightRow=1164 k=4 n=4
COMPUTE inputRow=95 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 96 of channel tile 1
LOAD_WEIGHTS weightRow=1168 k=4 n=4
COMPUTE inputRow=96 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 97 of channel tile 1
LOAD_WEIGHTS weightRow=1172 k=4 n=4
COMPUTE inputRow=97 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 98 of channel tile 1
LOAD_WEIGHTS weightRow=1176 k=4 n=4
COMPUTE inputRow=98 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 99 of channel tile 1
LOAD_WEIGHTS weightRow=1180 k=4 n=4
COMPUTE inputRow=99 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 100 of channel tile 1
LOAD_WEIGHTS weightRow=1184 k=4 n=4
COMPUTE inputRow=100 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 101 of channel tile 1
LOAD_WEIGHTS weightRow=1188 k=4 n=4
COMPUTE inputRow=101 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 102 of channel tile 1
LOAD_WEIGHTS weightRow=1192 k=4 n=4
COMPUTE inputRow=102 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 103 of channel tile 1
LOAD_WEIGHTS weightRow=1196 k=4 n=4
COMPUTE inputRow=103 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 104 of channel tile 1
LOAD_WEIGHTS weightRow=1200 k=4 n=4
COMPUTE inputRow=104 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 105 of channel tile 1
LOAD_WEIGHTS weightRow=1204 k=4 n=4
COMPUTE inputRow=105 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 106 of channel tile 1
LOAD_WEIGHTS weightRow=1208 k=4 n=4
COMPUTE inputRow=106 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 107 of channel tile 1
LOAD_WEIGHTS weightRow=1212 k=4 n=4
COMPUTE inputRow=107 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 108 of channel tile 1
LOAD_WEIGHTS weightRow=1216 k=4 n=4
COMPUTE inputRow=108 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 109 of channel tile 1
LOAD_WEIGHTS weightRow=1220 k=4 n=4
COMPUTE inputRow=109 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 110 of channel tile 1
LOAD_WEIGHTS weightRow=1224 k=4 n=4
COMPUTE inputRow=110 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 111 of channel tile 1
LOAD_WEIGHTS weightRow=1228 k=4 n=4
COMPUTE inputRow=111 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 112 of channel tile 1
LOAD_WEIGHTS weightRow=1232 k=4 n=4
COMPUTE inputRow=112 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 113 of channel tile 1
LOAD_WEIGHTS weightRow=1236 k=4 n=4
COMPUTE inputRow=113 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 114 of channel tile 1
LOAD_WEIGHTS weightRow=1240 k=4 n=4
COMPUTE inputRow=114 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 115 of channel tile 1
LOAD_WEIGHTS weightRow=1244 k=4 n=4
COMPUTE inputRow=115 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 116 of channel tile 1
LOAD_WEIGHTS weightRow=1248 k=4 n=4
COMPUTE inputRow=116 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 117 of channel tile 1
LOAD_WEIGHTS weightRow=1252 k=4 n=4
COMPUTE inputRow=117 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 118 of channel tile 1
LOAD_WEIGHTS weightRow=1256 k=4 n=4
COMPUTE inputRow=118 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 119 of channel tile 1
LOAD_WEIGHTS weightRow=1260 k=4 n=4
COMPUTE inputRow=119 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 120 of channel tile 1
LOAD_WEIGHTS weightRow=1264 k=4 n=4
COMPUTE inputRow=120 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 121 of channel tile 1
LOAD_WEIGHTS weightRow=1268 k=4 n=4
COMPUTE inputRow=121 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 122 of channel tile 1
LOAD_WEIGHTS weightRow=1272 k=4 n=4
COMPUTE inputRow=122 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 123 of channel tile 1
LOAD_WEIGHTS weightRow=1276 k=4 n=4
COMPUTE inputRow=123 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 124 of channel tile 1
LOAD_WEIGHTS weightRow=1280 k=4 n=4
COMPUTE inputRow=124 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 125 of channel tile 1
LOAD_WEIGHTS weightRow=1284 k=4 n=4
COMPUTE inputRow=125 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 126 of channel tile 1
LOAD_WEIGHTS weightRow=1288 k=4 n=4
COMPUTE inputRow=126 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 127 of channel tile 1
LOAD_WEIGHTS weightRow=1292 k=4 n=4
COMPUTE inputRow=127 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 128 of channel tile 1
LOAD_WEIGHTS weightRow=1296 k=4 n=4
COMPUTE inputRow=128 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 129 of channel tile 1
LOAD_WEIGHTS weightRow=1300 k=4 n=4
COMPUTE inputRow=129 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 130 of channel tile 1
LOAD_WEIGHTS weightRow=1304 k=4 n=4
COMPUTE inputRow=130 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 131 of channel tile 1
LOAD_WEIGHTS weightRow=1308 k=4 n=4
COMPUTE inputRow=131 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 132 of channel tile 1
LOAD_WEIGHTS weightRow=1312 k=4 n=4
COMPUTE inputRow=132 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 133 of channel tile 1
LOAD_WEIGHTS weightRow=1316 k=4 n=4
COMPUTE inputRow=133 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 134 of channel tile 1
LOAD_WEIGHTS weightRow=1320 k=4 n=4
COMPUTE inputRow=134 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 135 of channel tile 1
LOAD_WEIGHTS weightRow=1324 k=4 n=4
COMPUTE inputRow=135 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 136 of channel tile 1
LOAD_WEIGHTS weightRow=1328 k=4 n=4
COMPUTE inputRow=136 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 137 of channel tile 1
LOAD_WEIGHTS weightRow=1332 k=4 n=4
COMPUTE inputRow=137 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 138 of channel tile 1
LOAD_WEIGHTS weightRow=1336 k=4 n=4
COMPUTE inputRow=138 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 139 of channel tile 1
LOAD_WEIGHTS weightRow=1340 k=4 n=4
COMPUTE inputRow=139 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 140 of channel tile 1
LOAD_WEIGHTS weightRow=1344 k=4 n=4
COMPUTE inputRow=140 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 141 of channel tile 1
LOAD_WEIGHTS weightRow=1348 k=4 n=4
COMPUTE inputRow=141 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 142 of channel tile 1
LOAD_WEIGHTS weightRow=1352 k=4 n=4
COMPUTE inputRow=142 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 143 of channel tile 1
LOAD_WEIGHTS weightRow=1356 k=4 n=4
COMPUTE inputRow=143 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 144 of channel tile 1
LOAD_WEIGHTS weightRow=1360 k=4 n=4
COMPUTE inputRow=144 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 145 of channel tile 1
LOAD_WEIGHTS weightRow=1364 k=4 n=4
COMPUTE inputRow=145 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 146 of channel tile 1
LOAD_WEIGHTS weightRow=1368 k=4 n=4
COMPUTE inputRow=146 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 147 of channel tile 1
LOAD_WEIGHTS weightRow=1372 k=4 n=4
COMPUTE inputRow=147 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 148 of channel tile 1
LOAD_WEIGHTS weightRow=1376 k=4 n=4
COMPUTE inputRow=148 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 149 of channel tile 1
LOAD_WEIGHTS weightRow=1380 k=4 n=4
COMPUTE inputRow=149 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 150 of channel tile 1
LOAD_WEIGHTS weightRow=1384 k=4 n=4
COMPUTE inputRow=150 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 151 of channel tile 1
LOAD_WEIGHTS weightRow=1388 k=4 n=4
COMPUTE inputRow=151 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 152 of channel tile 1
LOAD_WEIGHTS weightRow=1392 k=4 n=4
COMPUTE inputRow=152 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 153 of channel tile 1
LOAD_WEIGHTS weightRow=1396 k=4 n=4
COMPUTE inputRow=153 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 154 of channel tile 1
LOAD_WEIGHTS weightRow=1400 k=4 n=4
COMPUTE inputRow=154 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 155 of channel tile 1
LOAD_WEIGHTS weightRow=1404 k=4 n=4
COMPUTE inputRow=155 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 156 of channel tile 1
LOAD_WEIGHTS weightRow=1408 k=4 n=4
COMPUTE inputRow=156 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 157 of channel tile 1
LOAD_WEIGHTS weightRow=1412 k=4 n=4
COMPUTE inputRow=157 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 158 of channel tile 1
LOAD_WEIGHTS weightRow=1416 k=4 n=4
COMPUTE inputRow=158 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 159 of channel tile 1
LOAD_WEIGHTS weightRow=1420 k=4 n=4
COMPUTE inputRow=159 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 160 of channel tile 1
LOAD_WEIGHTS weightRow=1424 k=4 n=4
COMPUTE inputRow=160 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 161 of channel tile 1
LOAD_WEIGHTS weightRow=1428 k=4 n=4
COMPUTE inputRow=161 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 162 of channel tile 1
LOAD_WEIGHTS weightRow=1432 k=4 n=4
COMPUTE inputRow=162 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 163 of channel tile 1
LOAD_WEIGHTS weightRow=1436 k=4 n=4
COMPUTE inputRow=163 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 164 of channel tile 1
LOAD_WEIGHTS weightRow=1440 k=4 n=4
COMPUTE inputRow=164 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 165 of channel tile 1
LOAD_WEIGHTS weightRow=1444 k=4 n=4
COMPUTE inputRow=165 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 166 of channel tile 1
LOAD_WEIGHTS weightRow=1448 k=4 n=4
COMPUTE inputRow=166 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 167 of channel tile 1
LOAD_WEIGHTS weightRow=1452 k=4 n=4
COMPUTE inputRow=167 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 168 of channel tile 1
LOAD_WEIGHTS weightRow=1456 k=4 n=4
COMPUTE inputRow=168 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 169 of channel tile 1
LOAD_WEIGHTS weightRow=1460 k=4 n=4
COMPUTE inputRow=169 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 170 of channel tile 1
LOAD_WEIGHTS weightRow=1464 k=4 n=4
COMPUTE inputRow=170 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 171 of channel tile 1
LOAD_WEIGHTS weightRow=1468 k=4 n=4
COMPUTE inputRow=171 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 172 of channel tile 1
LOAD_WEIGHTS weightRow=1472 k=4 n=4
COMPUTE inputRow=172 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 173 of channel tile 1
LOAD_WEIGHTS weightRow=1476 k=4 n=4
COMPUTE inputRow=173 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 174 of channel tile 1
LOAD_WEIGHTS weightRow=1480 k=4 n=4
COMPUTE inputRow=174 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 175 of channel tile 1
LOAD_WEIGHTS weightRow=1484 k=4 n=4
COMPUTE inputRow=175 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 176 of channel tile 1
LOAD_WEIGHTS weightRow=1488 k=4 n=4
COMPUTE inputRow=176 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 177 of channel tile 1
LOAD_WEIGHTS weightRow=1492 k=4 n=4
COMPUTE inputRow=177 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 178 of channel tile 1
LOAD_WEIGHTS weightRow=1496 k=4 n=4
COMPUTE inputRow=178 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 179 of channel tile 1
LOAD_WEIGHTS weightRow=1500 k=4 n=4
COMPUTE inputRow=179 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 180 of channel tile 1
LOAD_WEIGHTS weightRow=1504 k=4 n=4
COMPUTE inputRow=180 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 181 of channel tile 1
LOAD_WEIGHTS weightRow=1508 k=4 n=4
COMPUTE inputRow=181 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 182 of channel tile 1
LOAD_WEIGHTS weightRow=1512 k=4 n=4
COMPUTE inputRow=182 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 183 of channel tile 1
LOAD_WEIGHTS weightRow=1516 k=4 n=4
COMPUTE inputRow=183 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 184 of channel tile 1
LOAD_WEIGHTS weightRow=1520 k=4 n=4
COMPUTE inputRow=184 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 185 of channel tile 1
LOAD_WEIGHTS weightRow=1524 k=4 n=4
COMPUTE inputRow=185 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 186 of channel tile 1
LOAD_WEIGHTS weightRow=1528 k=4 n=4
COMPUTE inputRow=186 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 187 of channel tile 1
LOAD_WEIGHTS weightRow=1532 k=4 n=4
COMPUTE inputRow=187 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 188 of channel tile 1
LOAD_WEIGHTS weightRow=1536 k=4 n=4
COMPUTE inputRow=188 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 189 of channel tile 1
LOAD_WEIGHTS weightRow=1540 k=4 n=4
COMPUTE inputRow=189 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 190 of channel tile 1
LOAD_WEIGHTS weightRow=1544 k=4 n=4
COMPUTE inputRow=190 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 191 of channel tile 1
LOAD_WEIGHTS weightRow=1548 k=4 n=4
COMPUTE inputRow=191 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 192 of channel tile 1
LOAD_WEIGHTS weightRow=1552 k=4 n=4
COMPUTE inputRow=192 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 193 of channel tile 1
LOAD_WEIGHTS weightRow=1556 k=4 n=4
COMPUTE inputRow=193 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 194 of channel tile 1
LOAD_WEIGHTS weightRow=1560 k=4 n=4
COMPUTE inputRow=194 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 195 of channel tile 1
LOAD_WEIGHTS weightRow=1564 k=4 n=4
COMPUTE inputRow=195 inputRowStride=196 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 2
LOAD_WEIGHTS weightRow=1568 k=4 n=4
COMPUTE inputRow=0 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 2
LOAD_WEIGHTS weightRow=1572 k=4 n=4
COMPUTE inputRow=1 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 2
LOAD_WEIGHTS weightRow=1576 k=4 n=4
COMPUTE inputRow=2 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 2
LOAD_WEIGHTS weightRow=1580 k=4 n=4
COMPUTE inputRow=3 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 2
LOAD_WEIGHTS weightRow=1584 k=4 n=4
COMPUTE inputRow=4 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 2
LOAD_WEIGHTS weightRow=1588 k=4 n=4
COMPUTE inputRow=5 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 2
LOAD_WEIGHTS weightRow=1592 k=4 n=4
COMPUTE inputRow=6 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 2
LOAD_WEIGHTS weightRow=1596 k=4 n=4
COMPUTE inputRow=7 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 2
LOAD_WEIGHTS weightRow=1600 k=4 n=4
COMPUTE inputRow=8 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 2
LOAD_WEIGHTS weightRow=1604 k=4 n=4
COMPUTE inputRow=9 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 2
LOAD_WEIGHTS weightRow=1608 k=4 n=4
COMPUTE inputRow=10 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 2
LOAD_WEIGHTS weightRow=1612 k=4 n=4
COMPUTE inputRow=11 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 2
LOAD_WEIGHTS weightRow=1616 k=4 n=4
COMPUTE inputRow=12 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 2
LOAD_WEIGHTS weightRow=1620 k=4 n=4
COMPUTE inputRow=13 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 2
LOAD_WEIGHTS weightRow=1624 k=4 n=4
COMPUTE inputRow=14 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 2
LOAD_WEIGHTS weightRow=1628 k=4 n=4
COMPUTE inputRow=15 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 2
LOAD_WEIGHTS weightRow=1632 k=4 n=4
COMPUTE inputRow=16 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 2
LOAD_WEIGHTS weightRow=1636 k=4 n=4
COMPUTE inputRow=17 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 18 of channel tile 2
LOAD_WEIGHTS weightRow=1640 k=4 n=4
COMPUTE inputRow=18 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 19 of channel tile 2
LOAD_WEIGHTS weightRow=1644 k=4 n=4
COMPUTE inputRow=19 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 20 of channel tile 2
LOAD_WEIGHTS weightRow=1648 k=4 n=4
COMPUTE inputRow=20 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 21 of channel tile 2
LOAD_WEIGHTS weightRow=1652 k=4 n=4
COMPUTE inputRow=21 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 22 of channel tile 2
LOAD_WEIGHTS weightRow=1656 k=4 n=4
COMPUTE inputRow=22 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 23 of channel tile 2
LOAD_WEIGHTS weightRow=1660 k=4 n=4
COMPUTE inputRow=23 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 24 of channel tile 2
LOAD_WEIGHTS weightRow=1664 k=4 n=4
COMPUTE inputRow=24 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 25 of channel tile 2
LOAD_WEIGHTS weightRow=1668 k=4 n=4
COMPUTE inputRow=25 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 26 of channel tile 2
LOAD_WEIGHTS weightRow=1672 k=4 n=4
COMPUTE inputRow=26 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 27 of channel tile 2
LOAD_WEIGHTS weightRow=1676 k=4 n=4
COMPUTE inputRow=27 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 28 of channel tile 2
LOAD_WEIGHTS weightRow=1680 k=4 n=4
COMPUTE inputRow=28 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 29 of channel tile 2
LOAD_WEIGHTS weightRow=1684 k=4 n=4
COMPUTE inputRow=29 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 30 of channel tile 2
LOAD_WEIGHTS weightRow=1688 k=4 n=4
COMPUTE inputRow=30 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 31 of channel tile 2
LOAD_WEIGHTS weightRow=1692 k=4 n=4
COMPUTE inputRow=31 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 32 of channel tile 2
LOAD_WEIGHTS weightRow=1696 k=4 n=4
COMPUTE inputRow=32 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 33 of channel tile 2
LOAD_WEIGHTS weightRow=1700 k=4 n=4
COMPUTE inputRow=33 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 34 of channel tile 2
LOAD_WEIGHTS weightRow=1704 k=4 n=4
COMPUTE inputRow=34 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 35 of channel tile 2
LOAD_WEIGHTS weightRow=1708 k=4 n=4
COMPUTE inputRow=35 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 36 of channel tile 2
LOAD_WEIGHTS weightRow=1712 k=4 n=4
COMPUTE inputRow=36 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 37 of channel tile 2
LOAD_WEIGHTS weightRow=1716 k=4 n=4
COMPUTE inputRow=37 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 38 of channel tile 2
LOAD_WEIGHTS weightRow=1720 k=4 n=4
COMPUTE inputRow=38 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 39 of channel tile 2
LOAD_WEIGHTS weightRow=1724 k=4 n=4
COMPUTE inputRow=39 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 40 of channel tile 2
LOAD_WEIGHTS weightRow=1728 k=4 n=4
COMPUTE inputRow=40 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 41 of channel tile 2
LOAD_WEIGHTS weightRow=1732 k=4 n=4
COMPUTE inputRow=41 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 42 of channel tile 2
LOAD_WEIGHTS weightRow=1736 k=4 n=4
COMPUTE inputRow=42 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 43 of channel tile 2
LOAD_WEIGHTS weightRow=1740 k=4 n=4
COMPUTE inputRow=43 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 44 of channel tile 2
LOAD_WEIGHTS weightRow=1744 k=4 n=4
COMPUTE inputRow=44 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 45 of channel tile 2
LOAD_WEIGHTS weightRow=1748 k=4 n=4
COMPUTE inputRow=45 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 46 of channel tile 2
LOAD_WEIGHTS weightRow=1752 k=4 n=4
COMPUTE inputRow=46 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 47 of channel tile 2
LOAD_WEIGHTS weightRow=1756 k=4 n=4
COMPUTE inputRow=47 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 48 of channel tile 2
LOAD_WEIGHTS weightRow=1760 k=4 n=4
COMPUTE inputRow=48 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 49 of channel tile 2
LOAD_WEIGHTS weightRow=1764 k=4 n=4
COMPUTE inputRow=49 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 50 of channel tile 2
LOAD_WEIGHTS weightRow=1768 k=4 n=4
COMPUTE inputRow=50 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 51 of channel tile 2
LOAD_WEIGHTS weightRow=1772 k=4 n=4
COMPUTE inputRow=51 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 52 of channel tile 2
LOAD_WEIGHTS weightRow=1776 k=4 n=4
COMPUTE inputRow=52 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 53 of channel tile 2
LOAD_WEIGHTS weightRow=1780 k=4 n=4
COMPUTE inputRow=53 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 54 of channel tile 2
LOAD_WEIGHTS weightRow=1784 k=4 n=4
COMPUTE inputRow=54 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 55 of channel tile 2
LOAD_WEIGHTS weightRow=1788 k=4 n=4
COMPUTE inputRow=55 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 56 of channel tile 2
LOAD_WEIGHTS weightRow=1792 k=4 n=4
COMPUTE inputRow=56 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 57 of channel tile 2
LOAD_WEIGHTS weightRow=1796 k=4 n=4
COMPUTE inputRow=57 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 58 of channel tile 2
LOAD_WEIGHTS weightRow=1800 k=4 n=4
COMPUTE inputRow=58 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 59 of channel tile 2
LOAD_WEIGHTS weightRow=1804 k=4 n=4
COMPUTE inputRow=59 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 60 of channel tile 2
LOAD_WEIGHTS weightRow=1808 k=4 n=4
COMPUTE inputRow=60 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 61 of channel tile 2
LOAD_WEIGHTS weightRow=1812 k=4 n=4
COMPUTE inputRow=61 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 62 of channel tile 2
LOAD_WEIGHTS weightRow=1816 k=4 n=4
COMPUTE inputRow=62 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 63 of channel tile 2
LOAD_WEIGHTS weightRow=1820 k=4 n=4
COMPUTE inputRow=63 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 64 of channel tile 2
LOAD_WEIGHTS weightRow=1824 k=4 n=4
COMPUTE inputRow=64 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 65 of channel tile 2
LOAD_WEIGHTS weightRow=1828 k=4 n=4
COMPUTE inputRow=65 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 66 of channel tile 2
LOAD_WEIGHTS weightRow=1832 k=4 n=4
COMPUTE inputRow=66 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 67 of channel tile 2
LOAD_WEIGHTS weightRow=1836 k=4 n=4
COMPUTE inputRow=67 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 68 of channel tile 2
LOAD_WEIGHTS weightRow=1840 k=4 n=4
COMPUTE inputRow=68 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 69 of channel tile 2
LOAD_WEIGHTS weightRow=1844 k=4 n=4
COMPUTE inputRow=69 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 70 of channel tile 2
LOAD_WEIGHTS weightRow=1848 k=4 n=4
COMPUTE inputRow=70 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 71 of channel tile 2
LOAD_WEIGHTS weightRow=1852 k=4 n=4
COMPUTE inputRow=71 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 72 of channel tile 2
LOAD_WEIGHTS weightRow=1856 k=4 n=4
COMPUTE inputRow=72 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 73 of channel tile 2
LOAD_WEIGHTS weightRow=1860 k=4 n=4
COMPUTE inputRow=73 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 74 of channel tile 2
LOAD_WEIGHTS weightRow=1864 k=4 n=4
COMPUTE inputRow=74 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 75 of channel tile 2
LOAD_WEIGHTS weightRow=1868 k=4 n=4
COMPUTE inputRow=75 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 76 of channel tile 2
LOAD_WEIGHTS weightRow=1872 k=4 n=4
COMPUTE inputRow=76 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 77 of channel tile 2
LOAD_WEIGHTS weightRow=1876 k=4 n=4
COMPUTE inputRow=77 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 78 of channel tile 2
LOAD_WEIGHTS weightRow=1880 k=4 n=4
COMPUTE inputRow=78 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 79 of channel tile 2
LOAD_WEIGHTS weightRow=1884 k=4 n=4
COMPUTE inputRow=79 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 80 of channel tile 2
LOAD_WEIGHTS weightRow=1888 k=4 n=4
COMPUTE inputRow=80 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 81 of channel tile 2
LOAD_WEIGHTS weightRow=1892 k=4 n=4
COMPUTE inputRow=81 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 82 of channel tile 2
LOAD_WEIGHTS weightRow=1896 k=4 n=4
COMPUTE inputRow=82 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 83 of channel tile 2
LOAD_WEIGHTS weightRow=1900 k=4 n=4
COMPUTE inputRow=83 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 84 of channel tile 2
LOAD_WEIGHTS weightRow=1904 k=4 n=4
COMPUTE inputRow=84 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 85 of channel tile 2
LOAD_WEIGHTS weightRow=1908 k=4 n=4
COMPUTE inputRow=85 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 86 of channel tile 2
LOAD_WEIGHTS weightRow=1912 k=4 n=4
COMPUTE inputRow=86 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 87 of channel tile 2
LOAD_WEIGHTS weightRow=1916 k=4 n=4
COMPUTE inputRow=87 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 88 of channel tile 2
LOAD_WEIGHTS weightRow=1920 k=4 n=4
COMPUTE inputRow=88 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 89 of channel tile 2
LOAD_WEIGHTS weightRow=1924 k=4 n=4
COMPUTE inputRow=89 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 90 of channel tile 2
LOAD_WEIGHTS weightRow=1928 k=4 n=4
COMPUTE inputRow=90 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 91 of channel tile 2
LOAD_WEIGHTS weightRow=1932 k=4 n=4
COMPUTE inputRow=91 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 92 of channel tile 2
LOAD_WEIGHTS weightRow=1936 k=4 n=4
COMPUTE inputRow=92 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 93 of channel tile 2
LOAD_WEIGHTS weightRow=1940 k=4 n=4
COMPUTE inputRow=93 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 94 of channel tile 2
LOAD_WEIGHTS weightRow=1944 k=4 n=4
COMPUTE inputRow=94 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 95 of channel tile 2
LOAD_WEIGHTS weightRow=1948 k=4 n=4
COMPUTE inputRow=95 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 96 of channel tile 2
LOAD_WEIGHTS weightRow=1952 k=4 n=4
COMPUTE inputRow=96 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 97 of channel tile 2
LOAD_WEIGHTS weightRow=1956 k=4 n=4
COMPUTE inputRow=97 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 98 of channel tile 2
LOAD_WEIGHTS weightRow=1960 k=4 n=4
COMPUTE inputRow=98 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 99 of channel tile 2
LOAD_WEIGHTS weightRow=1964 k=4 n=4
COMPUTE inputRow=99 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 100 of channel tile 2
LOAD_WEIGHTS weightRow=1968 k=4 n=4
COMPUTE inputRow=100 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 101 of channel tile 2
LOAD_WEIGHTS weightRow=1972 k=4 n=4
COMPUTE inputRow=101 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 102 of channel tile 2
LOAD_WEIGHTS weightRow=1976 k=4 n=4
COMPUTE inputRow=102 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 103 of channel tile 2
LOAD_WEIGHTS weightRow=1980 k=4 n=4
COMPUTE inputRow=103 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 104 of channel tile 2
LOAD_WEIGHTS weightRow=1984 k=4 n=4
COMPUTE inputRow=104 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 105 of channel tile 2
LOAD_WEIGHTS weightRow=1988 k=4 n=4
COMPUTE inputRow=105 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 106 of channel tile 2
LOAD_WEIGHTS weightRow=1992 k=4 n=4
COMPUTE inputRow=106 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 107 of channel tile 2
LOAD_WEIGHTS weightRow=1996 k=4 n=4
COMPUTE inputRow=107 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 108 of channel tile 2
LOAD_WEIGHTS weightRow=2000 k=4 n=4
COMPUTE inputRow=108 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 109 of channel tile 2
LOAD_WEIGHTS weightRow=2004 k=4 n=4
COMPUTE inputRow=109 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 110 of channel tile 2
LOAD_WEIGHTS weightRow=2008 k=4 n=4
COMPUTE inputRow=110 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 111 of channel tile 2
LOAD_WEIGHTS weightRow=2012 k=4 n=4
COMPUTE inputRow=111 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 112 of channel tile 2
LOAD_WEIGHTS weightRow=2016 k=4 n=4
COMPUTE inputRow=112 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 113 of channel tile 2
LOAD_WEIGHTS weightRow=2020 k=4 n=4
COMPUTE inputRow=113 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 114 of channel tile 2
LOAD_WEIGHTS weightRow=2024 k=4 n=4
COMPUTE inputRow=114 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 115 of channel tile 2
LOAD_WEIGHTS weightRow=2028 k=4 n=4
COMPUTE inputRow=115 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 116 of channel tile 2
LOAD_WEIGHTS weightRow=2032 k=4 n=4
COMPUTE inputRow=116 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 117 of channel tile 2
LOAD_WEIGHTS weightRow=2036 k=4 n=4
COMPUTE inputRow=117 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 118 of channel tile 2
LOAD_WEIGHTS weightRow=2040 k=4 n=4
COMPUTE inputRow=118 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 119 of channel tile 2
LOAD_WEIGHTS weightRow=2044 k=4 n=4
COMPUTE inputRow=119 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 120 of channel tile 2
LOAD_WEIGHTS weightRow=2048 k=4 n=4
COMPUTE inputRow=120 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 121 of channel tile 2
LOAD_WEIGHTS weightRow=2052 k=4 n=4
COMPUTE inputRow=121 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 122 of channel tile 2
LOAD_WEIGHTS weightRow=2056 k=4 n=4
COMPUTE inputRow=122 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 123 of channel tile 2
LOAD_WEIGHTS weightRow=2060 k=4 n=4
COMPUTE inputRow=123 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 124 of channel tile 2
LOAD_WEIGHTS weightRow=2064 k=4 n=4
COMPUTE inputRow=124 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 125 of channel tile 2
LOAD_WEIGHTS weightRow=2068 k=4 n=4
COMPUTE inputRow=125 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 126 of channel tile 2
LOAD_WEIGHTS weightRow=2072 k=4 n=4
COMPUTE inputRow=126 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 127 of channel tile 2
LOAD_WEIGHTS weightRow=2076 k=4 n=4
COMPUTE inputRow=127 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 128 of channel tile 2
LOAD_WEIGHTS weightRow=2080 k=4 n=4
COMPUTE inputRow=128 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 129 of channel tile 2
LOAD_WEIGHTS weightRow=2084 k=4 n=4
COMPUTE inputRow=129 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 130 of channel tile 2
LOAD_WEIGHTS weightRow=2088 k=4 n=4
COMPUTE inputRow=130 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 131 of channel tile 2
LOAD_WEIGHTS weightRow=2092 k=4 n=4
COMPUTE inputRow=131 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 132 of channel tile 2
LOAD_WEIGHTS weightRow=2096 k=4 n=4
COMPUTE inputRow=132 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 133 of channel tile 2
LOAD_WEIGHTS weightRow=2100 k=4 n=4
COMPUTE inputRow=133 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 134 of channel tile 2
LOAD_WEIGHTS weightRow=2104 k=4 n=4
COMPUTE inputRow=134 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 135 of channel tile 2
LOAD_WEIGHTS weightRow=2108 k=4 n=4
COMPUTE inputRow=135 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 136 of channel tile 2
LOAD_WEIGHTS weightRow=2112 k=4 n=4
COMPUTE inputRow=136 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 137 of channel tile 2
LOAD_WEIGHTS weightRow=2116 k=4 n=4
COMPUTE inputRow=137 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 138 of channel tile 2
LOAD_WEIGHTS weightRow=2120 k=4 n=4
COMPUTE inputRow=138 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 139 of channel tile 2
LOAD_WEIGHTS weightRow=2124 k=4 n=4
COMPUTE inputRow=139 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 140 of channel tile 2
LOAD_WEIGHTS weightRow=2128 k=4 n=4
COMPUTE inputRow=140 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 141 of channel tile 2
LOAD_WEIGHTS weightRow=2132 k=4 n=4
COMPUTE inputRow=141 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 142 of channel tile 2
LOAD_WEIGHTS weightRow=2136 k=4 n=4
COMPUTE inputRow=142 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 143 of channel tile 2
LOAD_WEIGHTS weightRow=2140 k=4 n=4
COMPUTE inputRow=143 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 144 of channel tile 2
LOAD_WEIGHTS weightRow=2144 k=4 n=4
COMPUTE inputRow=144 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 145 of channel tile 2
LOAD_WEIGHTS weightRow=2148 k=4 n=4
COMPUTE inputRow=145 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 146 of channel tile 2
LOAD_WEIGHTS weightRow=2152 k=4 n=4
COMPUTE inputRow=146 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 147 of channel tile 2
LOAD_WEIGHTS weightRow=2156 k=4 n=4
COMPUTE inputRow=147 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 148 of channel tile 2
LOAD_WEIGHTS weightRow=2160 k=4 n=4
COMPUTE inputRow=148 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 149 of channel tile 2
LOAD_WEIGHTS weightRow=2164 k=4 n=4
COMPUTE inputRow=149 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 150 of channel tile 2
LOAD_WEIGHTS weightRow=2168 k=4 n=4
COMPUTE inputRow=150 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 151 of channel tile 2
LOAD_WEIGHTS weightRow=2172 k=4 n=4
COMPUTE inputRow=151 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 152 of channel tile 2
LOAD_WEIGHTS weightRow=2176 k=4 n=4
COMPUTE inputRow=152 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 153 of channel tile 2
LOAD_WEIGHTS weightRow=2180 k=4 n=4
COMPUTE inputRow=153 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 154 of channel tile 2
LOAD_WEIGHTS weightRow=2184 k=4 n=4
COMPUTE inputRow=154 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 155 of channel tile 2
LOAD_WEIGHTS weightRow=2188 k=4 n=4
COMPUTE inputRow=155 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 156 of channel tile 2
LOAD_WEIGHTS weightRow=2192 k=4 n=4
COMPUTE inputRow=156 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 157 of channel tile 2
LOAD_WEIGHTS weightRow=2196 k=4 n=4
COMPUTE inputRow=157 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 158 of channel tile 2
LOAD_WEIGHTS weightRow=2200 k=4 n=4
COMPUTE inputRow=158 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 159 of channel tile 2
LOAD_WEIGHTS weightRow=2204 k=4 n=4
COMPUTE inputRow=159 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 160 of channel tile 2
LOAD_WEIGHTS weightRow=2208 k=4 n=4
COMPUTE inputRow=160 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 161 of channel tile 2
LOAD_WEIGHTS weightRow=2212 k=4 n=4
COMPUTE inputRow=161 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 162 of channel tile 2
LOAD_WEIGHTS weightRow=2216 k=4 n=4
COMPUTE inputRow=162 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 163 of channel tile 2
LOAD_WEIGHTS weightRow=2220 k=4 n=4
COMPUTE inputRow=163 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 164 of channel tile 2
LOAD_WEIGHTS weightRow=2224 k=4 n=4
COMPUTE inputRow=164 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 165 of channel tile 2
LOAD_WEIGHTS weightRow=2228 k=4 n=4
COMPUTE inputRow=165 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 166 of channel tile 2
LOAD_WEIGHTS weightRow=2232 k=4 n=4
COMPUTE inputRow=166 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 167 of channel tile 2
LOAD_WEIGHTS weightRow=2236 k=4 n=4
COMPUTE inputRow=167 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 168 of channel tile 2
LOAD_WEIGHTS weightRow=2240 k=4 n=4
COMPUTE inputRow=168 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 169 of channel tile 2
LOAD_WEIGHTS weightRow=2244 k=4 n=4
COMPUTE inputRow=169 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 170 of channel tile 2
LOAD_WEIGHTS weightRow=2248 k=4 n=4
COMPUTE inputRow=170 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 171 of channel tile 2
LOAD_WEIGHTS weightRow=2252 k=4 n=4
COMPUTE inputRow=171 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 172 of channel tile 2
LOAD_WEIGHTS weightRow=2256 k=4 n=4
COMPUTE inputRow=172 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 173 of channel tile 2
LOAD_WEIGHTS weightRow=2260 k=4 n=4
COMPUTE inputRow=173 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 174 of channel tile 2
LOAD_WEIGHTS weightRow=2264 k=4 n=4
COMPUTE inputRow=174 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 175 of channel tile 2
LOAD_WEIGHTS weightRow=2268 k=4 n=4
COMPUTE inputRow=175 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 176 of channel tile 2
LOAD_WEIGHTS weightRow=2272 k=4 n=4
COMPUTE inputRow=176 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 177 of channel tile 2
LOAD_WEIGHTS weightRow=2276 k=4 n=4
COMPUTE inputRow=177 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 178 of channel tile 2
LOAD_WEIGHTS weightRow=2280 k=4 n=4
COMPUTE inputRow=178 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 179 of channel tile 2
LOAD_WEIGHTS weightRow=2284 k=4 n=4
COMPUTE inputRow=179 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 180 of channel tile 2
LOAD_WEIGHTS weightRow=2288 k=4 n=4
COMPUTE inputRow=180 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 181 of channel tile 2
LOAD_WEIGHTS weightRow=2292 k=4 n=4
COMPUTE inputRow=181 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 182 of channel tile 2
LOAD_WEIGHTS weightRow=2296 k=4 n=4
COMPUTE inputRow=182 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 183 of channel tile 2
LOAD_WEIGHTS weightRow=2300 k=4 n=4
COMPUTE inputRow=183 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 184 of channel tile 2
LOAD_WEIGHTS weightRow=2304 k=4 n=4
COMPUTE inputRow=184 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 185 of channel tile 2
LOAD_WEIGHTS weightRow=2308 k=4 n=4
COMPUTE inputRow=185 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 186 of channel tile 2
LOAD_WEIGHTS weightRow=2312 k=4 n=4
COMPUTE inputRow=186 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 187 of channel tile 2
LOAD_WEIGHTS weightRow=2316 k=4 n=4
COMPUTE inputRow=187 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 188 of channel tile 2
LOAD_WEIGHTS weightRow=2320 k=4 n=4
COMPUTE inputRow=188 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 189 of channel tile 2
LOAD_WEIGHTS weightRow=2324 k=4 n=4
COMPUTE inputRow=189 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 190 of channel tile 2
LOAD_WEIGHTS weightRow=2328 k=4 n=4
COMPUTE inputRow=190 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 191 of channel tile 2
LOAD_WEIGHTS weightRow=2332 k=4 n=4
COMPUTE inputRow=191 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 192 of channel tile 2
LOAD_WEIGHTS weightRow=2336 k=4 n=4
COMPUTE inputRow=192 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 193 of channel tile 2
LOAD_WEIGHTS weightRow=2340 k=4 n=4
COMPUTE inputRow=193 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 194 of channel tile 2
LOAD_WEIGHTS weightRow=2344 k=4 n=4
COMPUTE inputRow=194 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 195 of channel tile 2
LOAD_WEIGHTS weightRow=2348 k=4 n=4
COMPUTE inputRow=195 inputRowStride=196 weightRow=0 accRow=2 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 3
LOAD_WEIGHTS weightRow=2352 k=4 n=4
COMPUTE inputRow=0 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 3
LOAD_WEIGHTS weightRow=2356 k=4 n=4
COMPUTE inputRow=1 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 3
LOAD_WEIGHTS weightRow=2360 k=4 n=4
COMPUTE inputRow=2 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 3
LOAD_WEIGHTS weightRow=2364 k=4 n=4
COMPUTE inputRow=3 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 3
LOAD_WEIGHTS weightRow=2368 k=4 n=4
COMPUTE inputRow=4 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 3
LOAD_WEIGHTS weightRow=2372 k=4 n=4
COMPUTE inputRow=5 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 3
LOAD_WEIGHTS weightRow=2376 k=4 n=4
COMPUTE inputRow=6 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 3
LOAD_WEIGHTS weightRow=2380 k=4 n=4
COMPUTE inputRow=7 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 3
LOAD_WEIGHTS weightRow=2384 k=4 n=4
COMPUTE inputRow=8 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 3
LOAD_WEIGHTS weightRow=2388 k=4 n=4
COMPUTE inputRow=9 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 3
LOAD_WEIGHTS weightRow=2392 k=4 n=4
COMPUTE inputRow=10 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 3
LOAD_WEIGHTS weightRow=2396 k=4 n=4
COMPUTE inputRow=11 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 3
LOAD_WEIGHTS weightRow=2400 k=4 n=4
COMPUTE inputRow=12 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 3
LOAD_WEIGHTS weightRow=2404 k=4 n=4
COMPUTE inputRow=13 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 3
LOAD_WEIGHTS weightRow=2408 k=4 n=4
COMPUTE inputRow=14 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 3
LOAD_WEIGHTS weightRow=2412 k=4 n=4
COMPUTE inputRow=15 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 3
LOAD_WEIGHTS weightRow=2416 k=4 n=4
COMPUTE inputRow=16 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 3
LOAD_WEIGHTS weightRow=2420 k=4 n=4
COMPUTE inputRow=17 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 18 of channel tile 3
LOAD_WEIGHTS weightRow=2424 k=4 n=4
COMPUTE inputRow=18 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 19 of channel tile 3
LOAD_WEIGHTS weightRow=2428 k=4 n=4
COMPUTE inputRow=19 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 20 of channel tile 3
LOAD_WEIGHTS weightRow=2432 k=4 n=4
COMPUTE inputRow=20 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 21 of channel tile 3
LOAD_WEIGHTS weightRow=2436 k=4 n=4
COMPUTE inputRow=21 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 22 of channel tile 3
LOAD_WEIGHTS weightRow=2440 k=4 n=4
COMPUTE inputRow=22 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 23 of channel tile 3
LOAD_WEIGHTS weightRow=2444 k=4 n=4
COMPUTE inputRow=23 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 24 of channel tile 3
LOAD_WEIGHTS weightRow=2448 k=4 n=4
COMPUTE inputRow=24 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 25 of channel tile 3
LOAD_WEIGHTS weightRow=2452 k=4 n=4
COMPUTE inputRow=25 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 26 of channel tile 3
LOAD_WEIGHTS weightRow=2456 k=4 n=4
COMPUTE inputRow=26 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 27 of channel tile 3
LOAD_WEIGHTS weightRow=2460 k=4 n=4
COMPUTE inputRow=27 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 28 of channel tile 3
LOAD_WEIGHTS weightRow=2464 k=4 n=4
COMPUTE inputRow=28 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 29 of channel tile 3
LOAD_WEIGHTS weightRow=2468 k=4 n=4
COMPUTE inputRow=29 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 30 of channel tile 3
LOAD_WEIGHTS weightRow=2472 k=4 n=4
COMPUTE inputRow=30 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 31 of channel tile 3
LOAD_WEIGHTS weightRow=2476 k=4 n=4
COMPUTE inputRow=31 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 32 of channel tile 3
LOAD_WEIGHTS weightRow=2480 k=4 n=4
COMPUTE inputRow=32 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 33 of channel tile 3
LOAD_WEIGHTS weightRow=2484 k=4 n=4
COMPUTE inputRow=33 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 34 of channel tile 3
LOAD_WEIGHTS weightRow=2488 k=4 n=4
COMPUTE inputRow=34 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 35 of channel tile 3
LOAD_WEIGHTS weightRow=2492 k=4 n=4
COMPUTE inputRow=35 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 36 of channel tile 3
LOAD_WEIGHTS weightRow=2496 k=4 n=4
COMPUTE inputRow=36 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 37 of channel tile 3
LOAD_WEIGHTS weightRow=2500 k=4 n=4
COMPUTE inputRow=37 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 38 of channel tile 3
LOAD_WEIGHTS weightRow=2504 k=4 n=4
COMPUTE inputRow=38 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 39 of channel tile 3
LOAD_WEIGHTS weightRow=2508 k=4 n=4
COMPUTE inputRow=39 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 40 of channel tile 3
LOAD_WEIGHTS weightRow=2512 k=4 n=4
COMPUTE inputRow=40 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 41 of channel tile 3
LOAD_WEIGHTS weightRow=2516 k=4 n=4
COMPUTE inputRow=41 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 42 of channel tile 3
LOAD_WEIGHTS weightRow=2520 k=4 n=4
COMPUTE inputRow=42 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 43 of channel tile 3
LOAD_WEIGHTS weightRow=2524 k=4 n=4
COMPUTE inputRow=43 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 44 of channel tile 3
LOAD_WEIGHTS weightRow=2528 k=4 n=4
COMPUTE inputRow=44 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 45 of channel tile 3
LOAD_WEIGHTS weightRow=2532 k=4 n=4
COMPUTE inputRow=45 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 46 of channel tile 3
LOAD_WEIGHTS weightRow=2536 k=4 n=4
COMPUTE inputRow=46 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 47 of channel tile 3
LOAD_WEIGHTS weightRow=2540 k=4 n=4
COMPUTE inputRow=47 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 48 of channel tile 3
LOAD_WEIGHTS weightRow=2544 k=4 n=4
COMPUTE inputRow=48 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 49 of channel tile 3
LOAD_WEIGHTS weightRow=2548 k=4 n=4
COMPUTE inputRow=49 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 50 of channel tile 3
LOAD_WEIGHTS weightRow=2552 k=4 n=4
COMPUTE inputRow=50 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 51 of channel tile 3
LOAD_WEIGHTS weightRow=2556 k=4 n=4
COMPUTE inputRow=51 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 52 of channel tile 3
LOAD_WEIGHTS weightRow=2560 k=4 n=4
COMPUTE inputRow=52 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 53 of channel tile 3
LOAD_WEIGHTS weightRow=2564 k=4 n=4
COMPUTE inputRow=53 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 54 of channel tile 3
LOAD_WEIGHTS weightRow=2568 k=4 n=4
COMPUTE inputRow=54 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 55 of channel tile 3
LOAD_WEIGHTS weightRow=2572 k=4 n=4
COMPUTE inputRow=55 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 56 of channel tile 3
LOAD_WEIGHTS weightRow=2576 k=4 n=4
COMPUTE inputRow=56 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 57 of channel tile 3
LOAD_WEIGHTS weightRow=2580 k=4 n=4
COMPUTE inputRow=57 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 58 of channel tile 3
LOAD_WEIGHTS weightRow=2584 k=4 n=4
COMPUTE inputRow=58 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 59 of channel tile 3
LOAD_WEIGHTS weightRow=2588 k=4 n=4
COMPUTE inputRow=59 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 60 of channel tile 3
LOAD_WEIGHTS weightRow=2592 k=4 n=4
COMPUTE inputRow=60 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 61 of channel tile 3
LOAD_WEIGHTS weightRow=2596 k=4 n=4
COMPUTE inputRow=61 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 62 of channel tile 3
LOAD_WEIGHTS weightRow=2600 k=4 n=4
COMPUTE inputRow=62 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 63 of channel tile 3
LOAD_WEIGHTS weightRow=2604 k=4 n=4
COMPUTE inputRow=63 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 64 of channel tile 3
LOAD_WEIGHTS weightRow=2608 k=4 n=4
COMPUTE inputRow=64 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 65 of channel tile 3
LOAD_WEIGHTS weightRow=2612 k=4 n=4
COMPUTE inputRow=65 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 66 of channel tile 3
LOAD_WEIGHTS weightRow=2616 k=4 n=4
COMPUTE inputRow=66 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 67 of channel tile 3
LOAD_WEIGHTS weightRow=2620 k=4 n=4
COMPUTE inputRow=67 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 68 of channel tile 3
LOAD_WEIGHTS weightRow=2624 k=4 n=4
COMPUTE inputRow=68 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 69 of channel tile 3
LOAD_WEIGHTS weightRow=2628 k=4 n=4
COMPUTE inputRow=69 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 70 of channel tile 3
LOAD_WEIGHTS weightRow=2632 k=4 n=4
COMPUTE inputRow=70 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 71 of channel tile 3
LOAD_WEIGHTS weightRow=2636 k=4 n=4
COMPUTE inputRow=71 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 72 of channel tile 3
LOAD_WEIGHTS weightRow=2640 k=4 n=4
COMPUTE inputRow=72 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 73 of channel tile 3
LOAD_WEIGHTS weightRow=2644 k=4 n=4
COMPUTE inputRow=73 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 74 of channel tile 3
LOAD_WEIGHTS weightRow=2648 k=4 n=4
COMPUTE inputRow=74 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 75 of channel tile 3
LOAD_WEIGHTS weightRow=2652 k=4 n=4
COMPUTE inputRow=75 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 76 of channel tile 3
LOAD_WEIGHTS weightRow=2656 k=4 n=4
COMPUTE inputRow=76 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 77 of channel tile 3
LOAD_WEIGHTS weightRow=2660 k=4 n=4
COMPUTE inputRow=77 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 78 of channel tile 3
LOAD_WEIGHTS weightRow=2664 k=4 n=4
COMPUTE inputRow=78 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 79 of channel tile 3
LOAD_WEIGHTS weightRow=2668 k=4 n=4
COMPUTE inputRow=79 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 80 of channel tile 3
LOAD_WEIGHTS weightRow=2672 k=4 n=4
COMPUTE inputRow=80 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 81 of channel tile 3
LOAD_WEIGHTS weightRow=2676 k=4 n=4
COMPUTE inputRow=81 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 82 of channel tile 3
LOAD_WEIGHTS weightRow=2680 k=4 n=4
COMPUTE inputRow=82 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 83 of channel tile 3
LOAD_WEIGHTS weightRow=2684 k=4 n=4
COMPUTE inputRow=83 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 84 of channel tile 3
LOAD_WEIGHTS weightRow=2688 k=4 n=4
COMPUTE inputRow=84 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 85 of channel tile 3
LOAD_WEIGHTS weightRow=2692 k=4 n=4
COMPUTE inputRow=85 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 86 of channel tile 3
LOAD_WEIGHTS weightRow=2696 k=4 n=4
COMPUTE inputRow=86 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 87 of channel tile 3
LOAD_WEIGHTS weightRow=2700 k=4 n=4
COMPUTE inputRow=87 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 88 of channel tile 3
LOAD_WEIGHTS weightRow=2704 k=4 n=4
COMPUTE inputRow=88 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 89 of channel tile 3
LOAD_WEIGHTS weightRow=2708 k=4 n=4
COMPUTE inputRow=89 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 90 of channel tile 3
LOAD_WEIGHTS weightRow=2712 k=4 n=4
COMPUTE inputRow=90 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 91 of channel tile 3
LOAD_WEIGHTS weightRow=2716 k=4 n=4
COMPUTE inputRow=91 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 92 of channel tile 3
LOAD_WEIGHTS weightRow=2720 k=4 n=4
COMPUTE inputRow=92 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 93 of channel tile 3
LOAD_WEIGHTS weightRow=2724 k=4 n=4
COMPUTE inputRow=93 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 94 of channel tile 3
LOAD_WEIGHTS weightRow=2728 k=4 n=4
COMPUTE inputRow=94 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 95 of channel tile 3
LOAD_WEIGHTS weightRow=2732 k=4 n=4
COMPUTE inputRow=95 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 96 of channel tile 3
LOAD_WEIGHTS weightRow=2736 k=4 n=4
COMPUTE inputRow=96 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 97 of channel tile 3
LOAD_WEIGHTS weightRow=2740 k=4 n=4
COMPUTE inputRow=97 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 98 of channel tile 3
LOAD_WEIGHTS weightRow=2744 k=4 n=4
COMPUTE inputRow=98 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 99 of channel tile 3
LOAD_WEIGHTS weightRow=2748 k=4 n=4
COMPUTE inputRow=99 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 100 of channel tile 3
LOAD_WEIGHTS weightRow=2752 k=4 n=4
COMPUTE inputRow=100 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 101 of channel tile 3
LOAD_WEIGHTS weightRow=2756 k=4 n=4
COMPUTE inputRow=101 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 102 of channel tile 3
LOAD_WEIGHTS weightRow=2760 k=4 n=4
COMPUTE inputRow=102 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 103 of channel tile 3
LOAD_WEIGHTS weightRow=2764 k=4 n=4
COMPUTE inputRow=103 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 104 of channel tile 3
LOAD_WEIGHTS weightRow=2768 k=4 n=4
COMPUTE inputRow=104 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 105 of channel tile 3
LOAD_WEIGHTS weightRow=2772 k=4 n=4
COMPUTE inputRow=105 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 106 of channel tile 3
LOAD_WEIGHTS weightRow=2776 k=4 n=4
COMPUTE inputRow=106 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 107 of channel tile 3
LOAD_WEIGHTS weightRow=2780 k=4 n=4
COMPUTE inputRow=107 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 108 of channel tile 3
LOAD_WEIGHTS weightRow=2784 k=4 n=4
COMPUTE inputRow=108 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 109 of channel tile 3
LOAD_WEIGHTS weightRow=2788 k=4 n=4
COMPUTE inputRow=109 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 110 of channel tile 3
LOAD_WEIGHTS weightRow=2792 k=4 n=4
COMPUTE inputRow=110 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 111 of channel tile 3
LOAD_WEIGHTS weightRow=2796 k=4 n=4
COMPUTE inputRow=111 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 112 of channel tile 3
LOAD_WEIGHTS weightRow=2800 k=4 n=4
COMPUTE inputRow=112 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 113 of channel tile 3
LOAD_WEIGHTS weightRow=2804 k=4 n=4
COMPUTE inputRow=113 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 114 of channel tile 3
LOAD_WEIGHTS weightRow=2808 k=4 n=4
COMPUTE inputRow=114 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 115 of channel tile 3
LOAD_WEIGHTS weightRow=2812 k=4 n=4
COMPUTE inputRow=115 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 116 of channel tile 3
LOAD_WEIGHTS weightRow=2816 k=4 n=4
COMPUTE inputRow=116 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 117 of channel tile 3
LOAD_WEIGHTS weightRow=2820 k=4 n=4
COMPUTE inputRow=117 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 118 of channel tile 3
LOAD_WEIGHTS weightRow=2824 k=4 n=4
COMPUTE inputRow=118 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 119 of channel tile 3
LOAD_WEIGHTS weightRow=2828 k=4 n=4
COMPUTE inputRow=119 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 120 of channel tile 3
LOAD_WEIGHTS weightRow=2832 k=4 n=4
COMPUTE inputRow=120 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 121 of channel tile 3
LOAD_WEIGHTS weightRow=2836 k=4 n=4
COMPUTE inputRow=121 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 122 of channel tile 3
LOAD_WEIGHTS weightRow=2840 k=4 n=4
COMPUTE inputRow=122 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 123 of channel tile 3
LOAD_WEIGHTS weightRow=2844 k=4 n=4
COMPUTE inputRow=123 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 124 of channel tile 3
LOAD_WEIGHTS weightRow=2848 k=4 n=4
COMPUTE inputRow=124 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 125 of channel tile 3
LOAD_WEIGHTS weightRow=2852 k=4 n=4
COMPUTE inputRow=125 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 126 of channel tile 3
LOAD_WEIGHTS weightRow=2856 k=4 n=4
COMPUTE inputRow=126 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 127 of channel tile 3
LOAD_WEIGHTS weightRow=2860 k=4 n=4
COMPUTE inputRow=127 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 128 of channel tile 3
LOAD_WEIGHTS weightRow=2864 k=4 n=4
COMPUTE inputRow=128 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 129 of channel tile 3
LOAD_WEIGHTS weightRow=2868 k=4 n=4
COMPUTE inputRow=129 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 130 of channel tile 3
LOAD_WEIGHTS weightRow=2872 k=4 n=4
COMPUTE inputRow=130 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 131 of channel tile 3
LOAD_WEIGHTS weightRow=2876 k=4 n=4
COMPUTE inputRow=131 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 132 of channel tile 3
LOAD_WEIGHTS weightRow=2880 k=4 n=4
COMPUTE inputRow=132 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 133 of channel tile 3
LOAD_WEIGHTS weightRow=2884 k=4 n=4
COMPUTE inputRow=133 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 134 of channel tile 3
LOAD_WEIGHTS weightRow=2888 k=4 n=4
COMPUTE inputRow=134 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 135 of channel tile 3
LOAD_WEIGHTS weightRow=2892 k=4 n=4
COMPUTE inputRow=135 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 136 of channel tile 3
LOAD_WEIGHTS weightRow=2896 k=4 n=4
COMPUTE inputRow=136 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 137 of channel tile 3
LOAD_WEIGHTS weightRow=2900 k=4 n=4
COMPUTE inputRow=137 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 138 of channel tile 3
LOAD_WEIGHTS weightRow=2904 k=4 n=4
COMPUTE inputRow=138 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 139 of channel tile 3
LOAD_WEIGHTS weightRow=2908 k=4 n=4
COMPUTE inputRow=139 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 140 of channel tile 3
LOAD_WEIGHTS weightRow=2912 k=4 n=4
COMPUTE inputRow=140 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 141 of channel tile 3
LOAD_WEIGHTS weightRow=2916 k=4 n=4
COMPUTE inputRow=141 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 142 of channel tile 3
LOAD_WEIGHTS weightRow=2920 k=4 n=4
COMPUTE inputRow=142 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 143 of channel tile 3
LOAD_WEIGHTS weightRow=2924 k=4 n=4
COMPUTE inputRow=143 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 144 of channel tile 3
LOAD_WEIGHTS weightRow=2928 k=4 n=4
COMPUTE inputRow=144 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 145 of channel tile 3
LOAD_WEIGHTS weightRow=2932 k=4 n=4
COMPUTE inputRow=145 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 146 of channel tile 3
LOAD_WEIGHTS weightRow=2936 k=4 n=4
COMPUTE inputRow=146 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 147 of channel tile 3
LOAD_WEIGHTS weightRow=2940 k=4 n=4
COMPUTE inputRow=147 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 148 of channel tile 3
LOAD_WEIGHTS weightRow=2944 k=4 n=4
COMPUTE inputRow=148 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 149 of channel tile 3
LOAD_WEIGHTS weightRow=2948 k=4 n=4
COMPUTE inputRow=149 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 150 of channel tile 3
LOAD_WEIGHTS weightRow=2952 k=4 n=4
COMPUTE inputRow=150 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 151 of channel tile 3
LOAD_WEIGHTS weightRow=2956 k=4 n=4
COMPUTE inputRow=151 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 152 of channel tile 3
LOAD_WEIGHTS weightRow=2960 k=4 n=4
COMPUTE inputRow=152 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 153 of channel tile 3
LOAD_WEIGHTS weightRow=2964 k=4 n=4
COMPUTE inputRow=153 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 154 of channel tile 3
LOAD_WEIGHTS weightRow=2968 k=4 n=4
COMPUTE inputRow=154 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 155 of channel tile 3
LOAD_WEIGHTS weightRow=2972 k=4 n=4
COMPUTE inputRow=155 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 156 of channel tile 3
LOAD_WEIGHTS weightRow=2976 k=4 n=4
COMPUTE inputRow=156 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 157 of channel tile 3
LOAD_WEIGHTS weightRow=2980 k=4 n=4
COMPUTE inputRow=157 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 158 of channel tile 3
LOAD_WEIGHTS weightRow=2984 k=4 n=4
COMPUTE inputRow=158 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 159 of channel tile 3
LOAD_WEIGHTS weightRow=2988 k=4 n=4
COMPUTE inputRow=159 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 160 of channel tile 3
LOAD_WEIGHTS weightRow=2992 k=4 n=4
COMPUTE inputRow=160 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 161 of channel tile 3
LOAD_WEIGHTS weightRow=2996 k=4 n=4
COMPUTE inputRow=161 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 162 of channel tile 3
LOAD_WEIGHTS weightRow=3000 k=4 n=4
COMPUTE inputRow=162 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 163 of channel tile 3
LOAD_WEIGHTS weightRow=3004 k=4 n=4
COMPUTE inputRow=163 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 164 of channel tile 3
LOAD_WEIGHTS weightRow=3008 k=4 n=4
COMPUTE inputRow=164 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 165 of channel tile 3
LOAD_WEIGHTS weightRow=3012 k=4 n=4
COMPUTE inputRow=165 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 166 of channel tile 3
LOAD_WEIGHTS weightRow=3016 k=4 n=4
COMPUTE inputRow=166 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 167 of channel tile 3
LOAD_WEIGHTS weightRow=3020 k=4 n=4
COMPUTE inputRow=167 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 168 of channel tile 3
LOAD_WEIGHTS weightRow=3024 k=4 n=4
COMPUTE inputRow=168 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 169 of channel tile 3
LOAD_WEIGHTS weightRow=3028 k=4 n=4
COMPUTE inputRow=169 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 170 of channel tile 3
LOAD_WEIGHTS weightRow=3032 k=4 n=4
COMPUTE inputRow=170 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 171 of channel tile 3
LOAD_WEIGHTS weightRow=3036 k=4 n=4
COMPUTE inputRow=171 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 172 of channel tile 3
LOAD_WEIGHTS weightRow=3040 k=4 n=4
COMPUTE inputRow=172 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 173 of channel tile 3
LOAD_WEIGHTS weightRow=3044 k=4 n=4
COMPUTE inputRow=173 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 174 of channel tile 3
LOAD_WEIGHTS weightRow=3048 k=4 n=4
COMPUTE inputRow=174 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 175 of channel tile 3
LOAD_WEIGHTS weightRow=3052 k=4 n=4
COMPUTE inputRow=175 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 176 of channel tile 3
LOAD_WEIGHTS weightRow=3056 k=4 n=4
COMPUTE inputRow=176 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 177 of channel tile 3
LOAD_WEIGHTS weightRow=3060 k=4 n=4
COMPUTE inputRow=177 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 178 of channel tile 3
LOAD_WEIGHTS weightRow=3064 k=4 n=4
COMPUTE inputRow=178 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 179 of channel tile 3
LOAD_WEIGHTS weightRow=3068 k=4 n=4
COMPUTE inputRow=179 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 180 of channel tile 3
LOAD_WEIGHTS weightRow=3072 k=4 n=4
COMPUTE inputRow=180 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 181 of channel tile 3
LOAD_WEIGHTS weightRow=3076 k=4 n=4
COMPUTE inputRow=181 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 182 of channel tile 3
LOAD_WEIGHTS weightRow=3080 k=4 n=4
COMPUTE inputRow=182 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 183 of channel tile 3
LOAD_WEIGHTS weightRow=3084 k=4 n=4
COMPUTE inputRow=183 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 184 of channel tile 3
LOAD_WEIGHTS weightRow=3088 k=4 n=4
COMPUTE inputRow=184 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 185 of channel tile 3
LOAD_WEIGHTS weightRow=3092 k=4 n=4
COMPUTE inputRow=185 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 186 of channel tile 3
LOAD_WEIGHTS weightRow=3096 k=4 n=4
COMPUTE inputRow=186 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 187 of channel tile 3
LOAD_WEIGHTS weightRow=3100 k=4 n=4
COMPUTE inputRow=187 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 188 of channel tile 3
LOAD_WEIGHTS weightRow=3104 k=4 n=4
COMPUTE inputRow=188 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 189 of channel tile 3
LOAD_WEIGHTS weightRow=3108 k=4 n=4
COMPUTE inputRow=189 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 190 of channel tile 3
LOAD_WEIGHTS weightRow=3112 k=4 n=4
COMPUTE inputRow=190 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 191 of channel tile 3
LOAD_WEIGHTS weightRow=3116 k=4 n=4
COMPUTE inputRow=191 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 192 of channel tile 3
LOAD_WEIGHTS weightRow=3120 k=4 n=4
COMPUTE inputRow=192 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 193 of channel tile 3
LOAD_WEIGHTS weightRow=3124 k=4 n=4
COMPUTE inputRow=193 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 194 of channel tile 3
LOAD_WEIGHTS weightRow=3128 k=4 n=4
COMPUTE inputRow=194 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 195 of channel tile 3
LOAD_WEIGHTS weightRow=3132 k=4 n=4
COMPUTE inputRow=195 inputRowStride=196 weightRow=0 accRow=3 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 4
LOAD_WEIGHTS weightRow=3136 k=4 n=4
COMPUTE inputRow=0 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 4
LOAD_WEIGHTS weightRow=3140 k=4 n=4
COMPUTE inputRow=1 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 4
LOAD_WEIGHTS weightRow=3144 k=4 n=4
COMPUTE inputRow=2 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 4
LOAD_WEIGHTS weightRow=3148 k=4 n=4
COMPUTE inputRow=3 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 4
LOAD_WEIGHTS weightRow=3152 k=4 n=4
COMPUTE inputRow=4 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 4
LOAD_WEIGHTS weightRow=3156 k=4 n=4
COMPUTE inputRow=5 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 4
LOAD_WEIGHTS weightRow=3160 k=4 n=4
COMPUTE inputRow=6 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 4
LOAD_WEIGHTS weightRow=3164 k=4 n=4
COMPUTE inputRow=7 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 4
LOAD_WEIGHTS weightRow=3168 k=4 n=4
COMPUTE inputRow=8 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 4
LOAD_WEIGHTS weightRow=3172 k=4 n=4
COMPUTE inputRow=9 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 4
LOAD_WEIGHTS weightRow=3176 k=4 n=4
COMPUTE inputRow=10 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 4
LOAD_WEIGHTS weightRow=3180 k=4 n=4
COMPUTE inputRow=11 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 4
LOAD_WEIGHTS weightRow=3184 k=4 n=4
COMPUTE inputRow=12 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 4
LOAD_WEIGHTS weightRow=3188 k=4 n=4
COMPUTE inputRow=13 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 4
LOAD_WEIGHTS weightRow=3192 k=4 n=4
COMPUTE inputRow=14 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 4
LOAD_WEIGHTS weightRow=3196 k=4 n=4
COMPUTE inputRow=15 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 4
LOAD_WEIGHTS weightRow=3200 k=4 n=4
COMPUTE inputRow=16 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 4
LOAD_WEIGHTS weightRow=3204 k=4 n=4
COMPUTE inputRow=17 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 18 of channel tile 4
LOAD_WEIGHTS weightRow=3208 k=4 n=4
COMPUTE inputRow=18 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 19 of channel tile 4
LOAD_WEIGHTS weightRow=3212 k=4 n=4
COMPUTE inputRow=19 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 20 of channel tile 4
LOAD_WEIGHTS weightRow=3216 k=4 n=4
COMPUTE inputRow=20 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 21 of channel tile 4
LOAD_WEIGHTS weightRow=3220 k=4 n=4
COMPUTE inputRow=21 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 22 of channel tile 4
LOAD_WEIGHTS weightRow=3224 k=4 n=4
COMPUTE inputRow=22 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 23 of channel tile 4
LOAD_WEIGHTS weightRow=3228 k=4 n=4
COMPUTE inputRow=23 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 24 of channel tile 4
LOAD_WEIGHTS weightRow=3232 k=4 n=4
COMPUTE inputRow=24 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 25 of channel tile 4
LOAD_WEIGHTS weightRow=3236 k=4 n=4
COMPUTE inputRow=25 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 26 of channel tile 4
LOAD_WEIGHTS weightRow=3240 k=4 n=4
COMPUTE inputRow=26 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 27 of channel tile 4
LOAD_WEIGHTS weightRow=3244 k=4 n=4
COMPUTE inputRow=27 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 28 of channel tile 4
LOAD_WEIGHTS weightRow=3248 k=4 n=4
COMPUTE inputRow=28 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 29 of channel tile 4
LOAD_WEIGHTS weightRow=3252 k=4 n=4
COMPUTE inputRow=29 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 30 of channel tile 4
LOAD_WEIGHTS weightRow=3256 k=4 n=4
COMPUTE inputRow=30 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 31 of channel tile 4
LOAD_WEIGHTS weightRow=3260 k=4 n=4
COMPUTE inputRow=31 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 32 of channel tile 4
LOAD_WEIGHTS weightRow=3264 k=4 n=4
COMPUTE inputRow=32 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 33 of channel tile 4
LOAD_WEIGHTS weightRow=3268 k=4 n=4
COMPUTE inputRow=33 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 34 of channel tile 4
LOAD_WEIGHTS weightRow=3272 k=4 n=4
COMPUTE inputRow=34 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 35 of channel tile 4
LOAD_WEIGHTS weightRow=3276 k=4 n=4
COMPUTE inputRow=35 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 36 of channel tile 4
LOAD_WEIGHTS weightRow=3280 k=4 n=4
COMPUTE inputRow=36 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 37 of channel tile 4
LOAD_WEIGHTS weightRow=3284 k=4 n=4
COMPUTE inputRow=37 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 38 of channel tile 4
LOAD_WEIGHTS weightRow=3288 k=4 n=4
COMPUTE inputRow=38 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 39 of channel tile 4
LOAD_WEIGHTS weightRow=3292 k=4 n=4
COMPUTE inputRow=39 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 40 of channel tile 4
LOAD_WEIGHTS weightRow=3296 k=4 n=4
COMPUTE inputRow=40 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 41 of channel tile 4
LOAD_WEIGHTS weightRow=3300 k=4 n=4
COMPUTE inputRow=41 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 42 of channel tile 4
LOAD_WEIGHTS weightRow=3304 k=4 n=4
COMPUTE inputRow=42 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 43 of channel tile 4
LOAD_WEIGHTS weightRow=3308 k=4 n=4
COMPUTE inputRow=43 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 44 of channel tile 4
LOAD_WEIGHTS weightRow=3312 k=4 n=4
COMPUTE inputRow=44 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 45 of channel tile 4
LOAD_WEIGHTS weightRow=3316 k=4 n=4
COMPUTE inputRow=45 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 46 of channel tile 4
LOAD_WEIGHTS weightRow=3320 k=4 n=4
COMPUTE inputRow=46 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 47 of channel tile 4
LOAD_WEIGHTS weightRow=3324 k=4 n=4
COMPUTE inputRow=47 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 48 of channel tile 4
LOAD_WEIGHTS weightRow=3328 k=4 n=4
COMPUTE inputRow=48 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 49 of channel tile 4
LOAD_WEIGHTS weightRow=3332 k=4 n=4
COMPUTE inputRow=49 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 50 of channel tile 4
LOAD_WEIGHTS weightRow=3336 k=4 n=4
COMPUTE inputRow=50 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 51 of channel tile 4
LOAD_WEIGHTS weightRow=3340 k=4 n=4
COMPUTE inputRow=51 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 52 of channel tile 4
LOAD_WEIGHTS weightRow=3344 k=4 n=4
COMPUTE inputRow=52 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 53 of channel tile 4
LOAD_WEIGHTS weightRow=3348 k=4 n=4
COMPUTE inputRow=53 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 54 of channel tile 4
LOAD_WEIGHTS weightRow=3352 k=4 n=4
COMPUTE inputRow=54 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 55 of channel tile 4
LOAD_WEIGHTS weightRow=3356 k=4 n=4
COMPUTE inputRow=55 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 56 of channel tile 4
LOAD_WEIGHTS weightRow=3360 k=4 n=4
COMPUTE inputRow=56 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 57 of channel tile 4
LOAD_WEIGHTS weightRow=3364 k=4 n=4
COMPUTE inputRow=57 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 58 of channel tile 4
LOAD_WEIGHTS weightRow=3368 k=4 n=4
COMPUTE inputRow=58 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 59 of channel tile 4
LOAD_WEIGHTS weightRow=3372 k=4 n=4
COMPUTE inputRow=59 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 60 of channel tile 4
LOAD_WEIGHTS weightRow=3376 k=4 n=4
COMPUTE inputRow=60 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 61 of channel tile 4
LOAD_WEIGHTS weightRow=3380 k=4 n=4
COMPUTE inputRow=61 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 62 of channel tile 4
LOAD_WEIGHTS weightRow=3384 k=4 n=4
COMPUTE inputRow=62 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 63 of channel tile 4
LOAD_WEIGHTS weightRow=3388 k=4 n=4
COMPUTE inputRow=63 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 64 of channel tile 4
LOAD_WEIGHTS weightRow=3392 k=4 n=4
COMPUTE inputRow=64 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 65 of channel tile 4
LOAD_WEIGHTS weightRow=3396 k=4 n=4
COMPUTE inputRow=65 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 66 of channel tile 4
LOAD_WEIGHTS weightRow=3400 k=4 n=4
COMPUTE inputRow=66 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 67 of channel tile 4
LOAD_WEIGHTS weightRow=3404 k=4 n=4
COMPUTE inputRow=67 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 68 of channel tile 4
LOAD_WEIGHTS weightRow=3408 k=4 n=4
COMPUTE inputRow=68 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 69 of channel tile 4
LOAD_WEIGHTS weightRow=3412 k=4 n=4
COMPUTE inputRow=69 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 70 of channel tile 4
LOAD_WEIGHTS weightRow=3416 k=4 n=4
COMPUTE inputRow=70 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 71 of channel tile 4
LOAD_WEIGHTS weightRow=3420 k=4 n=4
COMPUTE inputRow=71 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 72 of channel tile 4
LOAD_WEIGHTS weightRow=3424 k=4 n=4
COMPUTE inputRow=72 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 73 of channel tile 4
LOAD_WEIGHTS weightRow=3428 k=4 n=4
COMPUTE inputRow=73 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 74 of channel tile 4
LOAD_WEIGHTS weightRow=3432 k=4 n=4
COMPUTE inputRow=74 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 75 of channel tile 4
LOAD_WEIGHTS weightRow=3436 k=4 n=4
COMPUTE inputRow=75 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 76 of channel tile 4
LOAD_WEIGHTS weightRow=3440 k=4 n=4
COMPUTE inputRow=76 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 77 of channel tile 4
LOAD_WEIGHTS weightRow=3444 k=4 n=4
COMPUTE inputRow=77 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 78 of channel tile 4
LOAD_WEIGHTS weightRow=3448 k=4 n=4
COMPUTE inputRow=78 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 79 of channel tile 4
LOAD_WEIGHTS weightRow=3452 k=4 n=4
COMPUTE inputRow=79 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 80 of channel tile 4
LOAD_WEIGHTS weightRow=3456 k=4 n=4
COMPUTE inputRow=80 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 81 of channel tile 4
LOAD_WEIGHTS weightRow=3460 k=4 n=4
COMPUTE inputRow=81 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 82 of channel tile 4
LOAD_WEIGHTS weightRow=3464 k=4 n=4
COMPUTE inputRow=82 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 83 of channel tile 4
LOAD_WEIGHTS weightRow=3468 k=4 n=4
COMPUTE inputRow=83 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 84 of channel tile 4
LOAD_WEIGHTS weightRow=3472 k=4 n=4
COMPUTE inputRow=84 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 85 of channel tile 4
LOAD_WEIGHTS weightRow=3476 k=4 n=4
COMPUTE inputRow=85 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 86 of channel tile 4
LOAD_WEIGHTS weightRow=3480 k=4 n=4
COMPUTE inputRow=86 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 87 of channel tile 4
LOAD_WEIGHTS weightRow=3484 k=4 n=4
COMPUTE inputRow=87 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 88 of channel tile 4
LOAD_WEIGHTS weightRow=3488 k=4 n=4
COMPUTE inputRow=88 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 89 of channel tile 4
LOAD_WEIGHTS weightRow=3492 k=4 n=4
COMPUTE inputRow=89 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 90 of channel tile 4
LOAD_WEIGHTS weightRow=3496 k=4 n=4
COMPUTE inputRow=90 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 91 of channel tile 4
LOAD_WEIGHTS weightRow=3500 k=4 n=4
COMPUTE inputRow=91 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 92 of channel tile 4
LOAD_WEIGHTS weightRow=3504 k=4 n=4
COMPUTE inputRow=92 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 93 of channel tile 4
LOAD_WEIGHTS weightRow=3508 k=4 n=4
COMPUTE inputRow=93 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 94 of channel tile 4
LOAD_WEIGHTS weightRow=3512 k=4 n=4
COMPUTE inputRow=94 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 95 of channel tile 4
LOAD_WEIGHTS weightRow=3516 k=4 n=4
COMPUTE inputRow=95 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 96 of channel tile 4
LOAD_WEIGHTS weightRow=3520 k=4 n=4
COMPUTE inputRow=96 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 97 of channel tile 4
LOAD_WEIGHTS weightRow=3524 k=4 n=4
COMPUTE inputRow=97 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 98 of channel tile 4
LOAD_WEIGHTS weightRow=3528 k=4 n=4
COMPUTE inputRow=98 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 99 of channel tile 4
LOAD_WEIGHTS weightRow=3532 k=4 n=4
COMPUTE inputRow=99 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 100 of channel tile 4
LOAD_WEIGHTS weightRow=3536 k=4 n=4
COMPUTE inputRow=100 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 101 of channel tile 4
LOAD_WEIGHTS weightRow=3540 k=4 n=4
COMPUTE inputRow=101 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 102 of channel tile 4
LOAD_WEIGHTS weightRow=3544 k=4 n=4
COMPUTE inputRow=102 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 103 of channel tile 4
LOAD_WEIGHTS weightRow=3548 k=4 n=4
COMPUTE inputRow=103 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 104 of channel tile 4
LOAD_WEIGHTS weightRow=3552 k=4 n=4
COMPUTE inputRow=104 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 105 of channel tile 4
LOAD_WEIGHTS weightRow=3556 k=4 n=4
COMPUTE inputRow=105 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 106 of channel tile 4
LOAD_WEIGHTS weightRow=3560 k=4 n=4
COMPUTE inputRow=106 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 107 of channel tile 4
LOAD_WEIGHTS weightRow=3564 k=4 n=4
COMPUTE inputRow=107 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 108 of channel tile 4
LOAD_WEIGHTS weightRow=3568 k=4 n=4
COMPUTE inputRow=108 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 109 of channel tile 4
LOAD_WEIGHTS weightRow=3572 k=4 n=4
COMPUTE inputRow=109 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 110 of channel tile 4
LOAD_WEIGHTS weightRow=3576 k=4 n=4
COMPUTE inputRow=110 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 111 of channel tile 4
LOAD_WEIGHTS weightRow=3580 k=4 n=4
COMPUTE inputRow=111 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 112 of channel tile 4
LOAD_WEIGHTS weightRow=3584 k=4 n=4
COMPUTE inputRow=112 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 113 of channel tile 4
LOAD_WEIGHTS weightRow=3588 k=4 n=4
COMPUTE inputRow=113 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 114 of channel tile 4
LOAD_WEIGHTS weightRow=3592 k=4 n=4
COMPUTE inputRow=114 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 115 of channel tile 4
LOAD_WEIGHTS weightRow=3596 k=4 n=4
COMPUTE inputRow=115 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 116 of channel tile 4
LOAD_WEIGHTS weightRow=3600 k=4 n=4
COMPUTE inputRow=116 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 117 of channel tile 4
LOAD_WEIGHTS weightRow=3604 k=4 n=4
COMPUTE inputRow=117 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 118 of channel tile 4
LOAD_WEIGHTS weightRow=3608 k=4 n=4
COMPUTE inputRow=118 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 119 of channel tile 4
LOAD_WEIGHTS weightRow=3612 k=4 n=4
COMPUTE inputRow=119 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 120 of channel tile 4
LOAD_WEIGHTS weightRow=3616 k=4 n=4
COMPUTE inputRow=120 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 121 of channel tile 4
LOAD_WEIGHTS weightRow=3620 k=4 n=4
COMPUTE inputRow=121 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 122 of channel tile 4
LOAD_WEIGHTS weightRow=3624 k=4 n=4
COMPUTE inputRow=122 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 123 of channel tile 4
LOAD_WEIGHTS weightRow=3628 k=4 n=4
COMPUTE inputRow=123 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 124 of channel tile 4
LOAD_WEIGHTS weightRow=3632 k=4 n=4
COMPUTE inputRow=124 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 125 of channel tile 4
LOAD_WEIGHTS weightRow=3636 k=4 n=4
COMPUTE inputRow=125 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 126 of channel tile 4
LOAD_WEIGHTS weightRow=3640 k=4 n=4
COMPUTE inputRow=126 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 127 of channel tile 4
LOAD_WEIGHTS weightRow=3644 k=4 n=4
COMPUTE inputRow=127 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 128 of channel tile 4
LOAD_WEIGHTS weightRow=3648 k=4 n=4
COMPUTE inputRow=128 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 129 of channel tile 4
LOAD_WEIGHTS weightRow=3652 k=4 n=4
COMPUTE inputRow=129 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 130 of channel tile 4
LOAD_WEIGHTS weightRow=3656 k=4 n=4
COMPUTE inputRow=130 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 131 of channel tile 4
LOAD_WEIGHTS weightRow=3660 k=4 n=4
COMPUTE inputRow=131 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 132 of channel tile 4
LOAD_WEIGHTS weightRow=3664 k=4 n=4
COMPUTE inputRow=132 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 133 of channel tile 4
LOAD_WEIGHTS weightRow=3668 k=4 n=4
COMPUTE inputRow=133 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 134 of channel tile 4
LOAD_WEIGHTS weightRow=3672 k=4 n=4
COMPUTE inputRow=134 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 135 of channel tile 4
LOAD_WEIGHTS weightRow=3676 k=4 n=4
COMPUTE inputRow=135 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 136 of channel tile 4
LOAD_WEIGHTS weightRow=3680 k=4 n=4
COMPUTE inputRow=136 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 137 of channel tile 4
LOAD_WEIGHTS weightRow=3684 k=4 n=4
COMPUTE inputRow=137 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 138 of channel tile 4
LOAD_WEIGHTS weightRow=3688 k=4 n=4
COMPUTE inputRow=138 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 139 of channel tile 4
LOAD_WEIGHTS weightRow=3692 k=4 n=4
COMPUTE inputRow=139 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 140 of channel tile 4
LOAD_WEIGHTS weightRow=3696 k=4 n=4
COMPUTE inputRow=140 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 141 of channel tile 4
LOAD_WEIGHTS weightRow=3700 k=4 n=4
COMPUTE inputRow=141 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 142 of channel tile 4
LOAD_WEIGHTS weightRow=3704 k=4 n=4
COMPUTE inputRow=142 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 143 of channel tile 4
LOAD_WEIGHTS weightRow=3708 k=4 n=4
COMPUTE inputRow=143 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 144 of channel tile 4
LOAD_WEIGHTS weightRow=3712 k=4 n=4
COMPUTE inputRow=144 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 145 of channel tile 4
LOAD_WEIGHTS weightRow=3716 k=4 n=4
COMPUTE inputRow=145 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 146 of channel tile 4
LOAD_WEIGHTS weightRow=3720 k=4 n=4
COMPUTE inputRow=146 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 147 of channel tile 4
LOAD_WEIGHTS weightRow=3724 k=4 n=4
COMPUTE inputRow=147 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 148 of channel tile 4
LOAD_WEIGHTS weightRow=3728 k=4 n=4
COMPUTE inputRow=148 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 149 of channel tile 4
LOAD_WEIGHTS weightRow=3732 k=4 n=4
COMPUTE inputRow=149 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 150 of channel tile 4
LOAD_WEIGHTS weightRow=3736 k=4 n=4
COMPUTE inputRow=150 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 151 of channel tile 4
LOAD_WEIGHTS weightRow=3740 k=4 n=4
COMPUTE inputRow=151 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 152 of channel tile 4
LOAD_WEIGHTS weightRow=3744 k=4 n=4
COMPUTE inputRow=152 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 153 of channel tile 4
LOAD_WEIGHTS weightRow=3748 k=4 n=4
COMPUTE inputRow=153 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 154 of channel tile 4
LOAD_WEIGHTS weightRow=3752 k=4 n=4
COMPUTE inputRow=154 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 155 of channel tile 4
LOAD_WEIGHTS weightRow=3756 k=4 n=4
COMPUTE inputRow=155 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 156 of channel tile 4
LOAD_WEIGHTS weightRow=3760 k=4 n=4
COMPUTE inputRow=156 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 157 of channel tile 4
LOAD_WEIGHTS weightRow=3764 k=4 n=4
COMPUTE inputRow=157 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 158 of channel tile 4
LOAD_WEIGHTS weightRow=3768 k=4 n=4
COMPUTE inputRow=158 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 159 of channel tile 4
LOAD_WEIGHTS weightRow=3772 k=4 n=4
COMPUTE inputRow=159 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 160 of channel tile 4
LOAD_WEIGHTS weightRow=3776 k=4 n=4
COMPUTE inputRow=160 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 161 of channel tile 4
LOAD_WEIGHTS weightRow=3780 k=4 n=4
COMPUTE inputRow=161 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 162 of channel tile 4
LOAD_WEIGHTS weightRow=3784 k=4 n=4
COMPUTE inputRow=162 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 163 of channel tile 4
LOAD_WEIGHTS weightRow=3788 k=4 n=4
COMPUTE inputRow=163 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 164 of channel tile 4
LOAD_WEIGHTS weightRow=3792 k=4 n=4
COMPUTE inputRow=164 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 165 of channel tile 4
LOAD_WEIGHTS weightRow=3796 k=4 n=4
COMPUTE inputRow=165 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 166 of channel tile 4
LOAD_WEIGHTS weightRow=3800 k=4 n=4
COMPUTE inputRow=166 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 167 of channel tile 4
LOAD_WEIGHTS weightRow=3804 k=4 n=4
COMPUTE inputRow=167 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 168 of channel tile 4
LOAD_WEIGHTS weightRow=3808 k=4 n=4
COMPUTE inputRow=168 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 169 of channel tile 4
LOAD_WEIGHTS weightRow=3812 k=4 n=4
COMPUTE inputRow=169 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 170 of channel tile 4
LOAD_WEIGHTS weightRow=3816 k=4 n=4
COMPUTE inputRow=170 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 171 of channel tile 4
LOAD_WEIGHTS weightRow=3820 k=4 n=4
COMPUTE inputRow=171 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 172 of channel tile 4
LOAD_WEIGHTS weightRow=3824 k=4 n=4
COMPUTE inputRow=172 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 173 of channel tile 4
LOAD_WEIGHTS weightRow=3828 k=4 n=4
COMPUTE inputRow=173 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 174 of channel tile 4
LOAD_WEIGHTS weightRow=3832 k=4 n=4
COMPUTE inputRow=174 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 175 of channel tile 4
LOAD_WEIGHTS weightRow=3836 k=4 n=4
COMPUTE inputRow=175 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 176 of channel tile 4
LOAD_WEIGHTS weightRow=3840 k=4 n=4
COMPUTE inputRow=176 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 177 of channel tile 4
LOAD_WEIGHTS weightRow=3844 k=4 n=4
COMPUTE inputRow=177 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 178 of channel tile 4
LOAD_WEIGHTS weightRow=3848 k=4 n=4
COMPUTE inputRow=178 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 179 of channel tile 4
LOAD_WEIGHTS weightRow=3852 k=4 n=4
COMPUTE inputRow=179 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 180 of channel tile 4
LOAD_WEIGHTS weightRow=3856 k=4 n=4
COMPUTE inputRow=180 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 181 of channel tile 4
LOAD_WEIGHTS weightRow=3860 k=4 n=4
COMPUTE inputRow=181 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 182 of channel tile 4
LOAD_WEIGHTS weightRow=3864 k=4 n=4
COMPUTE inputRow=182 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 183 of channel tile 4
LOAD_WEIGHTS weightRow=3868 k=4 n=4
COMPUTE inputRow=183 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 184 of channel tile 4
LOAD_WEIGHTS weightRow=3872 k=4 n=4
COMPUTE inputRow=184 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 185 of channel tile 4
LOAD_WEIGHTS weightRow=3876 k=4 n=4
COMPUTE inputRow=185 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 186 of channel tile 4
LOAD_WEIGHTS weightRow=3880 k=4 n=4
COMPUTE inputRow=186 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 187 of channel tile 4
LOAD_WEIGHTS weightRow=3884 k=4 n=4
COMPUTE inputRow=187 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 188 of channel tile 4
LOAD_WEIGHTS weightRow=3888 k=4 n=4
COMPUTE inputRow=188 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 189 of channel tile 4
LOAD_WEIGHTS weightRow=3892 k=4 n=4
COMPUTE inputRow=189 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 190 of channel tile 4
LOAD_WEIGHTS weightRow=3896 k=4 n=4
COMPUTE inputRow=190 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 191 of channel tile 4
LOAD_WEIGHTS weightRow=3900 k=4 n=4
COMPUTE inputRow=191 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 192 of channel tile 4
LOAD_WEIGHTS weightRow=3904 k=4 n=4
COMPUTE inputRow=192 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 193 of channel tile 4
LOAD_WEIGHTS weightRow=3908 k=4 n=4
COMPUTE inputRow=193 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 194 of channel tile 4
LOAD_WEIGHTS weightRow=3912 k=4 n=4
COMPUTE inputRow=194 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 195 of channel tile 4
LOAD_WEIGHTS weightRow=3916 k=4 n=4
COMPUTE inputRow=195 inputRowStride=196 weightRow=0 accRow=4 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 5
LOAD_WEIGHTS weightRow=3920 k=4 n=4
COMPUTE inputRow=0 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 5
LOAD_WEIGHTS weightRow=3924 k=4 n=4
COMPUTE inputRow=1 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 5
LOAD_WEIGHTS weightRow=3928 k=4 n=4
COMPUTE inputRow=2 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 5
LOAD_WEIGHTS weightRow=3932 k=4 n=4
COMPUTE inputRow=3 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 5
LOAD_WEIGHTS weightRow=3936 k=4 n=4
COMPUTE inputRow=4 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 5
LOAD_WEIGHTS weightRow=3940 k=4 n=4
COMPUTE inputRow=5 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 5
LOAD_WEIGHTS weightRow=3944 k=4 n=4
COMPUTE inputRow=6 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 5
LOAD_WEIGHTS weightRow=3948 k=4 n=4
COMPUTE inputRow=7 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 5
LOAD_WEIGHTS weightRow=3952 k=4 n=4
COMPUTE inputRow=8 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 5
LOAD_WEIGHTS weightRow=3956 k=4 n=4
COMPUTE inputRow=9 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 5
LOAD_WEIGHTS weightRow=3960 k=4 n=4
COMPUTE inputRow=10 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 5
LOAD_WEIGHTS weightRow=3964 k=4 n=4
COMPUTE inputRow=11 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 5
LOAD_WEIGHTS weightRow=3968 k=4 n=4
COMPUTE inputRow=12 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 5
LOAD_WEIGHTS weightRow=3972 k=4 n=4
COMPUTE inputRow=13 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 5
LOAD_WEIGHTS weightRow=3976 k=4 n=4
COMPUTE inputRow=14 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 5
LOAD_WEIGHTS weightRow=3980 k=4 n=4
COMPUTE inputRow=15 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 5
LOAD_WEIGHTS weightRow=3984 k=4 n=4
COMPUTE inputRow=16 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 5
LOAD_WEIGHTS weightRow=3988 k=4 n=4
COMPUTE inputRow=17 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 18 of channel tile 5
LOAD_WEIGHTS weightRow=3992 k=4 n=4
COMPUTE inputRow=18 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 19 of channel tile 5
LOAD_WEIGHTS weightRow=3996 k=4 n=4
COMPUTE inputRow=19 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 20 of channel tile 5
LOAD_WEIGHTS weightRow=4000 k=4 n=4
COMPUTE inputRow=20 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 21 of channel tile 5
LOAD_WEIGHTS weightRow=4004 k=4 n=4
COMPUTE inputRow=21 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 22 of channel tile 5
LOAD_WEIGHTS weightRow=4008 k=4 n=4
COMPUTE inputRow=22 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 23 of channel tile 5
LOAD_WEIGHTS weightRow=4012 k=4 n=4
COMPUTE inputRow=23 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 24 of channel tile 5
LOAD_WEIGHTS weightRow=4016 k=4 n=4
COMPUTE inputRow=24 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 25 of channel tile 5
LOAD_WEIGHTS weightRow=4020 k=4 n=4
COMPUTE inputRow=25 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 26 of channel tile 5
LOAD_WEIGHTS weightRow=4024 k=4 n=4
COMPUTE inputRow=26 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 27 of channel tile 5
LOAD_WEIGHTS weightRow=4028 k=4 n=4
COMPUTE inputRow=27 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 28 of channel tile 5
LOAD_WEIGHTS weightRow=4032 k=4 n=4
COMPUTE inputRow=28 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 29 of channel tile 5
LOAD_WEIGHTS weightRow=4036 k=4 n=4
COMPUTE inputRow=29 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 30 of channel tile 5
LOAD_WEIGHTS weightRow=4040 k=4 n=4
COMPUTE inputRow=30 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 31 of channel tile 5
LOAD_WEIGHTS weightRow=4044 k=4 n=4
COMPUTE inputRow=31 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 32 of channel tile 5
LOAD_WEIGHTS weightRow=4048 k=4 n=4
COMPUTE inputRow=32 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 33 of channel tile 5
LOAD_WEIGHTS weightRow=4052 k=4 n=4
COMPUTE inputRow=33 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 34 of channel tile 5
LOAD_WEIGHTS weightRow=4056 k=4 n=4
COMPUTE inputRow=34 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 35 of channel tile 5
LOAD_WEIGHTS weightRow=4060 k=4 n=4
COMPUTE inputRow=35 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 36 of channel tile 5
LOAD_WEIGHTS weightRow=4064 k=4 n=4
COMPUTE inputRow=36 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 37 of channel tile 5
LOAD_WEIGHTS weightRow=4068 k=4 n=4
COMPUTE inputRow=37 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 38 of channel tile 5
LOAD_WEIGHTS weightRow=4072 k=4 n=4
COMPUTE inputRow=38 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 39 of channel tile 5
LOAD_WEIGHTS weightRow=4076 k=4 n=4
COMPUTE inputRow=39 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 40 of channel tile 5
LOAD_WEIGHTS weightRow=4080 k=4 n=4
COMPUTE inputRow=40 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 41 of channel tile 5
LOAD_WEIGHTS weightRow=4084 k=4 n=4
COMPUTE inputRow=41 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 42 of channel tile 5
LOAD_WEIGHTS weightRow=4088 k=4 n=4
COMPUTE inputRow=42 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 43 of channel tile 5
LOAD_WEIGHTS weightRow=4092 k=4 n=4
COMPUTE inputRow=43 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 44 of channel tile 5
LOAD_WEIGHTS weightRow=4096 k=4 n=4
COMPUTE inputRow=44 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 45 of channel tile 5
LOAD_WEIGHTS weightRow=4100 k=4 n=4
COMPUTE inputRow=45 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 46 of channel tile 5
LOAD_WEIGHTS weightRow=4104 k=4 n=4
COMPUTE inputRow=46 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 47 of channel tile 5
LOAD_WEIGHTS weightRow=4108 k=4 n=4
COMPUTE inputRow=47 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 48 of channel tile 5
LOAD_WEIGHTS weightRow=4112 k=4 n=4
COMPUTE inputRow=48 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 49 of channel tile 5
LOAD_WEIGHTS weightRow=4116 k=4 n=4
COMPUTE inputRow=49 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 50 of channel tile 5
LOAD_WEIGHTS weightRow=4120 k=4 n=4
COMPUTE inputRow=50 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 51 of channel tile 5
LOAD_WEIGHTS weightRow=4124 k=4 n=4
COMPUTE inputRow=51 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 52 of channel tile 5
LOAD_WEIGHTS weightRow=4128 k=4 n=4
COMPUTE inputRow=52 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 53 of channel tile 5
LOAD_WEIGHTS weightRow=4132 k=4 n=4
COMPUTE inputRow=53 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 54 of channel tile 5
LOAD_WEIGHTS weightRow=4136 k=4 n=4
COMPUTE inputRow=54 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 55 of channel tile 5
LOAD_WEIGHTS weightRow=4140 k=4 n=4
COMPUTE inputRow=55 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 56 of channel tile 5
LOAD_WEIGHTS weightRow=4144 k=4 n=4
COMPUTE inputRow=56 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 57 of channel tile 5
LOAD_WEIGHTS weightRow=4148 k=4 n=4
COMPUTE inputRow=57 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 58 of channel tile 5
LOAD_WEIGHTS weightRow=4152 k=4 n=4
COMPUTE inputRow=58 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 59 of channel tile 5
LOAD_WEIGHTS weightRow=4156 k=4 n=4
COMPUTE inputRow=59 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 60 of channel tile 5
LOAD_WEIGHTS weightRow=4160 k=4 n=4
COMPUTE inputRow=60 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 61 of channel tile 5
LOAD_WEIGHTS weightRow=4164 k=4 n=4
COMPUTE inputRow=61 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 62 of channel tile 5
LOAD_WEIGHTS weightRow=4168 k=4 n=4
COMPUTE inputRow=62 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 63 of channel tile 5
LOAD_WEIGHTS weightRow=4172 k=4 n=4
COMPUTE inputRow=63 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 64 of channel tile 5
LOAD_WEIGHTS weightRow=4176 k=4 n=4
COMPUTE inputRow=64 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 65 of channel tile 5
LOAD_WEIGHTS weightRow=4180 k=4 n=4
COMPUTE inputRow=65 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 66 of channel tile 5
LOAD_WEIGHTS weightRow=4184 k=4 n=4
COMPUTE inputRow=66 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 67 of channel tile 5
LOAD_WEIGHTS weightRow=4188 k=4 n=4
COMPUTE inputRow=67 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 68 of channel tile 5
LOAD_WEIGHTS weightRow=4192 k=4 n=4
COMPUTE inputRow=68 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 69 of channel tile 5
LOAD_WEIGHTS weightRow=4196 k=4 n=4
COMPUTE inputRow=69 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 70 of channel tile 5
LOAD_WEIGHTS weightRow=4200 k=4 n=4
COMPUTE inputRow=70 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 71 of channel tile 5
LOAD_WEIGHTS weightRow=4204 k=4 n=4
COMPUTE inputRow=71 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 72 of channel tile 5
LOAD_WEIGHTS weightRow=4208 k=4 n=4
COMPUTE inputRow=72 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 73 of channel tile 5
LOAD_WEIGHTS weightRow=4212 k=4 n=4
COMPUTE inputRow=73 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 74 of channel tile 5
LOAD_WEIGHTS weightRow=4216 k=4 n=4
COMPUTE inputRow=74 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 75 of channel tile 5
LOAD_WEIGHTS weightRow=4220 k=4 n=4
COMPUTE inputRow=75 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 76 of channel tile 5
LOAD_WEIGHTS weightRow=4224 k=4 n=4
COMPUTE inputRow=76 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 77 of channel tile 5
LOAD_WEIGHTS weightRow=4228 k=4 n=4
COMPUTE inputRow=77 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 78 of channel tile 5
LOAD_WEIGHTS weightRow=4232 k=4 n=4
COMPUTE inputRow=78 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 79 of channel tile 5
LOAD_WEIGHTS weightRow=4236 k=4 n=4
COMPUTE inputRow=79 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 80 of channel tile 5
LOAD_WEIGHTS weightRow=4240 k=4 n=4
COMPUTE inputRow=80 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 81 of channel tile 5
LOAD_WEIGHTS weightRow=4244 k=4 n=4
COMPUTE inputRow=81 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 82 of channel tile 5
LOAD_WEIGHTS weightRow=4248 k=4 n=4
COMPUTE inputRow=82 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 83 of channel tile 5
LOAD_WEIGHTS weightRow=4252 k=4 n=4
COMPUTE inputRow=83 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 84 of channel tile 5
LOAD_WEIGHTS weightRow=4256 k=4 n=4
COMPUTE inputRow=84 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 85 of channel tile 5
LOAD_WEIGHTS weightRow=4260 k=4 n=4
COMPUTE inputRow=85 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 86 of channel tile 5
LOAD_WEIGHTS weightRow=4264 k=4 n=4
COMPUTE inputRow=86 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 87 of channel tile 5
LOAD_WEIGHTS weightRow=4268 k=4 n=4
COMPUTE inputRow=87 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 88 of channel tile 5
LOAD_WEIGHTS weightRow=4272 k=4 n=4
COMPUTE inputRow=88 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 89 of channel tile 5
LOAD_WEIGHTS weightRow=4276 k=4 n=4
COMPUTE inputRow=89 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 90 of channel tile 5
LOAD_WEIGHTS weightRow=4280 k=4 n=4
COMPUTE inputRow=90 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 91 of channel tile 5
LOAD_WEIGHTS weightRow=4284 k=4 n=4
COMPUTE inputRow=91 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 92 of channel tile 5
LOAD_WEIGHTS weightRow=4288 k=4 n=4
COMPUTE inputRow=92 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 93 of channel tile 5
LOAD_WEIGHTS weightRow=4292 k=4 n=4
COMPUTE inputRow=93 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 94 of channel tile 5
LOAD_WEIGHTS weightRow=4296 k=4 n=4
COMPUTE inputRow=94 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 95 of channel tile 5
LOAD_WEIGHTS weightRow=4300 k=4 n=4
COMPUTE inputRow=95 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 96 of channel tile 5
LOAD_WEIGHTS weightRow=4304 k=4 n=4
COMPUTE inputRow=96 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 97 of channel tile 5
LOAD_WEIGHTS weightRow=4308 k=4 n=4
COMPUTE inputRow=97 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 98 of channel tile 5
LOAD_WEIGHTS weightRow=4312 k=4 n=4
COMPUTE inputRow=98 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 99 of channel tile 5
LOAD_WEIGHTS weightRow=4316 k=4 n=4
COMPUTE inputRow=99 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 100 of channel tile 5
LOAD_WEIGHTS weightRow=4320 k=4 n=4
COMPUTE inputRow=100 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 101 of channel tile 5
LOAD_WEIGHTS weightRow=4324 k=4 n=4
COMPUTE inputRow=101 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 102 of channel tile 5
LOAD_WEIGHTS weightRow=4328 k=4 n=4
COMPUTE inputRow=102 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 103 of channel tile 5
LOAD_WEIGHTS weightRow=4332 k=4 n=4
COMPUTE inputRow=103 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 104 of channel tile 5
LOAD_WEIGHTS weightRow=4336 k=4 n=4
COMPUTE inputRow=104 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 105 of channel tile 5
LOAD_WEIGHTS weightRow=4340 k=4 n=4
COMPUTE inputRow=105 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 106 of channel tile 5
LOAD_WEIGHTS weightRow=4344 k=4 n=4
COMPUTE inputRow=106 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 107 of channel tile 5
LOAD_WEIGHTS weightRow=4348 k=4 n=4
COMPUTE inputRow=107 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 108 of channel tile 5
LOAD_WEIGHTS weightRow=4352 k=4 n=4
COMPUTE inputRow=108 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 109 of channel tile 5
LOAD_WEIGHTS weightRow=4356 k=4 n=4
COMPUTE inputRow=109 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 110 of channel tile 5
LOAD_WEIGHTS weightRow=4360 k=4 n=4
COMPUTE inputRow=110 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 111 of channel tile 5
LOAD_WEIGHTS weightRow=4364 k=4 n=4
COMPUTE inputRow=111 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 112 of channel tile 5
LOAD_WEIGHTS weightRow=4368 k=4 n=4
COMPUTE inputRow=112 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 113 of channel tile 5
LOAD_WEIGHTS weightRow=4372 k=4 n=4
COMPUTE inputRow=113 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 114 of channel tile 5
LOAD_WEIGHTS weightRow=4376 k=4 n=4
COMPUTE inputRow=114 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 115 of channel tile 5
LOAD_WEIGHTS weightRow=4380 k=4 n=4
COMPUTE inputRow=115 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 116 of channel tile 5
LOAD_WEIGHTS weightRow=4384 k=4 n=4
COMPUTE inputRow=116 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 117 of channel tile 5
LOAD_WEIGHTS weightRow=4388 k=4 n=4
COMPUTE inputRow=117 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 118 of channel tile 5
LOAD_WEIGHTS weightRow=4392 k=4 n=4
COMPUTE inputRow=118 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 119 of channel tile 5
LOAD_WEIGHTS weightRow=4396 k=4 n=4
COMPUTE inputRow=119 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 120 of channel tile 5
LOAD_WEIGHTS weightRow=4400 k=4 n=4
COMPUTE inputRow=120 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 121 of channel tile 5
LOAD_WEIGHTS weightRow=4404 k=4 n=4
COMPUTE inputRow=121 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 122 of channel tile 5
LOAD_WEIGHTS weightRow=4408 k=4 n=4
COMPUTE inputRow=122 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 123 of channel tile 5
LOAD_WEIGHTS weightRow=4412 k=4 n=4
COMPUTE inputRow=123 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 124 of channel tile 5
LOAD_WEIGHTS weightRow=4416 k=4 n=4
COMPUTE inputRow=124 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 125 of channel tile 5
LOAD_WEIGHTS weightRow=4420 k=4 n=4
COMPUTE inputRow=125 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 126 of channel tile 5
LOAD_WEIGHTS weightRow=4424 k=4 n=4
COMPUTE inputRow=126 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 127 of channel tile 5
LOAD_WEIGHTS weightRow=4428 k=4 n=4
COMPUTE inputRow=127 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 128 of channel tile 5
LOAD_WEIGHTS weightRow=4432 k=4 n=4
COMPUTE inputRow=128 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 129 of channel tile 5
LOAD_WEIGHTS weightRow=4436 k=4 n=4
COMPUTE inputRow=129 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 130 of channel tile 5
LOAD_WEIGHTS weightRow=4440 k=4 n=4
COMPUTE inputRow=130 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 131 of channel tile 5
LOAD_WEIGHTS weightRow=4444 k=4 n=4
COMPUTE inputRow=131 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 132 of channel tile 5
LOAD_WEIGHTS weightRow=4448 k=4 n=4
COMPUTE inputRow=132 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 133 of channel tile 5
LOAD_WEIGHTS weightRow=4452 k=4 n=4
COMPUTE inputRow=133 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 134 of channel tile 5
LOAD_WEIGHTS weightRow=4456 k=4 n=4
COMPUTE inputRow=134 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 135 of channel tile 5
LOAD_WEIGHTS weightRow=4460 k=4 n=4
COMPUTE inputRow=135 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 136 of channel tile 5
LOAD_WEIGHTS weightRow=4464 k=4 n=4
COMPUTE inputRow=136 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 137 of channel tile 5
LOAD_WEIGHTS weightRow=4468 k=4 n=4
COMPUTE inputRow=137 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 138 of channel tile 5
LOAD_WEIGHTS weightRow=4472 k=4 n=4
COMPUTE inputRow=138 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 139 of channel tile 5
LOAD_WEIGHTS weightRow=4476 k=4 n=4
COMPUTE inputRow=139 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 140 of channel tile 5
LOAD_WEIGHTS weightRow=4480 k=4 n=4
COMPUTE inputRow=140 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 141 of channel tile 5
LOAD_WEIGHTS weightRow=4484 k=4 n=4
COMPUTE inputRow=141 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 142 of channel tile 5
LOAD_WEIGHTS weightRow=4488 k=4 n=4
COMPUTE inputRow=142 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 143 of channel tile 5
LOAD_WEIGHTS weightRow=4492 k=4 n=4
COMPUTE inputRow=143 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 144 of channel tile 5
LOAD_WEIGHTS weightRow=4496 k=4 n=4
COMPUTE inputRow=144 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 145 of channel tile 5
LOAD_WEIGHTS weightRow=4500 k=4 n=4
COMPUTE inputRow=145 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 146 of channel tile 5
LOAD_WEIGHTS weightRow=4504 k=4 n=4
COMPUTE inputRow=146 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 147 of channel tile 5
LOAD_WEIGHTS weightRow=4508 k=4 n=4
COMPUTE inputRow=147 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 148 of channel tile 5
LOAD_WEIGHTS weightRow=4512 k=4 n=4
COMPUTE inputRow=148 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 149 of channel tile 5
LOAD_WEIGHTS weightRow=4516 k=4 n=4
COMPUTE inputRow=149 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 150 of channel tile 5
LOAD_WEIGHTS weightRow=4520 k=4 n=4
COMPUTE inputRow=150 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 151 of channel tile 5
LOAD_WEIGHTS weightRow=4524 k=4 n=4
COMPUTE inputRow=151 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 152 of channel tile 5
LOAD_WEIGHTS weightRow=4528 k=4 n=4
COMPUTE inputRow=152 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 153 of channel tile 5
LOAD_WEIGHTS weightRow=4532 k=4 n=4
COMPUTE inputRow=153 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 154 of channel tile 5
LOAD_WEIGHTS weightRow=4536 k=4 n=4
COMPUTE inputRow=154 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 155 of channel tile 5
LOAD_WEIGHTS weightRow=4540 k=4 n=4
COMPUTE inputRow=155 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 156 of channel tile 5
LOAD_WEIGHTS weightRow=4544 k=4 n=4
COMPUTE inputRow=156 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 157 of channel tile 5
LOAD_WEIGHTS weightRow=4548 k=4 n=4
COMPUTE inputRow=157 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 158 of channel tile 5
LOAD_WEIGHTS weightRow=4552 k=4 n=4
COMPUTE inputRow=158 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 159 of channel tile 5
LOAD_WEIGHTS weightRow=4556 k=4 n=4
COMPUTE inputRow=159 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 160 of channel tile 5
LOAD_WEIGHTS weightRow=4560 k=4 n=4
COMPUTE inputRow=160 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 161 of channel tile 5
LOAD_WEIGHTS weightRow=4564 k=4 n=4
COMPUTE inputRow=161 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 162 of channel tile 5
LOAD_WEIGHTS weightRow=4568 k=4 n=4
COMPUTE inputRow=162 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 163 of channel tile 5
LOAD_WEIGHTS weightRow=4572 k=4 n=4
COMPUTE inputRow=163 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 164 of channel tile 5
LOAD_WEIGHTS weightRow=4576 k=4 n=4
COMPUTE inputRow=164 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 165 of channel tile 5
LOAD_WEIGHTS weightRow=4580 k=4 n=4
COMPUTE inputRow=165 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 166 of channel tile 5
LOAD_WEIGHTS weightRow=4584 k=4 n=4
COMPUTE inputRow=166 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 167 of channel tile 5
LOAD_WEIGHTS weightRow=4588 k=4 n=4
COMPUTE inputRow=167 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 168 of channel tile 5
LOAD_WEIGHTS weightRow=4592 k=4 n=4
COMPUTE inputRow=168 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 169 of channel tile 5
LOAD_WEIGHTS weightRow=4596 k=4 n=4
COMPUTE inputRow=169 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 170 of channel tile 5
LOAD_WEIGHTS weightRow=4600 k=4 n=4
COMPUTE inputRow=170 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 171 of channel tile 5
LOAD_WEIGHTS weightRow=4604 k=4 n=4
COMPUTE inputRow=171 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 172 of channel tile 5
LOAD_WEIGHTS weightRow=4608 k=4 n=4
COMPUTE inputRow=172 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 173 of channel tile 5
LOAD_WEIGHTS weightRow=4612 k=4 n=4
COMPUTE inputRow=173 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 174 of channel tile 5
LOAD_WEIGHTS weightRow=4616 k=4 n=4
COMPUTE inputRow=174 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 175 of channel tile 5
LOAD_WEIGHTS weightRow=4620 k=4 n=4
COMPUTE inputRow=175 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 176 of channel tile 5
LOAD_WEIGHTS weightRow=4624 k=4 n=4
COMPUTE inputRow=176 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 177 of channel tile 5
LOAD_WEIGHTS weightRow=4628 k=4 n=4
COMPUTE inputRow=177 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 178 of channel tile 5
LOAD_WEIGHTS weightRow=4632 k=4 n=4
COMPUTE inputRow=178 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 179 of channel tile 5
LOAD_WEIGHTS weightRow=4636 k=4 n=4
COMPUTE inputRow=179 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 180 of channel tile 5
LOAD_WEIGHTS weightRow=4640 k=4 n=4
COMPUTE inputRow=180 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 181 of channel tile 5
LOAD_WEIGHTS weightRow=4644 k=4 n=4
COMPUTE inputRow=181 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 182 of channel tile 5
LOAD_WEIGHTS weightRow=4648 k=4 n=4
COMPUTE inputRow=182 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 183 of channel tile 5
LOAD_WEIGHTS weightRow=4652 k=4 n=4
COMPUTE inputRow=183 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 184 of channel tile 5
LOAD_WEIGHTS weightRow=4656 k=4 n=4
COMPUTE inputRow=184 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 185 of channel tile 5
LOAD_WEIGHTS weightRow=4660 k=4 n=4
COMPUTE inputRow=185 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 186 of channel tile 5
LOAD_WEIGHTS weightRow=4664 k=4 n=4
COMPUTE inputRow=186 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 187 of channel tile 5
LOAD_WEIGHTS weightRow=4668 k=4 n=4
COMPUTE inputRow=187 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 188 of channel tile 5
LOAD_WEIGHTS weightRow=4672 k=4 n=4
COMPUTE inputRow=188 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 189 of channel tile 5
LOAD_WEIGHTS weightRow=4676 k=4 n=4
COMPUTE inputRow=189 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 190 of channel tile 5
LOAD_WEIGHTS weightRow=4680 k=4 n=4
COMPUTE inputRow=190 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 191 of channel tile 5
LOAD_WEIGHTS weightRow=4684 k=4 n=4
COMPUTE inputRow=191 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 192 of channel tile 5
LOAD_WEIGHTS weightRow=4688 k=4 n=4
COMPUTE inputRow=192 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 193 of channel tile 5
LOAD_WEIGHTS weightRow=4692 k=4 n=4
COMPUTE inputRow=193 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 194 of channel tile 5
LOAD_WEIGHTS weightRow=4696 k=4 n=4
COMPUTE inputRow=194 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 195 of channel tile 5
LOAD_WEIGHTS weightRow=4700 k=4 n=4
COMPUTE inputRow=195 inputRowStride=196 weightRow=0 accRow=5 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 6
LOAD_WEIGHTS weightRow=4704 k=4 n=4
COMPUTE inputRow=0 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 6
LOAD_WEIGHTS weightRow=4708 k=4 n=4
COMPUTE inputRow=1 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 6
LOAD_WEIGHTS weightRow=4712 k=4 n=4
COMPUTE inputRow=2 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 6
LOAD_WEIGHTS weightRow=4716 k=4 n=4
COMPUTE inputRow=3 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 6
LOAD_WEIGHTS weightRow=4720 k=4 n=4
COMPUTE inputRow=4 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 6
LOAD_WEIGHTS weightRow=4724 k=4 n=4
COMPUTE inputRow=5 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 6
LOAD_WEIGHTS weightRow=4728 k=4 n=4
COMPUTE inputRow=6 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 6
LOAD_WEIGHTS weightRow=4732 k=4 n=4
COMPUTE inputRow=7 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 6
LOAD_WEIGHTS weightRow=4736 k=4 n=4
COMPUTE inputRow=8 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 6
LOAD_WEIGHTS weightRow=4740 k=4 n=4
COMPUTE inputRow=9 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 6
LOAD_WEIGHTS weightRow=4744 k=4 n=4
COMPUTE inputRow=10 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 6
LOAD_WEIGHTS weightRow=4748 k=4 n=4
COMPUTE inputRow=11 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 6
LOAD_WEIGHTS weightRow=4752 k=4 n=4
COMPUTE inputRow=12 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 6
LOAD_WEIGHTS weightRow=4756 k=4 n=4
COMPUTE inputRow=13 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 6
LOAD_WEIGHTS weightRow=4760 k=4 n=4
COMPUTE inputRow=14 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 6
LOAD_WEIGHTS weightRow=4764 k=4 n=4
COMPUTE inputRow=15 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 6
LOAD_WEIGHTS weightRow=4768 k=4 n=4
COMPUTE inputRow=16 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 6
LOAD_WEIGHTS weightRow=4772 k=4 n=4
COMPUTE inputRow=17 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 18 of channel tile 6
LOAD_WEIGHTS weightRow=4776 k=4 n=4
COMPUTE inputRow=18 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 19 of channel tile 6
LOAD_WEIGHTS weightRow=4780 k=4 n=4
COMPUTE inputRow=19 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 20 of channel tile 6
LOAD_WEIGHTS weightRow=4784 k=4 n=4
COMPUTE inputRow=20 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 21 of channel tile 6
LOAD_WEIGHTS weightRow=4788 k=4 n=4
COMPUTE inputRow=21 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 22 of channel tile 6
LOAD_WEIGHTS weightRow=4792 k=4 n=4
COMPUTE inputRow=22 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 23 of channel tile 6
LOAD_WEIGHTS weightRow=4796 k=4 n=4
COMPUTE inputRow=23 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 24 of channel tile 6
LOAD_WEIGHTS weightRow=4800 k=4 n=4
COMPUTE inputRow=24 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 25 of channel tile 6
LOAD_WEIGHTS weightRow=4804 k=4 n=4
COMPUTE inputRow=25 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 26 of channel tile 6
LOAD_WEIGHTS weightRow=4808 k=4 n=4
COMPUTE inputRow=26 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 27 of channel tile 6
LOAD_WEIGHTS weightRow=4812 k=4 n=4
COMPUTE inputRow=27 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 28 of channel tile 6
LOAD_WEIGHTS weightRow=4816 k=4 n=4
COMPUTE inputRow=28 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 29 of channel tile 6
LOAD_WEIGHTS weightRow=4820 k=4 n=4
COMPUTE inputRow=29 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 30 of channel tile 6
LOAD_WEIGHTS weightRow=4824 k=4 n=4
COMPUTE inputRow=30 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 31 of channel tile 6
LOAD_WEIGHTS weightRow=4828 k=4 n=4
COMPUTE inputRow=31 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 32 of channel tile 6
LOAD_WEIGHTS weightRow=4832 k=4 n=4
COMPUTE inputRow=32 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 33 of channel tile 6
LOAD_WEIGHTS weightRow=4836 k=4 n=4
COMPUTE inputRow=33 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 34 of channel tile 6
LOAD_WEIGHTS weightRow=4840 k=4 n=4
COMPUTE inputRow=34 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 35 of channel tile 6
LOAD_WEIGHTS weightRow=4844 k=4 n=4
COMPUTE inputRow=35 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 36 of channel tile 6
LOAD_WEIGHTS weightRow=4848 k=4 n=4
COMPUTE inputRow=36 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 37 of channel tile 6
LOAD_WEIGHTS weightRow=4852 k=4 n=4
COMPUTE inputRow=37 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 38 of channel tile 6
LOAD_WEIGHTS weightRow=4856 k=4 n=4
COMPUTE inputRow=38 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 39 of channel tile 6
LOAD_WEIGHTS weightRow=4860 k=4 n=4
COMPUTE inputRow=39 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 40 of channel tile 6
LOAD_WEIGHTS weightRow=4864 k=4 n=4
COMPUTE inputRow=40 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 41 of channel tile 6
LOAD_WEIGHTS weightRow=4868 k=4 n=4
COMPUTE inputRow=41 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 42 of channel tile 6
LOAD_WEIGHTS weightRow=4872 k=4 n=4
COMPUTE inputRow=42 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 43 of channel tile 6
LOAD_WEIGHTS weightRow=4876 k=4 n=4
COMPUTE inputRow=43 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 44 of channel tile 6
LOAD_WEIGHTS weightRow=4880 k=4 n=4
COMPUTE inputRow=44 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 45 of channel tile 6
LOAD_WEIGHTS weightRow=4884 k=4 n=4
COMPUTE inputRow=45 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 46 of channel tile 6
LOAD_WEIGHTS weightRow=4888 k=4 n=4
COMPUTE inputRow=46 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 47 of channel tile 6
LOAD_WEIGHTS weightRow=4892 k=4 n=4
COMPUTE inputRow=47 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 48 of channel tile 6
LOAD_WEIGHTS weightRow=4896 k=4 n=4
COMPUTE inputRow=48 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 49 of channel tile 6
LOAD_WEIGHTS weightRow=4900 k=4 n=4
COMPUTE inputRow=49 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 50 of channel tile 6
LOAD_WEIGHTS weightRow=4904 k=4 n=4
COMPUTE inputRow=50 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 51 of channel tile 6
LOAD_WEIGHTS weightRow=4908 k=4 n=4
COMPUTE inputRow=51 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 52 of channel tile 6
LOAD_WEIGHTS weightRow=4912 k=4 n=4
COMPUTE inputRow=52 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 53 of channel tile 6
LOAD_WEIGHTS weightRow=4916 k=4 n=4
COMPUTE inputRow=53 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 54 of channel tile 6
LOAD_WEIGHTS weightRow=4920 k=4 n=4
COMPUTE inputRow=54 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 55 of channel tile 6
LOAD_WEIGHTS weightRow=4924 k=4 n=4
COMPUTE inputRow=55 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 56 of channel tile 6
LOAD_WEIGHTS weightRow=4928 k=4 n=4
COMPUTE inputRow=56 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 57 of channel tile 6
LOAD_WEIGHTS weightRow=4932 k=4 n=4
COMPUTE inputRow=57 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 58 of channel tile 6
LOAD_WEIGHTS weightRow=4936 k=4 n=4
COMPUTE inputRow=58 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 59 of channel tile 6
LOAD_WEIGHTS weightRow=4940 k=4 n=4
COMPUTE inputRow=59 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 60 of channel tile 6
LOAD_WEIGHTS weightRow=4944 k=4 n=4
COMPUTE inputRow=60 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 61 of channel tile 6
LOAD_WEIGHTS weightRow=4948 k=4 n=4
COMPUTE inputRow=61 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 62 of channel tile 6
LOAD_WEIGHTS weightRow=4952 k=4 n=4
COMPUTE inputRow=62 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 63 of channel tile 6
LOAD_WEIGHTS weightRow=4956 k=4 n=4
COMPUTE inputRow=63 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 64 of channel tile 6
LOAD_WEIGHTS weightRow=4960 k=4 n=4
COMPUTE inputRow=64 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 65 of channel tile 6
LOAD_WEIGHTS weightRow=4964 k=4 n=4
COMPUTE inputRow=65 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 66 of channel tile 6
LOAD_WEIGHTS weightRow=4968 k=4 n=4
COMPUTE inputRow=66 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 67 of channel tile 6
LOAD_WEIGHTS weightRow=4972 k=4 n=4
COMPUTE inputRow=67 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 68 of channel tile 6
LOAD_WEIGHTS weightRow=4976 k=4 n=4
COMPUTE inputRow=68 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 69 of channel tile 6
LOAD_WEIGHTS weightRow=4980 k=4 n=4
COMPUTE inputRow=69 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 70 of channel tile 6
LOAD_WEIGHTS weightRow=4984 k=4 n=4
COMPUTE inputRow=70 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 71 of channel tile 6
LOAD_WEIGHTS weightRow=4988 k=4 n=4
COMPUTE inputRow=71 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 72 of channel tile 6
LOAD_WEIGHTS weightRow=4992 k=4 n=4
COMPUTE inputRow=72 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 73 of channel tile 6
LOAD_WEIGHTS weightRow=4996 k=4 n=4
COMPUTE inputRow=73 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 74 of channel tile 6
LOAD_WEIGHTS weightRow=5000 k=4 n=4
COMPUTE inputRow=74 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 75 of channel tile 6
LOAD_WEIGHTS weightRow=5004 k=4 n=4
COMPUTE inputRow=75 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 76 of channel tile 6
LOAD_WEIGHTS weightRow=5008 k=4 n=4
COMPUTE inputRow=76 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 77 of channel tile 6
LOAD_WEIGHTS weightRow=5012 k=4 n=4
COMPUTE inputRow=77 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 78 of channel tile 6
LOAD_WEIGHTS weightRow=5016 k=4 n=4
COMPUTE inputRow=78 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 79 of channel tile 6
LOAD_WEIGHTS weightRow=5020 k=4 n=4
COMPUTE inputRow=79 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 80 of channel tile 6
LOAD_WEIGHTS weightRow=5024 k=4 n=4
COMPUTE inputRow=80 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 81 of channel tile 6
LOAD_WEIGHTS weightRow=5028 k=4 n=4
COMPUTE inputRow=81 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 82 of channel tile 6
LOAD_WEIGHTS weightRow=5032 k=4 n=4
COMPUTE inputRow=82 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 83 of channel tile 6
LOAD_WEIGHTS weightRow=5036 k=4 n=4
COMPUTE inputRow=83 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 84 of channel tile 6
LOAD_WEIGHTS weightRow=5040 k=4 n=4
COMPUTE inputRow=84 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 85 of channel tile 6
LOAD_WEIGHTS weightRow=5044 k=4 n=4
COMPUTE inputRow=85 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 86 of channel tile 6
LOAD_WEIGHTS weightRow=5048 k=4 n=4
COMPUTE inputRow=86 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 87 of channel tile 6
LOAD_WEIGHTS weightRow=5052 k=4 n=4
COMPUTE inputRow=87 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 88 of channel tile 6
LOAD_WEIGHTS weightRow=5056 k=4 n=4
COMPUTE inputRow=88 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 89 of channel tile 6
LOAD_WEIGHTS weightRow=5060 k=4 n=4
COMPUTE inputRow=89 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 90 of channel tile 6
LOAD_WEIGHTS weightRow=5064 k=4 n=4
COMPUTE inputRow=90 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 91 of channel tile 6
LOAD_WEIGHTS weightRow=5068 k=4 n=4
COMPUTE inputRow=91 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 92 of channel tile 6
LOAD_WEIGHTS weightRow=5072 k=4 n=4
COMPUTE inputRow=92 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 93 of channel tile 6
LOAD_WEIGHTS weightRow=5076 k=4 n=4
COMPUTE inputRow=93 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 94 of channel tile 6
LOAD_WEIGHTS weightRow=5080 k=4 n=4
COMPUTE inputRow=94 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 95 of channel tile 6
LOAD_WEIGHTS weightRow=5084 k=4 n=4
COMPUTE inputRow=95 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 96 of channel tile 6
LOAD_WEIGHTS weightRow=5088 k=4 n=4
COMPUTE inputRow=96 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 97 of channel tile 6
LOAD_WEIGHTS weightRow=5092 k=4 n=4
COMPUTE inputRow=97 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 98 of channel tile 6
LOAD_WEIGHTS weightRow=5096 k=4 n=4
COMPUTE inputRow=98 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 99 of channel tile 6
LOAD_WEIGHTS weightRow=5100 k=4 n=4
COMPUTE inputRow=99 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 100 of channel tile 6
LOAD_WEIGHTS weightRow=5104 k=4 n=4
COMPUTE inputRow=100 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 101 of channel tile 6
LOAD_WEIGHTS weightRow=5108 k=4 n=4
COMPUTE inputRow=101 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 102 of channel tile 6
LOAD_WEIGHTS weightRow=5112 k=4 n=4
COMPUTE inputRow=102 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 103 of channel tile 6
LOAD_WEIGHTS weightRow=5116 k=4 n=4
COMPUTE inputRow=103 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 104 of channel tile 6
LOAD_WEIGHTS weightRow=5120 k=4 n=4
COMPUTE inputRow=104 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 105 of channel tile 6
LOAD_WEIGHTS weightRow=5124 k=4 n=4
COMPUTE inputRow=105 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 106 of channel tile 6
LOAD_WEIGHTS weightRow=5128 k=4 n=4
COMPUTE inputRow=106 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 107 of channel tile 6
LOAD_WEIGHTS weightRow=5132 k=4 n=4
COMPUTE inputRow=107 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 108 of channel tile 6
LOAD_WEIGHTS weightRow=5136 k=4 n=4
COMPUTE inputRow=108 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 109 of channel tile 6
LOAD_WEIGHTS weightRow=5140 k=4 n=4
COMPUTE inputRow=109 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 110 of channel tile 6
LOAD_WEIGHTS weightRow=5144 k=4 n=4
COMPUTE inputRow=110 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 111 of channel tile 6
LOAD_WEIGHTS weightRow=5148 k=4 n=4
COMPUTE inputRow=111 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 112 of channel tile 6
LOAD_WEIGHTS weightRow=5152 k=4 n=4
COMPUTE inputRow=112 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 113 of channel tile 6
LOAD_WEIGHTS weightRow=5156 k=4 n=4
COMPUTE inputRow=113 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 114 of channel tile 6
LOAD_WEIGHTS weightRow=5160 k=4 n=4
COMPUTE inputRow=114 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 115 of channel tile 6
LOAD_WEIGHTS weightRow=5164 k=4 n=4
COMPUTE inputRow=115 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 116 of channel tile 6
LOAD_WEIGHTS weightRow=5168 k=4 n=4
COMPUTE inputRow=116 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 117 of channel tile 6
LOAD_WEIGHTS weightRow=5172 k=4 n=4
COMPUTE inputRow=117 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 118 of channel tile 6
LOAD_WEIGHTS weightRow=5176 k=4 n=4
COMPUTE inputRow=118 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 119 of channel tile 6
LOAD_WEIGHTS weightRow=5180 k=4 n=4
COMPUTE inputRow=119 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 120 of channel tile 6
LOAD_WEIGHTS weightRow=5184 k=4 n=4
COMPUTE inputRow=120 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 121 of channel tile 6
LOAD_WEIGHTS weightRow=5188 k=4 n=4
COMPUTE inputRow=121 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 122 of channel tile 6
LOAD_WEIGHTS weightRow=5192 k=4 n=4
COMPUTE inputRow=122 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 123 of channel tile 6
LOAD_WEIGHTS weightRow=5196 k=4 n=4
COMPUTE inputRow=123 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 124 of channel tile 6
LOAD_WEIGHTS weightRow=5200 k=4 n=4
COMPUTE inputRow=124 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 125 of channel tile 6
LOAD_WEIGHTS weightRow=5204 k=4 n=4
COMPUTE inputRow=125 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 126 of channel tile 6
LOAD_WEIGHTS weightRow=5208 k=4 n=4
COMPUTE inputRow=126 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 127 of channel tile 6
LOAD_WEIGHTS weightRow=5212 k=4 n=4
COMPUTE inputRow=127 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 128 of channel tile 6
LOAD_WEIGHTS weightRow=5216 k=4 n=4
COMPUTE inputRow=128 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 129 of channel tile 6
LOAD_WEIGHTS weightRow=5220 k=4 n=4
COMPUTE inputRow=129 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 130 of channel tile 6
LOAD_WEIGHTS weightRow=5224 k=4 n=4
COMPUTE inputRow=130 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 131 of channel tile 6
LOAD_WEIGHTS weightRow=5228 k=4 n=4
COMPUTE inputRow=131 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 132 of channel tile 6
LOAD_WEIGHTS weightRow=5232 k=4 n=4
COMPUTE inputRow=132 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 133 of channel tile 6
LOAD_WEIGHTS weightRow=5236 k=4 n=4
COMPUTE inputRow=133 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 134 of channel tile 6
LOAD_WEIGHTS weightRow=5240 k=4 n=4
COMPUTE inputRow=134 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 135 of channel tile 6
LOAD_WEIGHTS weightRow=5244 k=4 n=4
COMPUTE inputRow=135 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 136 of channel tile 6
LOAD_WEIGHTS weightRow=5248 k=4 n=4
COMPUTE inputRow=136 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 137 of channel tile 6
LOAD_WEIGHTS weightRow=5252 k=4 n=4
COMPUTE inputRow=137 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 138 of channel tile 6
LOAD_WEIGHTS weightRow=5256 k=4 n=4
COMPUTE inputRow=138 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 139 of channel tile 6
LOAD_WEIGHTS weightRow=5260 k=4 n=4
COMPUTE inputRow=139 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 140 of channel tile 6
LOAD_WEIGHTS weightRow=5264 k=4 n=4
COMPUTE inputRow=140 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 141 of channel tile 6
LOAD_WEIGHTS weightRow=5268 k=4 n=4
COMPUTE inputRow=141 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 142 of channel tile 6
LOAD_WEIGHTS weightRow=5272 k=4 n=4
COMPUTE inputRow=142 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 143 of channel tile 6
LOAD_WEIGHTS weightRow=5276 k=4 n=4
COMPUTE inputRow=143 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 144 of channel tile 6
LOAD_WEIGHTS weightRow=5280 k=4 n=4
COMPUTE inputRow=144 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 145 of channel tile 6
LOAD_WEIGHTS weightRow=5284 k=4 n=4
COMPUTE inputRow=145 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 146 of channel tile 6
LOAD_WEIGHTS weightRow=5288 k=4 n=4
COMPUTE inputRow=146 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 147 of channel tile 6
LOAD_WEIGHTS weightRow=5292 k=4 n=4
COMPUTE inputRow=147 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 148 of channel tile 6
LOAD_WEIGHTS weightRow=5296 k=4 n=4
COMPUTE inputRow=148 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 149 of channel tile 6
LOAD_WEIGHTS weightRow=5300 k=4 n=4
COMPUTE inputRow=149 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 150 of channel tile 6
LOAD_WEIGHTS weightRow=5304 k=4 n=4
COMPUTE inputRow=150 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 151 of channel tile 6
LOAD_WEIGHTS weightRow=5308 k=4 n=4
COMPUTE inputRow=151 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 152 of channel tile 6
LOAD_WEIGHTS weightRow=5312 k=4 n=4
COMPUTE inputRow=152 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 153 of channel tile 6
LOAD_WEIGHTS weightRow=5316 k=4 n=4
COMPUTE inputRow=153 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 154 of channel tile 6
LOAD_WEIGHTS weightRow=5320 k=4 n=4
COMPUTE inputRow=154 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 155 of channel tile 6
LOAD_WEIGHTS weightRow=5324 k=4 n=4
COMPUTE inputRow=155 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 156 of channel tile 6
LOAD_WEIGHTS weightRow=5328 k=4 n=4
COMPUTE inputRow=156 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 157 of channel tile 6
LOAD_WEIGHTS weightRow=5332 k=4 n=4
COMPUTE inputRow=157 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 158 of channel tile 6
LOAD_WEIGHTS weightRow=5336 k=4 n=4
COMPUTE inputRow=158 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 159 of channel tile 6
LOAD_WEIGHTS weightRow=5340 k=4 n=4
COMPUTE inputRow=159 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 160 of channel tile 6
LOAD_WEIGHTS weightRow=5344 k=4 n=4
COMPUTE inputRow=160 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 161 of channel tile 6
LOAD_WEIGHTS weightRow=5348 k=4 n=4
COMPUTE inputRow=161 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 162 of channel tile 6
LOAD_WEIGHTS weightRow=5352 k=4 n=4
COMPUTE inputRow=162 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 163 of channel tile 6
LOAD_WEIGHTS weightRow=5356 k=4 n=4
COMPUTE inputRow=163 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 164 of channel tile 6
LOAD_WEIGHTS weightRow=5360 k=4 n=4
COMPUTE inputRow=164 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 165 of channel tile 6
LOAD_WEIGHTS weightRow=5364 k=4 n=4
COMPUTE inputRow=165 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 166 of channel tile 6
LOAD_WEIGHTS weightRow=5368 k=4 n=4
COMPUTE inputRow=166 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 167 of channel tile 6
LOAD_WEIGHTS weightRow=5372 k=4 n=4
COMPUTE inputRow=167 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 168 of channel tile 6
LOAD_WEIGHTS weightRow=5376 k=4 n=4
COMPUTE inputRow=168 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 169 of channel tile 6
LOAD_WEIGHTS weightRow=5380 k=4 n=4
COMPUTE inputRow=169 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 170 of channel tile 6
LOAD_WEIGHTS weightRow=5384 k=4 n=4
COMPUTE inputRow=170 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 171 of channel tile 6
LOAD_WEIGHTS weightRow=5388 k=4 n=4
COMPUTE inputRow=171 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 172 of channel tile 6
LOAD_WEIGHTS weightRow=5392 k=4 n=4
COMPUTE inputRow=172 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 173 of channel tile 6
LOAD_WEIGHTS weightRow=5396 k=4 n=4
COMPUTE inputRow=173 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 174 of channel tile 6
LOAD_WEIGHTS weightRow=5400 k=4 n=4
COMPUTE inputRow=174 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 175 of channel tile 6
LOAD_WEIGHTS weightRow=5404 k=4 n=4
COMPUTE inputRow=175 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 176 of channel tile 6
LOAD_WEIGHTS weightRow=5408 k=4 n=4
COMPUTE inputRow=176 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 177 of channel tile 6
LOAD_WEIGHTS weightRow=5412 k=4 n=4
COMPUTE inputRow=177 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 178 of channel tile 6
LOAD_WEIGHTS weightRow=5416 k=4 n=4
COMPUTE inputRow=178 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 179 of channel tile 6
LOAD_WEIGHTS weightRow=5420 k=4 n=4
COMPUTE inputRow=179 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 180 of channel tile 6
LOAD_WEIGHTS weightRow=5424 k=4 n=4
COMPUTE inputRow=180 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 181 of channel tile 6
LOAD_WEIGHTS weightRow=5428 k=4 n=4
COMPUTE inputRow=181 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 182 of channel tile 6
LOAD_WEIGHTS weightRow=5432 k=4 n=4
COMPUTE inputRow=182 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 183 of channel tile 6
LOAD_WEIGHTS weightRow=5436 k=4 n=4
COMPUTE inputRow=183 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 184 of channel tile 6
LOAD_WEIGHTS weightRow=5440 k=4 n=4
COMPUTE inputRow=184 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 185 of channel tile 6
LOAD_WEIGHTS weightRow=5444 k=4 n=4
COMPUTE inputRow=185 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 186 of channel tile 6
LOAD_WEIGHTS weightRow=5448 k=4 n=4
COMPUTE inputRow=186 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 187 of channel tile 6
LOAD_WEIGHTS weightRow=5452 k=4 n=4
COMPUTE inputRow=187 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 188 of channel tile 6
LOAD_WEIGHTS weightRow=5456 k=4 n=4
COMPUTE inputRow=188 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 189 of channel tile 6
LOAD_WEIGHTS weightRow=5460 k=4 n=4
COMPUTE inputRow=189 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 190 of channel tile 6
LOAD_WEIGHTS weightRow=5464 k=4 n=4
COMPUTE inputRow=190 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 191 of channel tile 6
LOAD_WEIGHTS weightRow=5468 k=4 n=4
COMPUTE inputRow=191 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 192 of channel tile 6
LOAD_WEIGHTS weightRow=5472 k=4 n=4
COMPUTE inputRow=192 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 193 of channel tile 6
LOAD_WEIGHTS weightRow=5476 k=4 n=4
COMPUTE inputRow=193 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 194 of channel tile 6
LOAD_WEIGHTS weightRow=5480 k=4 n=4
COMPUTE inputRow=194 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 195 of channel tile 6
LOAD_WEIGHTS weightRow=5484 k=4 n=4
COMPUTE inputRow=195 inputRowStride=196 weightRow=0 accRow=6 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 7
LOAD_WEIGHTS weightRow=5488 k=4 n=4
COMPUTE inputRow=0 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 7
LOAD_WEIGHTS weightRow=5492 k=4 n=4
COMPUTE inputRow=1 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 7
LOAD_WEIGHTS weightRow=5496 k=4 n=4
COMPUTE inputRow=2 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 7
LOAD_WEIGHTS weightRow=5500 k=4 n=4
COMPUTE inputRow=3 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 7
LOAD_WEIGHTS weightRow=5504 k=4 n=4
COMPUTE inputRow=4 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 7
LOAD_WEIGHTS weightRow=5508 k=4 n=4
COMPUTE inputRow=5 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 7
LOAD_WEIGHTS weightRow=5512 k=4 n=4
COMPUTE inputRow=6 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 7
LOAD_WEIGHTS weightRow=5516 k=4 n=4
COMPUTE inputRow=7 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 7
LOAD_WEIGHTS weightRow=5520 k=4 n=4
COMPUTE inputRow=8 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 7
LOAD_WEIGHTS weightRow=5524 k=4 n=4
COMPUTE inputRow=9 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 7
LOAD_WEIGHTS weightRow=5528 k=4 n=4
COMPUTE inputRow=10 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 7
LOAD_WEIGHTS weightRow=5532 k=4 n=4
COMPUTE inputRow=11 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 7
LOAD_WEIGHTS weightRow=5536 k=4 n=4
COMPUTE inputRow=12 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 7
LOAD_WEIGHTS weightRow=5540 k=4 n=4
COMPUTE inputRow=13 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 7
LOAD_WEIGHTS weightRow=5544 k=4 n=4
COMPUTE inputRow=14 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 7
LOAD_WEIGHTS weightRow=5548 k=4 n=4
COMPUTE inputRow=15 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 7
LOAD_WEIGHTS weightRow=5552 k=4 n=4
COMPUTE inputRow=16 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 7
LOAD_WEIGHTS weightRow=5556 k=4 n=4
COMPUTE inputRow=17 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 18 of channel tile 7
LOAD_WEIGHTS weightRow=5560 k=4 n=4
COMPUTE inputRow=18 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 19 of channel tile 7
LOAD_WEIGHTS weightRow=5564 k=4 n=4
COMPUTE inputRow=19 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 20 of channel tile 7
LOAD_WEIGHTS weightRow=5568 k=4 n=4
COMPUTE inputRow=20 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 21 of channel tile 7
LOAD_WEIGHTS weightRow=5572 k=4 n=4
COMPUTE inputRow=21 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 22 of channel tile 7
LOAD_WEIGHTS weightRow=5576 k=4 n=4
COMPUTE inputRow=22 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 23 of channel tile 7
LOAD_WEIGHTS weightRow=5580 k=4 n=4
COMPUTE inputRow=23 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 24 of channel tile 7
LOAD_WEIGHTS weightRow=5584 k=4 n=4
COMPUTE inputRow=24 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 25 of channel tile 7
LOAD_WEIGHTS weightRow=5588 k=4 n=4
COMPUTE inputRow=25 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 26 of channel tile 7
LOAD_WEIGHTS weightRow=5592 k=4 n=4
COMPUTE inputRow=26 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 27 of channel tile 7
LOAD_WEIGHTS weightRow=5596 k=4 n=4
COMPUTE inputRow=27 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 28 of channel tile 7
LOAD_WEIGHTS weightRow=5600 k=4 n=4
COMPUTE inputRow=28 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 29 of channel tile 7
LOAD_WEIGHTS weightRow=5604 k=4 n=4
COMPUTE inputRow=29 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 30 of channel tile 7
LOAD_WEIGHTS weightRow=5608 k=4 n=4
COMPUTE inputRow=30 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 31 of channel tile 7
LOAD_WEIGHTS weightRow=5612 k=4 n=4
COMPUTE inputRow=31 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 32 of channel tile 7
LOAD_WEIGHTS weightRow=5616 k=4 n=4
COMPUTE inputRow=32 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 33 of channel tile 7
LOAD_WEIGHTS weightRow=5620 k=4 n=4
COMPUTE inputRow=33 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 34 of channel tile 7
LOAD_WEIGHTS weightRow=5624 k=4 n=4
COMPUTE inputRow=34 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 35 of channel tile 7
LOAD_WEIGHTS weightRow=5628 k=4 n=4
COMPUTE inputRow=35 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 36 of channel tile 7
LOAD_WEIGHTS weightRow=5632 k=4 n=4
COMPUTE inputRow=36 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 37 of channel tile 7
LOAD_WEIGHTS weightRow=5636 k=4 n=4
COMPUTE inputRow=37 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 38 of channel tile 7
LOAD_WEIGHTS weightRow=5640 k=4 n=4
COMPUTE inputRow=38 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 39 of channel tile 7
LOAD_WEIGHTS weightRow=5644 k=4 n=4
COMPUTE inputRow=39 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 40 of channel tile 7
LOAD_WEIGHTS weightRow=5648 k=4 n=4
COMPUTE inputRow=40 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 41 of channel tile 7
LOAD_WEIGHTS weightRow=5652 k=4 n=4
COMPUTE inputRow=41 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 42 of channel tile 7
LOAD_WEIGHTS weightRow=5656 k=4 n=4
COMPUTE inputRow=42 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 43 of channel tile 7
LOAD_WEIGHTS weightRow=5660 k=4 n=4
COMPUTE inputRow=43 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 44 of channel tile 7
LOAD_WEIGHTS weightRow=5664 k=4 n=4
COMPUTE inputRow=44 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 45 of channel tile 7
LOAD_WEIGHTS weightRow=5668 k=4 n=4
COMPUTE inputRow=45 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 46 of channel tile 7
LOAD_WEIGHTS weightRow=5672 k=4 n=4
COMPUTE inputRow=46 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 47 of channel tile 7
LOAD_WEIGHTS weightRow=5676 k=4 n=4
COMPUTE inputRow=47 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 48 of channel tile 7
LOAD_WEIGHTS weightRow=5680 k=4 n=4
COMPUTE inputRow=48 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 49 of channel tile 7
LOAD_WEIGHTS weightRow=5684 k=4 n=4
COMPUTE inputRow=49 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 50 of channel tile 7
LOAD_WEIGHTS weightRow=5688 k=4 n=4
COMPUTE inputRow=50 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 51 of channel tile 7
LOAD_WEIGHTS weightRow=5692 k=4 n=4
COMPUTE inputRow=51 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 52 of channel tile 7
LOAD_WEIGHTS weightRow=5696 k=4 n=4
COMPUTE inputRow=52 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 53 of channel tile 7
LOAD_WEIGHTS weightRow=5700 k=4 n=4
COMPUTE inputRow=53 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 54 of channel tile 7
LOAD_WEIGHTS weightRow=5704 k=4 n=4
COMPUTE inputRow=54 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 55 of channel tile 7
LOAD_WEIGHTS weightRow=5708 k=4 n=4
COMPUTE inputRow=55 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 56 of channel tile 7
LOAD_WEIGHTS weightRow=5712 k=4 n=4
COMPUTE inputRow=56 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 57 of channel tile 7
LOAD_WEIGHTS weightRow=5716 k=4 n=4
COMPUTE inputRow=57 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 58 of channel tile 7
LOAD_WEIGHTS weightRow=5720 k=4 n=4
COMPUTE inputRow=58 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 59 of channel tile 7
LOAD_WEIGHTS weightRow=5724 k=4 n=4
COMPUTE inputRow=59 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 60 of channel tile 7
LOAD_WEIGHTS weightRow=5728 k=4 n=4
COMPUTE inputRow=60 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 61 of channel tile 7
LOAD_WEIGHTS weightRow=5732 k=4 n=4
COMPUTE inputRow=61 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 62 of channel tile 7
LOAD_WEIGHTS weightRow=5736 k=4 n=4
COMPUTE inputRow=62 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 63 of channel tile 7
LOAD_WEIGHTS weightRow=5740 k=4 n=4
COMPUTE inputRow=63 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 64 of channel tile 7
LOAD_WEIGHTS weightRow=5744 k=4 n=4
COMPUTE inputRow=64 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 65 of channel tile 7
LOAD_WEIGHTS weightRow=5748 k=4 n=4
COMPUTE inputRow=65 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 66 of channel tile 7
LOAD_WEIGHTS weightRow=5752 k=4 n=4
COMPUTE inputRow=66 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 67 of channel tile 7
LOAD_WEIGHTS weightRow=5756 k=4 n=4
COMPUTE inputRow=67 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 68 of channel tile 7
LOAD_WEIGHTS weightRow=5760 k=4 n=4
COMPUTE inputRow=68 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 69 of channel tile 7
LOAD_WEIGHTS weightRow=5764 k=4 n=4
COMPUTE inputRow=69 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 70 of channel tile 7
LOAD_WEIGHTS weightRow=5768 k=4 n=4
COMPUTE inputRow=70 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 71 of channel tile 7
LOAD_WEIGHTS weightRow=5772 k=4 n=4
COMPUTE inputRow=71 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 72 of channel tile 7
LOAD_WEIGHTS weightRow=5776 k=4 n=4
COMPUTE inputRow=72 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 73 of channel tile 7
LOAD_WEIGHTS weightRow=5780 k=4 n=4
COMPUTE inputRow=73 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 74 of channel tile 7
LOAD_WEIGHTS weightRow=5784 k=4 n=4
COMPUTE inputRow=74 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 75 of channel tile 7
LOAD_WEIGHTS weightRow=5788 k=4 n=4
COMPUTE inputRow=75 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 76 of channel tile 7
LOAD_WEIGHTS weightRow=5792 k=4 n=4
COMPUTE inputRow=76 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 77 of channel tile 7
LOAD_WEIGHTS weightRow=5796 k=4 n=4
COMPUTE inputRow=77 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 78 of channel tile 7
LOAD_WEIGHTS weightRow=5800 k=4 n=4
COMPUTE inputRow=78 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 79 of channel tile 7
LOAD_WEIGHTS weightRow=5804 k=4 n=4
COMPUTE inputRow=79 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 80 of channel tile 7
LOAD_WEIGHTS weightRow=5808 k=4 n=4
COMPUTE inputRow=80 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 81 of channel tile 7
LOAD_WEIGHTS weightRow=5812 k=4 n=4
COMPUTE inputRow=81 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 82 of channel tile 7
LOAD_WEIGHTS weightRow=5816 k=4 n=4
COMPUTE inputRow=82 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 83 of channel tile 7
LOAD_WEIGHTS weightRow=5820 k=4 n=4
COMPUTE inputRow=83 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 84 of channel tile 7
LOAD_WEIGHTS weightRow=5824 k=4 n=4
COMPUTE inputRow=84 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 85 of channel tile 7
LOAD_WEIGHTS weightRow=5828 k=4 n=4
COMPUTE inputRow=85 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 86 of channel tile 7
LOAD_WEIGHTS weightRow=5832 k=4 n=4
COMPUTE inputRow=86 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 87 of channel tile 7
LOAD_WEIGHTS weightRow=5836 k=4 n=4
COMPUTE inputRow=87 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 88 of channel tile 7
LOAD_WEIGHTS weightRow=5840 k=4 n=4
COMPUTE inputRow=88 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 89 of channel tile 7
LOAD_WEIGHTS weightRow=5844 k=4 n=4
COMPUTE inputRow=89 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 90 of channel tile 7
LOAD_WEIGHTS weightRow=5848 k=4 n=4
COMPUTE inputRow=90 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 91 of channel tile 7
LOAD_WEIGHTS weightRow=5852 k=4 n=4
COMPUTE inputRow=91 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 92 of channel tile 7
LOAD_WEIGHTS weightRow=5856 k=4 n=4
COMPUTE inputRow=92 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 93 of channel tile 7
LOAD_WEIGHTS weightRow=5860 k=4 n=4
COMPUTE inputRow=93 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 94 of channel tile 7
LOAD_WEIGHTS weightRow=5864 k=4 n=4
COMPUTE inputRow=94 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 95 of channel tile 7
LOAD_WEIGHTS weightRow=5868 k=4 n=4
COMPUTE inputRow=95 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 96 of channel tile 7
LOAD_WEIGHTS weightRow=5872 k=4 n=4
COMPUTE inputRow=96 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 97 of channel tile 7
LOAD_WEIGHTS weightRow=5876 k=4 n=4
COMPUTE inputRow=97 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 98 of channel tile 7
LOAD_WEIGHTS weightRow=5880 k=4 n=4
COMPUTE inputRow=98 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 99 of channel tile 7
LOAD_WEIGHTS weightRow=5884 k=4 n=4
COMPUTE inputRow=99 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 100 of channel tile 7
LOAD_WEIGHTS weightRow=5888 k=4 n=4
COMPUTE inputRow=100 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 101 of channel tile 7
LOAD_WEIGHTS weightRow=5892 k=4 n=4
COMPUTE inputRow=101 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 102 of channel tile 7
LOAD_WEIGHTS weightRow=5896 k=4 n=4
COMPUTE inputRow=102 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 103 of channel tile 7
LOAD_WEIGHTS weightRow=5900 k=4 n=4
COMPUTE inputRow=103 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 104 of channel tile 7
LOAD_WEIGHTS weightRow=5904 k=4 n=4
COMPUTE inputRow=104 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 105 of channel tile 7
LOAD_WEIGHTS weightRow=5908 k=4 n=4
COMPUTE inputRow=105 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 106 of channel tile 7
LOAD_WEIGHTS weightRow=5912 k=4 n=4
COMPUTE inputRow=106 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 107 of channel tile 7
LOAD_WEIGHTS weightRow=5916 k=4 n=4
COMPUTE inputRow=107 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 108 of channel tile 7
LOAD_WEIGHTS weightRow=5920 k=4 n=4
COMPUTE inputRow=108 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 109 of channel tile 7
LOAD_WEIGHTS weightRow=5924 k=4 n=4
COMPUTE inputRow=109 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 110 of channel tile 7
LOAD_WEIGHTS weightRow=5928 k=4 n=4
COMPUTE inputRow=110 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 111 of channel tile 7
LOAD_WEIGHTS weightRow=5932 k=4 n=4
COMPUTE inputRow=111 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 112 of channel tile 7
LOAD_WEIGHTS weightRow=5936 k=4 n=4
COMPUTE inputRow=112 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 113 of channel tile 7
LOAD_WEIGHTS weightRow=5940 k=4 n=4
COMPUTE inputRow=113 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 114 of channel tile 7
LOAD_WEIGHTS weightRow=5944 k=4 n=4
COMPUTE inputRow=114 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 115 of channel tile 7
LOAD_WEIGHTS weightRow=5948 k=4 n=4
COMPUTE inputRow=115 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 116 of channel tile 7
LOAD_WEIGHTS weightRow=5952 k=4 n=4
COMPUTE inputRow=116 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 117 of channel tile 7
LOAD_WEIGHTS weightRow=5956 k=4 n=4
COMPUTE inputRow=117 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 118 of channel tile 7
LOAD_WEIGHTS weightRow=5960 k=4 n=4
COMPUTE inputRow=118 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 119 of channel tile 7
LOAD_WEIGHTS weightRow=5964 k=4 n=4
COMPUTE inputRow=119 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 120 of channel tile 7
LOAD_WEIGHTS weightRow=5968 k=4 n=4
COMPUTE inputRow=120 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 121 of channel tile 7
LOAD_WEIGHTS weightRow=5972 k=4 n=4
COMPUTE inputRow=121 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 122 of channel tile 7
LOAD_WEIGHTS weightRow=5976 k=4 n=4
COMPUTE inputRow=122 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 123 of channel tile 7
LOAD_WEIGHTS weightRow=5980 k=4 n=4
COMPUTE inputRow=123 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 124 of channel tile 7
LOAD_WEIGHTS weightRow=5984 k=4 n=4
COMPUTE inputRow=124 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 125 of channel tile 7
LOAD_WEIGHTS weightRow=5988 k=4 n=4
COMPUTE inputRow=125 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 126 of channel tile 7
LOAD_WEIGHTS weightRow=5992 k=4 n=4
COMPUTE inputRow=126 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 127 of channel tile 7
LOAD_WEIGHTS weightRow=5996 k=4 n=4
COMPUTE inputRow=127 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 128 of channel tile 7
LOAD_WEIGHTS weightRow=6000 k=4 n=4
COMPUTE inputRow=128 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 129 of channel tile 7
LOAD_WEIGHTS weightRow=6004 k=4 n=4
COMPUTE inputRow=129 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 130 of channel tile 7
LOAD_WEIGHTS weightRow=6008 k=4 n=4
COMPUTE inputRow=130 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 131 of channel tile 7
LOAD_WEIGHTS weightRow=6012 k=4 n=4
COMPUTE inputRow=131 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 132 of channel tile 7
LOAD_WEIGHTS weightRow=6016 k=4 n=4
COMPUTE inputRow=132 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 133 of channel tile 7
LOAD_WEIGHTS weightRow=6020 k=4 n=4
COMPUTE inputRow=133 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 134 of channel tile 7
LOAD_WEIGHTS weightRow=6024 k=4 n=4
COMPUTE inputRow=134 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 135 of channel tile 7
LOAD_WEIGHTS weightRow=6028 k=4 n=4
COMPUTE inputRow=135 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 136 of channel tile 7
LOAD_WEIGHTS weightRow=6032 k=4 n=4
COMPUTE inputRow=136 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 137 of channel tile 7
LOAD_WEIGHTS weightRow=6036 k=4 n=4
COMPUTE inputRow=137 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 138 of channel tile 7
LOAD_WEIGHTS weightRow=6040 k=4 n=4
COMPUTE inputRow=138 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 139 of channel tile 7
LOAD_WEIGHTS weightRow=6044 k=4 n=4
COMPUTE inputRow=139 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 140 of channel tile 7
LOAD_WEIGHTS weightRow=6048 k=4 n=4
COMPUTE inputRow=140 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 141 of channel tile 7
LOAD_WEIGHTS weightRow=6052 k=4 n=4
COMPUTE inputRow=141 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 142 of channel tile 7
LOAD_WEIGHTS weightRow=6056 k=4 n=4
COMPUTE inputRow=142 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 143 of channel tile 7
LOAD_WEIGHTS weightRow=6060 k=4 n=4
COMPUTE inputRow=143 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 144 of channel tile 7
LOAD_WEIGHTS weightRow=6064 k=4 n=4
COMPUTE inputRow=144 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 145 of channel tile 7
LOAD_WEIGHTS weightRow=6068 k=4 n=4
COMPUTE inputRow=145 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 146 of channel tile 7
LOAD_WEIGHTS weightRow=6072 k=4 n=4
COMPUTE inputRow=146 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 147 of channel tile 7
LOAD_WEIGHTS weightRow=6076 k=4 n=4
COMPUTE inputRow=147 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 148 of channel tile 7
LOAD_WEIGHTS weightRow=6080 k=4 n=4
COMPUTE inputRow=148 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 149 of channel tile 7
LOAD_WEIGHTS weightRow=6084 k=4 n=4
COMPUTE inputRow=149 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 150 of channel tile 7
LOAD_WEIGHTS weightRow=6088 k=4 n=4
COMPUTE inputRow=150 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 151 of channel tile 7
LOAD_WEIGHTS weightRow=6092 k=4 n=4
COMPUTE inputRow=151 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 152 of channel tile 7
LOAD_WEIGHTS weightRow=6096 k=4 n=4
COMPUTE inputRow=152 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 153 of channel tile 7
LOAD_WEIGHTS weightRow=6100 k=4 n=4
COMPUTE inputRow=153 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 154 of channel tile 7
LOAD_WEIGHTS weightRow=6104 k=4 n=4
COMPUTE inputRow=154 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 155 of channel tile 7
LOAD_WEIGHTS weightRow=6108 k=4 n=4
COMPUTE inputRow=155 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 156 of channel tile 7
LOAD_WEIGHTS weightRow=6112 k=4 n=4
COMPUTE inputRow=156 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 157 of channel tile 7
LOAD_WEIGHTS weightRow=6116 k=4 n=4
COMPUTE inputRow=157 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 158 of channel tile 7
LOAD_WEIGHTS weightRow=6120 k=4 n=4
COMPUTE inputRow=158 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 159 of channel tile 7
LOAD_WEIGHTS weightRow=6124 k=4 n=4
COMPUTE inputRow=159 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 160 of channel tile 7
LOAD_WEIGHTS weightRow=6128 k=4 n=4
COMPUTE inputRow=160 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 161 of channel tile 7
LOAD_WEIGHTS weightRow=6132 k=4 n=4
COMPUTE inputRow=161 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 162 of channel tile 7
LOAD_WEIGHTS weightRow=6136 k=4 n=4
COMPUTE inputRow=162 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 163 of channel tile 7
LOAD_WEIGHTS weightRow=6140 k=4 n=4
COMPUTE inputRow=163 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 164 of channel tile 7
LOAD_WEIGHTS weightRow=6144 k=4 n=4
COMPUTE inputRow=164 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 165 of channel tile 7
LOAD_WEIGHTS weightRow=6148 k=4 n=4
COMPUTE inputRow=165 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 166 of channel tile 7
LOAD_WEIGHTS weightRow=6152 k=4 n=4
COMPUTE inputRow=166 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 167 of channel tile 7
LOAD_WEIGHTS weightRow=6156 k=4 n=4
COMPUTE inputRow=167 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 168 of channel tile 7
LOAD_WEIGHTS weightRow=6160 k=4 n=4
COMPUTE inputRow=168 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 169 of channel tile 7
LOAD_WEIGHTS weightRow=6164 k=4 n=4
COMPUTE inputRow=169 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 170 of channel tile 7
LOAD_WEIGHTS weightRow=6168 k=4 n=4
COMPUTE inputRow=170 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 171 of channel tile 7
LOAD_WEIGHTS weightRow=6172 k=4 n=4
COMPUTE inputRow=171 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 172 of channel tile 7
LOAD_WEIGHTS weightRow=6176 k=4 n=4
COMPUTE inputRow=172 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 173 of channel tile 7
LOAD_WEIGHTS weightRow=6180 k=4 n=4
COMPUTE inputRow=173 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 174 of channel tile 7
LOAD_WEIGHTS weightRow=6184 k=4 n=4
COMPUTE inputRow=174 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 175 of channel tile 7
LOAD_WEIGHTS weightRow=6188 k=4 n=4
COMPUTE inputRow=175 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 176 of channel tile 7
LOAD_WEIGHTS weightRow=6192 k=4 n=4
COMPUTE inputRow=176 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 177 of channel tile 7
LOAD_WEIGHTS weightRow=6196 k=4 n=4
COMPUTE inputRow=177 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 178 of channel tile 7
LOAD_WEIGHTS weightRow=6200 k=4 n=4
COMPUTE inputRow=178 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 179 of channel tile 7
LOAD_WEIGHTS weightRow=6204 k=4 n=4
COMPUTE inputRow=179 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 180 of channel tile 7
LOAD_WEIGHTS weightRow=6208 k=4 n=4
COMPUTE inputRow=180 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 181 of channel tile 7
LOAD_WEIGHTS weightRow=6212 k=4 n=4
COMPUTE inputRow=181 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 182 of channel tile 7
LOAD_WEIGHTS weightRow=6216 k=4 n=4
COMPUTE inputRow=182 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 183 of channel tile 7
LOAD_WEIGHTS weightRow=6220 k=4 n=4
COMPUTE inputRow=183 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 184 of channel tile 7
LOAD_WEIGHTS weightRow=6224 k=4 n=4
COMPUTE inputRow=184 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 185 of channel tile 7
LOAD_WEIGHTS weightRow=6228 k=4 n=4
COMPUTE inputRow=185 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 186 of channel tile 7
LOAD_WEIGHTS weightRow=6232 k=4 n=4
COMPUTE inputRow=186 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 187 of channel tile 7
LOAD_WEIGHTS weightRow=6236 k=4 n=4
COMPUTE inputRow=187 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 188 of channel tile 7
LOAD_WEIGHTS weightRow=6240 k=4 n=4
COMPUTE inputRow=188 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 189 of channel tile 7
LOAD_WEIGHTS weightRow=6244 k=4 n=4
COMPUTE inputRow=189 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 190 of channel tile 7
LOAD_WEIGHTS weightRow=6248 k=4 n=4
COMPUTE inputRow=190 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 191 of channel tile 7
LOAD_WEIGHTS weightRow=6252 k=4 n=4
COMPUTE inputRow=191 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 192 of channel tile 7
LOAD_WEIGHTS weightRow=6256 k=4 n=4
COMPUTE inputRow=192 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 193 of channel tile 7
LOAD_WEIGHTS weightRow=6260 k=4 n=4
COMPUTE inputRow=193 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 194 of channel tile 7
LOAD_WEIGHTS weightRow=6264 k=4 n=4
COMPUTE inputRow=194 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; latch chunk 195 of channel tile 7
LOAD_WEIGHTS weightRow=6268 k=4 n=4
COMPUTE inputRow=195 inputRowStride=196 weightRow=0 accRow=7 m=1 k=4 n=4 accumulate=1
; requantize channel tile 0
REQUANT accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 1
REQUANT accRow=1 outRow=1 outByte=0 rows=1 n=4 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 2
REQUANT accRow=2 outRow=2 outByte=0 rows=1 n=4 paramRow=6 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 3
REQUANT accRow=3 outRow=3 outByte=0 rows=1 n=4 paramRow=9 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 4
REQUANT accRow=4 outRow=4 outByte=0 rows=1 n=4 paramRow=12 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 5
REQUANT accRow=5 outRow=5 outByte=0 rows=1 n=4 paramRow=15 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 6
REQUANT accRow=6 outRow=6 outByte=0 rows=1 n=4 paramRow=18 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 7
REQUANT pushNext=1 accRow=7 outRow=7 outByte=0 rows=1 n=4 paramRow=21 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..0, cols 0..0) channels 0..31 k-group 1 of 1
; 1 pixels × channels 0..31 → fc1 @0x340
STORE popPrev=1 pushPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x340 dramRowStride=0x40 repeat=8 sramOuterStride=1 dramOuterStride=0x4
; compute tile block 0 (out rows 0..0, cols 0..0) channels 32..63 k-group 1 of 1
; latch chunk 0 of channel tile 8
LOAD_WEIGHTS popPrev=1 weightRow=8192 k=4 n=4
COMPUTE inputRow=0 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 8
LOAD_WEIGHTS weightRow=8196 k=4 n=4
COMPUTE inputRow=1 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 8
LOAD_WEIGHTS weightRow=8200 k=4 n=4
COMPUTE inputRow=2 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 8
LOAD_WEIGHTS weightRow=8204 k=4 n=4
COMPUTE inputRow=3 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 8
LOAD_WEIGHTS weightRow=8208 k=4 n=4
COMPUTE inputRow=4 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 8
LOAD_WEIGHTS weightRow=8212 k=4 n=4
COMPUTE inputRow=5 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 8
LOAD_WEIGHTS weightRow=8216 k=4 n=4
COMPUTE inputRow=6 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 8
LOAD_WEIGHTS weightRow=8220 k=4 n=4
COMPUTE inputRow=7 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 8
LOAD_WEIGHTS weightRow=8224 k=4 n=4
COMPUTE inputRow=8 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 8
LOAD_WEIGHTS weightRow=8228 k=4 n=4
COMPUTE inputRow=9 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 8
LOAD_WEIGHTS weightRow=8232 k=4 n=4
COMPUTE inputRow=10 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 8
LOAD_WEIGHTS weightRow=8236 k=4 n=4
COMPUTE inputRow=11 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 8
LOAD_WEIGHTS weightRow=8240 k=4 n=4
COMPUTE inputRow=12 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 8
LOAD_WEIGHTS weightRow=8244 k=4 n=4
COMPUTE inputRow=13 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 8
LOAD_WEIGHTS weightRow=8248 k=4 n=4
COMPUTE inputRow=14 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 8
LOAD_WEIGHTS weightRow=8252 k=4 n=4
COMPUTE inputRow=15 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 8
LOAD_WEIGHTS weightRow=8256 k=4 n=4
COMPUTE inputRow=16 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 8
LOAD_WEIGHTS weightRow=8260 k=4 n=4
COMPUTE inputRow=17 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 18 of channel tile 8
LOAD_WEIGHTS weightRow=8264 k=4 n=4
COMPUTE inputRow=18 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 19 of channel tile 8
LOAD_WEIGHTS weightRow=8268 k=4 n=4
COMPUTE inputRow=19 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 20 of channel tile 8
LOAD_WEIGHTS weightRow=8272 k=4 n=4
COMPUTE inputRow=20 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 21 of channel tile 8
LOAD_WEIGHTS weightRow=8276 k=4 n=4
COMPUTE inputRow=21 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 22 of channel tile 8
LOAD_WEIGHTS weightRow=8280 k=4 n=4
COMPUTE inputRow=22 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 23 of channel tile 8
LOAD_WEIGHTS weightRow=8284 k=4 n=4
COMPUTE inputRow=23 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 24 of channel tile 8
LOAD_WEIGHTS weightRow=8288 k=4 n=4
COMPUTE inputRow=24 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 25 of channel tile 8
LOAD_WEIGHTS weightRow=8292 k=4 n=4
COMPUTE inputRow=25 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 26 of channel tile 8
LOAD_WEIGHTS weightRow=8296 k=4 n=4
COMPUTE inputRow=26 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 27 of channel tile 8
LOAD_WEIGHTS weightRow=8300 k=4 n=4
COMPUTE inputRow=27 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 28 of channel tile 8
LOAD_WEIGHTS weightRow=8304 k=4 n=4
COMPUTE inputRow=28 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 29 of channel tile 8
LOAD_WEIGHTS weightRow=8308 k=4 n=4
COMPUTE inputRow=29 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 30 of channel tile 8
LOAD_WEIGHTS weightRow=8312 k=4 n=4
COMPUTE inputRow=30 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 31 of channel tile 8
LOAD_WEIGHTS weightRow=8316 k=4 n=4
COMPUTE inputRow=31 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 32 of channel tile 8
LOAD_WEIGHTS weightRow=8320 k=4 n=4
COMPUTE inputRow=32 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 33 of channel tile 8
LOAD_WEIGHTS weightRow=8324 k=4 n=4
COMPUTE inputRow=33 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 34 of channel tile 8
LOAD_WEIGHTS weightRow=8328 k=4 n=4
COMPUTE inputRow=34 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 35 of channel tile 8
LOAD_WEIGHTS weightRow=8332 k=4 n=4
COMPUTE inputRow=35 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 36 of channel tile 8
LOAD_WEIGHTS weightRow=8336 k=4 n=4
COMPUTE inputRow=36 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 37 of channel tile 8
LOAD_WEIGHTS weightRow=8340 k=4 n=4
COMPUTE inputRow=37 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 38 of channel tile 8
LOAD_WEIGHTS weightRow=8344 k=4 n=4
COMPUTE inputRow=38 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 39 of channel tile 8
LOAD_WEIGHTS weightRow=8348 k=4 n=4
COMPUTE inputRow=39 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 40 of channel tile 8
LOAD_WEIGHTS weightRow=8352 k=4 n=4
COMPUTE inputRow=40 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 41 of channel tile 8
LOAD_WEIGHTS weightRow=8356 k=4 n=4
COMPUTE inputRow=41 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 42 of channel tile 8
LOAD_WEIGHTS weightRow=8360 k=4 n=4
COMPUTE inputRow=42 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 43 of channel tile 8
LOAD_WEIGHTS weightRow=8364 k=4 n=4
COMPUTE inputRow=43 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 44 of channel tile 8
LOAD_WEIGHTS weightRow=8368 k=4 n=4
COMPUTE inputRow=44 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 45 of channel tile 8
LOAD_WEIGHTS weightRow=8372 k=4 n=4
COMPUTE inputRow=45 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 46 of channel tile 8
LOAD_WEIGHTS weightRow=8376 k=4 n=4
COMPUTE inputRow=46 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 47 of channel tile 8
LOAD_WEIGHTS weightRow=8380 k=4 n=4
COMPUTE inputRow=47 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 48 of channel tile 8
LOAD_WEIGHTS weightRow=8384 k=4 n=4
COMPUTE inputRow=48 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 49 of channel tile 8
LOAD_WEIGHTS weightRow=8388 k=4 n=4
COMPUTE inputRow=49 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 50 of channel tile 8
LOAD_WEIGHTS weightRow=8392 k=4 n=4
COMPUTE inputRow=50 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 51 of channel tile 8
LOAD_WEIGHTS weightRow=8396 k=4 n=4
COMPUTE inputRow=51 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 52 of channel tile 8
LOAD_WEIGHTS weightRow=8400 k=4 n=4
COMPUTE inputRow=52 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 53 of channel tile 8
LOAD_WEIGHTS weightRow=8404 k=4 n=4
COMPUTE inputRow=53 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 54 of channel tile 8
LOAD_WEIGHTS weightRow=8408 k=4 n=4
COMPUTE inputRow=54 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 55 of channel tile 8
LOAD_WEIGHTS weightRow=8412 k=4 n=4
COMPUTE inputRow=55 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 56 of channel tile 8
LOAD_WEIGHTS weightRow=8416 k=4 n=4
COMPUTE inputRow=56 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 57 of channel tile 8
LOAD_WEIGHTS weightRow=8420 k=4 n=4
COMPUTE inputRow=57 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 58 of channel tile 8
LOAD_WEIGHTS weightRow=8424 k=4 n=4
COMPUTE inputRow=58 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 59 of channel tile 8
LOAD_WEIGHTS weightRow=8428 k=4 n=4
COMPUTE inputRow=59 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 60 of channel tile 8
LOAD_WEIGHTS weightRow=8432 k=4 n=4
COMPUTE inputRow=60 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 61 of channel tile 8
LOAD_WEIGHTS weightRow=8436 k=4 n=4
COMPUTE inputRow=61 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 62 of channel tile 8
LOAD_WEIGHTS weightRow=8440 k=4 n=4
COMPUTE inputRow=62 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 63 of channel tile 8
LOAD_WEIGHTS weightRow=8444 k=4 n=4
COMPUTE inputRow=63 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 64 of channel tile 8
LOAD_WEIGHTS weightRow=8448 k=4 n=4
COMPUTE inputRow=64 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 65 of channel tile 8
LOAD_WEIGHTS weightRow=8452 k=4 n=4
COMPUTE inputRow=65 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 66 of channel tile 8
LOAD_WEIGHTS weightRow=8456 k=4 n=4
COMPUTE inputRow=66 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 67 of channel tile 8
LOAD_WEIGHTS weightRow=8460 k=4 n=4
COMPUTE inputRow=67 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 68 of channel tile 8
LOAD_WEIGHTS weightRow=8464 k=4 n=4
COMPUTE inputRow=68 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 69 of channel tile 8
LOAD_WEIGHTS weightRow=8468 k=4 n=4
COMPUTE inputRow=69 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 70 of channel tile 8
LOAD_WEIGHTS weightRow=8472 k=4 n=4
COMPUTE inputRow=70 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 71 of channel tile 8
LOAD_WEIGHTS weightRow=8476 k=4 n=4
COMPUTE inputRow=71 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 72 of channel tile 8
LOAD_WEIGHTS weightRow=8480 k=4 n=4
COMPUTE inputRow=72 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 73 of channel tile 8
LOAD_WEIGHTS weightRow=8484 k=4 n=4
COMPUTE inputRow=73 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 74 of channel tile 8
LOAD_WEIGHTS weightRow=8488 k=4 n=4
COMPUTE inputRow=74 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 75 of channel tile 8
LOAD_WEIGHTS weightRow=8492 k=4 n=4
COMPUTE inputRow=75 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 76 of channel tile 8
LOAD_WEIGHTS weightRow=8496 k=4 n=4
COMPUTE inputRow=76 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 77 of channel tile 8
LOAD_WEIGHTS weightRow=8500 k=4 n=4
COMPUTE inputRow=77 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 78 of channel tile 8
LOAD_WEIGHTS weightRow=8504 k=4 n=4
COMPUTE inputRow=78 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 79 of channel tile 8
LOAD_WEIGHTS weightRow=8508 k=4 n=4
COMPUTE inputRow=79 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 80 of channel tile 8
LOAD_WEIGHTS weightRow=8512 k=4 n=4
COMPUTE inputRow=80 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 81 of channel tile 8
LOAD_WEIGHTS weightRow=8516 k=4 n=4
COMPUTE inputRow=81 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 82 of channel tile 8
LOAD_WEIGHTS weightRow=8520 k=4 n=4
COMPUTE inputRow=82 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 83 of channel tile 8
LOAD_WEIGHTS weightRow=8524 k=4 n=4
COMPUTE inputRow=83 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 84 of channel tile 8
LOAD_WEIGHTS weightRow=8528 k=4 n=4
COMPUTE inputRow=84 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 85 of channel tile 8
LOAD_WEIGHTS weightRow=8532 k=4 n=4
COMPUTE inputRow=85 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 86 of channel tile 8
LOAD_WEIGHTS weightRow=8536 k=4 n=4
COMPUTE inputRow=86 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 87 of channel tile 8
LOAD_WEIGHTS weightRow=8540 k=4 n=4
COMPUTE inputRow=87 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 88 of channel tile 8
LOAD_WEIGHTS weightRow=8544 k=4 n=4
COMPUTE inputRow=88 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 89 of channel tile 8
LOAD_WEIGHTS weightRow=8548 k=4 n=4
COMPUTE inputRow=89 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 90 of channel tile 8
LOAD_WEIGHTS weightRow=8552 k=4 n=4
COMPUTE inputRow=90 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 91 of channel tile 8
LOAD_WEIGHTS weightRow=8556 k=4 n=4
COMPUTE inputRow=91 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 92 of channel tile 8
LOAD_WEIGHTS weightRow=8560 k=4 n=4
COMPUTE inputRow=92 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 93 of channel tile 8
LOAD_WEIGHTS weightRow=8564 k=4 n=4
COMPUTE inputRow=93 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 94 of channel tile 8
LOAD_WEIGHTS weightRow=8568 k=4 n=4
COMPUTE inputRow=94 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 95 of channel tile 8
LOAD_WEIGHTS weightRow=8572 k=4 n=4
COMPUTE inputRow=95 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 96 of channel tile 8
LOAD_WEIGHTS weightRow=8576 k=4 n=4
COMPUTE inputRow=96 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 97 of channel tile 8
LOAD_WEIGHTS weightRow=8580 k=4 n=4
COMPUTE inputRow=97 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 98 of channel tile 8
LOAD_WEIGHTS weightRow=8584 k=4 n=4
COMPUTE inputRow=98 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 99 of channel tile 8
LOAD_WEIGHTS weightRow=8588 k=4 n=4
COMPUTE inputRow=99 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 100 of channel tile 8
LOAD_WEIGHTS weightRow=8592 k=4 n=4
COMPUTE inputRow=100 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 101 of channel tile 8
LOAD_WEIGHTS weightRow=8596 k=4 n=4
COMPUTE inputRow=101 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 102 of channel tile 8
LOAD_WEIGHTS weightRow=8600 k=4 n=4
COMPUTE inputRow=102 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 103 of channel tile 8
LOAD_WEIGHTS weightRow=8604 k=4 n=4
COMPUTE inputRow=103 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 104 of channel tile 8
LOAD_WEIGHTS weightRow=8608 k=4 n=4
COMPUTE inputRow=104 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 105 of channel tile 8
LOAD_WEIGHTS weightRow=8612 k=4 n=4
COMPUTE inputRow=105 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 106 of channel tile 8
LOAD_WEIGHTS weightRow=8616 k=4 n=4
COMPUTE inputRow=106 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 107 of channel tile 8
LOAD_WEIGHTS weightRow=8620 k=4 n=4
COMPUTE inputRow=107 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 108 of channel tile 8
LOAD_WEIGHTS weightRow=8624 k=4 n=4
COMPUTE inputRow=108 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 109 of channel tile 8
LOAD_WEIGHTS weightRow=8628 k=4 n=4
COMPUTE inputRow=109 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 110 of channel tile 8
LOAD_WEIGHTS weightRow=8632 k=4 n=4
COMPUTE inputRow=110 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 111 of channel tile 8
LOAD_WEIGHTS weightRow=8636 k=4 n=4
COMPUTE inputRow=111 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 112 of channel tile 8
LOAD_WEIGHTS weightRow=8640 k=4 n=4
COMPUTE inputRow=112 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 113 of channel tile 8
LOAD_WEIGHTS weightRow=8644 k=4 n=4
COMPUTE inputRow=113 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 114 of channel tile 8
LOAD_WEIGHTS weightRow=8648 k=4 n=4
COMPUTE inputRow=114 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 115 of channel tile 8
LOAD_WEIGHTS weightRow=8652 k=4 n=4
COMPUTE inputRow=115 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 116 of channel tile 8
LOAD_WEIGHTS weightRow=8656 k=4 n=4
COMPUTE inputRow=116 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 117 of channel tile 8
LOAD_WEIGHTS weightRow=8660 k=4 n=4
COMPUTE inputRow=117 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 118 of channel tile 8
LOAD_WEIGHTS weightRow=8664 k=4 n=4
COMPUTE inputRow=118 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 119 of channel tile 8
LOAD_WEIGHTS weightRow=8668 k=4 n=4
COMPUTE inputRow=119 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 120 of channel tile 8
LOAD_WEIGHTS weightRow=8672 k=4 n=4
COMPUTE inputRow=120 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 121 of channel tile 8
LOAD_WEIGHTS weightRow=8676 k=4 n=4
COMPUTE inputRow=121 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 122 of channel tile 8
LOAD_WEIGHTS weightRow=8680 k=4 n=4
COMPUTE inputRow=122 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 123 of channel tile 8
LOAD_WEIGHTS weightRow=8684 k=4 n=4
COMPUTE inputRow=123 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 124 of channel tile 8
LOAD_WEIGHTS weightRow=8688 k=4 n=4
COMPUTE inputRow=124 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 125 of channel tile 8
LOAD_WEIGHTS weightRow=8692 k=4 n=4
COMPUTE inputRow=125 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 126 of channel tile 8
LOAD_WEIGHTS weightRow=8696 k=4 n=4
COMPUTE inputRow=126 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 127 of channel tile 8
LOAD_WEIGHTS weightRow=8700 k=4 n=4
COMPUTE inputRow=127 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 128 of channel tile 8
LOAD_WEIGHTS weightRow=8704 k=4 n=4
COMPUTE inputRow=128 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 129 of channel tile 8
LOAD_WEIGHTS weightRow=8708 k=4 n=4
COMPUTE inputRow=129 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 130 of channel tile 8
LOAD_WEIGHTS weightRow=8712 k=4 n=4
COMPUTE inputRow=130 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 131 of channel tile 8
LOAD_WEIGHTS weightRow=8716 k=4 n=4
COMPUTE inputRow=131 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 132 of channel tile 8
LOAD_WEIGHTS weightRow=8720 k=4 n=4
COMPUTE inputRow=132 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 133 of channel tile 8
LOAD_WEIGHTS weightRow=8724 k=4 n=4
COMPUTE inputRow=133 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 134 of channel tile 8
LOAD_WEIGHTS weightRow=8728 k=4 n=4
COMPUTE inputRow=134 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 135 of channel tile 8
LOAD_WEIGHTS weightRow=8732 k=4 n=4
COMPUTE inputRow=135 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 136 of channel tile 8
LOAD_WEIGHTS weightRow=8736 k=4 n=4
COMPUTE inputRow=136 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 137 of channel tile 8
LOAD_WEIGHTS weightRow=8740 k=4 n=4
COMPUTE inputRow=137 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 138 of channel tile 8
LOAD_WEIGHTS weightRow=8744 k=4 n=4
COMPUTE inputRow=138 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 139 of channel tile 8
LOAD_WEIGHTS weightRow=8748 k=4 n=4
COMPUTE inputRow=139 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 140 of channel tile 8
LOAD_WEIGHTS weightRow=8752 k=4 n=4
COMPUTE inputRow=140 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 141 of channel tile 8
LOAD_WEIGHTS weightRow=8756 k=4 n=4
COMPUTE inputRow=141 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 142 of channel tile 8
LOAD_WEIGHTS weightRow=8760 k=4 n=4
COMPUTE inputRow=142 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 143 of channel tile 8
LOAD_WEIGHTS weightRow=8764 k=4 n=4
COMPUTE inputRow=143 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 144 of channel tile 8
LOAD_WEIGHTS weightRow=8768 k=4 n=4
COMPUTE inputRow=144 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 145 of channel tile 8
LOAD_WEIGHTS weightRow=8772 k=4 n=4
COMPUTE inputRow=145 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 146 of channel tile 8
LOAD_WEIGHTS weightRow=8776 k=4 n=4
COMPUTE inputRow=146 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 147 of channel tile 8
LOAD_WEIGHTS weightRow=8780 k=4 n=4
COMPUTE inputRow=147 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 148 of channel tile 8
LOAD_WEIGHTS weightRow=8784 k=4 n=4
COMPUTE inputRow=148 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 149 of channel tile 8
LOAD_WEIGHTS weightRow=8788 k=4 n=4
COMPUTE inputRow=149 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 150 of channel tile 8
LOAD_WEIGHTS weightRow=8792 k=4 n=4
COMPUTE inputRow=150 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 151 of channel tile 8
LOAD_WEIGHTS weightRow=8796 k=4 n=4
COMPUTE inputRow=151 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 152 of channel tile 8
LOAD_WEIGHTS weightRow=8800 k=4 n=4
COMPUTE inputRow=152 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 153 of channel tile 8
LOAD_WEIGHTS weightRow=8804 k=4 n=4
COMPUTE inputRow=153 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 154 of channel tile 8
LOAD_WEIGHTS weightRow=8808 k=4 n=4
COMPUTE inputRow=154 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 155 of channel tile 8
LOAD_WEIGHTS weightRow=8812 k=4 n=4
COMPUTE inputRow=155 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 156 of channel tile 8
LOAD_WEIGHTS weightRow=8816 k=4 n=4
COMPUTE inputRow=156 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 157 of channel tile 8
LOAD_WEIGHTS weightRow=8820 k=4 n=4
COMPUTE inputRow=157 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 158 of channel tile 8
LOAD_WEIGHTS weightRow=8824 k=4 n=4
COMPUTE inputRow=158 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 159 of channel tile 8
LOAD_WEIGHTS weightRow=8828 k=4 n=4
COMPUTE inputRow=159 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 160 of channel tile 8
LOAD_WEIGHTS weightRow=8832 k=4 n=4
COMPUTE inputRow=160 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 161 of channel tile 8
LOAD_WEIGHTS weightRow=8836 k=4 n=4
COMPUTE inputRow=161 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 162 of channel tile 8
LOAD_WEIGHTS weightRow=8840 k=4 n=4
COMPUTE inputRow=162 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 163 of channel tile 8
LOAD_WEIGHTS weightRow=8844 k=4 n=4
COMPUTE inputRow=163 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 164 of channel tile 8
LOAD_WEIGHTS weightRow=8848 k=4 n=4
COMPUTE inputRow=164 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 165 of channel tile 8
LOAD_WEIGHTS weightRow=8852 k=4 n=4
COMPUTE inputRow=165 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 166 of channel tile 8
LOAD_WEIGHTS weightRow=8856 k=4 n=4
COMPUTE inputRow=166 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 167 of channel tile 8
LOAD_WEIGHTS weightRow=8860 k=4 n=4
COMPUTE inputRow=167 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 168 of channel tile 8
LOAD_WEIGHTS weightRow=8864 k=4 n=4
COMPUTE inputRow=168 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 169 of channel tile 8
LOAD_WEIGHTS weightRow=8868 k=4 n=4
COMPUTE inputRow=169 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 170 of channel tile 8
LOAD_WEIGHTS weightRow=8872 k=4 n=4
COMPUTE inputRow=170 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 171 of channel tile 8
LOAD_WEIGHTS weightRow=8876 k=4 n=4
COMPUTE inputRow=171 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 172 of channel tile 8
LOAD_WEIGHTS weightRow=8880 k=4 n=4
COMPUTE inputRow=172 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 173 of channel tile 8
LOAD_WEIGHTS weightRow=8884 k=4 n=4
COMPUTE inputRow=173 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 174 of channel tile 8
LOAD_WEIGHTS weightRow=8888 k=4 n=4
COMPUTE inputRow=174 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 175 of channel tile 8
LOAD_WEIGHTS weightRow=8892 k=4 n=4
COMPUTE inputRow=175 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 176 of channel tile 8
LOAD_WEIGHTS weightRow=8896 k=4 n=4
COMPUTE inputRow=176 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 177 of channel tile 8
LOAD_WEIGHTS weightRow=8900 k=4 n=4
COMPUTE inputRow=177 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 178 of channel tile 8
LOAD_WEIGHTS weightRow=8904 k=4 n=4
COMPUTE inputRow=178 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 179 of channel tile 8
LOAD_WEIGHTS weightRow=8908 k=4 n=4
COMPUTE inputRow=179 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 180 of channel tile 8
LOAD_WEIGHTS weightRow=8912 k=4 n=4
COMPUTE inputRow=180 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 181 of channel tile 8
LOAD_WEIGHTS weightRow=8916 k=4 n=4
COMPUTE inputRow=181 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 182 of channel tile 8
LOAD_WEIGHTS weightRow=8920 k=4 n=4
COMPUTE inputRow=182 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 183 of channel tile 8
LOAD_WEIGHTS weightRow=8924 k=4 n=4
COMPUTE inputRow=183 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 184 of channel tile 8
LOAD_WEIGHTS weightRow=8928 k=4 n=4
COMPUTE inputRow=184 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 185 of channel tile 8
LOAD_WEIGHTS weightRow=8932 k=4 n=4
COMPUTE inputRow=185 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 186 of channel tile 8
LOAD_WEIGHTS weightRow=8936 k=4 n=4
COMPUTE inputRow=186 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 187 of channel tile 8
LOAD_WEIGHTS weightRow=8940 k=4 n=4
COMPUTE inputRow=187 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 188 of channel tile 8
LOAD_WEIGHTS weightRow=8944 k=4 n=4
COMPUTE inputRow=188 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 189 of channel tile 8
LOAD_WEIGHTS weightRow=8948 k=4 n=4
COMPUTE inputRow=189 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 190 of channel tile 8
LOAD_WEIGHTS weightRow=8952 k=4 n=4
COMPUTE inputRow=190 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 191 of channel tile 8
LOAD_WEIGHTS weightRow=8956 k=4 n=4
COMPUTE inputRow=191 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 192 of channel tile 8
LOAD_WEIGHTS weightRow=8960 k=4 n=4
COMPUTE inputRow=192 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 193 of channel tile 8
LOAD_WEIGHTS weightRow=8964 k=4 n=4
COMPUTE inputRow=193 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 194 of channel tile 8
LOAD_WEIGHTS weightRow=8968 k=4 n=4
COMPUTE inputRow=194 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 195 of channel tile 8
LOAD_WEIGHTS weightRow=8972 k=4 n=4
COMPUTE inputRow=195 inputRowStride=196 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 9
LOAD_WEIGHTS weightRow=8976 k=4 n=4
COMPUTE inputRow=0 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 9
LOAD_WEIGHTS weightRow=8980 k=4 n=4
COMPUTE inputRow=1 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 9
LOAD_WEIGHTS weightRow=8984 k=4 n=4
COMPUTE inputRow=2 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 9
LOAD_WEIGHTS weightRow=8988 k=4 n=4
COMPUTE inputRow=3 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 9
LOAD_WEIGHTS weightRow=8992 k=4 n=4
COMPUTE inputRow=4 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 9
LOAD_WEIGHTS weightRow=8996 k=4 n=4
COMPUTE inputRow=5 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 9
LOAD_WEIGHTS weightRow=9000 k=4 n=4
COMPUTE inputRow=6 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 9
LOAD_WEIGHTS weightRow=9004 k=4 n=4
COMPUTE inputRow=7 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 9
LOAD_WEIGHTS weightRow=9008 k=4 n=4
COMPUTE inputRow=8 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 9
LOAD_WEIGHTS weightRow=9012 k=4 n=4
COMPUTE inputRow=9 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 9
LOAD_WEIGHTS weightRow=9016 k=4 n=4
COMPUTE inputRow=10 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 9
LOAD_WEIGHTS weightRow=9020 k=4 n=4
COMPUTE inputRow=11 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 9
LOAD_WEIGHTS weightRow=9024 k=4 n=4
COMPUTE inputRow=12 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 9
LOAD_WEIGHTS weightRow=9028 k=4 n=4
COMPUTE inputRow=13 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 9
LOAD_WEIGHTS weightRow=9032 k=4 n=4
COMPUTE inputRow=14 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 9
LOAD_WEIGHTS weightRow=9036 k=4 n=4
COMPUTE inputRow=15 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 9
LOAD_WEIGHTS weightRow=9040 k=4 n=4
COMPUTE inputRow=16 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 9
LOAD_WEIGHTS weightRow=9044 k=4 n=4
COMPUTE inputRow=17 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 18 of channel tile 9
LOAD_WEIGHTS weightRow=9048 k=4 n=4
COMPUTE inputRow=18 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 19 of channel tile 9
LOAD_WEIGHTS weightRow=9052 k=4 n=4
COMPUTE inputRow=19 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 20 of channel tile 9
LOAD_WEIGHTS weightRow=9056 k=4 n=4
COMPUTE inputRow=20 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 21 of channel tile 9
LOAD_WEIGHTS weightRow=9060 k=4 n=4
COMPUTE inputRow=21 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 22 of channel tile 9
LOAD_WEIGHTS weightRow=9064 k=4 n=4
COMPUTE inputRow=22 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 23 of channel tile 9
LOAD_WEIGHTS weightRow=9068 k=4 n=4
COMPUTE inputRow=23 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 24 of channel tile 9
LOAD_WEIGHTS weightRow=9072 k=4 n=4
COMPUTE inputRow=24 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 25 of channel tile 9
LOAD_WEIGHTS weightRow=9076 k=4 n=4
COMPUTE inputRow=25 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 26 of channel tile 9
LOAD_WEIGHTS weightRow=9080 k=4 n=4
COMPUTE inputRow=26 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 27 of channel tile 9
LOAD_WEIGHTS weightRow=9084 k=4 n=4
COMPUTE inputRow=27 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 28 of channel tile 9
LOAD_WEIGHTS weightRow=9088 k=4 n=4
COMPUTE inputRow=28 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 29 of channel tile 9
LOAD_WEIGHTS weightRow=9092 k=4 n=4
COMPUTE inputRow=29 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 30 of channel tile 9
LOAD_WEIGHTS weightRow=9096 k=4 n=4
COMPUTE inputRow=30 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 31 of channel tile 9
LOAD_WEIGHTS weightRow=9100 k=4 n=4
COMPUTE inputRow=31 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 32 of channel tile 9
LOAD_WEIGHTS weightRow=9104 k=4 n=4
COMPUTE inputRow=32 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 33 of channel tile 9
LOAD_WEIGHTS weightRow=9108 k=4 n=4
COMPUTE inputRow=33 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 34 of channel tile 9
LOAD_WEIGHTS weightRow=9112 k=4 n=4
COMPUTE inputRow=34 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 35 of channel tile 9
LOAD_WEIGHTS weightRow=9116 k=4 n=4
COMPUTE inputRow=35 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 36 of channel tile 9
LOAD_WEIGHTS weightRow=9120 k=4 n=4
COMPUTE inputRow=36 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 37 of channel tile 9
LOAD_WEIGHTS weightRow=9124 k=4 n=4
COMPUTE inputRow=37 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 38 of channel tile 9
LOAD_WEIGHTS weightRow=9128 k=4 n=4
COMPUTE inputRow=38 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 39 of channel tile 9
LOAD_WEIGHTS weightRow=9132 k=4 n=4
COMPUTE inputRow=39 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 40 of channel tile 9
LOAD_WEIGHTS weightRow=9136 k=4 n=4
COMPUTE inputRow=40 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 41 of channel tile 9
LOAD_WEIGHTS weightRow=9140 k=4 n=4
COMPUTE inputRow=41 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 42 of channel tile 9
LOAD_WEIGHTS weightRow=9144 k=4 n=4
COMPUTE inputRow=42 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 43 of channel tile 9
LOAD_WEIGHTS weightRow=9148 k=4 n=4
COMPUTE inputRow=43 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 44 of channel tile 9
LOAD_WEIGHTS weightRow=9152 k=4 n=4
COMPUTE inputRow=44 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 45 of channel tile 9
LOAD_WEIGHTS weightRow=9156 k=4 n=4
COMPUTE inputRow=45 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 46 of channel tile 9
LOAD_WEIGHTS weightRow=9160 k=4 n=4
COMPUTE inputRow=46 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 47 of channel tile 9
LOAD_WEIGHTS weightRow=9164 k=4 n=4
COMPUTE inputRow=47 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 48 of channel tile 9
LOAD_WEIGHTS weightRow=9168 k=4 n=4
COMPUTE inputRow=48 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 49 of channel tile 9
LOAD_WEIGHTS weightRow=9172 k=4 n=4
COMPUTE inputRow=49 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 50 of channel tile 9
LOAD_WEIGHTS weightRow=9176 k=4 n=4
COMPUTE inputRow=50 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 51 of channel tile 9
LOAD_WEIGHTS weightRow=9180 k=4 n=4
COMPUTE inputRow=51 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 52 of channel tile 9
LOAD_WEIGHTS weightRow=9184 k=4 n=4
COMPUTE inputRow=52 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 53 of channel tile 9
LOAD_WEIGHTS weightRow=9188 k=4 n=4
COMPUTE inputRow=53 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 54 of channel tile 9
LOAD_WEIGHTS weightRow=9192 k=4 n=4
COMPUTE inputRow=54 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 55 of channel tile 9
LOAD_WEIGHTS weightRow=9196 k=4 n=4
COMPUTE inputRow=55 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 56 of channel tile 9
LOAD_WEIGHTS weightRow=9200 k=4 n=4
COMPUTE inputRow=56 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 57 of channel tile 9
LOAD_WEIGHTS weightRow=9204 k=4 n=4
COMPUTE inputRow=57 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 58 of channel tile 9
LOAD_WEIGHTS weightRow=9208 k=4 n=4
COMPUTE inputRow=58 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 59 of channel tile 9
LOAD_WEIGHTS weightRow=9212 k=4 n=4
COMPUTE inputRow=59 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 60 of channel tile 9
LOAD_WEIGHTS weightRow=9216 k=4 n=4
COMPUTE inputRow=60 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 61 of channel tile 9
LOAD_WEIGHTS weightRow=9220 k=4 n=4
COMPUTE inputRow=61 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 62 of channel tile 9
LOAD_WEIGHTS weightRow=9224 k=4 n=4
COMPUTE inputRow=62 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 63 of channel tile 9
LOAD_WEIGHTS weightRow=9228 k=4 n=4
COMPUTE inputRow=63 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 64 of channel tile 9
LOAD_WEIGHTS weightRow=9232 k=4 n=4
COMPUTE inputRow=64 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 65 of channel tile 9
LOAD_WEIGHTS weightRow=9236 k=4 n=4
COMPUTE inputRow=65 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 66 of channel tile 9
LOAD_WEIGHTS weightRow=9240 k=4 n=4
COMPUTE inputRow=66 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 67 of channel tile 9
LOAD_WEIGHTS weightRow=9244 k=4 n=4
COMPUTE inputRow=67 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 68 of channel tile 9
LOAD_WEIGHTS weightRow=9248 k=4 n=4
COMPUTE inputRow=68 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 69 of channel tile 9
LOAD_WEIGHTS weightRow=9252 k=4 n=4
COMPUTE inputRow=69 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 70 of channel tile 9
LOAD_WEIGHTS weightRow=9256 k=4 n=4
COMPUTE inputRow=70 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 71 of channel tile 9
LOAD_WEIGHTS weightRow=9260 k=4 n=4
COMPUTE inputRow=71 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 72 of channel tile 9
LOAD_WEIGHTS weightRow=9264 k=4 n=4
COMPUTE inputRow=72 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 73 of channel tile 9
LOAD_WEIGHTS weightRow=9268 k=4 n=4
COMPUTE inputRow=73 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 74 of channel tile 9
LOAD_WEIGHTS weightRow=9272 k=4 n=4
COMPUTE inputRow=74 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 75 of channel tile 9
LOAD_WEIGHTS weightRow=9276 k=4 n=4
COMPUTE inputRow=75 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 76 of channel tile 9
LOAD_WEIGHTS weightRow=9280 k=4 n=4
COMPUTE inputRow=76 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 77 of channel tile 9
LOAD_WEIGHTS weightRow=9284 k=4 n=4
COMPUTE inputRow=77 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 78 of channel tile 9
LOAD_WEIGHTS weightRow=9288 k=4 n=4
COMPUTE inputRow=78 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 79 of channel tile 9
LOAD_WEIGHTS weightRow=9292 k=4 n=4
COMPUTE inputRow=79 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 80 of channel tile 9
LOAD_WEIGHTS weightRow=9296 k=4 n=4
COMPUTE inputRow=80 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 81 of channel tile 9
LOAD_WEIGHTS weightRow=9300 k=4 n=4
COMPUTE inputRow=81 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 82 of channel tile 9
LOAD_WEIGHTS weightRow=9304 k=4 n=4
COMPUTE inputRow=82 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 83 of channel tile 9
LOAD_WEIGHTS weightRow=9308 k=4 n=4
COMPUTE inputRow=83 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 84 of channel tile 9
LOAD_WEIGHTS weightRow=9312 k=4 n=4
COMPUTE inputRow=84 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 85 of channel tile 9
LOAD_WEIGHTS weightRow=9316 k=4 n=4
COMPUTE inputRow=85 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 86 of channel tile 9
LOAD_WEIGHTS weightRow=9320 k=4 n=4
COMPUTE inputRow=86 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 87 of channel tile 9
LOAD_WEIGHTS weightRow=9324 k=4 n=4
COMPUTE inputRow=87 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 88 of channel tile 9
LOAD_WEIGHTS weightRow=9328 k=4 n=4
COMPUTE inputRow=88 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 89 of channel tile 9
LOAD_WEIGHTS weightRow=9332 k=4 n=4
COMPUTE inputRow=89 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 90 of channel tile 9
LOAD_WEIGHTS weightRow=9336 k=4 n=4
COMPUTE inputRow=90 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 91 of channel tile 9
LOAD_WEIGHTS weightRow=9340 k=4 n=4
COMPUTE inputRow=91 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 92 of channel tile 9
LOAD_WEIGHTS weightRow=9344 k=4 n=4
COMPUTE inputRow=92 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 93 of channel tile 9
LOAD_WEIGHTS weightRow=9348 k=4 n=4
COMPUTE inputRow=93 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 94 of channel tile 9
LOAD_WEIGHTS weightRow=9352 k=4 n=4
COMPUTE inputRow=94 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 95 of channel tile 9
LOAD_WEIGHTS weightRow=9356 k=4 n=4
COMPUTE inputRow=95 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 96 of channel tile 9
LOAD_WEIGHTS weightRow=9360 k=4 n=4
COMPUTE inputRow=96 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 97 of channel tile 9
LOAD_WEIGHTS weightRow=9364 k=4 n=4
COMPUTE inputRow=97 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 98 of channel tile 9
LOAD_WEIGHTS weightRow=9368 k=4 n=4
COMPUTE inputRow=98 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 99 of channel tile 9
LOAD_WEIGHTS weightRow=9372 k=4 n=4
COMPUTE inputRow=99 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 100 of channel tile 9
LOAD_WEIGHTS weightRow=9376 k=4 n=4
COMPUTE inputRow=100 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 101 of channel tile 9
LOAD_WEIGHTS weightRow=9380 k=4 n=4
COMPUTE inputRow=101 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 102 of channel tile 9
LOAD_WEIGHTS weightRow=9384 k=4 n=4
COMPUTE inputRow=102 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 103 of channel tile 9
LOAD_WEIGHTS weightRow=9388 k=4 n=4
COMPUTE inputRow=103 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 104 of channel tile 9
LOAD_WEIGHTS weightRow=9392 k=4 n=4
COMPUTE inputRow=104 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 105 of channel tile 9
LOAD_WEIGHTS weightRow=9396 k=4 n=4
COMPUTE inputRow=105 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 106 of channel tile 9
LOAD_WEIGHTS weightRow=9400 k=4 n=4
COMPUTE inputRow=106 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 107 of channel tile 9
LOAD_WEIGHTS weightRow=9404 k=4 n=4
COMPUTE inputRow=107 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 108 of channel tile 9
LOAD_WEIGHTS weightRow=9408 k=4 n=4
COMPUTE inputRow=108 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 109 of channel tile 9
LOAD_WEIGHTS weightRow=9412 k=4 n=4
COMPUTE inputRow=109 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 110 of channel tile 9
LOAD_WEIGHTS weightRow=9416 k=4 n=4
COMPUTE inputRow=110 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 111 of channel tile 9
LOAD_WEIGHTS weightRow=9420 k=4 n=4
COMPUTE inputRow=111 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 112 of channel tile 9
LOAD_WEIGHTS weightRow=9424 k=4 n=4
COMPUTE inputRow=112 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 113 of channel tile 9
LOAD_WEIGHTS weightRow=9428 k=4 n=4
COMPUTE inputRow=113 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 114 of channel tile 9
LOAD_WEIGHTS weightRow=9432 k=4 n=4
COMPUTE inputRow=114 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 115 of channel tile 9
LOAD_WEIGHTS weightRow=9436 k=4 n=4
COMPUTE inputRow=115 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 116 of channel tile 9
LOAD_WEIGHTS weightRow=9440 k=4 n=4
COMPUTE inputRow=116 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 117 of channel tile 9
LOAD_WEIGHTS weightRow=9444 k=4 n=4
COMPUTE inputRow=117 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 118 of channel tile 9
LOAD_WEIGHTS weightRow=9448 k=4 n=4
COMPUTE inputRow=118 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 119 of channel tile 9
LOAD_WEIGHTS weightRow=9452 k=4 n=4
COMPUTE inputRow=119 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 120 of channel tile 9
LOAD_WEIGHTS weightRow=9456 k=4 n=4
COMPUTE inputRow=120 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 121 of channel tile 9
LOAD_WEIGHTS weightRow=9460 k=4 n=4
COMPUTE inputRow=121 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 122 of channel tile 9
LOAD_WEIGHTS weightRow=9464 k=4 n=4
COMPUTE inputRow=122 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 123 of channel tile 9
LOAD_WEIGHTS weightRow=9468 k=4 n=4
COMPUTE inputRow=123 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 124 of channel tile 9
LOAD_WEIGHTS weightRow=9472 k=4 n=4
COMPUTE inputRow=124 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 125 of channel tile 9
LOAD_WEIGHTS weightRow=9476 k=4 n=4
COMPUTE inputRow=125 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 126 of channel tile 9
LOAD_WEIGHTS weightRow=9480 k=4 n=4
COMPUTE inputRow=126 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 127 of channel tile 9
LOAD_WEIGHTS weightRow=9484 k=4 n=4
COMPUTE inputRow=127 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 128 of channel tile 9
LOAD_WEIGHTS weightRow=9488 k=4 n=4
COMPUTE inputRow=128 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 129 of channel tile 9
LOAD_WEIGHTS weightRow=9492 k=4 n=4
COMPUTE inputRow=129 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 130 of channel tile 9
LOAD_WEIGHTS weightRow=9496 k=4 n=4
COMPUTE inputRow=130 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 131 of channel tile 9
LOAD_WEIGHTS weightRow=9500 k=4 n=4
COMPUTE inputRow=131 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 132 of channel tile 9
LOAD_WEIGHTS weightRow=9504 k=4 n=4
COMPUTE inputRow=132 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 133 of channel tile 9
LOAD_WEIGHTS weightRow=9508 k=4 n=4
COMPUTE inputRow=133 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 134 of channel tile 9
LOAD_WEIGHTS weightRow=9512 k=4 n=4
COMPUTE inputRow=134 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 135 of channel tile 9
LOAD_WEIGHTS weightRow=9516 k=4 n=4
COMPUTE inputRow=135 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 136 of channel tile 9
LOAD_WEIGHTS weightRow=9520 k=4 n=4
COMPUTE inputRow=136 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 137 of channel tile 9
LOAD_WEIGHTS weightRow=9524 k=4 n=4
COMPUTE inputRow=137 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 138 of channel tile 9
LOAD_WEIGHTS weightRow=9528 k=4 n=4
COMPUTE inputRow=138 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 139 of channel tile 9
LOAD_WEIGHTS weightRow=9532 k=4 n=4
COMPUTE inputRow=139 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 140 of channel tile 9
LOAD_WEIGHTS weightRow=9536 k=4 n=4
COMPUTE inputRow=140 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 141 of channel tile 9
LOAD_WEIGHTS weightRow=9540 k=4 n=4
COMPUTE inputRow=141 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 142 of channel tile 9
LOAD_WEIGHTS weightRow=9544 k=4 n=4
COMPUTE inputRow=142 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 143 of channel tile 9
LOAD_WEIGHTS weightRow=9548 k=4 n=4
COMPUTE inputRow=143 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 144 of channel tile 9
LOAD_WEIGHTS weightRow=9552 k=4 n=4
COMPUTE inputRow=144 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 145 of channel tile 9
LOAD_WEIGHTS weightRow=9556 k=4 n=4
COMPUTE inputRow=145 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 146 of channel tile 9
LOAD_WEIGHTS weightRow=9560 k=4 n=4
COMPUTE inputRow=146 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 147 of channel tile 9
LOAD_WEIGHTS weightRow=9564 k=4 n=4
COMPUTE inputRow=147 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 148 of channel tile 9
LOAD_WEIGHTS weightRow=9568 k=4 n=4
COMPUTE inputRow=148 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 149 of channel tile 9
LOAD_WEIGHTS weightRow=9572 k=4 n=4
COMPUTE inputRow=149 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 150 of channel tile 9
LOAD_WEIGHTS weightRow=9576 k=4 n=4
COMPUTE inputRow=150 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 151 of channel tile 9
LOAD_WEIGHTS weightRow=9580 k=4 n=4
COMPUTE inputRow=151 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 152 of channel tile 9
LOAD_WEIGHTS weightRow=9584 k=4 n=4
COMPUTE inputRow=152 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 153 of channel tile 9
LOAD_WEIGHTS weightRow=9588 k=4 n=4
COMPUTE inputRow=153 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 154 of channel tile 9
LOAD_WEIGHTS weightRow=9592 k=4 n=4
COMPUTE inputRow=154 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 155 of channel tile 9
LOAD_WEIGHTS weightRow=9596 k=4 n=4
COMPUTE inputRow=155 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 156 of channel tile 9
LOAD_WEIGHTS weightRow=9600 k=4 n=4
COMPUTE inputRow=156 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 157 of channel tile 9
LOAD_WEIGHTS weightRow=9604 k=4 n=4
COMPUTE inputRow=157 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 158 of channel tile 9
LOAD_WEIGHTS weightRow=9608 k=4 n=4
COMPUTE inputRow=158 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 159 of channel tile 9
LOAD_WEIGHTS weightRow=9612 k=4 n=4
COMPUTE inputRow=159 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 160 of channel tile 9
LOAD_WEIGHTS weightRow=9616 k=4 n=4
COMPUTE inputRow=160 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 161 of channel tile 9
LOAD_WEIGHTS weightRow=9620 k=4 n=4
COMPUTE inputRow=161 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 162 of channel tile 9
LOAD_WEIGHTS weightRow=9624 k=4 n=4
COMPUTE inputRow=162 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 163 of channel tile 9
LOAD_WEIGHTS weightRow=9628 k=4 n=4
COMPUTE inputRow=163 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 164 of channel tile 9
LOAD_WEIGHTS weightRow=9632 k=4 n=4
COMPUTE inputRow=164 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 165 of channel tile 9
LOAD_WEIGHTS weightRow=9636 k=4 n=4
COMPUTE inputRow=165 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 166 of channel tile 9
LOAD_WEIGHTS weightRow=9640 k=4 n=4
COMPUTE inputRow=166 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 167 of channel tile 9
LOAD_WEIGHTS weightRow=9644 k=4 n=4
COMPUTE inputRow=167 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 168 of channel tile 9
LOAD_WEIGHTS weightRow=9648 k=4 n=4
COMPUTE inputRow=168 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 169 of channel tile 9
LOAD_WEIGHTS weightRow=9652 k=4 n=4
COMPUTE inputRow=169 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 170 of channel tile 9
LOAD_WEIGHTS weightRow=9656 k=4 n=4
COMPUTE inputRow=170 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 171 of channel tile 9
LOAD_WEIGHTS weightRow=9660 k=4 n=4
COMPUTE inputRow=171 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 172 of channel tile 9
LOAD_WEIGHTS weightRow=9664 k=4 n=4
COMPUTE inputRow=172 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 173 of channel tile 9
LOAD_WEIGHTS weightRow=9668 k=4 n=4
COMPUTE inputRow=173 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 174 of channel tile 9
LOAD_WEIGHTS weightRow=9672 k=4 n=4
COMPUTE inputRow=174 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 175 of channel tile 9
LOAD_WEIGHTS weightRow=9676 k=4 n=4
COMPUTE inputRow=175 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 176 of channel tile 9
LOAD_WEIGHTS weightRow=9680 k=4 n=4
COMPUTE inputRow=176 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 177 of channel tile 9
LOAD_WEIGHTS weightRow=9684 k=4 n=4
COMPUTE inputRow=177 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 178 of channel tile 9
LOAD_WEIGHTS weightRow=9688 k=4 n=4
COMPUTE inputRow=178 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 179 of channel tile 9
LOAD_WEIGHTS weightRow=9692 k=4 n=4
COMPUTE inputRow=179 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 180 of channel tile 9
LOAD_WEIGHTS weightRow=9696 k=4 n=4
COMPUTE inputRow=180 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 181 of channel tile 9
LOAD_WEIGHTS weightRow=9700 k=4 n=4
COMPUTE inputRow=181 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 182 of channel tile 9
LOAD_WEIGHTS weightRow=9704 k=4 n=4
COMPUTE inputRow=182 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 183 of channel tile 9
LOAD_WEIGHTS weightRow=9708 k=4 n=4
COMPUTE inputRow=183 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 184 of channel tile 9
LOAD_WEIGHTS weightRow=9712 k=4 n=4
COMPUTE inputRow=184 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 185 of channel tile 9
LOAD_WEIGHTS weightRow=9716 k=4 n=4
COMPUTE inputRow=185 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 186 of channel tile 9
LOAD_WEIGHTS weightRow=9720 k=4 n=4
COMPUTE inputRow=186 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 187 of channel tile 9
LOAD_WEIGHTS weightRow=9724 k=4 n=4
COMPUTE inputRow=187 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 188 of channel tile 9
LOAD_WEIGHTS weightRow=9728 k=4 n=4
COMPUTE inputRow=188 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 189 of channel tile 9
LOAD_WEIGHTS weightRow=9732 k=4 n=4
COMPUTE inputRow=189 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 190 of channel tile 9
LOAD_WEIGHTS weightRow=9736 k=4 n=4
COMPUTE inputRow=190 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 191 of channel tile 9
LOAD_WEIGHTS weightRow=9740 k=4 n=4
COMPUTE inputRow=191 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 192 of channel tile 9
LOAD_WEIGHTS weightRow=9744 k=4 n=4
COMPUTE inputRow=192 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 193 of channel tile 9
LOAD_WEIGHTS weightRow=9748 k=4 n=4
COMPUTE inputRow=193 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 194 of channel tile 9
LOAD_WEIGHTS weightRow=9752 k=4 n=4
COMPUTE inputRow=194 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 195 of channel tile 9
LOAD_WEIGHTS weightRow=9756 k=4 n=4
COMPUTE inputRow=195 inputRowStride=196 weightRow=0 accRow=2049 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 10
LOAD_WEIGHTS weightRow=9760 k=4 n=4
COMPUTE inputRow=0 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 10
LOAD_WEIGHTS weightRow=9764 k=4 n=4
COMPUTE inputRow=1 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 10
LOAD_WEIGHTS weightRow=9768 k=4 n=4
COMPUTE inputRow=2 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 10
LOAD_WEIGHTS weightRow=9772 k=4 n=4
COMPUTE inputRow=3 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 10
LOAD_WEIGHTS weightRow=9776 k=4 n=4
COMPUTE inputRow=4 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 10
LOAD_WEIGHTS weightRow=9780 k=4 n=4
COMPUTE inputRow=5 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 10
LOAD_WEIGHTS weightRow=9784 k=4 n=4
COMPUTE inputRow=6 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 10
LOAD_WEIGHTS weightRow=9788 k=4 n=4
COMPUTE inputRow=7 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 10
LOAD_WEIGHTS weightRow=9792 k=4 n=4
COMPUTE inputRow=8 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 10
LOAD_WEIGHTS weightRow=9796 k=4 n=4
COMPUTE inputRow=9 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 10
LOAD_WEIGHTS weightRow=9800 k=4 n=4
COMPUTE inputRow=10 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 10
LOAD_WEIGHTS weightRow=9804 k=4 n=4
COMPUTE inputRow=11 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 10
LOAD_WEIGHTS weightRow=9808 k=4 n=4
COMPUTE inputRow=12 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 10
LOAD_WEIGHTS weightRow=9812 k=4 n=4
COMPUTE inputRow=13 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 10
LOAD_WEIGHTS weightRow=9816 k=4 n=4
COMPUTE inputRow=14 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 10
LOAD_WEIGHTS weightRow=9820 k=4 n=4
COMPUTE inputRow=15 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 10
LOAD_WEIGHTS weightRow=9824 k=4 n=4
COMPUTE inputRow=16 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 10
LOAD_WEIGHTS weightRow=9828 k=4 n=4
COMPUTE inputRow=17 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 18 of channel tile 10
LOAD_WEIGHTS weightRow=9832 k=4 n=4
COMPUTE inputRow=18 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 19 of channel tile 10
LOAD_WEIGHTS weightRow=9836 k=4 n=4
COMPUTE inputRow=19 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 20 of channel tile 10
LOAD_WEIGHTS weightRow=9840 k=4 n=4
COMPUTE inputRow=20 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 21 of channel tile 10
LOAD_WEIGHTS weightRow=9844 k=4 n=4
COMPUTE inputRow=21 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 22 of channel tile 10
LOAD_WEIGHTS weightRow=9848 k=4 n=4
COMPUTE inputRow=22 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 23 of channel tile 10
LOAD_WEIGHTS weightRow=9852 k=4 n=4
COMPUTE inputRow=23 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 24 of channel tile 10
LOAD_WEIGHTS weightRow=9856 k=4 n=4
COMPUTE inputRow=24 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 25 of channel tile 10
LOAD_WEIGHTS weightRow=9860 k=4 n=4
COMPUTE inputRow=25 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 26 of channel tile 10
LOAD_WEIGHTS weightRow=9864 k=4 n=4
COMPUTE inputRow=26 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 27 of channel tile 10
LOAD_WEIGHTS weightRow=9868 k=4 n=4
COMPUTE inputRow=27 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 28 of channel tile 10
LOAD_WEIGHTS weightRow=9872 k=4 n=4
COMPUTE inputRow=28 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 29 of channel tile 10
LOAD_WEIGHTS weightRow=9876 k=4 n=4
COMPUTE inputRow=29 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 30 of channel tile 10
LOAD_WEIGHTS weightRow=9880 k=4 n=4
COMPUTE inputRow=30 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 31 of channel tile 10
LOAD_WEIGHTS weightRow=9884 k=4 n=4
COMPUTE inputRow=31 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 32 of channel tile 10
LOAD_WEIGHTS weightRow=9888 k=4 n=4
COMPUTE inputRow=32 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 33 of channel tile 10
LOAD_WEIGHTS weightRow=9892 k=4 n=4
COMPUTE inputRow=33 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 34 of channel tile 10
LOAD_WEIGHTS weightRow=9896 k=4 n=4
COMPUTE inputRow=34 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 35 of channel tile 10
LOAD_WEIGHTS weightRow=9900 k=4 n=4
COMPUTE inputRow=35 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 36 of channel tile 10
LOAD_WEIGHTS weightRow=9904 k=4 n=4
COMPUTE inputRow=36 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 37 of channel tile 10
LOAD_WEIGHTS weightRow=9908 k=4 n=4
COMPUTE inputRow=37 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 38 of channel tile 10
LOAD_WEIGHTS weightRow=9912 k=4 n=4
COMPUTE inputRow=38 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 39 of channel tile 10
LOAD_WEIGHTS weightRow=9916 k=4 n=4
COMPUTE inputRow=39 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 40 of channel tile 10
LOAD_WEIGHTS weightRow=9920 k=4 n=4
COMPUTE inputRow=40 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 41 of channel tile 10
LOAD_WEIGHTS weightRow=9924 k=4 n=4
COMPUTE inputRow=41 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 42 of channel tile 10
LOAD_WEIGHTS weightRow=9928 k=4 n=4
COMPUTE inputRow=42 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 43 of channel tile 10
LOAD_WEIGHTS weightRow=9932 k=4 n=4
COMPUTE inputRow=43 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 44 of channel tile 10
LOAD_WEIGHTS weightRow=9936 k=4 n=4
COMPUTE inputRow=44 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 45 of channel tile 10
LOAD_WEIGHTS weightRow=9940 k=4 n=4
COMPUTE inputRow=45 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 46 of channel tile 10
LOAD_WEIGHTS weightRow=9944 k=4 n=4
COMPUTE inputRow=46 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 47 of channel tile 10
LOAD_WEIGHTS weightRow=9948 k=4 n=4
COMPUTE inputRow=47 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 48 of channel tile 10
LOAD_WEIGHTS weightRow=9952 k=4 n=4
COMPUTE inputRow=48 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 49 of channel tile 10
LOAD_WEIGHTS weightRow=9956 k=4 n=4
COMPUTE inputRow=49 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 50 of channel tile 10
LOAD_WEIGHTS weightRow=9960 k=4 n=4
COMPUTE inputRow=50 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 51 of channel tile 10
LOAD_WEIGHTS weightRow=9964 k=4 n=4
COMPUTE inputRow=51 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 52 of channel tile 10
LOAD_WEIGHTS weightRow=9968 k=4 n=4
COMPUTE inputRow=52 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 53 of channel tile 10
LOAD_WEIGHTS weightRow=9972 k=4 n=4
COMPUTE inputRow=53 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 54 of channel tile 10
LOAD_WEIGHTS weightRow=9976 k=4 n=4
COMPUTE inputRow=54 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 55 of channel tile 10
LOAD_WEIGHTS weightRow=9980 k=4 n=4
COMPUTE inputRow=55 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 56 of channel tile 10
LOAD_WEIGHTS weightRow=9984 k=4 n=4
COMPUTE inputRow=56 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 57 of channel tile 10
LOAD_WEIGHTS weightRow=9988 k=4 n=4
COMPUTE inputRow=57 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 58 of channel tile 10
LOAD_WEIGHTS weightRow=9992 k=4 n=4
COMPUTE inputRow=58 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 59 of channel tile 10
LOAD_WEIGHTS weightRow=9996 k=4 n=4
COMPUTE inputRow=59 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 60 of channel tile 10
LOAD_WEIGHTS weightRow=10000 k=4 n=4
COMPUTE inputRow=60 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 61 of channel tile 10
LOAD_WEIGHTS weightRow=10004 k=4 n=4
COMPUTE inputRow=61 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 62 of channel tile 10
LOAD_WEIGHTS weightRow=10008 k=4 n=4
COMPUTE inputRow=62 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 63 of channel tile 10
LOAD_WEIGHTS weightRow=10012 k=4 n=4
COMPUTE inputRow=63 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 64 of channel tile 10
LOAD_WEIGHTS weightRow=10016 k=4 n=4
COMPUTE inputRow=64 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 65 of channel tile 10
LOAD_WEIGHTS weightRow=10020 k=4 n=4
COMPUTE inputRow=65 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 66 of channel tile 10
LOAD_WEIGHTS weightRow=10024 k=4 n=4
COMPUTE inputRow=66 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 67 of channel tile 10
LOAD_WEIGHTS weightRow=10028 k=4 n=4
COMPUTE inputRow=67 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 68 of channel tile 10
LOAD_WEIGHTS weightRow=10032 k=4 n=4
COMPUTE inputRow=68 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 69 of channel tile 10
LOAD_WEIGHTS weightRow=10036 k=4 n=4
COMPUTE inputRow=69 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 70 of channel tile 10
LOAD_WEIGHTS weightRow=10040 k=4 n=4
COMPUTE inputRow=70 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 71 of channel tile 10
LOAD_WEIGHTS weightRow=10044 k=4 n=4
COMPUTE inputRow=71 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 72 of channel tile 10
LOAD_WEIGHTS weightRow=10048 k=4 n=4
COMPUTE inputRow=72 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 73 of channel tile 10
LOAD_WEIGHTS weightRow=10052 k=4 n=4
COMPUTE inputRow=73 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 74 of channel tile 10
LOAD_WEIGHTS weightRow=10056 k=4 n=4
COMPUTE inputRow=74 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 75 of channel tile 10
LOAD_WEIGHTS weightRow=10060 k=4 n=4
COMPUTE inputRow=75 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 76 of channel tile 10
LOAD_WEIGHTS weightRow=10064 k=4 n=4
COMPUTE inputRow=76 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 77 of channel tile 10
LOAD_WEIGHTS weightRow=10068 k=4 n=4
COMPUTE inputRow=77 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 78 of channel tile 10
LOAD_WEIGHTS weightRow=10072 k=4 n=4
COMPUTE inputRow=78 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 79 of channel tile 10
LOAD_WEIGHTS weightRow=10076 k=4 n=4
COMPUTE inputRow=79 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 80 of channel tile 10
LOAD_WEIGHTS weightRow=10080 k=4 n=4
COMPUTE inputRow=80 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 81 of channel tile 10
LOAD_WEIGHTS weightRow=10084 k=4 n=4
COMPUTE inputRow=81 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 82 of channel tile 10
LOAD_WEIGHTS weightRow=10088 k=4 n=4
COMPUTE inputRow=82 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 83 of channel tile 10
LOAD_WEIGHTS weightRow=10092 k=4 n=4
COMPUTE inputRow=83 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 84 of channel tile 10
LOAD_WEIGHTS weightRow=10096 k=4 n=4
COMPUTE inputRow=84 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 85 of channel tile 10
LOAD_WEIGHTS weightRow=10100 k=4 n=4
COMPUTE inputRow=85 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 86 of channel tile 10
LOAD_WEIGHTS weightRow=10104 k=4 n=4
COMPUTE inputRow=86 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 87 of channel tile 10
LOAD_WEIGHTS weightRow=10108 k=4 n=4
COMPUTE inputRow=87 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 88 of channel tile 10
LOAD_WEIGHTS weightRow=10112 k=4 n=4
COMPUTE inputRow=88 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 89 of channel tile 10
LOAD_WEIGHTS weightRow=10116 k=4 n=4
COMPUTE inputRow=89 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 90 of channel tile 10
LOAD_WEIGHTS weightRow=10120 k=4 n=4
COMPUTE inputRow=90 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 91 of channel tile 10
LOAD_WEIGHTS weightRow=10124 k=4 n=4
COMPUTE inputRow=91 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 92 of channel tile 10
LOAD_WEIGHTS weightRow=10128 k=4 n=4
COMPUTE inputRow=92 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 93 of channel tile 10
LOAD_WEIGHTS weightRow=10132 k=4 n=4
COMPUTE inputRow=93 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 94 of channel tile 10
LOAD_WEIGHTS weightRow=10136 k=4 n=4
COMPUTE inputRow=94 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 95 of channel tile 10
LOAD_WEIGHTS weightRow=10140 k=4 n=4
COMPUTE inputRow=95 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 96 of channel tile 10
LOAD_WEIGHTS weightRow=10144 k=4 n=4
COMPUTE inputRow=96 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 97 of channel tile 10
LOAD_WEIGHTS weightRow=10148 k=4 n=4
COMPUTE inputRow=97 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 98 of channel tile 10
LOAD_WEIGHTS weightRow=10152 k=4 n=4
COMPUTE inputRow=98 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 99 of channel tile 10
LOAD_WEIGHTS weightRow=10156 k=4 n=4
COMPUTE inputRow=99 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 100 of channel tile 10
LOAD_WEIGHTS weightRow=10160 k=4 n=4
COMPUTE inputRow=100 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 101 of channel tile 10
LOAD_WEIGHTS weightRow=10164 k=4 n=4
COMPUTE inputRow=101 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 102 of channel tile 10
LOAD_WEIGHTS weightRow=10168 k=4 n=4
COMPUTE inputRow=102 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 103 of channel tile 10
LOAD_WEIGHTS weightRow=10172 k=4 n=4
COMPUTE inputRow=103 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 104 of channel tile 10
LOAD_WEIGHTS weightRow=10176 k=4 n=4
COMPUTE inputRow=104 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 105 of channel tile 10
LOAD_WEIGHTS weightRow=10180 k=4 n=4
COMPUTE inputRow=105 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 106 of channel tile 10
LOAD_WEIGHTS weightRow=10184 k=4 n=4
COMPUTE inputRow=106 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 107 of channel tile 10
LOAD_WEIGHTS weightRow=10188 k=4 n=4
COMPUTE inputRow=107 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 108 of channel tile 10
LOAD_WEIGHTS weightRow=10192 k=4 n=4
COMPUTE inputRow=108 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 109 of channel tile 10
LOAD_WEIGHTS weightRow=10196 k=4 n=4
COMPUTE inputRow=109 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 110 of channel tile 10
LOAD_WEIGHTS weightRow=10200 k=4 n=4
COMPUTE inputRow=110 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 111 of channel tile 10
LOAD_WEIGHTS weightRow=10204 k=4 n=4
COMPUTE inputRow=111 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 112 of channel tile 10
LOAD_WEIGHTS weightRow=10208 k=4 n=4
COMPUTE inputRow=112 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 113 of channel tile 10
LOAD_WEIGHTS weightRow=10212 k=4 n=4
COMPUTE inputRow=113 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 114 of channel tile 10
LOAD_WEIGHTS weightRow=10216 k=4 n=4
COMPUTE inputRow=114 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 115 of channel tile 10
LOAD_WEIGHTS weightRow=10220 k=4 n=4
COMPUTE inputRow=115 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 116 of channel tile 10
LOAD_WEIGHTS weightRow=10224 k=4 n=4
COMPUTE inputRow=116 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 117 of channel tile 10
LOAD_WEIGHTS weightRow=10228 k=4 n=4
COMPUTE inputRow=117 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 118 of channel tile 10
LOAD_WEIGHTS weightRow=10232 k=4 n=4
COMPUTE inputRow=118 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 119 of channel tile 10
LOAD_WEIGHTS weightRow=10236 k=4 n=4
COMPUTE inputRow=119 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 120 of channel tile 10
LOAD_WEIGHTS weightRow=10240 k=4 n=4
COMPUTE inputRow=120 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 121 of channel tile 10
LOAD_WEIGHTS weightRow=10244 k=4 n=4
COMPUTE inputRow=121 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 122 of channel tile 10
LOAD_WEIGHTS weightRow=10248 k=4 n=4
COMPUTE inputRow=122 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 123 of channel tile 10
LOAD_WEIGHTS weightRow=10252 k=4 n=4
COMPUTE inputRow=123 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 124 of channel tile 10
LOAD_WEIGHTS weightRow=10256 k=4 n=4
COMPUTE inputRow=124 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 125 of channel tile 10
LOAD_WEIGHTS weightRow=10260 k=4 n=4
COMPUTE inputRow=125 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 126 of channel tile 10
LOAD_WEIGHTS weightRow=10264 k=4 n=4
COMPUTE inputRow=126 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 127 of channel tile 10
LOAD_WEIGHTS weightRow=10268 k=4 n=4
COMPUTE inputRow=127 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 128 of channel tile 10
LOAD_WEIGHTS weightRow=10272 k=4 n=4
COMPUTE inputRow=128 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 129 of channel tile 10
LOAD_WEIGHTS weightRow=10276 k=4 n=4
COMPUTE inputRow=129 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 130 of channel tile 10
LOAD_WEIGHTS weightRow=10280 k=4 n=4
COMPUTE inputRow=130 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 131 of channel tile 10
LOAD_WEIGHTS weightRow=10284 k=4 n=4
COMPUTE inputRow=131 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 132 of channel tile 10
LOAD_WEIGHTS weightRow=10288 k=4 n=4
COMPUTE inputRow=132 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 133 of channel tile 10
LOAD_WEIGHTS weightRow=10292 k=4 n=4
COMPUTE inputRow=133 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 134 of channel tile 10
LOAD_WEIGHTS weightRow=10296 k=4 n=4
COMPUTE inputRow=134 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 135 of channel tile 10
LOAD_WEIGHTS weightRow=10300 k=4 n=4
COMPUTE inputRow=135 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 136 of channel tile 10
LOAD_WEIGHTS weightRow=10304 k=4 n=4
COMPUTE inputRow=136 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 137 of channel tile 10
LOAD_WEIGHTS weightRow=10308 k=4 n=4
COMPUTE inputRow=137 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 138 of channel tile 10
LOAD_WEIGHTS weightRow=10312 k=4 n=4
COMPUTE inputRow=138 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 139 of channel tile 10
LOAD_WEIGHTS weightRow=10316 k=4 n=4
COMPUTE inputRow=139 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 140 of channel tile 10
LOAD_WEIGHTS weightRow=10320 k=4 n=4
COMPUTE inputRow=140 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 141 of channel tile 10
LOAD_WEIGHTS weightRow=10324 k=4 n=4
COMPUTE inputRow=141 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 142 of channel tile 10
LOAD_WEIGHTS weightRow=10328 k=4 n=4
COMPUTE inputRow=142 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 143 of channel tile 10
LOAD_WEIGHTS weightRow=10332 k=4 n=4
COMPUTE inputRow=143 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 144 of channel tile 10
LOAD_WEIGHTS weightRow=10336 k=4 n=4
COMPUTE inputRow=144 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 145 of channel tile 10
LOAD_WEIGHTS weightRow=10340 k=4 n=4
COMPUTE inputRow=145 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 146 of channel tile 10
LOAD_WEIGHTS weightRow=10344 k=4 n=4
COMPUTE inputRow=146 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 147 of channel tile 10
LOAD_WEIGHTS weightRow=10348 k=4 n=4
COMPUTE inputRow=147 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 148 of channel tile 10
LOAD_WEIGHTS weightRow=10352 k=4 n=4
COMPUTE inputRow=148 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 149 of channel tile 10
LOAD_WEIGHTS weightRow=10356 k=4 n=4
COMPUTE inputRow=149 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 150 of channel tile 10
LOAD_WEIGHTS weightRow=10360 k=4 n=4
COMPUTE inputRow=150 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 151 of channel tile 10
LOAD_WEIGHTS weightRow=10364 k=4 n=4
COMPUTE inputRow=151 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 152 of channel tile 10
LOAD_WEIGHTS weightRow=10368 k=4 n=4
COMPUTE inputRow=152 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 153 of channel tile 10
LOAD_WEIGHTS weightRow=10372 k=4 n=4
COMPUTE inputRow=153 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 154 of channel tile 10
LOAD_WEIGHTS weightRow=10376 k=4 n=4
COMPUTE inputRow=154 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 155 of channel tile 10
LOAD_WEIGHTS weightRow=10380 k=4 n=4
COMPUTE inputRow=155 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 156 of channel tile 10
LOAD_WEIGHTS weightRow=10384 k=4 n=4
COMPUTE inputRow=156 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 157 of channel tile 10
LOAD_WEIGHTS weightRow=10388 k=4 n=4
COMPUTE inputRow=157 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 158 of channel tile 10
LOAD_WEIGHTS weightRow=10392 k=4 n=4
COMPUTE inputRow=158 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 159 of channel tile 10
LOAD_WEIGHTS weightRow=10396 k=4 n=4
COMPUTE inputRow=159 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 160 of channel tile 10
LOAD_WEIGHTS weightRow=10400 k=4 n=4
COMPUTE inputRow=160 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 161 of channel tile 10
LOAD_WEIGHTS weightRow=10404 k=4 n=4
COMPUTE inputRow=161 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 162 of channel tile 10
LOAD_WEIGHTS weightRow=10408 k=4 n=4
COMPUTE inputRow=162 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 163 of channel tile 10
LOAD_WEIGHTS weightRow=10412 k=4 n=4
COMPUTE inputRow=163 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 164 of channel tile 10
LOAD_WEIGHTS weightRow=10416 k=4 n=4
COMPUTE inputRow=164 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 165 of channel tile 10
LOAD_WEIGHTS weightRow=10420 k=4 n=4
COMPUTE inputRow=165 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 166 of channel tile 10
LOAD_WEIGHTS weightRow=10424 k=4 n=4
COMPUTE inputRow=166 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 167 of channel tile 10
LOAD_WEIGHTS weightRow=10428 k=4 n=4
COMPUTE inputRow=167 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 168 of channel tile 10
LOAD_WEIGHTS weightRow=10432 k=4 n=4
COMPUTE inputRow=168 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 169 of channel tile 10
LOAD_WEIGHTS weightRow=10436 k=4 n=4
COMPUTE inputRow=169 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 170 of channel tile 10
LOAD_WEIGHTS weightRow=10440 k=4 n=4
COMPUTE inputRow=170 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 171 of channel tile 10
LOAD_WEIGHTS weightRow=10444 k=4 n=4
COMPUTE inputRow=171 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 172 of channel tile 10
LOAD_WEIGHTS weightRow=10448 k=4 n=4
COMPUTE inputRow=172 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 173 of channel tile 10
LOAD_WEIGHTS weightRow=10452 k=4 n=4
COMPUTE inputRow=173 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 174 of channel tile 10
LOAD_WEIGHTS weightRow=10456 k=4 n=4
COMPUTE inputRow=174 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 175 of channel tile 10
LOAD_WEIGHTS weightRow=10460 k=4 n=4
COMPUTE inputRow=175 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 176 of channel tile 10
LOAD_WEIGHTS weightRow=10464 k=4 n=4
COMPUTE inputRow=176 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 177 of channel tile 10
LOAD_WEIGHTS weightRow=10468 k=4 n=4
COMPUTE inputRow=177 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 178 of channel tile 10
LOAD_WEIGHTS weightRow=10472 k=4 n=4
COMPUTE inputRow=178 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 179 of channel tile 10
LOAD_WEIGHTS weightRow=10476 k=4 n=4
COMPUTE inputRow=179 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 180 of channel tile 10
LOAD_WEIGHTS weightRow=10480 k=4 n=4
COMPUTE inputRow=180 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 181 of channel tile 10
LOAD_WEIGHTS weightRow=10484 k=4 n=4
COMPUTE inputRow=181 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 182 of channel tile 10
LOAD_WEIGHTS weightRow=10488 k=4 n=4
COMPUTE inputRow=182 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 183 of channel tile 10
LOAD_WEIGHTS weightRow=10492 k=4 n=4
COMPUTE inputRow=183 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 184 of channel tile 10
LOAD_WEIGHTS weightRow=10496 k=4 n=4
COMPUTE inputRow=184 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 185 of channel tile 10
LOAD_WEIGHTS weightRow=10500 k=4 n=4
COMPUTE inputRow=185 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 186 of channel tile 10
LOAD_WEIGHTS weightRow=10504 k=4 n=4
COMPUTE inputRow=186 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 187 of channel tile 10
LOAD_WEIGHTS weightRow=10508 k=4 n=4
COMPUTE inputRow=187 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 188 of channel tile 10
LOAD_WEIGHTS weightRow=10512 k=4 n=4
COMPUTE inputRow=188 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 189 of channel tile 10
LOAD_WEIGHTS weightRow=10516 k=4 n=4
COMPUTE inputRow=189 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 190 of channel tile 10
LOAD_WEIGHTS weightRow=10520 k=4 n=4
COMPUTE inputRow=190 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 191 of channel tile 10
LOAD_WEIGHTS weightRow=10524 k=4 n=4
COMPUTE inputRow=191 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 192 of channel tile 10
LOAD_WEIGHTS weightRow=10528 k=4 n=4
COMPUTE inputRow=192 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 193 of channel tile 10
LOAD_WEIGHTS weightRow=10532 k=4 n=4
COMPUTE inputRow=193 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 194 of channel tile 10
LOAD_WEIGHTS weightRow=10536 k=4 n=4
COMPUTE inputRow=194 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 195 of channel tile 10
LOAD_WEIGHTS weightRow=10540 k=4 n=4
COMPUTE inputRow=195 inputRowStride=196 weightRow=0 accRow=2050 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 11
LOAD_WEIGHTS weightRow=10544 k=4 n=4
COMPUTE inputRow=0 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 11
LOAD_WEIGHTS weightRow=10548 k=4 n=4
COMPUTE inputRow=1 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 11
LOAD_WEIGHTS weightRow=10552 k=4 n=4
COMPUTE inputRow=2 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 11
LOAD_WEIGHTS weightRow=10556 k=4 n=4
COMPUTE inputRow=3 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 11
LOAD_WEIGHTS weightRow=10560 k=4 n=4
COMPUTE inputRow=4 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 11
LOAD_WEIGHTS weightRow=10564 k=4 n=4
COMPUTE inputRow=5 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 11
LOAD_WEIGHTS weightRow=10568 k=4 n=4
COMPUTE inputRow=6 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 11
LOAD_WEIGHTS weightRow=10572 k=4 n=4
COMPUTE inputRow=7 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 11
LOAD_WEIGHTS weightRow=10576 k=4 n=4
COMPUTE inputRow=8 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 11
LOAD_WEIGHTS weightRow=10580 k=4 n=4
COMPUTE inputRow=9 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 11
LOAD_WEIGHTS weightRow=10584 k=4 n=4
COMPUTE inputRow=10 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 11
LOAD_WEIGHTS weightRow=10588 k=4 n=4
COMPUTE inputRow=11 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 11
LOAD_WEIGHTS weightRow=10592 k=4 n=4
COMPUTE inputRow=12 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 11
LOAD_WEIGHTS weightRow=10596 k=4 n=4
COMPUTE inputRow=13 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 11
LOAD_WEIGHTS weightRow=10600 k=4 n=4
COMPUTE inputRow=14 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 11
LOAD_WEIGHTS weightRow=10604 k=4 n=4
COMPUTE inputRow=15 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 11
LOAD_WEIGHTS weightRow=10608 k=4 n=4
COMPUTE inputRow=16 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 11
LOAD_WEIGHTS weightRow=10612 k=4 n=4
COMPUTE inputRow=17 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 18 of channel tile 11
LOAD_WEIGHTS weightRow=10616 k=4 n=4
COMPUTE inputRow=18 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 19 of channel tile 11
LOAD_WEIGHTS weightRow=10620 k=4 n=4
COMPUTE inputRow=19 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 20 of channel tile 11
LOAD_WEIGHTS weightRow=10624 k=4 n=4
COMPUTE inputRow=20 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 21 of channel tile 11
LOAD_WEIGHTS weightRow=10628 k=4 n=4
COMPUTE inputRow=21 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 22 of channel tile 11
LOAD_WEIGHTS weightRow=10632 k=4 n=4
COMPUTE inputRow=22 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 23 of channel tile 11
LOAD_WEIGHTS weightRow=10636 k=4 n=4
COMPUTE inputRow=23 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 24 of channel tile 11
LOAD_WEIGHTS weightRow=10640 k=4 n=4
COMPUTE inputRow=24 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 25 of channel tile 11
LOAD_WEIGHTS weightRow=10644 k=4 n=4
COMPUTE inputRow=25 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 26 of channel tile 11
LOAD_WEIGHTS weightRow=10648 k=4 n=4
COMPUTE inputRow=26 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 27 of channel tile 11
LOAD_WEIGHTS weightRow=10652 k=4 n=4
COMPUTE inputRow=27 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 28 of channel tile 11
LOAD_WEIGHTS weightRow=10656 k=4 n=4
COMPUTE inputRow=28 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 29 of channel tile 11
LOAD_WEIGHTS weightRow=10660 k=4 n=4
COMPUTE inputRow=29 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 30 of channel tile 11
LOAD_WEIGHTS weightRow=10664 k=4 n=4
COMPUTE inputRow=30 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 31 of channel tile 11
LOAD_WEIGHTS weightRow=10668 k=4 n=4
COMPUTE inputRow=31 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 32 of channel tile 11
LOAD_WEIGHTS weightRow=10672 k=4 n=4
COMPUTE inputRow=32 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 33 of channel tile 11
LOAD_WEIGHTS weightRow=10676 k=4 n=4
COMPUTE inputRow=33 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 34 of channel tile 11
LOAD_WEIGHTS weightRow=10680 k=4 n=4
COMPUTE inputRow=34 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 35 of channel tile 11
LOAD_WEIGHTS weightRow=10684 k=4 n=4
COMPUTE inputRow=35 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 36 of channel tile 11
LOAD_WEIGHTS weightRow=10688 k=4 n=4
COMPUTE inputRow=36 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 37 of channel tile 11
LOAD_WEIGHTS weightRow=10692 k=4 n=4
COMPUTE inputRow=37 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 38 of channel tile 11
LOAD_WEIGHTS weightRow=10696 k=4 n=4
COMPUTE inputRow=38 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 39 of channel tile 11
LOAD_WEIGHTS weightRow=10700 k=4 n=4
COMPUTE inputRow=39 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 40 of channel tile 11
LOAD_WEIGHTS weightRow=10704 k=4 n=4
COMPUTE inputRow=40 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 41 of channel tile 11
LOAD_WEIGHTS weightRow=10708 k=4 n=4
COMPUTE inputRow=41 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 42 of channel tile 11
LOAD_WEIGHTS weightRow=10712 k=4 n=4
COMPUTE inputRow=42 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 43 of channel tile 11
LOAD_WEIGHTS weightRow=10716 k=4 n=4
COMPUTE inputRow=43 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 44 of channel tile 11
LOAD_WEIGHTS weightRow=10720 k=4 n=4
COMPUTE inputRow=44 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 45 of channel tile 11
LOAD_WEIGHTS weightRow=10724 k=4 n=4
COMPUTE inputRow=45 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 46 of channel tile 11
LOAD_WEIGHTS weightRow=10728 k=4 n=4
COMPUTE inputRow=46 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 47 of channel tile 11
LOAD_WEIGHTS weightRow=10732 k=4 n=4
COMPUTE inputRow=47 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 48 of channel tile 11
LOAD_WEIGHTS weightRow=10736 k=4 n=4
COMPUTE inputRow=48 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 49 of channel tile 11
LOAD_WEIGHTS weightRow=10740 k=4 n=4
COMPUTE inputRow=49 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 50 of channel tile 11
LOAD_WEIGHTS weightRow=10744 k=4 n=4
COMPUTE inputRow=50 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 51 of channel tile 11
LOAD_WEIGHTS weightRow=10748 k=4 n=4
COMPUTE inputRow=51 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 52 of channel tile 11
LOAD_WEIGHTS weightRow=10752 k=4 n=4
COMPUTE inputRow=52 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 53 of channel tile 11
LOAD_WEIGHTS weightRow=10756 k=4 n=4
COMPUTE inputRow=53 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 54 of channel tile 11
LOAD_WEIGHTS weightRow=10760 k=4 n=4
COMPUTE inputRow=54 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 55 of channel tile 11
LOAD_WEIGHTS weightRow=10764 k=4 n=4
COMPUTE inputRow=55 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 56 of channel tile 11
LOAD_WEIGHTS weightRow=10768 k=4 n=4
COMPUTE inputRow=56 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 57 of channel tile 11
LOAD_WEIGHTS weightRow=10772 k=4 n=4
COMPUTE inputRow=57 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 58 of channel tile 11
LOAD_WEIGHTS weightRow=10776 k=4 n=4
COMPUTE inputRow=58 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 59 of channel tile 11
LOAD_WEIGHTS weightRow=10780 k=4 n=4
COMPUTE inputRow=59 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 60 of channel tile 11
LOAD_WEIGHTS weightRow=10784 k=4 n=4
COMPUTE inputRow=60 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 61 of channel tile 11
LOAD_WEIGHTS weightRow=10788 k=4 n=4
COMPUTE inputRow=61 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 62 of channel tile 11
LOAD_WEIGHTS weightRow=10792 k=4 n=4
COMPUTE inputRow=62 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 63 of channel tile 11
LOAD_WEIGHTS weightRow=10796 k=4 n=4
COMPUTE inputRow=63 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 64 of channel tile 11
LOAD_WEIGHTS weightRow=10800 k=4 n=4
COMPUTE inputRow=64 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 65 of channel tile 11
LOAD_WEIGHTS weightRow=10804 k=4 n=4
COMPUTE inputRow=65 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 66 of channel tile 11
LOAD_WEIGHTS weightRow=10808 k=4 n=4
COMPUTE inputRow=66 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 67 of channel tile 11
LOAD_WEIGHTS weightRow=10812 k=4 n=4
COMPUTE inputRow=67 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 68 of channel tile 11
LOAD_WEIGHTS weightRow=10816 k=4 n=4
COMPUTE inputRow=68 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 69 of channel tile 11
LOAD_WEIGHTS weightRow=10820 k=4 n=4
COMPUTE inputRow=69 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 70 of channel tile 11
LOAD_WEIGHTS weightRow=10824 k=4 n=4
COMPUTE inputRow=70 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 71 of channel tile 11
LOAD_WEIGHTS weightRow=10828 k=4 n=4
COMPUTE inputRow=71 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 72 of channel tile 11
LOAD_WEIGHTS weightRow=10832 k=4 n=4
COMPUTE inputRow=72 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 73 of channel tile 11
LOAD_WEIGHTS weightRow=10836 k=4 n=4
COMPUTE inputRow=73 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 74 of channel tile 11
LOAD_WEIGHTS weightRow=10840 k=4 n=4
COMPUTE inputRow=74 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 75 of channel tile 11
LOAD_WEIGHTS weightRow=10844 k=4 n=4
COMPUTE inputRow=75 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 76 of channel tile 11
LOAD_WEIGHTS weightRow=10848 k=4 n=4
COMPUTE inputRow=76 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 77 of channel tile 11
LOAD_WEIGHTS weightRow=10852 k=4 n=4
COMPUTE inputRow=77 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 78 of channel tile 11
LOAD_WEIGHTS weightRow=10856 k=4 n=4
COMPUTE inputRow=78 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 79 of channel tile 11
LOAD_WEIGHTS weightRow=10860 k=4 n=4
COMPUTE inputRow=79 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 80 of channel tile 11
LOAD_WEIGHTS weightRow=10864 k=4 n=4
COMPUTE inputRow=80 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 81 of channel tile 11
LOAD_WEIGHTS weightRow=10868 k=4 n=4
COMPUTE inputRow=81 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 82 of channel tile 11
LOAD_WEIGHTS weightRow=10872 k=4 n=4
COMPUTE inputRow=82 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 83 of channel tile 11
LOAD_WEIGHTS weightRow=10876 k=4 n=4
COMPUTE inputRow=83 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 84 of channel tile 11
LOAD_WEIGHTS weightRow=10880 k=4 n=4
COMPUTE inputRow=84 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 85 of channel tile 11
LOAD_WEIGHTS weightRow=10884 k=4 n=4
COMPUTE inputRow=85 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 86 of channel tile 11
LOAD_WEIGHTS weightRow=10888 k=4 n=4
COMPUTE inputRow=86 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 87 of channel tile 11
LOAD_WEIGHTS weightRow=10892 k=4 n=4
COMPUTE inputRow=87 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 88 of channel tile 11
LOAD_WEIGHTS weightRow=10896 k=4 n=4
COMPUTE inputRow=88 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 89 of channel tile 11
LOAD_WEIGHTS weightRow=10900 k=4 n=4
COMPUTE inputRow=89 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 90 of channel tile 11
LOAD_WEIGHTS weightRow=10904 k=4 n=4
COMPUTE inputRow=90 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 91 of channel tile 11
LOAD_WEIGHTS weightRow=10908 k=4 n=4
COMPUTE inputRow=91 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 92 of channel tile 11
LOAD_WEIGHTS weightRow=10912 k=4 n=4
COMPUTE inputRow=92 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 93 of channel tile 11
LOAD_WEIGHTS weightRow=10916 k=4 n=4
COMPUTE inputRow=93 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 94 of channel tile 11
LOAD_WEIGHTS weightRow=10920 k=4 n=4
COMPUTE inputRow=94 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 95 of channel tile 11
LOAD_WEIGHTS weightRow=10924 k=4 n=4
COMPUTE inputRow=95 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 96 of channel tile 11
LOAD_WEIGHTS weightRow=10928 k=4 n=4
COMPUTE inputRow=96 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 97 of channel tile 11
LOAD_WEIGHTS weightRow=10932 k=4 n=4
COMPUTE inputRow=97 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 98 of channel tile 11
LOAD_WEIGHTS weightRow=10936 k=4 n=4
COMPUTE inputRow=98 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 99 of channel tile 11
LOAD_WEIGHTS weightRow=10940 k=4 n=4
COMPUTE inputRow=99 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 100 of channel tile 11
LOAD_WEIGHTS weightRow=10944 k=4 n=4
COMPUTE inputRow=100 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 101 of channel tile 11
LOAD_WEIGHTS weightRow=10948 k=4 n=4
COMPUTE inputRow=101 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 102 of channel tile 11
LOAD_WEIGHTS weightRow=10952 k=4 n=4
COMPUTE inputRow=102 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 103 of channel tile 11
LOAD_WEIGHTS weightRow=10956 k=4 n=4
COMPUTE inputRow=103 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 104 of channel tile 11
LOAD_WEIGHTS weightRow=10960 k=4 n=4
COMPUTE inputRow=104 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 105 of channel tile 11
LOAD_WEIGHTS weightRow=10964 k=4 n=4
COMPUTE inputRow=105 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 106 of channel tile 11
LOAD_WEIGHTS weightRow=10968 k=4 n=4
COMPUTE inputRow=106 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 107 of channel tile 11
LOAD_WEIGHTS weightRow=10972 k=4 n=4
COMPUTE inputRow=107 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 108 of channel tile 11
LOAD_WEIGHTS weightRow=10976 k=4 n=4
COMPUTE inputRow=108 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 109 of channel tile 11
LOAD_WEIGHTS weightRow=10980 k=4 n=4
COMPUTE inputRow=109 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 110 of channel tile 11
LOAD_WEIGHTS weightRow=10984 k=4 n=4
COMPUTE inputRow=110 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 111 of channel tile 11
LOAD_WEIGHTS weightRow=10988 k=4 n=4
COMPUTE inputRow=111 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 112 of channel tile 11
LOAD_WEIGHTS weightRow=10992 k=4 n=4
COMPUTE inputRow=112 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 113 of channel tile 11
LOAD_WEIGHTS weightRow=10996 k=4 n=4
COMPUTE inputRow=113 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 114 of channel tile 11
LOAD_WEIGHTS weightRow=11000 k=4 n=4
COMPUTE inputRow=114 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 115 of channel tile 11
LOAD_WEIGHTS weightRow=11004 k=4 n=4
COMPUTE inputRow=115 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 116 of channel tile 11
LOAD_WEIGHTS weightRow=11008 k=4 n=4
COMPUTE inputRow=116 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 117 of channel tile 11
LOAD_WEIGHTS weightRow=11012 k=4 n=4
COMPUTE inputRow=117 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 118 of channel tile 11
LOAD_WEIGHTS weightRow=11016 k=4 n=4
COMPUTE inputRow=118 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 119 of channel tile 11
LOAD_WEIGHTS weightRow=11020 k=4 n=4
COMPUTE inputRow=119 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 120 of channel tile 11
LOAD_WEIGHTS weightRow=11024 k=4 n=4
COMPUTE inputRow=120 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 121 of channel tile 11
LOAD_WEIGHTS weightRow=11028 k=4 n=4
COMPUTE inputRow=121 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 122 of channel tile 11
LOAD_WEIGHTS weightRow=11032 k=4 n=4
COMPUTE inputRow=122 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 123 of channel tile 11
LOAD_WEIGHTS weightRow=11036 k=4 n=4
COMPUTE inputRow=123 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 124 of channel tile 11
LOAD_WEIGHTS weightRow=11040 k=4 n=4
COMPUTE inputRow=124 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 125 of channel tile 11
LOAD_WEIGHTS weightRow=11044 k=4 n=4
COMPUTE inputRow=125 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 126 of channel tile 11
LOAD_WEIGHTS weightRow=11048 k=4 n=4
COMPUTE inputRow=126 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 127 of channel tile 11
LOAD_WEIGHTS weightRow=11052 k=4 n=4
COMPUTE inputRow=127 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 128 of channel tile 11
LOAD_WEIGHTS weightRow=11056 k=4 n=4
COMPUTE inputRow=128 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 129 of channel tile 11
LOAD_WEIGHTS weightRow=11060 k=4 n=4
COMPUTE inputRow=129 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 130 of channel tile 11
LOAD_WEIGHTS weightRow=11064 k=4 n=4
COMPUTE inputRow=130 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 131 of channel tile 11
LOAD_WEIGHTS weightRow=11068 k=4 n=4
COMPUTE inputRow=131 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 132 of channel tile 11
LOAD_WEIGHTS weightRow=11072 k=4 n=4
COMPUTE inputRow=132 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 133 of channel tile 11
LOAD_WEIGHTS weightRow=11076 k=4 n=4
COMPUTE inputRow=133 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 134 of channel tile 11
LOAD_WEIGHTS weightRow=11080 k=4 n=4
COMPUTE inputRow=134 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 135 of channel tile 11
LOAD_WEIGHTS weightRow=11084 k=4 n=4
COMPUTE inputRow=135 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 136 of channel tile 11
LOAD_WEIGHTS weightRow=11088 k=4 n=4
COMPUTE inputRow=136 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 137 of channel tile 11
LOAD_WEIGHTS weightRow=11092 k=4 n=4
COMPUTE inputRow=137 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 138 of channel tile 11
LOAD_WEIGHTS weightRow=11096 k=4 n=4
COMPUTE inputRow=138 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 139 of channel tile 11
LOAD_WEIGHTS weightRow=11100 k=4 n=4
COMPUTE inputRow=139 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 140 of channel tile 11
LOAD_WEIGHTS weightRow=11104 k=4 n=4
COMPUTE inputRow=140 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 141 of channel tile 11
LOAD_WEIGHTS weightRow=11108 k=4 n=4
COMPUTE inputRow=141 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 142 of channel tile 11
LOAD_WEIGHTS weightRow=11112 k=4 n=4
COMPUTE inputRow=142 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 143 of channel tile 11
LOAD_WEIGHTS weightRow=11116 k=4 n=4
COMPUTE inputRow=143 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 144 of channel tile 11
LOAD_WEIGHTS weightRow=11120 k=4 n=4
COMPUTE inputRow=144 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 145 of channel tile 11
LOAD_WEIGHTS weightRow=11124 k=4 n=4
COMPUTE inputRow=145 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 146 of channel tile 11
LOAD_WEIGHTS weightRow=11128 k=4 n=4
COMPUTE inputRow=146 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 147 of channel tile 11
LOAD_WEIGHTS weightRow=11132 k=4 n=4
COMPUTE inputRow=147 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 148 of channel tile 11
LOAD_WEIGHTS weightRow=11136 k=4 n=4
COMPUTE inputRow=148 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 149 of channel tile 11
LOAD_WEIGHTS weightRow=11140 k=4 n=4
COMPUTE inputRow=149 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 150 of channel tile 11
LOAD_WEIGHTS weightRow=11144 k=4 n=4
COMPUTE inputRow=150 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 151 of channel tile 11
LOAD_WEIGHTS weightRow=11148 k=4 n=4
COMPUTE inputRow=151 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 152 of channel tile 11
LOAD_WEIGHTS weightRow=11152 k=4 n=4
COMPUTE inputRow=152 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 153 of channel tile 11
LOAD_WEIGHTS weightRow=11156 k=4 n=4
COMPUTE inputRow=153 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 154 of channel tile 11
LOAD_WEIGHTS weightRow=11160 k=4 n=4
COMPUTE inputRow=154 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 155 of channel tile 11
LOAD_WEIGHTS weightRow=11164 k=4 n=4
COMPUTE inputRow=155 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 156 of channel tile 11
LOAD_WEIGHTS weightRow=11168 k=4 n=4
COMPUTE inputRow=156 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 157 of channel tile 11
LOAD_WEIGHTS weightRow=11172 k=4 n=4
COMPUTE inputRow=157 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 158 of channel tile 11
LOAD_WEIGHTS weightRow=11176 k=4 n=4
COMPUTE inputRow=158 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 159 of channel tile 11
LOAD_WEIGHTS weightRow=11180 k=4 n=4
COMPUTE inputRow=159 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 160 of channel tile 11
LOAD_WEIGHTS weightRow=11184 k=4 n=4
COMPUTE inputRow=160 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 161 of channel tile 11
LOAD_WEIGHTS weightRow=11188 k=4 n=4
COMPUTE inputRow=161 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 162 of channel tile 11
LOAD_WEIGHTS weightRow=11192 k=4 n=4
COMPUTE inputRow=162 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 163 of channel tile 11
LOAD_WEIGHTS weightRow=11196 k=4 n=4
COMPUTE inputRow=163 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 164 of channel tile 11
LOAD_WEIGHTS weightRow=11200 k=4 n=4
COMPUTE inputRow=164 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 165 of channel tile 11
LOAD_WEIGHTS weightRow=11204 k=4 n=4
COMPUTE inputRow=165 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 166 of channel tile 11
LOAD_WEIGHTS weightRow=11208 k=4 n=4
COMPUTE inputRow=166 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 167 of channel tile 11
LOAD_WEIGHTS weightRow=11212 k=4 n=4
COMPUTE inputRow=167 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 168 of channel tile 11
LOAD_WEIGHTS weightRow=11216 k=4 n=4
COMPUTE inputRow=168 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 169 of channel tile 11
LOAD_WEIGHTS weightRow=11220 k=4 n=4
COMPUTE inputRow=169 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 170 of channel tile 11
LOAD_WEIGHTS weightRow=11224 k=4 n=4
COMPUTE inputRow=170 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 171 of channel tile 11
LOAD_WEIGHTS weightRow=11228 k=4 n=4
COMPUTE inputRow=171 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 172 of channel tile 11
LOAD_WEIGHTS weightRow=11232 k=4 n=4
COMPUTE inputRow=172 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 173 of channel tile 11
LOAD_WEIGHTS weightRow=11236 k=4 n=4
COMPUTE inputRow=173 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 174 of channel tile 11
LOAD_WEIGHTS weightRow=11240 k=4 n=4
COMPUTE inputRow=174 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 175 of channel tile 11
LOAD_WEIGHTS weightRow=11244 k=4 n=4
COMPUTE inputRow=175 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 176 of channel tile 11
LOAD_WEIGHTS weightRow=11248 k=4 n=4
COMPUTE inputRow=176 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 177 of channel tile 11
LOAD_WEIGHTS weightRow=11252 k=4 n=4
COMPUTE inputRow=177 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 178 of channel tile 11
LOAD_WEIGHTS weightRow=11256 k=4 n=4
COMPUTE inputRow=178 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 179 of channel tile 11
LOAD_WEIGHTS weightRow=11260 k=4 n=4
COMPUTE inputRow=179 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 180 of channel tile 11
LOAD_WEIGHTS weightRow=11264 k=4 n=4
COMPUTE inputRow=180 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 181 of channel tile 11
LOAD_WEIGHTS weightRow=11268 k=4 n=4
COMPUTE inputRow=181 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 182 of channel tile 11
LOAD_WEIGHTS weightRow=11272 k=4 n=4
COMPUTE inputRow=182 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 183 of channel tile 11
LOAD_WEIGHTS weightRow=11276 k=4 n=4
COMPUTE inputRow=183 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 184 of channel tile 11
LOAD_WEIGHTS weightRow=11280 k=4 n=4
COMPUTE inputRow=184 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 185 of channel tile 11
LOAD_WEIGHTS weightRow=11284 k=4 n=4
COMPUTE inputRow=185 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 186 of channel tile 11
LOAD_WEIGHTS weightRow=11288 k=4 n=4
COMPUTE inputRow=186 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 187 of channel tile 11
LOAD_WEIGHTS weightRow=11292 k=4 n=4
COMPUTE inputRow=187 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 188 of channel tile 11
LOAD_WEIGHTS weightRow=11296 k=4 n=4
COMPUTE inputRow=188 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 189 of channel tile 11
LOAD_WEIGHTS weightRow=11300 k=4 n=4
COMPUTE inputRow=189 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 190 of channel tile 11
LOAD_WEIGHTS weightRow=11304 k=4 n=4
COMPUTE inputRow=190 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 191 of channel tile 11
LOAD_WEIGHTS weightRow=11308 k=4 n=4
COMPUTE inputRow=191 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 192 of channel tile 11
LOAD_WEIGHTS weightRow=11312 k=4 n=4
COMPUTE inputRow=192 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 193 of channel tile 11
LOAD_WEIGHTS weightRow=11316 k=4 n=4
COMPUTE inputRow=193 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 194 of channel tile 11
LOAD_WEIGHTS weightRow=11320 k=4 n=4
COMPUTE inputRow=194 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 195 of channel tile 11
LOAD_WEIGHTS weightRow=11324 k=4 n=4
COMPUTE inputRow=195 inputRowStride=196 weightRow=0 accRow=2051 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 12
LOAD_WEIGHTS weightRow=11328 k=4 n=4
COMPUTE inputRow=0 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 12
LOAD_WEIGHTS weightRow=11332 k=4 n=4
COMPUTE inputRow=1 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 12
LOAD_WEIGHTS weightRow=11336 k=4 n=4
COMPUTE inputRow=2 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 12
LOAD_WEIGHTS weightRow=11340 k=4 n=4
COMPUTE inputRow=3 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 12
LOAD_WEIGHTS weightRow=11344 k=4 n=4
COMPUTE inputRow=4 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 12
LOAD_WEIGHTS weightRow=11348 k=4 n=4
COMPUTE inputRow=5 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 12
LOAD_WEIGHTS weightRow=11352 k=4 n=4
COMPUTE inputRow=6 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 12
LOAD_WEIGHTS weightRow=11356 k=4 n=4
COMPUTE inputRow=7 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 12
LOAD_WEIGHTS weightRow=11360 k=4 n=4
COMPUTE inputRow=8 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 12
LOAD_WEIGHTS weightRow=11364 k=4 n=4
COMPUTE inputRow=9 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 12
LOAD_WEIGHTS weightRow=11368 k=4 n=4
COMPUTE inputRow=10 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 12
LOAD_WEIGHTS weightRow=11372 k=4 n=4
COMPUTE inputRow=11 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 12
LOAD_WEIGHTS weightRow=11376 k=4 n=4
COMPUTE inputRow=12 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 12
LOAD_WEIGHTS weightRow=11380 k=4 n=4
COMPUTE inputRow=13 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 12
LOAD_WEIGHTS weightRow=11384 k=4 n=4
COMPUTE inputRow=14 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 12
LOAD_WEIGHTS weightRow=11388 k=4 n=4
COMPUTE inputRow=15 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 12
LOAD_WEIGHTS weightRow=11392 k=4 n=4
COMPUTE inputRow=16 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 12
LOAD_WEIGHTS weightRow=11396 k=4 n=4
COMPUTE inputRow=17 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 18 of channel tile 12
LOAD_WEIGHTS weightRow=11400 k=4 n=4
COMPUTE inputRow=18 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 19 of channel tile 12
LOAD_WEIGHTS weightRow=11404 k=4 n=4
COMPUTE inputRow=19 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 20 of channel tile 12
LOAD_WEIGHTS weightRow=11408 k=4 n=4
COMPUTE inputRow=20 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 21 of channel tile 12
LOAD_WEIGHTS weightRow=11412 k=4 n=4
COMPUTE inputRow=21 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 22 of channel tile 12
LOAD_WEIGHTS weightRow=11416 k=4 n=4
COMPUTE inputRow=22 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 23 of channel tile 12
LOAD_WEIGHTS weightRow=11420 k=4 n=4
COMPUTE inputRow=23 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 24 of channel tile 12
LOAD_WEIGHTS weightRow=11424 k=4 n=4
COMPUTE inputRow=24 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 25 of channel tile 12
LOAD_WEIGHTS weightRow=11428 k=4 n=4
COMPUTE inputRow=25 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 26 of channel tile 12
LOAD_WEIGHTS weightRow=11432 k=4 n=4
COMPUTE inputRow=26 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 27 of channel tile 12
LOAD_WEIGHTS weightRow=11436 k=4 n=4
COMPUTE inputRow=27 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 28 of channel tile 12
LOAD_WEIGHTS weightRow=11440 k=4 n=4
COMPUTE inputRow=28 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 29 of channel tile 12
LOAD_WEIGHTS weightRow=11444 k=4 n=4
COMPUTE inputRow=29 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 30 of channel tile 12
LOAD_WEIGHTS weightRow=11448 k=4 n=4
COMPUTE inputRow=30 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 31 of channel tile 12
LOAD_WEIGHTS weightRow=11452 k=4 n=4
COMPUTE inputRow=31 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 32 of channel tile 12
LOAD_WEIGHTS weightRow=11456 k=4 n=4
COMPUTE inputRow=32 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 33 of channel tile 12
LOAD_WEIGHTS weightRow=11460 k=4 n=4
COMPUTE inputRow=33 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 34 of channel tile 12
LOAD_WEIGHTS weightRow=11464 k=4 n=4
COMPUTE inputRow=34 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 35 of channel tile 12
LOAD_WEIGHTS weightRow=11468 k=4 n=4
COMPUTE inputRow=35 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 36 of channel tile 12
LOAD_WEIGHTS weightRow=11472 k=4 n=4
COMPUTE inputRow=36 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 37 of channel tile 12
LOAD_WEIGHTS weightRow=11476 k=4 n=4
COMPUTE inputRow=37 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 38 of channel tile 12
LOAD_WEIGHTS weightRow=11480 k=4 n=4
COMPUTE inputRow=38 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 39 of channel tile 12
LOAD_WEIGHTS weightRow=11484 k=4 n=4
COMPUTE inputRow=39 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 40 of channel tile 12
LOAD_WEIGHTS weightRow=11488 k=4 n=4
COMPUTE inputRow=40 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 41 of channel tile 12
LOAD_WEIGHTS weightRow=11492 k=4 n=4
COMPUTE inputRow=41 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 42 of channel tile 12
LOAD_WEIGHTS weightRow=11496 k=4 n=4
COMPUTE inputRow=42 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 43 of channel tile 12
LOAD_WEIGHTS weightRow=11500 k=4 n=4
COMPUTE inputRow=43 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 44 of channel tile 12
LOAD_WEIGHTS weightRow=11504 k=4 n=4
COMPUTE inputRow=44 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 45 of channel tile 12
LOAD_WEIGHTS weightRow=11508 k=4 n=4
COMPUTE inputRow=45 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 46 of channel tile 12
LOAD_WEIGHTS weightRow=11512 k=4 n=4
COMPUTE inputRow=46 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 47 of channel tile 12
LOAD_WEIGHTS weightRow=11516 k=4 n=4
COMPUTE inputRow=47 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 48 of channel tile 12
LOAD_WEIGHTS weightRow=11520 k=4 n=4
COMPUTE inputRow=48 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 49 of channel tile 12
LOAD_WEIGHTS weightRow=11524 k=4 n=4
COMPUTE inputRow=49 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 50 of channel tile 12
LOAD_WEIGHTS weightRow=11528 k=4 n=4
COMPUTE inputRow=50 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 51 of channel tile 12
LOAD_WEIGHTS weightRow=11532 k=4 n=4
COMPUTE inputRow=51 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 52 of channel tile 12
LOAD_WEIGHTS weightRow=11536 k=4 n=4
COMPUTE inputRow=52 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 53 of channel tile 12
LOAD_WEIGHTS weightRow=11540 k=4 n=4
COMPUTE inputRow=53 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 54 of channel tile 12
LOAD_WEIGHTS weightRow=11544 k=4 n=4
COMPUTE inputRow=54 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 55 of channel tile 12
LOAD_WEIGHTS weightRow=11548 k=4 n=4
COMPUTE inputRow=55 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 56 of channel tile 12
LOAD_WEIGHTS weightRow=11552 k=4 n=4
COMPUTE inputRow=56 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 57 of channel tile 12
LOAD_WEIGHTS weightRow=11556 k=4 n=4
COMPUTE inputRow=57 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 58 of channel tile 12
LOAD_WEIGHTS weightRow=11560 k=4 n=4
COMPUTE inputRow=58 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 59 of channel tile 12
LOAD_WEIGHTS weightRow=11564 k=4 n=4
COMPUTE inputRow=59 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 60 of channel tile 12
LOAD_WEIGHTS weightRow=11568 k=4 n=4
COMPUTE inputRow=60 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 61 of channel tile 12
LOAD_WEIGHTS weightRow=11572 k=4 n=4
COMPUTE inputRow=61 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 62 of channel tile 12
LOAD_WEIGHTS weightRow=11576 k=4 n=4
COMPUTE inputRow=62 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 63 of channel tile 12
LOAD_WEIGHTS weightRow=11580 k=4 n=4
COMPUTE inputRow=63 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 64 of channel tile 12
LOAD_WEIGHTS weightRow=11584 k=4 n=4
COMPUTE inputRow=64 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 65 of channel tile 12
LOAD_WEIGHTS weightRow=11588 k=4 n=4
COMPUTE inputRow=65 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 66 of channel tile 12
LOAD_WEIGHTS weightRow=11592 k=4 n=4
COMPUTE inputRow=66 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 67 of channel tile 12
LOAD_WEIGHTS weightRow=11596 k=4 n=4
COMPUTE inputRow=67 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 68 of channel tile 12
LOAD_WEIGHTS weightRow=11600 k=4 n=4
COMPUTE inputRow=68 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 69 of channel tile 12
LOAD_WEIGHTS weightRow=11604 k=4 n=4
COMPUTE inputRow=69 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 70 of channel tile 12
LOAD_WEIGHTS weightRow=11608 k=4 n=4
COMPUTE inputRow=70 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 71 of channel tile 12
LOAD_WEIGHTS weightRow=11612 k=4 n=4
COMPUTE inputRow=71 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 72 of channel tile 12
LOAD_WEIGHTS weightRow=11616 k=4 n=4
COMPUTE inputRow=72 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 73 of channel tile 12
LOAD_WEIGHTS weightRow=11620 k=4 n=4
COMPUTE inputRow=73 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 74 of channel tile 12
LOAD_WEIGHTS weightRow=11624 k=4 n=4
COMPUTE inputRow=74 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 75 of channel tile 12
LOAD_WEIGHTS weightRow=11628 k=4 n=4
COMPUTE inputRow=75 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 76 of channel tile 12
LOAD_WEIGHTS weightRow=11632 k=4 n=4
COMPUTE inputRow=76 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 77 of channel tile 12
LOAD_WEIGHTS weightRow=11636 k=4 n=4
COMPUTE inputRow=77 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 78 of channel tile 12
LOAD_WEIGHTS weightRow=11640 k=4 n=4
COMPUTE inputRow=78 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 79 of channel tile 12
LOAD_WEIGHTS weightRow=11644 k=4 n=4
COMPUTE inputRow=79 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 80 of channel tile 12
LOAD_WEIGHTS weightRow=11648 k=4 n=4
COMPUTE inputRow=80 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 81 of channel tile 12
LOAD_WEIGHTS weightRow=11652 k=4 n=4
COMPUTE inputRow=81 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 82 of channel tile 12
LOAD_WEIGHTS weightRow=11656 k=4 n=4
COMPUTE inputRow=82 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 83 of channel tile 12
LOAD_WEIGHTS weightRow=11660 k=4 n=4
COMPUTE inputRow=83 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 84 of channel tile 12
LOAD_WEIGHTS weightRow=11664 k=4 n=4
COMPUTE inputRow=84 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 85 of channel tile 12
LOAD_WEIGHTS weightRow=11668 k=4 n=4
COMPUTE inputRow=85 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 86 of channel tile 12
LOAD_WEIGHTS weightRow=11672 k=4 n=4
COMPUTE inputRow=86 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 87 of channel tile 12
LOAD_WEIGHTS weightRow=11676 k=4 n=4
COMPUTE inputRow=87 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 88 of channel tile 12
LOAD_WEIGHTS weightRow=11680 k=4 n=4
COMPUTE inputRow=88 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 89 of channel tile 12
LOAD_WEIGHTS weightRow=11684 k=4 n=4
COMPUTE inputRow=89 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 90 of channel tile 12
LOAD_WEIGHTS weightRow=11688 k=4 n=4
COMPUTE inputRow=90 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 91 of channel tile 12
LOAD_WEIGHTS weightRow=11692 k=4 n=4
COMPUTE inputRow=91 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 92 of channel tile 12
LOAD_WEIGHTS weightRow=11696 k=4 n=4
COMPUTE inputRow=92 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 93 of channel tile 12
LOAD_WEIGHTS weightRow=11700 k=4 n=4
COMPUTE inputRow=93 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 94 of channel tile 12
LOAD_WEIGHTS weightRow=11704 k=4 n=4
COMPUTE inputRow=94 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 95 of channel tile 12
LOAD_WEIGHTS weightRow=11708 k=4 n=4
COMPUTE inputRow=95 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 96 of channel tile 12
LOAD_WEIGHTS weightRow=11712 k=4 n=4
COMPUTE inputRow=96 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 97 of channel tile 12
LOAD_WEIGHTS weightRow=11716 k=4 n=4
COMPUTE inputRow=97 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 98 of channel tile 12
LOAD_WEIGHTS weightRow=11720 k=4 n=4
COMPUTE inputRow=98 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 99 of channel tile 12
LOAD_WEIGHTS weightRow=11724 k=4 n=4
COMPUTE inputRow=99 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 100 of channel tile 12
LOAD_WEIGHTS weightRow=11728 k=4 n=4
COMPUTE inputRow=100 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 101 of channel tile 12
LOAD_WEIGHTS weightRow=11732 k=4 n=4
COMPUTE inputRow=101 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 102 of channel tile 12
LOAD_WEIGHTS weightRow=11736 k=4 n=4
COMPUTE inputRow=102 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 103 of channel tile 12
LOAD_WEIGHTS weightRow=11740 k=4 n=4
COMPUTE inputRow=103 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 104 of channel tile 12
LOAD_WEIGHTS weightRow=11744 k=4 n=4
COMPUTE inputRow=104 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 105 of channel tile 12
LOAD_WEIGHTS weightRow=11748 k=4 n=4
COMPUTE inputRow=105 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 106 of channel tile 12
LOAD_WEIGHTS weightRow=11752 k=4 n=4
COMPUTE inputRow=106 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 107 of channel tile 12
LOAD_WEIGHTS weightRow=11756 k=4 n=4
COMPUTE inputRow=107 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 108 of channel tile 12
LOAD_WEIGHTS weightRow=11760 k=4 n=4
COMPUTE inputRow=108 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 109 of channel tile 12
LOAD_WEIGHTS weightRow=11764 k=4 n=4
COMPUTE inputRow=109 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 110 of channel tile 12
LOAD_WEIGHTS weightRow=11768 k=4 n=4
COMPUTE inputRow=110 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 111 of channel tile 12
LOAD_WEIGHTS weightRow=11772 k=4 n=4
COMPUTE inputRow=111 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 112 of channel tile 12
LOAD_WEIGHTS weightRow=11776 k=4 n=4
COMPUTE inputRow=112 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 113 of channel tile 12
LOAD_WEIGHTS weightRow=11780 k=4 n=4
COMPUTE inputRow=113 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 114 of channel tile 12
LOAD_WEIGHTS weightRow=11784 k=4 n=4
COMPUTE inputRow=114 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 115 of channel tile 12
LOAD_WEIGHTS weightRow=11788 k=4 n=4
COMPUTE inputRow=115 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 116 of channel tile 12
LOAD_WEIGHTS weightRow=11792 k=4 n=4
COMPUTE inputRow=116 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 117 of channel tile 12
LOAD_WEIGHTS weightRow=11796 k=4 n=4
COMPUTE inputRow=117 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 118 of channel tile 12
LOAD_WEIGHTS weightRow=11800 k=4 n=4
COMPUTE inputRow=118 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 119 of channel tile 12
LOAD_WEIGHTS weightRow=11804 k=4 n=4
COMPUTE inputRow=119 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 120 of channel tile 12
LOAD_WEIGHTS weightRow=11808 k=4 n=4
COMPUTE inputRow=120 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 121 of channel tile 12
LOAD_WEIGHTS weightRow=11812 k=4 n=4
COMPUTE inputRow=121 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 122 of channel tile 12
LOAD_WEIGHTS weightRow=11816 k=4 n=4
COMPUTE inputRow=122 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 123 of channel tile 12
LOAD_WEIGHTS weightRow=11820 k=4 n=4
COMPUTE inputRow=123 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 124 of channel tile 12
LOAD_WEIGHTS weightRow=11824 k=4 n=4
COMPUTE inputRow=124 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 125 of channel tile 12
LOAD_WEIGHTS weightRow=11828 k=4 n=4
COMPUTE inputRow=125 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 126 of channel tile 12
LOAD_WEIGHTS weightRow=11832 k=4 n=4
COMPUTE inputRow=126 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 127 of channel tile 12
LOAD_WEIGHTS weightRow=11836 k=4 n=4
COMPUTE inputRow=127 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 128 of channel tile 12
LOAD_WEIGHTS weightRow=11840 k=4 n=4
COMPUTE inputRow=128 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 129 of channel tile 12
LOAD_WEIGHTS weightRow=11844 k=4 n=4
COMPUTE inputRow=129 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 130 of channel tile 12
LOAD_WEIGHTS weightRow=11848 k=4 n=4
COMPUTE inputRow=130 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 131 of channel tile 12
LOAD_WEIGHTS weightRow=11852 k=4 n=4
COMPUTE inputRow=131 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 132 of channel tile 12
LOAD_WEIGHTS weightRow=11856 k=4 n=4
COMPUTE inputRow=132 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 133 of channel tile 12
LOAD_WEIGHTS weightRow=11860 k=4 n=4
COMPUTE inputRow=133 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 134 of channel tile 12
LOAD_WEIGHTS weightRow=11864 k=4 n=4
COMPUTE inputRow=134 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 135 of channel tile 12
LOAD_WEIGHTS weightRow=11868 k=4 n=4
COMPUTE inputRow=135 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 136 of channel tile 12
LOAD_WEIGHTS weightRow=11872 k=4 n=4
COMPUTE inputRow=136 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 137 of channel tile 12
LOAD_WEIGHTS weightRow=11876 k=4 n=4
COMPUTE inputRow=137 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 138 of channel tile 12
LOAD_WEIGHTS weightRow=11880 k=4 n=4
COMPUTE inputRow=138 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 139 of channel tile 12
LOAD_WEIGHTS weightRow=11884 k=4 n=4
COMPUTE inputRow=139 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 140 of channel tile 12
LOAD_WEIGHTS weightRow=11888 k=4 n=4
COMPUTE inputRow=140 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 141 of channel tile 12
LOAD_WEIGHTS weightRow=11892 k=4 n=4
COMPUTE inputRow=141 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 142 of channel tile 12
LOAD_WEIGHTS weightRow=11896 k=4 n=4
COMPUTE inputRow=142 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 143 of channel tile 12
LOAD_WEIGHTS weightRow=11900 k=4 n=4
COMPUTE inputRow=143 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 144 of channel tile 12
LOAD_WEIGHTS weightRow=11904 k=4 n=4
COMPUTE inputRow=144 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 145 of channel tile 12
LOAD_WEIGHTS weightRow=11908 k=4 n=4
COMPUTE inputRow=145 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 146 of channel tile 12
LOAD_WEIGHTS weightRow=11912 k=4 n=4
COMPUTE inputRow=146 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 147 of channel tile 12
LOAD_WEIGHTS weightRow=11916 k=4 n=4
COMPUTE inputRow=147 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 148 of channel tile 12
LOAD_WEIGHTS weightRow=11920 k=4 n=4
COMPUTE inputRow=148 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 149 of channel tile 12
LOAD_WEIGHTS weightRow=11924 k=4 n=4
COMPUTE inputRow=149 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 150 of channel tile 12
LOAD_WEIGHTS weightRow=11928 k=4 n=4
COMPUTE inputRow=150 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 151 of channel tile 12
LOAD_WEIGHTS weightRow=11932 k=4 n=4
COMPUTE inputRow=151 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 152 of channel tile 12
LOAD_WEIGHTS weightRow=11936 k=4 n=4
COMPUTE inputRow=152 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 153 of channel tile 12
LOAD_WEIGHTS weightRow=11940 k=4 n=4
COMPUTE inputRow=153 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 154 of channel tile 12
LOAD_WEIGHTS weightRow=11944 k=4 n=4
COMPUTE inputRow=154 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 155 of channel tile 12
LOAD_WEIGHTS weightRow=11948 k=4 n=4
COMPUTE inputRow=155 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 156 of channel tile 12
LOAD_WEIGHTS weightRow=11952 k=4 n=4
COMPUTE inputRow=156 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 157 of channel tile 12
LOAD_WEIGHTS weightRow=11956 k=4 n=4
COMPUTE inputRow=157 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 158 of channel tile 12
LOAD_WEIGHTS weightRow=11960 k=4 n=4
COMPUTE inputRow=158 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 159 of channel tile 12
LOAD_WEIGHTS weightRow=11964 k=4 n=4
COMPUTE inputRow=159 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 160 of channel tile 12
LOAD_WEIGHTS weightRow=11968 k=4 n=4
COMPUTE inputRow=160 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 161 of channel tile 12
LOAD_WEIGHTS weightRow=11972 k=4 n=4
COMPUTE inputRow=161 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 162 of channel tile 12
LOAD_WEIGHTS weightRow=11976 k=4 n=4
COMPUTE inputRow=162 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 163 of channel tile 12
LOAD_WEIGHTS weightRow=11980 k=4 n=4
COMPUTE inputRow=163 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 164 of channel tile 12
LOAD_WEIGHTS weightRow=11984 k=4 n=4
COMPUTE inputRow=164 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 165 of channel tile 12
LOAD_WEIGHTS weightRow=11988 k=4 n=4
COMPUTE inputRow=165 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 166 of channel tile 12
LOAD_WEIGHTS weightRow=11992 k=4 n=4
COMPUTE inputRow=166 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 167 of channel tile 12
LOAD_WEIGHTS weightRow=11996 k=4 n=4
COMPUTE inputRow=167 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 168 of channel tile 12
LOAD_WEIGHTS weightRow=12000 k=4 n=4
COMPUTE inputRow=168 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 169 of channel tile 12
LOAD_WEIGHTS weightRow=12004 k=4 n=4
COMPUTE inputRow=169 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 170 of channel tile 12
LOAD_WEIGHTS weightRow=12008 k=4 n=4
COMPUTE inputRow=170 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 171 of channel tile 12
LOAD_WEIGHTS weightRow=12012 k=4 n=4
COMPUTE inputRow=171 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 172 of channel tile 12
LOAD_WEIGHTS weightRow=12016 k=4 n=4
COMPUTE inputRow=172 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 173 of channel tile 12
LOAD_WEIGHTS weightRow=12020 k=4 n=4
COMPUTE inputRow=173 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 174 of channel tile 12
LOAD_WEIGHTS weightRow=12024 k=4 n=4
COMPUTE inputRow=174 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 175 of channel tile 12
LOAD_WEIGHTS weightRow=12028 k=4 n=4
COMPUTE inputRow=175 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 176 of channel tile 12
LOAD_WEIGHTS weightRow=12032 k=4 n=4
COMPUTE inputRow=176 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 177 of channel tile 12
LOAD_WEIGHTS weightRow=12036 k=4 n=4
COMPUTE inputRow=177 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 178 of channel tile 12
LOAD_WEIGHTS weightRow=12040 k=4 n=4
COMPUTE inputRow=178 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 179 of channel tile 12
LOAD_WEIGHTS weightRow=12044 k=4 n=4
COMPUTE inputRow=179 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 180 of channel tile 12
LOAD_WEIGHTS weightRow=12048 k=4 n=4
COMPUTE inputRow=180 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 181 of channel tile 12
LOAD_WEIGHTS weightRow=12052 k=4 n=4
COMPUTE inputRow=181 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 182 of channel tile 12
LOAD_WEIGHTS weightRow=12056 k=4 n=4
COMPUTE inputRow=182 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 183 of channel tile 12
LOAD_WEIGHTS weightRow=12060 k=4 n=4
COMPUTE inputRow=183 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 184 of channel tile 12
LOAD_WEIGHTS weightRow=12064 k=4 n=4
COMPUTE inputRow=184 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 185 of channel tile 12
LOAD_WEIGHTS weightRow=12068 k=4 n=4
COMPUTE inputRow=185 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 186 of channel tile 12
LOAD_WEIGHTS weightRow=12072 k=4 n=4
COMPUTE inputRow=186 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 187 of channel tile 12
LOAD_WEIGHTS weightRow=12076 k=4 n=4
COMPUTE inputRow=187 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 188 of channel tile 12
LOAD_WEIGHTS weightRow=12080 k=4 n=4
COMPUTE inputRow=188 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 189 of channel tile 12
LOAD_WEIGHTS weightRow=12084 k=4 n=4
COMPUTE inputRow=189 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 190 of channel tile 12
LOAD_WEIGHTS weightRow=12088 k=4 n=4
COMPUTE inputRow=190 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 191 of channel tile 12
LOAD_WEIGHTS weightRow=12092 k=4 n=4
COMPUTE inputRow=191 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 192 of channel tile 12
LOAD_WEIGHTS weightRow=12096 k=4 n=4
COMPUTE inputRow=192 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 193 of channel tile 12
LOAD_WEIGHTS weightRow=12100 k=4 n=4
COMPUTE inputRow=193 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 194 of channel tile 12
LOAD_WEIGHTS weightRow=12104 k=4 n=4
COMPUTE inputRow=194 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 195 of channel tile 12
LOAD_WEIGHTS weightRow=12108 k=4 n=4
COMPUTE inputRow=195 inputRowStride=196 weightRow=0 accRow=2052 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 13
LOAD_WEIGHTS weightRow=12112 k=4 n=4
COMPUTE inputRow=0 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 13
LOAD_WEIGHTS weightRow=12116 k=4 n=4
COMPUTE inputRow=1 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 13
LOAD_WEIGHTS weightRow=12120 k=4 n=4
COMPUTE inputRow=2 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 13
LOAD_WEIGHTS weightRow=12124 k=4 n=4
COMPUTE inputRow=3 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 13
LOAD_WEIGHTS weightRow=12128 k=4 n=4
COMPUTE inputRow=4 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 13
LOAD_WEIGHTS weightRow=12132 k=4 n=4
COMPUTE inputRow=5 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 13
LOAD_WEIGHTS weightRow=12136 k=4 n=4
COMPUTE inputRow=6 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 13
LOAD_WEIGHTS weightRow=12140 k=4 n=4
COMPUTE inputRow=7 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 13
LOAD_WEIGHTS weightRow=12144 k=4 n=4
COMPUTE inputRow=8 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 13
LOAD_WEIGHTS weightRow=12148 k=4 n=4
COMPUTE inputRow=9 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 13
LOAD_WEIGHTS weightRow=12152 k=4 n=4
COMPUTE inputRow=10 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 13
LOAD_WEIGHTS weightRow=12156 k=4 n=4
COMPUTE inputRow=11 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 13
LOAD_WEIGHTS weightRow=12160 k=4 n=4
COMPUTE inputRow=12 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 13
LOAD_WEIGHTS weightRow=12164 k=4 n=4
COMPUTE inputRow=13 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 13
LOAD_WEIGHTS weightRow=12168 k=4 n=4
COMPUTE inputRow=14 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 13
LOAD_WEIGHTS weightRow=12172 k=4 n=4
COMPUTE inputRow=15 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 13
LOAD_WEIGHTS weightRow=12176 k=4 n=4
COMPUTE inputRow=16 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 13
LOAD_WEIGHTS weightRow=12180 k=4 n=4
COMPUTE inputRow=17 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 18 of channel tile 13
LOAD_WEIGHTS weightRow=12184 k=4 n=4
COMPUTE inputRow=18 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 19 of channel tile 13
LOAD_WEIGHTS weightRow=12188 k=4 n=4
COMPUTE inputRow=19 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 20 of channel tile 13
LOAD_WEIGHTS weightRow=12192 k=4 n=4
COMPUTE inputRow=20 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 21 of channel tile 13
LOAD_WEIGHTS weightRow=12196 k=4 n=4
COMPUTE inputRow=21 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 22 of channel tile 13
LOAD_WEIGHTS weightRow=12200 k=4 n=4
COMPUTE inputRow=22 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 23 of channel tile 13
LOAD_WEIGHTS weightRow=12204 k=4 n=4
COMPUTE inputRow=23 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 24 of channel tile 13
LOAD_WEIGHTS weightRow=12208 k=4 n=4
COMPUTE inputRow=24 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 25 of channel tile 13
LOAD_WEIGHTS weightRow=12212 k=4 n=4
COMPUTE inputRow=25 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 26 of channel tile 13
LOAD_WEIGHTS weightRow=12216 k=4 n=4
COMPUTE inputRow=26 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 27 of channel tile 13
LOAD_WEIGHTS weightRow=12220 k=4 n=4
COMPUTE inputRow=27 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 28 of channel tile 13
LOAD_WEIGHTS weightRow=12224 k=4 n=4
COMPUTE inputRow=28 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 29 of channel tile 13
LOAD_WEIGHTS weightRow=12228 k=4 n=4
COMPUTE inputRow=29 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 30 of channel tile 13
LOAD_WEIGHTS weightRow=12232 k=4 n=4
COMPUTE inputRow=30 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 31 of channel tile 13
LOAD_WEIGHTS weightRow=12236 k=4 n=4
COMPUTE inputRow=31 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 32 of channel tile 13
LOAD_WEIGHTS weightRow=12240 k=4 n=4
COMPUTE inputRow=32 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 33 of channel tile 13
LOAD_WEIGHTS weightRow=12244 k=4 n=4
COMPUTE inputRow=33 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 34 of channel tile 13
LOAD_WEIGHTS weightRow=12248 k=4 n=4
COMPUTE inputRow=34 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 35 of channel tile 13
LOAD_WEIGHTS weightRow=12252 k=4 n=4
COMPUTE inputRow=35 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 36 of channel tile 13
LOAD_WEIGHTS weightRow=12256 k=4 n=4
COMPUTE inputRow=36 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 37 of channel tile 13
LOAD_WEIGHTS weightRow=12260 k=4 n=4
COMPUTE inputRow=37 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 38 of channel tile 13
LOAD_WEIGHTS weightRow=12264 k=4 n=4
COMPUTE inputRow=38 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 39 of channel tile 13
LOAD_WEIGHTS weightRow=12268 k=4 n=4
COMPUTE inputRow=39 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 40 of channel tile 13
LOAD_WEIGHTS weightRow=12272 k=4 n=4
COMPUTE inputRow=40 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 41 of channel tile 13
LOAD_WEIGHTS weightRow=12276 k=4 n=4
COMPUTE inputRow=41 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 42 of channel tile 13
LOAD_WEIGHTS weightRow=12280 k=4 n=4
COMPUTE inputRow=42 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 43 of channel tile 13
LOAD_WEIGHTS weightRow=12284 k=4 n=4
COMPUTE inputRow=43 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 44 of channel tile 13
LOAD_WEIGHTS weightRow=12288 k=4 n=4
COMPUTE inputRow=44 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 45 of channel tile 13
LOAD_WEIGHTS weightRow=12292 k=4 n=4
COMPUTE inputRow=45 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 46 of channel tile 13
LOAD_WEIGHTS weightRow=12296 k=4 n=4
COMPUTE inputRow=46 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 47 of channel tile 13
LOAD_WEIGHTS weightRow=12300 k=4 n=4
COMPUTE inputRow=47 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 48 of channel tile 13
LOAD_WEIGHTS weightRow=12304 k=4 n=4
COMPUTE inputRow=48 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 49 of channel tile 13
LOAD_WEIGHTS weightRow=12308 k=4 n=4
COMPUTE inputRow=49 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 50 of channel tile 13
LOAD_WEIGHTS weightRow=12312 k=4 n=4
COMPUTE inputRow=50 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 51 of channel tile 13
LOAD_WEIGHTS weightRow=12316 k=4 n=4
COMPUTE inputRow=51 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 52 of channel tile 13
LOAD_WEIGHTS weightRow=12320 k=4 n=4
COMPUTE inputRow=52 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 53 of channel tile 13
LOAD_WEIGHTS weightRow=12324 k=4 n=4
COMPUTE inputRow=53 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 54 of channel tile 13
LOAD_WEIGHTS weightRow=12328 k=4 n=4
COMPUTE inputRow=54 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 55 of channel tile 13
LOAD_WEIGHTS weightRow=12332 k=4 n=4
COMPUTE inputRow=55 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 56 of channel tile 13
LOAD_WEIGHTS weightRow=12336 k=4 n=4
COMPUTE inputRow=56 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 57 of channel tile 13
LOAD_WEIGHTS weightRow=12340 k=4 n=4
COMPUTE inputRow=57 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 58 of channel tile 13
LOAD_WEIGHTS weightRow=12344 k=4 n=4
COMPUTE inputRow=58 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 59 of channel tile 13
LOAD_WEIGHTS weightRow=12348 k=4 n=4
COMPUTE inputRow=59 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 60 of channel tile 13
LOAD_WEIGHTS weightRow=12352 k=4 n=4
COMPUTE inputRow=60 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 61 of channel tile 13
LOAD_WEIGHTS weightRow=12356 k=4 n=4
COMPUTE inputRow=61 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 62 of channel tile 13
LOAD_WEIGHTS weightRow=12360 k=4 n=4
COMPUTE inputRow=62 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 63 of channel tile 13
LOAD_WEIGHTS weightRow=12364 k=4 n=4
COMPUTE inputRow=63 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 64 of channel tile 13
LOAD_WEIGHTS weightRow=12368 k=4 n=4
COMPUTE inputRow=64 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 65 of channel tile 13
LOAD_WEIGHTS weightRow=12372 k=4 n=4
COMPUTE inputRow=65 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 66 of channel tile 13
LOAD_WEIGHTS weightRow=12376 k=4 n=4
COMPUTE inputRow=66 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 67 of channel tile 13
LOAD_WEIGHTS weightRow=12380 k=4 n=4
COMPUTE inputRow=67 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 68 of channel tile 13
LOAD_WEIGHTS weightRow=12384 k=4 n=4
COMPUTE inputRow=68 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 69 of channel tile 13
LOAD_WEIGHTS weightRow=12388 k=4 n=4
COMPUTE inputRow=69 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 70 of channel tile 13
LOAD_WEIGHTS weightRow=12392 k=4 n=4
COMPUTE inputRow=70 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 71 of channel tile 13
LOAD_WEIGHTS weightRow=12396 k=4 n=4
COMPUTE inputRow=71 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 72 of channel tile 13
LOAD_WEIGHTS weightRow=12400 k=4 n=4
COMPUTE inputRow=72 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 73 of channel tile 13
LOAD_WEIGHTS weightRow=12404 k=4 n=4
COMPUTE inputRow=73 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 74 of channel tile 13
LOAD_WEIGHTS weightRow=12408 k=4 n=4
COMPUTE inputRow=74 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 75 of channel tile 13
LOAD_WEIGHTS weightRow=12412 k=4 n=4
COMPUTE inputRow=75 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 76 of channel tile 13
LOAD_WEIGHTS weightRow=12416 k=4 n=4
COMPUTE inputRow=76 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 77 of channel tile 13
LOAD_WEIGHTS weightRow=12420 k=4 n=4
COMPUTE inputRow=77 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 78 of channel tile 13
LOAD_WEIGHTS weightRow=12424 k=4 n=4
COMPUTE inputRow=78 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 79 of channel tile 13
LOAD_WEIGHTS weightRow=12428 k=4 n=4
COMPUTE inputRow=79 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 80 of channel tile 13
LOAD_WEIGHTS weightRow=12432 k=4 n=4
COMPUTE inputRow=80 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 81 of channel tile 13
LOAD_WEIGHTS weightRow=12436 k=4 n=4
COMPUTE inputRow=81 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 82 of channel tile 13
LOAD_WEIGHTS weightRow=12440 k=4 n=4
COMPUTE inputRow=82 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 83 of channel tile 13
LOAD_WEIGHTS weightRow=12444 k=4 n=4
COMPUTE inputRow=83 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 84 of channel tile 13
LOAD_WEIGHTS weightRow=12448 k=4 n=4
COMPUTE inputRow=84 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 85 of channel tile 13
LOAD_WEIGHTS weightRow=12452 k=4 n=4
COMPUTE inputRow=85 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 86 of channel tile 13
LOAD_WEIGHTS weightRow=12456 k=4 n=4
COMPUTE inputRow=86 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 87 of channel tile 13
LOAD_WEIGHTS weightRow=12460 k=4 n=4
COMPUTE inputRow=87 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 88 of channel tile 13
LOAD_WEIGHTS weightRow=12464 k=4 n=4
COMPUTE inputRow=88 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 89 of channel tile 13
LOAD_WEIGHTS weightRow=12468 k=4 n=4
COMPUTE inputRow=89 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 90 of channel tile 13
LOAD_WEIGHTS weightRow=12472 k=4 n=4
COMPUTE inputRow=90 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 91 of channel tile 13
LOAD_WEIGHTS weightRow=12476 k=4 n=4
COMPUTE inputRow=91 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 92 of channel tile 13
LOAD_WEIGHTS weightRow=12480 k=4 n=4
COMPUTE inputRow=92 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 93 of channel tile 13
LOAD_WEIGHTS weightRow=12484 k=4 n=4
COMPUTE inputRow=93 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 94 of channel tile 13
LOAD_WEIGHTS weightRow=12488 k=4 n=4
COMPUTE inputRow=94 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 95 of channel tile 13
LOAD_WEIGHTS weightRow=12492 k=4 n=4
COMPUTE inputRow=95 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 96 of channel tile 13
LOAD_WEIGHTS weightRow=12496 k=4 n=4
COMPUTE inputRow=96 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 97 of channel tile 13
LOAD_WEIGHTS weightRow=12500 k=4 n=4
COMPUTE inputRow=97 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 98 of channel tile 13
LOAD_WEIGHTS weightRow=12504 k=4 n=4
COMPUTE inputRow=98 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 99 of channel tile 13
LOAD_WEIGHTS weightRow=12508 k=4 n=4
COMPUTE inputRow=99 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 100 of channel tile 13
LOAD_WEIGHTS weightRow=12512 k=4 n=4
COMPUTE inputRow=100 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 101 of channel tile 13
LOAD_WEIGHTS weightRow=12516 k=4 n=4
COMPUTE inputRow=101 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 102 of channel tile 13
LOAD_WEIGHTS weightRow=12520 k=4 n=4
COMPUTE inputRow=102 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 103 of channel tile 13
LOAD_WEIGHTS weightRow=12524 k=4 n=4
COMPUTE inputRow=103 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 104 of channel tile 13
LOAD_WEIGHTS weightRow=12528 k=4 n=4
COMPUTE inputRow=104 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 105 of channel tile 13
LOAD_WEIGHTS weightRow=12532 k=4 n=4
COMPUTE inputRow=105 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 106 of channel tile 13
LOAD_WEIGHTS weightRow=12536 k=4 n=4
COMPUTE inputRow=106 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 107 of channel tile 13
LOAD_WEIGHTS weightRow=12540 k=4 n=4
COMPUTE inputRow=107 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 108 of channel tile 13
LOAD_WEIGHTS weightRow=12544 k=4 n=4
COMPUTE inputRow=108 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 109 of channel tile 13
LOAD_WEIGHTS weightRow=12548 k=4 n=4
COMPUTE inputRow=109 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 110 of channel tile 13
LOAD_WEIGHTS weightRow=12552 k=4 n=4
COMPUTE inputRow=110 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 111 of channel tile 13
LOAD_WEIGHTS weightRow=12556 k=4 n=4
COMPUTE inputRow=111 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 112 of channel tile 13
LOAD_WEIGHTS weightRow=12560 k=4 n=4
COMPUTE inputRow=112 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 113 of channel tile 13
LOAD_WEIGHTS weightRow=12564 k=4 n=4
COMPUTE inputRow=113 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 114 of channel tile 13
LOAD_WEIGHTS weightRow=12568 k=4 n=4
COMPUTE inputRow=114 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 115 of channel tile 13
LOAD_WEIGHTS weightRow=12572 k=4 n=4
COMPUTE inputRow=115 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 116 of channel tile 13
LOAD_WEIGHTS weightRow=12576 k=4 n=4
COMPUTE inputRow=116 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 117 of channel tile 13
LOAD_WEIGHTS weightRow=12580 k=4 n=4
COMPUTE inputRow=117 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 118 of channel tile 13
LOAD_WEIGHTS weightRow=12584 k=4 n=4
COMPUTE inputRow=118 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 119 of channel tile 13
LOAD_WEIGHTS weightRow=12588 k=4 n=4
COMPUTE inputRow=119 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 120 of channel tile 13
LOAD_WEIGHTS weightRow=12592 k=4 n=4
COMPUTE inputRow=120 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 121 of channel tile 13
LOAD_WEIGHTS weightRow=12596 k=4 n=4
COMPUTE inputRow=121 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 122 of channel tile 13
LOAD_WEIGHTS weightRow=12600 k=4 n=4
COMPUTE inputRow=122 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 123 of channel tile 13
LOAD_WEIGHTS weightRow=12604 k=4 n=4
COMPUTE inputRow=123 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 124 of channel tile 13
LOAD_WEIGHTS weightRow=12608 k=4 n=4
COMPUTE inputRow=124 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 125 of channel tile 13
LOAD_WEIGHTS weightRow=12612 k=4 n=4
COMPUTE inputRow=125 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 126 of channel tile 13
LOAD_WEIGHTS weightRow=12616 k=4 n=4
COMPUTE inputRow=126 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 127 of channel tile 13
LOAD_WEIGHTS weightRow=12620 k=4 n=4
COMPUTE inputRow=127 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 128 of channel tile 13
LOAD_WEIGHTS weightRow=12624 k=4 n=4
COMPUTE inputRow=128 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 129 of channel tile 13
LOAD_WEIGHTS weightRow=12628 k=4 n=4
COMPUTE inputRow=129 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 130 of channel tile 13
LOAD_WEIGHTS weightRow=12632 k=4 n=4
COMPUTE inputRow=130 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 131 of channel tile 13
LOAD_WEIGHTS weightRow=12636 k=4 n=4
COMPUTE inputRow=131 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 132 of channel tile 13
LOAD_WEIGHTS weightRow=12640 k=4 n=4
COMPUTE inputRow=132 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 133 of channel tile 13
LOAD_WEIGHTS weightRow=12644 k=4 n=4
COMPUTE inputRow=133 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 134 of channel tile 13
LOAD_WEIGHTS weightRow=12648 k=4 n=4
COMPUTE inputRow=134 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 135 of channel tile 13
LOAD_WEIGHTS weightRow=12652 k=4 n=4
COMPUTE inputRow=135 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 136 of channel tile 13
LOAD_WEIGHTS weightRow=12656 k=4 n=4
COMPUTE inputRow=136 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 137 of channel tile 13
LOAD_WEIGHTS weightRow=12660 k=4 n=4
COMPUTE inputRow=137 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 138 of channel tile 13
LOAD_WEIGHTS weightRow=12664 k=4 n=4
COMPUTE inputRow=138 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 139 of channel tile 13
LOAD_WEIGHTS weightRow=12668 k=4 n=4
COMPUTE inputRow=139 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 140 of channel tile 13
LOAD_WEIGHTS weightRow=12672 k=4 n=4
COMPUTE inputRow=140 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 141 of channel tile 13
LOAD_WEIGHTS weightRow=12676 k=4 n=4
COMPUTE inputRow=141 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 142 of channel tile 13
LOAD_WEIGHTS weightRow=12680 k=4 n=4
COMPUTE inputRow=142 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 143 of channel tile 13
LOAD_WEIGHTS weightRow=12684 k=4 n=4
COMPUTE inputRow=143 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 144 of channel tile 13
LOAD_WEIGHTS weightRow=12688 k=4 n=4
COMPUTE inputRow=144 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 145 of channel tile 13
LOAD_WEIGHTS weightRow=12692 k=4 n=4
COMPUTE inputRow=145 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 146 of channel tile 13
LOAD_WEIGHTS weightRow=12696 k=4 n=4
COMPUTE inputRow=146 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 147 of channel tile 13
LOAD_WEIGHTS weightRow=12700 k=4 n=4
COMPUTE inputRow=147 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 148 of channel tile 13
LOAD_WEIGHTS weightRow=12704 k=4 n=4
COMPUTE inputRow=148 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 149 of channel tile 13
LOAD_WEIGHTS weightRow=12708 k=4 n=4
COMPUTE inputRow=149 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 150 of channel tile 13
LOAD_WEIGHTS weightRow=12712 k=4 n=4
COMPUTE inputRow=150 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 151 of channel tile 13
LOAD_WEIGHTS weightRow=12716 k=4 n=4
COMPUTE inputRow=151 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 152 of channel tile 13
LOAD_WEIGHTS weightRow=12720 k=4 n=4
COMPUTE inputRow=152 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 153 of channel tile 13
LOAD_WEIGHTS weightRow=12724 k=4 n=4
COMPUTE inputRow=153 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 154 of channel tile 13
LOAD_WEIGHTS weightRow=12728 k=4 n=4
COMPUTE inputRow=154 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 155 of channel tile 13
LOAD_WEIGHTS weightRow=12732 k=4 n=4
COMPUTE inputRow=155 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 156 of channel tile 13
LOAD_WEIGHTS weightRow=12736 k=4 n=4
COMPUTE inputRow=156 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 157 of channel tile 13
LOAD_WEIGHTS weightRow=12740 k=4 n=4
COMPUTE inputRow=157 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 158 of channel tile 13
LOAD_WEIGHTS weightRow=12744 k=4 n=4
COMPUTE inputRow=158 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 159 of channel tile 13
LOAD_WEIGHTS weightRow=12748 k=4 n=4
COMPUTE inputRow=159 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 160 of channel tile 13
LOAD_WEIGHTS weightRow=12752 k=4 n=4
COMPUTE inputRow=160 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 161 of channel tile 13
LOAD_WEIGHTS weightRow=12756 k=4 n=4
COMPUTE inputRow=161 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 162 of channel tile 13
LOAD_WEIGHTS weightRow=12760 k=4 n=4
COMPUTE inputRow=162 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 163 of channel tile 13
LOAD_WEIGHTS weightRow=12764 k=4 n=4
COMPUTE inputRow=163 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 164 of channel tile 13
LOAD_WEIGHTS weightRow=12768 k=4 n=4
COMPUTE inputRow=164 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 165 of channel tile 13
LOAD_WEIGHTS weightRow=12772 k=4 n=4
COMPUTE inputRow=165 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 166 of channel tile 13
LOAD_WEIGHTS weightRow=12776 k=4 n=4
COMPUTE inputRow=166 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 167 of channel tile 13
LOAD_WEIGHTS weightRow=12780 k=4 n=4
COMPUTE inputRow=167 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 168 of channel tile 13
LOAD_WEIGHTS weightRow=12784 k=4 n=4
COMPUTE inputRow=168 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 169 of channel tile 13
LOAD_WEIGHTS weightRow=12788 k=4 n=4
COMPUTE inputRow=169 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 170 of channel tile 13
LOAD_WEIGHTS weightRow=12792 k=4 n=4
COMPUTE inputRow=170 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 171 of channel tile 13
LOAD_WEIGHTS weightRow=12796 k=4 n=4
COMPUTE inputRow=171 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 172 of channel tile 13
LOAD_WEIGHTS weightRow=12800 k=4 n=4
COMPUTE inputRow=172 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 173 of channel tile 13
LOAD_WEIGHTS weightRow=12804 k=4 n=4
COMPUTE inputRow=173 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 174 of channel tile 13
LOAD_WEIGHTS weightRow=12808 k=4 n=4
COMPUTE inputRow=174 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 175 of channel tile 13
LOAD_WEIGHTS weightRow=12812 k=4 n=4
COMPUTE inputRow=175 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 176 of channel tile 13
LOAD_WEIGHTS weightRow=12816 k=4 n=4
COMPUTE inputRow=176 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 177 of channel tile 13
LOAD_WEIGHTS weightRow=12820 k=4 n=4
COMPUTE inputRow=177 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 178 of channel tile 13
LOAD_WEIGHTS weightRow=12824 k=4 n=4
COMPUTE inputRow=178 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 179 of channel tile 13
LOAD_WEIGHTS weightRow=12828 k=4 n=4
COMPUTE inputRow=179 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 180 of channel tile 13
LOAD_WEIGHTS weightRow=12832 k=4 n=4
COMPUTE inputRow=180 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 181 of channel tile 13
LOAD_WEIGHTS weightRow=12836 k=4 n=4
COMPUTE inputRow=181 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 182 of channel tile 13
LOAD_WEIGHTS weightRow=12840 k=4 n=4
COMPUTE inputRow=182 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 183 of channel tile 13
LOAD_WEIGHTS weightRow=12844 k=4 n=4
COMPUTE inputRow=183 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 184 of channel tile 13
LOAD_WEIGHTS weightRow=12848 k=4 n=4
COMPUTE inputRow=184 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 185 of channel tile 13
LOAD_WEIGHTS weightRow=12852 k=4 n=4
COMPUTE inputRow=185 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 186 of channel tile 13
LOAD_WEIGHTS weightRow=12856 k=4 n=4
COMPUTE inputRow=186 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 187 of channel tile 13
LOAD_WEIGHTS weightRow=12860 k=4 n=4
COMPUTE inputRow=187 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 188 of channel tile 13
LOAD_WEIGHTS weightRow=12864 k=4 n=4
COMPUTE inputRow=188 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 189 of channel tile 13
LOAD_WEIGHTS weightRow=12868 k=4 n=4
COMPUTE inputRow=189 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 190 of channel tile 13
LOAD_WEIGHTS weightRow=12872 k=4 n=4
COMPUTE inputRow=190 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 191 of channel tile 13
LOAD_WEIGHTS weightRow=12876 k=4 n=4
COMPUTE inputRow=191 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 192 of channel tile 13
LOAD_WEIGHTS weightRow=12880 k=4 n=4
COMPUTE inputRow=192 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 193 of channel tile 13
LOAD_WEIGHTS weightRow=12884 k=4 n=4
COMPUTE inputRow=193 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 194 of channel tile 13
LOAD_WEIGHTS weightRow=12888 k=4 n=4
COMPUTE inputRow=194 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 195 of channel tile 13
LOAD_WEIGHTS weightRow=12892 k=4 n=4
COMPUTE inputRow=195 inputRowStride=196 weightRow=0 accRow=2053 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 14
LOAD_WEIGHTS weightRow=12896 k=4 n=4
COMPUTE inputRow=0 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 14
LOAD_WEIGHTS weightRow=12900 k=4 n=4
COMPUTE inputRow=1 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 14
LOAD_WEIGHTS weightRow=12904 k=4 n=4
COMPUTE inputRow=2 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 14
LOAD_WEIGHTS weightRow=12908 k=4 n=4
COMPUTE inputRow=3 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 14
LOAD_WEIGHTS weightRow=12912 k=4 n=4
COMPUTE inputRow=4 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 14
LOAD_WEIGHTS weightRow=12916 k=4 n=4
COMPUTE inputRow=5 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 14
LOAD_WEIGHTS weightRow=12920 k=4 n=4
COMPUTE inputRow=6 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 14
LOAD_WEIGHTS weightRow=12924 k=4 n=4
COMPUTE inputRow=7 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 14
LOAD_WEIGHTS weightRow=12928 k=4 n=4
COMPUTE inputRow=8 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 14
LOAD_WEIGHTS weightRow=12932 k=4 n=4
COMPUTE inputRow=9 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 14
LOAD_WEIGHTS weightRow=12936 k=4 n=4
COMPUTE inputRow=10 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 14
LOAD_WEIGHTS weightRow=12940 k=4 n=4
COMPUTE inputRow=11 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 14
LOAD_WEIGHTS weightRow=12944 k=4 n=4
COMPUTE inputRow=12 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 14
LOAD_WEIGHTS weightRow=12948 k=4 n=4
COMPUTE inputRow=13 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 14
LOAD_WEIGHTS weightRow=12952 k=4 n=4
COMPUTE inputRow=14 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 14
LOAD_WEIGHTS weightRow=12956 k=4 n=4
COMPUTE inputRow=15 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 14
LOAD_WEIGHTS weightRow=12960 k=4 n=4
COMPUTE inputRow=16 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 14
LOAD_WEIGHTS weightRow=12964 k=4 n=4
COMPUTE inputRow=17 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 18 of channel tile 14
LOAD_WEIGHTS weightRow=12968 k=4 n=4
COMPUTE inputRow=18 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 19 of channel tile 14
LOAD_WEIGHTS weightRow=12972 k=4 n=4
COMPUTE inputRow=19 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 20 of channel tile 14
LOAD_WEIGHTS weightRow=12976 k=4 n=4
COMPUTE inputRow=20 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 21 of channel tile 14
LOAD_WEIGHTS weightRow=12980 k=4 n=4
COMPUTE inputRow=21 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 22 of channel tile 14
LOAD_WEIGHTS weightRow=12984 k=4 n=4
COMPUTE inputRow=22 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 23 of channel tile 14
LOAD_WEIGHTS weightRow=12988 k=4 n=4
COMPUTE inputRow=23 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 24 of channel tile 14
LOAD_WEIGHTS weightRow=12992 k=4 n=4
COMPUTE inputRow=24 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 25 of channel tile 14
LOAD_WEIGHTS weightRow=12996 k=4 n=4
COMPUTE inputRow=25 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 26 of channel tile 14
LOAD_WEIGHTS weightRow=13000 k=4 n=4
COMPUTE inputRow=26 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 27 of channel tile 14
LOAD_WEIGHTS weightRow=13004 k=4 n=4
COMPUTE inputRow=27 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 28 of channel tile 14
LOAD_WEIGHTS weightRow=13008 k=4 n=4
COMPUTE inputRow=28 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 29 of channel tile 14
LOAD_WEIGHTS weightRow=13012 k=4 n=4
COMPUTE inputRow=29 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 30 of channel tile 14
LOAD_WEIGHTS weightRow=13016 k=4 n=4
COMPUTE inputRow=30 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 31 of channel tile 14
LOAD_WEIGHTS weightRow=13020 k=4 n=4
COMPUTE inputRow=31 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 32 of channel tile 14
LOAD_WEIGHTS weightRow=13024 k=4 n=4
COMPUTE inputRow=32 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 33 of channel tile 14
LOAD_WEIGHTS weightRow=13028 k=4 n=4
COMPUTE inputRow=33 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 34 of channel tile 14
LOAD_WEIGHTS weightRow=13032 k=4 n=4
COMPUTE inputRow=34 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 35 of channel tile 14
LOAD_WEIGHTS weightRow=13036 k=4 n=4
COMPUTE inputRow=35 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 36 of channel tile 14
LOAD_WEIGHTS weightRow=13040 k=4 n=4
COMPUTE inputRow=36 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 37 of channel tile 14
LOAD_WEIGHTS weightRow=13044 k=4 n=4
COMPUTE inputRow=37 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 38 of channel tile 14
LOAD_WEIGHTS weightRow=13048 k=4 n=4
COMPUTE inputRow=38 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 39 of channel tile 14
LOAD_WEIGHTS weightRow=13052 k=4 n=4
COMPUTE inputRow=39 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 40 of channel tile 14
LOAD_WEIGHTS weightRow=13056 k=4 n=4
COMPUTE inputRow=40 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 41 of channel tile 14
LOAD_WEIGHTS weightRow=13060 k=4 n=4
COMPUTE inputRow=41 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 42 of channel tile 14
LOAD_WEIGHTS weightRow=13064 k=4 n=4
COMPUTE inputRow=42 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 43 of channel tile 14
LOAD_WEIGHTS weightRow=13068 k=4 n=4
COMPUTE inputRow=43 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 44 of channel tile 14
LOAD_WEIGHTS weightRow=13072 k=4 n=4
COMPUTE inputRow=44 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 45 of channel tile 14
LOAD_WEIGHTS weightRow=13076 k=4 n=4
COMPUTE inputRow=45 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 46 of channel tile 14
LOAD_WEIGHTS weightRow=13080 k=4 n=4
COMPUTE inputRow=46 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 47 of channel tile 14
LOAD_WEIGHTS weightRow=13084 k=4 n=4
COMPUTE inputRow=47 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 48 of channel tile 14
LOAD_WEIGHTS weightRow=13088 k=4 n=4
COMPUTE inputRow=48 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 49 of channel tile 14
LOAD_WEIGHTS weightRow=13092 k=4 n=4
COMPUTE inputRow=49 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 50 of channel tile 14
LOAD_WEIGHTS weightRow=13096 k=4 n=4
COMPUTE inputRow=50 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 51 of channel tile 14
LOAD_WEIGHTS weightRow=13100 k=4 n=4
COMPUTE inputRow=51 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 52 of channel tile 14
LOAD_WEIGHTS weightRow=13104 k=4 n=4
COMPUTE inputRow=52 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 53 of channel tile 14
LOAD_WEIGHTS weightRow=13108 k=4 n=4
COMPUTE inputRow=53 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 54 of channel tile 14
LOAD_WEIGHTS weightRow=13112 k=4 n=4
COMPUTE inputRow=54 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 55 of channel tile 14
LOAD_WEIGHTS weightRow=13116 k=4 n=4
COMPUTE inputRow=55 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 56 of channel tile 14
LOAD_WEIGHTS weightRow=13120 k=4 n=4
COMPUTE inputRow=56 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 57 of channel tile 14
LOAD_WEIGHTS weightRow=13124 k=4 n=4
COMPUTE inputRow=57 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 58 of channel tile 14
LOAD_WEIGHTS weightRow=13128 k=4 n=4
COMPUTE inputRow=58 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 59 of channel tile 14
LOAD_WEIGHTS weightRow=13132 k=4 n=4
COMPUTE inputRow=59 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 60 of channel tile 14
LOAD_WEIGHTS weightRow=13136 k=4 n=4
COMPUTE inputRow=60 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 61 of channel tile 14
LOAD_WEIGHTS weightRow=13140 k=4 n=4
COMPUTE inputRow=61 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 62 of channel tile 14
LOAD_WEIGHTS weightRow=13144 k=4 n=4
COMPUTE inputRow=62 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 63 of channel tile 14
LOAD_WEIGHTS weightRow=13148 k=4 n=4
COMPUTE inputRow=63 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 64 of channel tile 14
LOAD_WEIGHTS weightRow=13152 k=4 n=4
COMPUTE inputRow=64 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 65 of channel tile 14
LOAD_WEIGHTS weightRow=13156 k=4 n=4
COMPUTE inputRow=65 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 66 of channel tile 14
LOAD_WEIGHTS weightRow=13160 k=4 n=4
COMPUTE inputRow=66 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 67 of channel tile 14
LOAD_WEIGHTS weightRow=13164 k=4 n=4
COMPUTE inputRow=67 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 68 of channel tile 14
LOAD_WEIGHTS weightRow=13168 k=4 n=4
COMPUTE inputRow=68 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 69 of channel tile 14
LOAD_WEIGHTS weightRow=13172 k=4 n=4
COMPUTE inputRow=69 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 70 of channel tile 14
LOAD_WEIGHTS weightRow=13176 k=4 n=4
COMPUTE inputRow=70 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 71 of channel tile 14
LOAD_WEIGHTS weightRow=13180 k=4 n=4
COMPUTE inputRow=71 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 72 of channel tile 14
LOAD_WEIGHTS weightRow=13184 k=4 n=4
COMPUTE inputRow=72 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 73 of channel tile 14
LOAD_WEIGHTS weightRow=13188 k=4 n=4
COMPUTE inputRow=73 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 74 of channel tile 14
LOAD_WEIGHTS weightRow=13192 k=4 n=4
COMPUTE inputRow=74 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 75 of channel tile 14
LOAD_WEIGHTS weightRow=13196 k=4 n=4
COMPUTE inputRow=75 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 76 of channel tile 14
LOAD_WEIGHTS weightRow=13200 k=4 n=4
COMPUTE inputRow=76 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 77 of channel tile 14
LOAD_WEIGHTS weightRow=13204 k=4 n=4
COMPUTE inputRow=77 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 78 of channel tile 14
LOAD_WEIGHTS weightRow=13208 k=4 n=4
COMPUTE inputRow=78 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 79 of channel tile 14
LOAD_WEIGHTS weightRow=13212 k=4 n=4
COMPUTE inputRow=79 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 80 of channel tile 14
LOAD_WEIGHTS weightRow=13216 k=4 n=4
COMPUTE inputRow=80 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 81 of channel tile 14
LOAD_WEIGHTS weightRow=13220 k=4 n=4
COMPUTE inputRow=81 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 82 of channel tile 14
LOAD_WEIGHTS weightRow=13224 k=4 n=4
COMPUTE inputRow=82 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 83 of channel tile 14
LOAD_WEIGHTS weightRow=13228 k=4 n=4
COMPUTE inputRow=83 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 84 of channel tile 14
LOAD_WEIGHTS weightRow=13232 k=4 n=4
COMPUTE inputRow=84 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 85 of channel tile 14
LOAD_WEIGHTS weightRow=13236 k=4 n=4
COMPUTE inputRow=85 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 86 of channel tile 14
LOAD_WEIGHTS weightRow=13240 k=4 n=4
COMPUTE inputRow=86 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 87 of channel tile 14
LOAD_WEIGHTS weightRow=13244 k=4 n=4
COMPUTE inputRow=87 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 88 of channel tile 14
LOAD_WEIGHTS weightRow=13248 k=4 n=4
COMPUTE inputRow=88 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 89 of channel tile 14
LOAD_WEIGHTS weightRow=13252 k=4 n=4
COMPUTE inputRow=89 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 90 of channel tile 14
LOAD_WEIGHTS weightRow=13256 k=4 n=4
COMPUTE inputRow=90 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 91 of channel tile 14
LOAD_WEIGHTS weightRow=13260 k=4 n=4
COMPUTE inputRow=91 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 92 of channel tile 14
LOAD_WEIGHTS weightRow=13264 k=4 n=4
COMPUTE inputRow=92 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 93 of channel tile 14
LOAD_WEIGHTS weightRow=13268 k=4 n=4
COMPUTE inputRow=93 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 94 of channel tile 14
LOAD_WEIGHTS weightRow=13272 k=4 n=4
COMPUTE inputRow=94 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 95 of channel tile 14
LOAD_WEIGHTS weightRow=13276 k=4 n=4
COMPUTE inputRow=95 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 96 of channel tile 14
LOAD_WEIGHTS weightRow=13280 k=4 n=4
COMPUTE inputRow=96 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 97 of channel tile 14
LOAD_WEIGHTS weightRow=13284 k=4 n=4
COMPUTE inputRow=97 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 98 of channel tile 14
LOAD_WEIGHTS weightRow=13288 k=4 n=4
COMPUTE inputRow=98 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 99 of channel tile 14
LOAD_WEIGHTS weightRow=13292 k=4 n=4
COMPUTE inputRow=99 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 100 of channel tile 14
LOAD_WEIGHTS weightRow=13296 k=4 n=4
COMPUTE inputRow=100 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 101 of channel tile 14
LOAD_WEIGHTS weightRow=13300 k=4 n=4
COMPUTE inputRow=101 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 102 of channel tile 14
LOAD_WEIGHTS weightRow=13304 k=4 n=4
COMPUTE inputRow=102 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 103 of channel tile 14
LOAD_WEIGHTS weightRow=13308 k=4 n=4
COMPUTE inputRow=103 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 104 of channel tile 14
LOAD_WEIGHTS weightRow=13312 k=4 n=4
COMPUTE inputRow=104 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 105 of channel tile 14
LOAD_WEIGHTS weightRow=13316 k=4 n=4
COMPUTE inputRow=105 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 106 of channel tile 14
LOAD_WEIGHTS weightRow=13320 k=4 n=4
COMPUTE inputRow=106 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 107 of channel tile 14
LOAD_WEIGHTS weightRow=13324 k=4 n=4
COMPUTE inputRow=107 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 108 of channel tile 14
LOAD_WEIGHTS weightRow=13328 k=4 n=4
COMPUTE inputRow=108 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 109 of channel tile 14
LOAD_WEIGHTS weightRow=13332 k=4 n=4
COMPUTE inputRow=109 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 110 of channel tile 14
LOAD_WEIGHTS weightRow=13336 k=4 n=4
COMPUTE inputRow=110 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 111 of channel tile 14
LOAD_WEIGHTS weightRow=13340 k=4 n=4
COMPUTE inputRow=111 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 112 of channel tile 14
LOAD_WEIGHTS weightRow=13344 k=4 n=4
COMPUTE inputRow=112 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 113 of channel tile 14
LOAD_WEIGHTS weightRow=13348 k=4 n=4
COMPUTE inputRow=113 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 114 of channel tile 14
LOAD_WEIGHTS weightRow=13352 k=4 n=4
COMPUTE inputRow=114 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 115 of channel tile 14
LOAD_WEIGHTS weightRow=13356 k=4 n=4
COMPUTE inputRow=115 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 116 of channel tile 14
LOAD_WEIGHTS weightRow=13360 k=4 n=4
COMPUTE inputRow=116 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 117 of channel tile 14
LOAD_WEIGHTS weightRow=13364 k=4 n=4
COMPUTE inputRow=117 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 118 of channel tile 14
LOAD_WEIGHTS weightRow=13368 k=4 n=4
COMPUTE inputRow=118 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 119 of channel tile 14
LOAD_WEIGHTS weightRow=13372 k=4 n=4
COMPUTE inputRow=119 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 120 of channel tile 14
LOAD_WEIGHTS weightRow=13376 k=4 n=4
COMPUTE inputRow=120 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 121 of channel tile 14
LOAD_WEIGHTS weightRow=13380 k=4 n=4
COMPUTE inputRow=121 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 122 of channel tile 14
LOAD_WEIGHTS weightRow=13384 k=4 n=4
COMPUTE inputRow=122 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 123 of channel tile 14
LOAD_WEIGHTS weightRow=13388 k=4 n=4
COMPUTE inputRow=123 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 124 of channel tile 14
LOAD_WEIGHTS weightRow=13392 k=4 n=4
COMPUTE inputRow=124 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 125 of channel tile 14
LOAD_WEIGHTS weightRow=13396 k=4 n=4
COMPUTE inputRow=125 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 126 of channel tile 14
LOAD_WEIGHTS weightRow=13400 k=4 n=4
COMPUTE inputRow=126 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 127 of channel tile 14
LOAD_WEIGHTS weightRow=13404 k=4 n=4
COMPUTE inputRow=127 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 128 of channel tile 14
LOAD_WEIGHTS weightRow=13408 k=4 n=4
COMPUTE inputRow=128 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 129 of channel tile 14
LOAD_WEIGHTS weightRow=13412 k=4 n=4
COMPUTE inputRow=129 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 130 of channel tile 14
LOAD_WEIGHTS weightRow=13416 k=4 n=4
COMPUTE inputRow=130 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 131 of channel tile 14
LOAD_WEIGHTS weightRow=13420 k=4 n=4
COMPUTE inputRow=131 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 132 of channel tile 14
LOAD_WEIGHTS weightRow=13424 k=4 n=4
COMPUTE inputRow=132 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 133 of channel tile 14
LOAD_WEIGHTS weightRow=13428 k=4 n=4
COMPUTE inputRow=133 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 134 of channel tile 14
LOAD_WEIGHTS weightRow=13432 k=4 n=4
COMPUTE inputRow=134 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 135 of channel tile 14
LOAD_WEIGHTS weightRow=13436 k=4 n=4
COMPUTE inputRow=135 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 136 of channel tile 14
LOAD_WEIGHTS weightRow=13440 k=4 n=4
COMPUTE inputRow=136 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 137 of channel tile 14
LOAD_WEIGHTS weightRow=13444 k=4 n=4
COMPUTE inputRow=137 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 138 of channel tile 14
LOAD_WEIGHTS weightRow=13448 k=4 n=4
COMPUTE inputRow=138 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 139 of channel tile 14
LOAD_WEIGHTS weightRow=13452 k=4 n=4
COMPUTE inputRow=139 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 140 of channel tile 14
LOAD_WEIGHTS weightRow=13456 k=4 n=4
COMPUTE inputRow=140 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 141 of channel tile 14
LOAD_WEIGHTS weightRow=13460 k=4 n=4
COMPUTE inputRow=141 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 142 of channel tile 14
LOAD_WEIGHTS weightRow=13464 k=4 n=4
COMPUTE inputRow=142 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 143 of channel tile 14
LOAD_WEIGHTS weightRow=13468 k=4 n=4
COMPUTE inputRow=143 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 144 of channel tile 14
LOAD_WEIGHTS weightRow=13472 k=4 n=4
COMPUTE inputRow=144 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 145 of channel tile 14
LOAD_WEIGHTS weightRow=13476 k=4 n=4
COMPUTE inputRow=145 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 146 of channel tile 14
LOAD_WEIGHTS weightRow=13480 k=4 n=4
COMPUTE inputRow=146 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 147 of channel tile 14
LOAD_WEIGHTS weightRow=13484 k=4 n=4
COMPUTE inputRow=147 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 148 of channel tile 14
LOAD_WEIGHTS weightRow=13488 k=4 n=4
COMPUTE inputRow=148 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 149 of channel tile 14
LOAD_WEIGHTS weightRow=13492 k=4 n=4
COMPUTE inputRow=149 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 150 of channel tile 14
LOAD_WEIGHTS weightRow=13496 k=4 n=4
COMPUTE inputRow=150 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 151 of channel tile 14
LOAD_WEIGHTS weightRow=13500 k=4 n=4
COMPUTE inputRow=151 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 152 of channel tile 14
LOAD_WEIGHTS weightRow=13504 k=4 n=4
COMPUTE inputRow=152 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 153 of channel tile 14
LOAD_WEIGHTS weightRow=13508 k=4 n=4
COMPUTE inputRow=153 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 154 of channel tile 14
LOAD_WEIGHTS weightRow=13512 k=4 n=4
COMPUTE inputRow=154 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 155 of channel tile 14
LOAD_WEIGHTS weightRow=13516 k=4 n=4
COMPUTE inputRow=155 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 156 of channel tile 14
LOAD_WEIGHTS weightRow=13520 k=4 n=4
COMPUTE inputRow=156 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 157 of channel tile 14
LOAD_WEIGHTS weightRow=13524 k=4 n=4
COMPUTE inputRow=157 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 158 of channel tile 14
LOAD_WEIGHTS weightRow=13528 k=4 n=4
COMPUTE inputRow=158 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 159 of channel tile 14
LOAD_WEIGHTS weightRow=13532 k=4 n=4
COMPUTE inputRow=159 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 160 of channel tile 14
LOAD_WEIGHTS weightRow=13536 k=4 n=4
COMPUTE inputRow=160 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 161 of channel tile 14
LOAD_WEIGHTS weightRow=13540 k=4 n=4
COMPUTE inputRow=161 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 162 of channel tile 14
LOAD_WEIGHTS weightRow=13544 k=4 n=4
COMPUTE inputRow=162 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 163 of channel tile 14
LOAD_WEIGHTS weightRow=13548 k=4 n=4
COMPUTE inputRow=163 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 164 of channel tile 14
LOAD_WEIGHTS weightRow=13552 k=4 n=4
COMPUTE inputRow=164 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 165 of channel tile 14
LOAD_WEIGHTS weightRow=13556 k=4 n=4
COMPUTE inputRow=165 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 166 of channel tile 14
LOAD_WEIGHTS weightRow=13560 k=4 n=4
COMPUTE inputRow=166 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 167 of channel tile 14
LOAD_WEIGHTS weightRow=13564 k=4 n=4
COMPUTE inputRow=167 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 168 of channel tile 14
LOAD_WEIGHTS weightRow=13568 k=4 n=4
COMPUTE inputRow=168 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 169 of channel tile 14
LOAD_WEIGHTS weightRow=13572 k=4 n=4
COMPUTE inputRow=169 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 170 of channel tile 14
LOAD_WEIGHTS weightRow=13576 k=4 n=4
COMPUTE inputRow=170 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 171 of channel tile 14
LOAD_WEIGHTS weightRow=13580 k=4 n=4
COMPUTE inputRow=171 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 172 of channel tile 14
LOAD_WEIGHTS weightRow=13584 k=4 n=4
COMPUTE inputRow=172 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 173 of channel tile 14
LOAD_WEIGHTS weightRow=13588 k=4 n=4
COMPUTE inputRow=173 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 174 of channel tile 14
LOAD_WEIGHTS weightRow=13592 k=4 n=4
COMPUTE inputRow=174 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 175 of channel tile 14
LOAD_WEIGHTS weightRow=13596 k=4 n=4
COMPUTE inputRow=175 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 176 of channel tile 14
LOAD_WEIGHTS weightRow=13600 k=4 n=4
COMPUTE inputRow=176 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 177 of channel tile 14
LOAD_WEIGHTS weightRow=13604 k=4 n=4
COMPUTE inputRow=177 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 178 of channel tile 14
LOAD_WEIGHTS weightRow=13608 k=4 n=4
COMPUTE inputRow=178 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 179 of channel tile 14
LOAD_WEIGHTS weightRow=13612 k=4 n=4
COMPUTE inputRow=179 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 180 of channel tile 14
LOAD_WEIGHTS weightRow=13616 k=4 n=4
COMPUTE inputRow=180 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 181 of channel tile 14
LOAD_WEIGHTS weightRow=13620 k=4 n=4
COMPUTE inputRow=181 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 182 of channel tile 14
LOAD_WEIGHTS weightRow=13624 k=4 n=4
COMPUTE inputRow=182 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 183 of channel tile 14
LOAD_WEIGHTS weightRow=13628 k=4 n=4
COMPUTE inputRow=183 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 184 of channel tile 14
LOAD_WEIGHTS weightRow=13632 k=4 n=4
COMPUTE inputRow=184 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 185 of channel tile 14
LOAD_WEIGHTS weightRow=13636 k=4 n=4
COMPUTE inputRow=185 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 186 of channel tile 14
LOAD_WEIGHTS weightRow=13640 k=4 n=4
COMPUTE inputRow=186 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 187 of channel tile 14
LOAD_WEIGHTS weightRow=13644 k=4 n=4
COMPUTE inputRow=187 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 188 of channel tile 14
LOAD_WEIGHTS weightRow=13648 k=4 n=4
COMPUTE inputRow=188 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 189 of channel tile 14
LOAD_WEIGHTS weightRow=13652 k=4 n=4
COMPUTE inputRow=189 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 190 of channel tile 14
LOAD_WEIGHTS weightRow=13656 k=4 n=4
COMPUTE inputRow=190 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 191 of channel tile 14
LOAD_WEIGHTS weightRow=13660 k=4 n=4
COMPUTE inputRow=191 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 192 of channel tile 14
LOAD_WEIGHTS weightRow=13664 k=4 n=4
COMPUTE inputRow=192 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 193 of channel tile 14
LOAD_WEIGHTS weightRow=13668 k=4 n=4
COMPUTE inputRow=193 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 194 of channel tile 14
LOAD_WEIGHTS weightRow=13672 k=4 n=4
COMPUTE inputRow=194 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 195 of channel tile 14
LOAD_WEIGHTS weightRow=13676 k=4 n=4
COMPUTE inputRow=195 inputRowStride=196 weightRow=0 accRow=2054 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 15
LOAD_WEIGHTS weightRow=13680 k=4 n=4
COMPUTE inputRow=0 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 15
LOAD_WEIGHTS weightRow=13684 k=4 n=4
COMPUTE inputRow=1 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 15
LOAD_WEIGHTS weightRow=13688 k=4 n=4
COMPUTE inputRow=2 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 15
LOAD_WEIGHTS weightRow=13692 k=4 n=4
COMPUTE inputRow=3 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 15
LOAD_WEIGHTS weightRow=13696 k=4 n=4
COMPUTE inputRow=4 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 15
LOAD_WEIGHTS weightRow=13700 k=4 n=4
COMPUTE inputRow=5 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 15
LOAD_WEIGHTS weightRow=13704 k=4 n=4
COMPUTE inputRow=6 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 15
LOAD_WEIGHTS weightRow=13708 k=4 n=4
COMPUTE inputRow=7 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 15
LOAD_WEIGHTS weightRow=13712 k=4 n=4
COMPUTE inputRow=8 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 15
LOAD_WEIGHTS weightRow=13716 k=4 n=4
COMPUTE inputRow=9 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 15
LOAD_WEIGHTS weightRow=13720 k=4 n=4
COMPUTE inputRow=10 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 15
LOAD_WEIGHTS weightRow=13724 k=4 n=4
COMPUTE inputRow=11 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 15
LOAD_WEIGHTS weightRow=13728 k=4 n=4
COMPUTE inputRow=12 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 15
LOAD_WEIGHTS weightRow=13732 k=4 n=4
COMPUTE inputRow=13 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 15
LOAD_WEIGHTS weightRow=13736 k=4 n=4
COMPUTE inputRow=14 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 15
LOAD_WEIGHTS weightRow=13740 k=4 n=4
COMPUTE inputRow=15 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 16 of channel tile 15
LOAD_WEIGHTS weightRow=13744 k=4 n=4
COMPUTE inputRow=16 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 17 of channel tile 15
LOAD_WEIGHTS weightRow=13748 k=4 n=4
COMPUTE inputRow=17 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 18 of channel tile 15
LOAD_WEIGHTS weightRow=13752 k=4 n=4
COMPUTE inputRow=18 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 19 of channel tile 15
LOAD_WEIGHTS weightRow=13756 k=4 n=4
COMPUTE inputRow=19 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 20 of channel tile 15
LOAD_WEIGHTS weightRow=13760 k=4 n=4
COMPUTE inputRow=20 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 21 of channel tile 15
LOAD_WEIGHTS weightRow=13764 k=4 n=4
COMPUTE inputRow=21 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 22 of channel tile 15
LOAD_WEIGHTS weightRow=13768 k=4 n=4
COMPUTE inputRow=22 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 23 of channel tile 15
LOAD_WEIGHTS weightRow=13772 k=4 n=4
COMPUTE inputRow=23 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 24 of channel tile 15
LOAD_WEIGHTS weightRow=13776 k=4 n=4
COMPUTE inputRow=24 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 25 of channel tile 15
LOAD_WEIGHTS weightRow=13780 k=4 n=4
COMPUTE inputRow=25 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 26 of channel tile 15
LOAD_WEIGHTS weightRow=13784 k=4 n=4
COMPUTE inputRow=26 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 27 of channel tile 15
LOAD_WEIGHTS weightRow=13788 k=4 n=4
COMPUTE inputRow=27 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 28 of channel tile 15
LOAD_WEIGHTS weightRow=13792 k=4 n=4
COMPUTE inputRow=28 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 29 of channel tile 15
LOAD_WEIGHTS weightRow=13796 k=4 n=4
COMPUTE inputRow=29 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 30 of channel tile 15
LOAD_WEIGHTS weightRow=13800 k=4 n=4
COMPUTE inputRow=30 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 31 of channel tile 15
LOAD_WEIGHTS weightRow=13804 k=4 n=4
COMPUTE inputRow=31 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 32 of channel tile 15
LOAD_WEIGHTS weightRow=13808 k=4 n=4
COMPUTE inputRow=32 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 33 of channel tile 15
LOAD_WEIGHTS weightRow=13812 k=4 n=4
COMPUTE inputRow=33 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 34 of channel tile 15
LOAD_WEIGHTS weightRow=13816 k=4 n=4
COMPUTE inputRow=34 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 35 of channel tile 15
LOAD_WEIGHTS weightRow=13820 k=4 n=4
COMPUTE inputRow=35 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 36 of channel tile 15
LOAD_WEIGHTS weightRow=13824 k=4 n=4
COMPUTE inputRow=36 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 37 of channel tile 15
LOAD_WEIGHTS weightRow=13828 k=4 n=4
COMPUTE inputRow=37 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 38 of channel tile 15
LOAD_WEIGHTS weightRow=13832 k=4 n=4
COMPUTE inputRow=38 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 39 of channel tile 15
LOAD_WEIGHTS weightRow=13836 k=4 n=4
COMPUTE inputRow=39 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 40 of channel tile 15
LOAD_WEIGHTS weightRow=13840 k=4 n=4
COMPUTE inputRow=40 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 41 of channel tile 15
LOAD_WEIGHTS weightRow=13844 k=4 n=4
COMPUTE inputRow=41 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 42 of channel tile 15
LOAD_WEIGHTS weightRow=13848 k=4 n=4
COMPUTE inputRow=42 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 43 of channel tile 15
LOAD_WEIGHTS weightRow=13852 k=4 n=4
COMPUTE inputRow=43 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 44 of channel tile 15
LOAD_WEIGHTS weightRow=13856 k=4 n=4
COMPUTE inputRow=44 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 45 of channel tile 15
LOAD_WEIGHTS weightRow=13860 k=4 n=4
COMPUTE inputRow=45 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 46 of channel tile 15
LOAD_WEIGHTS weightRow=13864 k=4 n=4
COMPUTE inputRow=46 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 47 of channel tile 15
LOAD_WEIGHTS weightRow=13868 k=4 n=4
COMPUTE inputRow=47 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 48 of channel tile 15
LOAD_WEIGHTS weightRow=13872 k=4 n=4
COMPUTE inputRow=48 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 49 of channel tile 15
LOAD_WEIGHTS weightRow=13876 k=4 n=4
COMPUTE inputRow=49 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 50 of channel tile 15
LOAD_WEIGHTS weightRow=13880 k=4 n=4
COMPUTE inputRow=50 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 51 of channel tile 15
LOAD_WEIGHTS weightRow=13884 k=4 n=4
COMPUTE inputRow=51 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 52 of channel tile 15
LOAD_WEIGHTS weightRow=13888 k=4 n=4
COMPUTE inputRow=52 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 53 of channel tile 15
LOAD_WEIGHTS weightRow=13892 k=4 n=4
COMPUTE inputRow=53 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 54 of channel tile 15
LOAD_WEIGHTS weightRow=13896 k=4 n=4
COMPUTE inputRow=54 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 55 of channel tile 15
LOAD_WEIGHTS weightRow=13900 k=4 n=4
COMPUTE inputRow=55 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 56 of channel tile 15
LOAD_WEIGHTS weightRow=13904 k=4 n=4
COMPUTE inputRow=56 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 57 of channel tile 15
LOAD_WEIGHTS weightRow=13908 k=4 n=4
COMPUTE inputRow=57 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 58 of channel tile 15
LOAD_WEIGHTS weightRow=13912 k=4 n=4
COMPUTE inputRow=58 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 59 of channel tile 15
LOAD_WEIGHTS weightRow=13916 k=4 n=4
COMPUTE inputRow=59 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 60 of channel tile 15
LOAD_WEIGHTS weightRow=13920 k=4 n=4
COMPUTE inputRow=60 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 61 of channel tile 15
LOAD_WEIGHTS weightRow=13924 k=4 n=4
COMPUTE inputRow=61 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 62 of channel tile 15
LOAD_WEIGHTS weightRow=13928 k=4 n=4
COMPUTE inputRow=62 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 63 of channel tile 15
LOAD_WEIGHTS weightRow=13932 k=4 n=4
COMPUTE inputRow=63 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 64 of channel tile 15
LOAD_WEIGHTS weightRow=13936 k=4 n=4
COMPUTE inputRow=64 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 65 of channel tile 15
LOAD_WEIGHTS weightRow=13940 k=4 n=4
COMPUTE inputRow=65 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 66 of channel tile 15
LOAD_WEIGHTS weightRow=13944 k=4 n=4
COMPUTE inputRow=66 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 67 of channel tile 15
LOAD_WEIGHTS weightRow=13948 k=4 n=4
COMPUTE inputRow=67 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 68 of channel tile 15
LOAD_WEIGHTS weightRow=13952 k=4 n=4
COMPUTE inputRow=68 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 69 of channel tile 15
LOAD_WEIGHTS weightRow=13956 k=4 n=4
COMPUTE inputRow=69 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 70 of channel tile 15
LOAD_WEIGHTS weightRow=13960 k=4 n=4
COMPUTE inputRow=70 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 71 of channel tile 15
LOAD_WEIGHTS weightRow=13964 k=4 n=4
COMPUTE inputRow=71 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 72 of channel tile 15
LOAD_WEIGHTS weightRow=13968 k=4 n=4
COMPUTE inputRow=72 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 73 of channel tile 15
LOAD_WEIGHTS weightRow=13972 k=4 n=4
COMPUTE inputRow=73 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 74 of channel tile 15
LOAD_WEIGHTS weightRow=13976 k=4 n=4
COMPUTE inputRow=74 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 75 of channel tile 15
LOAD_WEIGHTS weightRow=13980 k=4 n=4
COMPUTE inputRow=75 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 76 of channel tile 15
LOAD_WEIGHTS weightRow=13984 k=4 n=4
COMPUTE inputRow=76 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 77 of channel tile 15
LOAD_WEIGHTS weightRow=13988 k=4 n=4
COMPUTE inputRow=77 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 78 of channel tile 15
LOAD_WEIGHTS weightRow=13992 k=4 n=4
COMPUTE inputRow=78 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 79 of channel tile 15
LOAD_WEIGHTS weightRow=13996 k=4 n=4
COMPUTE inputRow=79 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 80 of channel tile 15
LOAD_WEIGHTS weightRow=14000 k=4 n=4
COMPUTE inputRow=80 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 81 of channel tile 15
LOAD_WEIGHTS weightRow=14004 k=4 n=4
COMPUTE inputRow=81 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 82 of channel tile 15
LOAD_WEIGHTS weightRow=14008 k=4 n=4
COMPUTE inputRow=82 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 83 of channel tile 15
LOAD_WEIGHTS weightRow=14012 k=4 n=4
COMPUTE inputRow=83 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 84 of channel tile 15
LOAD_WEIGHTS weightRow=14016 k=4 n=4
COMPUTE inputRow=84 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 85 of channel tile 15
LOAD_WEIGHTS weightRow=14020 k=4 n=4
COMPUTE inputRow=85 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 86 of channel tile 15
LOAD_WEIGHTS weightRow=14024 k=4 n=4
COMPUTE inputRow=86 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 87 of channel tile 15
LOAD_WEIGHTS weightRow=14028 k=4 n=4
COMPUTE inputRow=87 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 88 of channel tile 15
LOAD_WEIGHTS weightRow=14032 k=4 n=4
COMPUTE inputRow=88 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 89 of channel tile 15
LOAD_WEIGHTS weightRow=14036 k=4 n=4
COMPUTE inputRow=89 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 90 of channel tile 15
LOAD_WEIGHTS weightRow=14040 k=4 n=4
COMPUTE inputRow=90 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 91 of channel tile 15
LOAD_WEIGHTS weightRow=14044 k=4 n=4
COMPUTE inputRow=91 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 92 of channel tile 15
LOAD_WEIGHTS weightRow=14048 k=4 n=4
COMPUTE inputRow=92 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 93 of channel tile 15
LOAD_WEIGHTS weightRow=14052 k=4 n=4
COMPUTE inputRow=93 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 94 of channel tile 15
LOAD_WEIGHTS weightRow=14056 k=4 n=4
COMPUTE inputRow=94 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 95 of channel tile 15
LOAD_WEIGHTS weightRow=14060 k=4 n=4
COMPUTE inputRow=95 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 96 of channel tile 15
LOAD_WEIGHTS weightRow=14064 k=4 n=4
COMPUTE inputRow=96 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 97 of channel tile 15
LOAD_WEIGHTS weightRow=14068 k=4 n=4
COMPUTE inputRow=97 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 98 of channel tile 15
LOAD_WEIGHTS weightRow=14072 k=4 n=4
COMPUTE inputRow=98 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 99 of channel tile 15
LOAD_WEIGHTS weightRow=14076 k=4 n=4
COMPUTE inputRow=99 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 100 of channel tile 15
LOAD_WEIGHTS weightRow=14080 k=4 n=4
COMPUTE inputRow=100 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 101 of channel tile 15
LOAD_WEIGHTS weightRow=14084 k=4 n=4
COMPUTE inputRow=101 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 102 of channel tile 15
LOAD_WEIGHTS weightRow=14088 k=4 n=4
COMPUTE inputRow=102 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 103 of channel tile 15
LOAD_WEIGHTS weightRow=14092 k=4 n=4
COMPUTE inputRow=103 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 104 of channel tile 15
LOAD_WEIGHTS weightRow=14096 k=4 n=4
COMPUTE inputRow=104 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 105 of channel tile 15
LOAD_WEIGHTS weightRow=14100 k=4 n=4
COMPUTE inputRow=105 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 106 of channel tile 15
LOAD_WEIGHTS weightRow=14104 k=4 n=4
COMPUTE inputRow=106 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 107 of channel tile 15
LOAD_WEIGHTS weightRow=14108 k=4 n=4
COMPUTE inputRow=107 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 108 of channel tile 15
LOAD_WEIGHTS weightRow=14112 k=4 n=4
COMPUTE inputRow=108 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 109 of channel tile 15
LOAD_WEIGHTS weightRow=14116 k=4 n=4
COMPUTE inputRow=109 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 110 of channel tile 15
LOAD_WEIGHTS weightRow=14120 k=4 n=4
COMPUTE inputRow=110 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 111 of channel tile 15
LOAD_WEIGHTS weightRow=14124 k=4 n=4
COMPUTE inputRow=111 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 112 of channel tile 15
LOAD_WEIGHTS weightRow=14128 k=4 n=4
COMPUTE inputRow=112 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 113 of channel tile 15
LOAD_WEIGHTS weightRow=14132 k=4 n=4
COMPUTE inputRow=113 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 114 of channel tile 15
LOAD_WEIGHTS weightRow=14136 k=4 n=4
COMPUTE inputRow=114 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 115 of channel tile 15
LOAD_WEIGHTS weightRow=14140 k=4 n=4
COMPUTE inputRow=115 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 116 of channel tile 15
LOAD_WEIGHTS weightRow=14144 k=4 n=4
COMPUTE inputRow=116 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 117 of channel tile 15
LOAD_WEIGHTS weightRow=14148 k=4 n=4
COMPUTE inputRow=117 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 118 of channel tile 15
LOAD_WEIGHTS weightRow=14152 k=4 n=4
COMPUTE inputRow=118 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 119 of channel tile 15
LOAD_WEIGHTS weightRow=14156 k=4 n=4
COMPUTE inputRow=119 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 120 of channel tile 15
LOAD_WEIGHTS weightRow=14160 k=4 n=4
COMPUTE inputRow=120 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 121 of channel tile 15
LOAD_WEIGHTS weightRow=14164 k=4 n=4
COMPUTE inputRow=121 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 122 of channel tile 15
LOAD_WEIGHTS weightRow=14168 k=4 n=4
COMPUTE inputRow=122 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 123 of channel tile 15
LOAD_WEIGHTS weightRow=14172 k=4 n=4
COMPUTE inputRow=123 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 124 of channel tile 15
LOAD_WEIGHTS weightRow=14176 k=4 n=4
COMPUTE inputRow=124 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 125 of channel tile 15
LOAD_WEIGHTS weightRow=14180 k=4 n=4
COMPUTE inputRow=125 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 126 of channel tile 15
LOAD_WEIGHTS weightRow=14184 k=4 n=4
COMPUTE inputRow=126 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 127 of channel tile 15
LOAD_WEIGHTS weightRow=14188 k=4 n=4
COMPUTE inputRow=127 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 128 of channel tile 15
LOAD_WEIGHTS weightRow=14192 k=4 n=4
COMPUTE inputRow=128 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 129 of channel tile 15
LOAD_WEIGHTS weightRow=14196 k=4 n=4
COMPUTE inputRow=129 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 130 of channel tile 15
LOAD_WEIGHTS weightRow=14200 k=4 n=4
COMPUTE inputRow=130 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 131 of channel tile 15
LOAD_WEIGHTS weightRow=14204 k=4 n=4
COMPUTE inputRow=131 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 132 of channel tile 15
LOAD_WEIGHTS weightRow=14208 k=4 n=4
COMPUTE inputRow=132 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 133 of channel tile 15
LOAD_WEIGHTS weightRow=14212 k=4 n=4
COMPUTE inputRow=133 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 134 of channel tile 15
LOAD_WEIGHTS weightRow=14216 k=4 n=4
COMPUTE inputRow=134 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 135 of channel tile 15
LOAD_WEIGHTS weightRow=14220 k=4 n=4
COMPUTE inputRow=135 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 136 of channel tile 15
LOAD_WEIGHTS weightRow=14224 k=4 n=4
COMPUTE inputRow=136 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 137 of channel tile 15
LOAD_WEIGHTS weightRow=14228 k=4 n=4
COMPUTE inputRow=137 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 138 of channel tile 15
LOAD_WEIGHTS weightRow=14232 k=4 n=4
COMPUTE inputRow=138 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 139 of channel tile 15
LOAD_WEIGHTS weightRow=14236 k=4 n=4
COMPUTE inputRow=139 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 140 of channel tile 15
LOAD_WEIGHTS weightRow=14240 k=4 n=4
COMPUTE inputRow=140 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 141 of channel tile 15
LOAD_WEIGHTS weightRow=14244 k=4 n=4
COMPUTE inputRow=141 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 142 of channel tile 15
LOAD_WEIGHTS weightRow=14248 k=4 n=4
COMPUTE inputRow=142 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 143 of channel tile 15
LOAD_WEIGHTS weightRow=14252 k=4 n=4
COMPUTE inputRow=143 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 144 of channel tile 15
LOAD_WEIGHTS weightRow=14256 k=4 n=4
COMPUTE inputRow=144 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 145 of channel tile 15
LOAD_WEIGHTS weightRow=14260 k=4 n=4
COMPUTE inputRow=145 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 146 of channel tile 15
LOAD_WEIGHTS weightRow=14264 k=4 n=4
COMPUTE inputRow=146 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 147 of channel tile 15
LOAD_WEIGHTS weightRow=14268 k=4 n=4
COMPUTE inputRow=147 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 148 of channel tile 15
LOAD_WEIGHTS weightRow=14272 k=4 n=4
COMPUTE inputRow=148 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 149 of channel tile 15
LOAD_WEIGHTS weightRow=14276 k=4 n=4
COMPUTE inputRow=149 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 150 of channel tile 15
LOAD_WEIGHTS weightRow=14280 k=4 n=4
COMPUTE inputRow=150 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 151 of channel tile 15
LOAD_WEIGHTS weightRow=14284 k=4 n=4
COMPUTE inputRow=151 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 152 of channel tile 15
LOAD_WEIGHTS weightRow=14288 k=4 n=4
COMPUTE inputRow=152 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 153 of channel tile 15
LOAD_WEIGHTS weightRow=14292 k=4 n=4
COMPUTE inputRow=153 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 154 of channel tile 15
LOAD_WEIGHTS weightRow=14296 k=4 n=4
COMPUTE inputRow=154 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 155 of channel tile 15
LOAD_WEIGHTS weightRow=14300 k=4 n=4
COMPUTE inputRow=155 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 156 of channel tile 15
LOAD_WEIGHTS weightRow=14304 k=4 n=4
COMPUTE inputRow=156 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 157 of channel tile 15
LOAD_WEIGHTS weightRow=14308 k=4 n=4
COMPUTE inputRow=157 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 158 of channel tile 15
LOAD_WEIGHTS weightRow=14312 k=4 n=4
COMPUTE inputRow=158 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 159 of channel tile 15
LOAD_WEIGHTS weightRow=14316 k=4 n=4
COMPUTE inputRow=159 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 160 of channel tile 15
LOAD_WEIGHTS weightRow=14320 k=4 n=4
COMPUTE inputRow=160 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 161 of channel tile 15
LOAD_WEIGHTS weightRow=14324 k=4 n=4
COMPUTE inputRow=161 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 162 of channel tile 15
LOAD_WEIGHTS weightRow=14328 k=4 n=4
COMPUTE inputRow=162 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 163 of channel tile 15
LOAD_WEIGHTS weightRow=14332 k=4 n=4
COMPUTE inputRow=163 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 164 of channel tile 15
LOAD_WEIGHTS weightRow=14336 k=4 n=4
COMPUTE inputRow=164 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 165 of channel tile 15
LOAD_WEIGHTS weightRow=14340 k=4 n=4
COMPUTE inputRow=165 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 166 of channel tile 15
LOAD_WEIGHTS weightRow=14344 k=4 n=4
COMPUTE inputRow=166 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 167 of channel tile 15
LOAD_WEIGHTS weightRow=14348 k=4 n=4
COMPUTE inputRow=167 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 168 of channel tile 15
LOAD_WEIGHTS weightRow=14352 k=4 n=4
COMPUTE inputRow=168 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 169 of channel tile 15
LOAD_WEIGHTS weightRow=14356 k=4 n=4
COMPUTE inputRow=169 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 170 of channel tile 15
LOAD_WEIGHTS weightRow=14360 k=4 n=4
COMPUTE inputRow=170 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 171 of channel tile 15
LOAD_WEIGHTS weightRow=14364 k=4 n=4
COMPUTE inputRow=171 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 172 of channel tile 15
LOAD_WEIGHTS weightRow=14368 k=4 n=4
COMPUTE inputRow=172 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 173 of channel tile 15
LOAD_WEIGHTS weightRow=14372 k=4 n=4
COMPUTE inputRow=173 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 174 of channel tile 15
LOAD_WEIGHTS weightRow=14376 k=4 n=4
COMPUTE inputRow=174 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 175 of channel tile 15
LOAD_WEIGHTS weightRow=14380 k=4 n=4
COMPUTE inputRow=175 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 176 of channel tile 15
LOAD_WEIGHTS weightRow=14384 k=4 n=4
COMPUTE inputRow=176 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 177 of channel tile 15
LOAD_WEIGHTS weightRow=14388 k=4 n=4
COMPUTE inputRow=177 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 178 of channel tile 15
LOAD_WEIGHTS weightRow=14392 k=4 n=4
COMPUTE inputRow=178 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 179 of channel tile 15
LOAD_WEIGHTS weightRow=14396 k=4 n=4
COMPUTE inputRow=179 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 180 of channel tile 15
LOAD_WEIGHTS weightRow=14400 k=4 n=4
COMPUTE inputRow=180 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 181 of channel tile 15
LOAD_WEIGHTS weightRow=14404 k=4 n=4
COMPUTE inputRow=181 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 182 of channel tile 15
LOAD_WEIGHTS weightRow=14408 k=4 n=4
COMPUTE inputRow=182 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 183 of channel tile 15
LOAD_WEIGHTS weightRow=14412 k=4 n=4
COMPUTE inputRow=183 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 184 of channel tile 15
LOAD_WEIGHTS weightRow=14416 k=4 n=4
COMPUTE inputRow=184 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 185 of channel tile 15
LOAD_WEIGHTS weightRow=14420 k=4 n=4
COMPUTE inputRow=185 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 186 of channel tile 15
LOAD_WEIGHTS weightRow=14424 k=4 n=4
COMPUTE inputRow=186 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 187 of channel tile 15
LOAD_WEIGHTS weightRow=14428 k=4 n=4
COMPUTE inputRow=187 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 188 of channel tile 15
LOAD_WEIGHTS weightRow=14432 k=4 n=4
COMPUTE inputRow=188 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 189 of channel tile 15
LOAD_WEIGHTS weightRow=14436 k=4 n=4
COMPUTE inputRow=189 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 190 of channel tile 15
LOAD_WEIGHTS weightRow=14440 k=4 n=4
COMPUTE inputRow=190 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 191 of channel tile 15
LOAD_WEIGHTS weightRow=14444 k=4 n=4
COMPUTE inputRow=191 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 192 of channel tile 15
LOAD_WEIGHTS weightRow=14448 k=4 n=4
COMPUTE inputRow=192 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 193 of channel tile 15
LOAD_WEIGHTS weightRow=14452 k=4 n=4
COMPUTE inputRow=193 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 194 of channel tile 15
LOAD_WEIGHTS weightRow=14456 k=4 n=4
COMPUTE inputRow=194 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; latch chunk 195 of channel tile 15
LOAD_WEIGHTS weightRow=14460 k=4 n=4
COMPUTE inputRow=195 inputRowStride=196 weightRow=0 accRow=2055 m=1 k=4 n=4 accumulate=1
; requantize channel tile 8
REQUANT accRow=2048 outRow=4096 outByte=0 rows=1 n=4 paramRow=256 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 9
REQUANT accRow=2049 outRow=4097 outByte=0 rows=1 n=4 paramRow=259 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 10
REQUANT accRow=2050 outRow=4098 outByte=0 rows=1 n=4 paramRow=262 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 11
REQUANT accRow=2051 outRow=4099 outByte=0 rows=1 n=4 paramRow=265 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 12
REQUANT accRow=2052 outRow=4100 outByte=0 rows=1 n=4 paramRow=268 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 13
REQUANT accRow=2053 outRow=4101 outByte=0 rows=1 n=4 paramRow=271 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 14
REQUANT accRow=2054 outRow=4102 outByte=0 rows=1 n=4 paramRow=274 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 15
REQUANT pushNext=1 accRow=2055 outRow=4103 outByte=0 rows=1 n=4 paramRow=277 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..0, cols 0..0) channels 32..63 k-group 1 of 1
; 1 pixels × channels 32..63 → fc1 @0x340
STORE popPrev=1 pushPrev=1 buffer=output sramRow=4096 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x360 dramRowStride=0x40 repeat=8 sramOuterStride=1 dramOuterStride=0x4
; layer logits: qdense 1x1x64 → 1x1x10, int8 (weights i8, input u8), ws
; barrier: wait for the previous layer's stores (2), then release the loads
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
CONFIG popNext=1 pushPrev=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; im2col dense input bytes 0..63
LOAD popNext=1 buffer=input sramRow=0 sramByte=0 bytesPerRow=4 rows=16 sramRowStride=1 dramAddr=0x340 dramRowStride=0x4 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights: 3 channel tile(s) × chunks 0..15 @0xcac0
LOAD buffer=weight sramRow=0 sramByte=0 bytesPerRow=4 rows=64 sramRowStride=1 dramAddr=0xcac0 dramRowStride=0x4 repeat=3 sramOuterStride=64 dramOuterStride=0x100 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..2
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=16 rows=9 sramRowStride=1 dramAddr=0xcdc0 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; latch chunk 0 of channel tile 0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE inputRow=0 inputRowStride=16 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 0
LOAD_WEIGHTS weightRow=4 k=4 n=4
COMPUTE inputRow=1 inputRowStride=16 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 0
LOAD_WEIGHTS weightRow=8 k=4 n=4
COMPUTE inputRow=2 inputRowStride=16 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 0
LOAD_WEIGHTS weightRow=12 k=4 n=4
COMPUTE inputRow=3 inputRowStride=16 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 0
LOAD_WEIGHTS weightRow=16 k=4 n=4
COMPUTE inputRow=4 inputRowStride=16 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 0
LOAD_WEIGHTS weightRow=20 k=4 n=4
COMPUTE inputRow=5 inputRowStride=16 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 0
LOAD_WEIGHTS weightRow=24 k=4 n=4
COMPUTE inputRow=6 inputRowStride=16 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 0
LOAD_WEIGHTS weightRow=28 k=4 n=4
COMPUTE inputRow=7 inputRowStride=16 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 0
LOAD_WEIGHTS weightRow=32 k=4 n=4
COMPUTE inputRow=8 inputRowStride=16 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 0
LOAD_WEIGHTS weightRow=36 k=4 n=4
COMPUTE inputRow=9 inputRowStride=16 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 0
LOAD_WEIGHTS weightRow=40 k=4 n=4
COMPUTE inputRow=10 inputRowStride=16 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 0
LOAD_WEIGHTS weightRow=44 k=4 n=4
COMPUTE inputRow=11 inputRowStride=16 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 0
LOAD_WEIGHTS weightRow=48 k=4 n=4
COMPUTE inputRow=12 inputRowStride=16 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 0
LOAD_WEIGHTS weightRow=52 k=4 n=4
COMPUTE inputRow=13 inputRowStride=16 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 0
LOAD_WEIGHTS weightRow=56 k=4 n=4
COMPUTE inputRow=14 inputRowStride=16 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 0
LOAD_WEIGHTS weightRow=60 k=4 n=4
COMPUTE inputRow=15 inputRowStride=16 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 1
LOAD_WEIGHTS weightRow=64 k=4 n=4
COMPUTE inputRow=0 inputRowStride=16 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=0
; latch chunk 1 of channel tile 1
LOAD_WEIGHTS weightRow=68 k=4 n=4
COMPUTE inputRow=1 inputRowStride=16 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 2 of channel tile 1
LOAD_WEIGHTS weightRow=72 k=4 n=4
COMPUTE inputRow=2 inputRowStride=16 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 3 of channel tile 1
LOAD_WEIGHTS weightRow=76 k=4 n=4
COMPUTE inputRow=3 inputRowStride=16 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 4 of channel tile 1
LOAD_WEIGHTS weightRow=80 k=4 n=4
COMPUTE inputRow=4 inputRowStride=16 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 5 of channel tile 1
LOAD_WEIGHTS weightRow=84 k=4 n=4
COMPUTE inputRow=5 inputRowStride=16 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 6 of channel tile 1
LOAD_WEIGHTS weightRow=88 k=4 n=4
COMPUTE inputRow=6 inputRowStride=16 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 7 of channel tile 1
LOAD_WEIGHTS weightRow=92 k=4 n=4
COMPUTE inputRow=7 inputRowStride=16 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 8 of channel tile 1
LOAD_WEIGHTS weightRow=96 k=4 n=4
COMPUTE inputRow=8 inputRowStride=16 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 9 of channel tile 1
LOAD_WEIGHTS weightRow=100 k=4 n=4
COMPUTE inputRow=9 inputRowStride=16 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 10 of channel tile 1
LOAD_WEIGHTS weightRow=104 k=4 n=4
COMPUTE inputRow=10 inputRowStride=16 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 11 of channel tile 1
LOAD_WEIGHTS weightRow=108 k=4 n=4
COMPUTE inputRow=11 inputRowStride=16 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 12 of channel tile 1
LOAD_WEIGHTS weightRow=112 k=4 n=4
COMPUTE inputRow=12 inputRowStride=16 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 13 of channel tile 1
LOAD_WEIGHTS weightRow=116 k=4 n=4
COMPUTE inputRow=13 inputRowStride=16 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 14 of channel tile 1
LOAD_WEIGHTS weightRow=120 k=4 n=4
COMPUTE inputRow=14 inputRowStride=16 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 15 of channel tile 1
LOAD_WEIGHTS weightRow=124 k=4 n=4
COMPUTE inputRow=15 inputRowStride=16 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1
; latch chunk 0 of channel tile 2
LOAD_WEIGHTS weightRow=128 k=4 n=2
COMPUTE inputRow=0 inputRowStride=16 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=0
; latch chunk 1 of channel tile 2
LOAD_WEIGHTS weightRow=132 k=4 n=2
COMPUTE inputRow=1 inputRowStride=16 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 2 of channel tile 2
LOAD_WEIGHTS weightRow=136 k=4 n=2
COMPUTE inputRow=2 inputRowStride=16 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 3 of channel tile 2
LOAD_WEIGHTS weightRow=140 k=4 n=2
COMPUTE inputRow=3 inputRowStride=16 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 4 of channel tile 2
LOAD_WEIGHTS weightRow=144 k=4 n=2
COMPUTE inputRow=4 inputRowStride=16 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 5 of channel tile 2
LOAD_WEIGHTS weightRow=148 k=4 n=2
COMPUTE inputRow=5 inputRowStride=16 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 6 of channel tile 2
LOAD_WEIGHTS weightRow=152 k=4 n=2
COMPUTE inputRow=6 inputRowStride=16 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 7 of channel tile 2
LOAD_WEIGHTS weightRow=156 k=4 n=2
COMPUTE inputRow=7 inputRowStride=16 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 8 of channel tile 2
LOAD_WEIGHTS weightRow=160 k=4 n=2
COMPUTE inputRow=8 inputRowStride=16 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 9 of channel tile 2
LOAD_WEIGHTS weightRow=164 k=4 n=2
COMPUTE inputRow=9 inputRowStride=16 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 10 of channel tile 2
LOAD_WEIGHTS weightRow=168 k=4 n=2
COMPUTE inputRow=10 inputRowStride=16 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 11 of channel tile 2
LOAD_WEIGHTS weightRow=172 k=4 n=2
COMPUTE inputRow=11 inputRowStride=16 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 12 of channel tile 2
LOAD_WEIGHTS weightRow=176 k=4 n=2
COMPUTE inputRow=12 inputRowStride=16 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 13 of channel tile 2
LOAD_WEIGHTS weightRow=180 k=4 n=2
COMPUTE inputRow=13 inputRowStride=16 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 14 of channel tile 2
LOAD_WEIGHTS weightRow=184 k=4 n=2
COMPUTE inputRow=14 inputRowStride=16 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; latch chunk 15 of channel tile 2
LOAD_WEIGHTS weightRow=188 k=4 n=2
COMPUTE inputRow=15 inputRowStride=16 weightRow=0 accRow=2 m=1 k=4 n=2 accumulate=1
; requantize channel tile 0
REQUANT accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=0 addBias=1 outZero=159 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 1
REQUANT accRow=1 outRow=1 outByte=0 rows=1 n=4 paramRow=3 addBias=1 outZero=159 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channel tile 2
REQUANT pushNext=1 accRow=2 outRow=2 outByte=0 rows=1 n=2 paramRow=6 addBias=1 outZero=159 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile block 0 (out rows 0..0, cols 0..0) channels 0..9 k-group 1 of 1
; 1 pixels × channels 0..7 → logits @0x380
STORE popPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=1 sramRowStride=1 dramAddr=0x380 dramRowStride=0xa repeat=2 sramOuterStride=1 dramOuterStride=0x4
; 1 pixels × channels 8..9 → logits @0x380
STORE pushPrev=1 buffer=output sramRow=2 sramByte=0 bytesPerRow=2 rows=1 sramRowStride=1 dramAddr=0x388 dramRowStride=0xa repeat=1 sramOuterStride=0 dramOuterStride=0x0
; drain: wait for the last stores
CONFIG popNext=1 mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; end of program
HALT
