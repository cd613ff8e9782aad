; mlp (w8a8, seeded calibration) lowered for 4x4
; 4x4 ws, MACs/cycle int8 16 int4 32 binary 1024 w4a8 32 w4a8-log 32, acc 32b wrap, SRAM in 64 KiB w 64 KiB acc 64 KiB out 32 KiB param 8 KiB, DRAM 16 B/cycle 100 cycles, vector 16 lanes, 1000 MHz
; tensors:
;   input      x_q u8[1,28,28,1] NHWC @0xcac0
;   activation fc1 u8[1,64] NC @0xce00
;   output     logits u8[1,10] NC @0xce40
; layers: instructions, DRAM bytes read, DRAM bytes written
;   fc1              6339    51728        0
;   logits            108      912       10
;
; layer fc1: qdense 28x28x1 → 1x1x64, int8 (weights i8, input u8), ws; input from DRAM in 1 band(s), 16 channel group(s), 1 k-group(s), bands outer; predicted 19528 cycles
CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=0 weightBits=8
; tile band 0 (output rows 0..0) channels 0..3 k-group 1 of 1
; band 0: input rows 0..27 of x_q (28 B each)
LOAD buffer=input sramRow=0 sramByte=0 bytesPerRow=28 rows=28 sramRowStride=7 dramAddr=0xcac0 dramRowStride=0x1c repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 0, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0xc400 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile band 0 (output rows 0..0) channels 4..7 k-group 1 of 1
; weights of channel tile 1, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=784 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0xc40 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 1..1
LOAD pushNext=1 buffer=param sramRow=3 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0xc430 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 0..3 k-group 1 of 1
; window: pitch 28 B, 1 B per pixel, channels 0..0 per tap
WINDOW pitch=28 pixelBytes=1 cinTap=1 chanOffset=0 kernelW=28 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=1
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=4 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=8 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=12 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=16 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=20 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=24 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=28 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=32 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=36 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=40 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=44 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=48 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=52 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=56 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=60 k=4 n=4
COMPUTE pushPrev=1 inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=64 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=68 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=72 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=76 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=80 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=84 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=88 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=92 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=96 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=100 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=104 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=108 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=112 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=116 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=120 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=124 k=4 n=4
COMPUTE pushPrev=1 inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=128 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=132 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=136 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=140 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=144 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=148 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=152 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=156 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=160 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=164 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=168 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=172 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=176 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=180 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=184 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=188 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=192 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=196 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=200 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=204 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=208 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=212 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=216 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=220 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=224 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=228 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=232 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=236 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=240 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=244 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=248 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=252 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=256 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=260 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=264 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=268 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=272 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=276 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=280 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=284 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=288 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=292 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=296 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=300 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=304 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=308 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=312 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=316 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=320 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=324 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=328 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=332 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=336 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=340 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=344 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=348 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=352 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=356 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=360 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=364 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=368 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=372 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=376 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=380 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=384 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=388 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=392 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=396 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=400 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=404 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=408 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=412 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=416 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=420 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=424 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=428 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=432 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=436 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=440 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=444 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=448 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=452 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=456 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=460 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=464 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=468 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=472 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=476 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=480 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=484 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=488 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=492 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=496 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=500 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=504 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=508 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=512 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=516 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=520 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=524 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=528 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=532 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=536 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=540 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=544 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=548 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=552 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=556 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=560 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=564 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=568 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=572 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=576 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=580 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=584 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=588 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=592 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=596 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=600 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=604 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=608 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=612 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=616 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=620 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=624 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=628 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=632 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=636 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=640 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=644 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=648 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=652 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=656 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=660 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=664 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=668 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=672 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=676 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=680 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=684 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=688 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=692 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=696 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=700 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=704 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=708 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=712 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=716 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=720 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=724 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=728 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=732 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=736 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=740 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=744 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=748 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=752 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=756 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=760 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=764 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=768 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=772 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=776 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=780 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=780
; requantize channels 0..3, pixels 0..0
REQUANT popPrev=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 0..3 k-group 1 of 1
; 1 pixels of channels 0..3 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=16368 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; tile band 0 (output rows 0..0) channels 8..11 k-group 1 of 1
; weights of channel tile 2, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=1568 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x1880 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 2..2
LOAD pushNext=1 buffer=param sramRow=6 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0xc460 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 4..7 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=784 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=788 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=792 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=796 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=800 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=804 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=808 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=812 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=816 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=820 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=824 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=828 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=832 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=836 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=840 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=844 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=848 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=852 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=856 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=860 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=864 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=868 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=872 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=876 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=880 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=884 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=888 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=892 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=896 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=900 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=904 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=908 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=912 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=916 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=920 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=924 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=928 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=932 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=936 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=940 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=944 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=948 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=952 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=956 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=960 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=964 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=968 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=972 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=976 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=980 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=984 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=988 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=992 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=996 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=1000 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=1004 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=1008 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=1012 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=1016 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=1020 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=1024 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=1028 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=1032 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=1036 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=1040 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=1044 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=1048 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=1052 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=1056 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=1060 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=1064 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=1068 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=1072 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=1076 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=1080 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=1084 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=1088 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=1092 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=1096 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=1100 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=1104 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=1108 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=1112 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=1116 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=1120 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=1124 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=1128 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=1132 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=1136 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=1140 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=1144 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=1148 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=1152 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=1156 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=1160 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=1164 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=1168 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=1172 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=1176 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=1180 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=1184 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=1188 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=1192 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=1196 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=1200 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=1204 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=1208 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=1212 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=1216 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=1220 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=1224 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=1228 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=1232 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=1236 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=1240 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=1244 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=1248 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=1252 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=1256 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=1260 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=1264 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=1268 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=1272 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=1276 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=1280 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=1284 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=1288 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=1292 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=1296 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=1300 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=1304 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=1308 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=1312 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=1316 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=1320 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=1324 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=1328 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=1332 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=1336 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=1340 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=1344 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=1348 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=1352 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=1356 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=1360 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=1364 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=1368 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=1372 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=1376 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=1380 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=1384 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=1388 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=1392 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=1396 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=1400 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=1404 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=1408 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=1412 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=1416 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=1420 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=1424 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=1428 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=1432 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=1436 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=1440 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=1444 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=1448 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=1452 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=1456 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=1460 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=1464 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=1468 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=1472 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=1476 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=1480 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=1484 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=1488 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=1492 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=1496 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=1500 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=1504 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=1508 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=1512 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=1516 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=1520 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=1524 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=1528 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=1532 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=1536 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=1540 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=1544 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=1548 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=1552 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=1556 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=1560 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=1564 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=780
; requantize channels 4..7, pixels 0..0
REQUANT popPrev=1 pushPrev=1 pushNext=1 accRow=2048 outRow=1 outByte=0 rows=1 n=4 paramRow=3 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 4..7 k-group 1 of 1
; 1 pixels of channels 4..7 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=1 srcByte=0 dstBuffer=input dstRow=16369 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; tile band 0 (output rows 0..0) channels 12..15 k-group 1 of 1
; weights of channel tile 3, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=2352 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x24c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 3..3
LOAD pushNext=1 buffer=param sramRow=9 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0xc490 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 8..11 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=1568 k=4 n=4
COMPUTE pushPrev=1 inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=1572 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=1576 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=1580 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=1584 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=1588 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=1592 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=1596 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=1600 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=1604 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=1608 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=1612 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=1616 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=1620 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=1624 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=1628 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=1632 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=1636 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=1640 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=1644 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=1648 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=1652 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=1656 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=1660 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=1664 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=1668 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=1672 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=1676 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=1680 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=1684 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=1688 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=1692 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=1696 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=1700 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=1704 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=1708 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=1712 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=1716 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=1720 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=1724 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=1728 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=1732 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=1736 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=1740 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=1744 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=1748 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=1752 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=1756 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=1760 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=1764 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=1768 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=1772 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=1776 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=1780 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=1784 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=1788 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=1792 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=1796 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=1800 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=1804 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=1808 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=1812 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=1816 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=1820 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=1824 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=1828 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=1832 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=1836 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=1840 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=1844 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=1848 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=1852 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=1856 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=1860 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=1864 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=1868 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=1872 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=1876 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=1880 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=1884 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=1888 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=1892 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=1896 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=1900 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=1904 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=1908 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=1912 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=1916 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=1920 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=1924 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=1928 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=1932 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=1936 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=1940 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=1944 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=1948 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=1952 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=1956 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=1960 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=1964 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=1968 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=1972 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=1976 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=1980 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=1984 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=1988 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=1992 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=1996 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=2000 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=2004 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=2008 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=2012 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=2016 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=2020 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=2024 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=2028 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=2032 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=2036 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=2040 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=2044 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=2048 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=2052 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=2056 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=2060 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=2064 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=2068 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=2072 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=2076 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=2080 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=2084 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=2088 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=2092 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=2096 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=2100 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=2104 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=2108 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=2112 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=2116 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=2120 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=2124 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=2128 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=2132 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=2136 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=2140 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=2144 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=2148 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=2152 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=2156 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=2160 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=2164 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=2168 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=2172 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=2176 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=2180 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=2184 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=2188 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=2192 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=2196 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=2200 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=2204 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=2208 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=2212 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=2216 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=2220 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=2224 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=2228 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=2232 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=2236 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=2240 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=2244 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=2248 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=2252 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=2256 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=2260 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=2264 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=2268 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=2272 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=2276 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=2280 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=2284 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=2288 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=2292 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=2296 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=2300 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=2304 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=2308 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=2312 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=2316 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=2320 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=2324 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=2328 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=2332 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=2336 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=2340 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=2344 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=2348 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=780
; requantize channels 8..11, pixels 0..0
REQUANT popPrev=1 popNext=1 pushPrev=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=6 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 8..11 k-group 1 of 1
; 1 pixels of channels 8..11 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=16370 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; tile band 0 (output rows 0..0) channels 16..19 k-group 1 of 1
; weights of channel tile 4, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=3136 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x3100 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 4..4
LOAD pushNext=1 buffer=param sramRow=12 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0xc4c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 12..15 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=2352 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=2356 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=2360 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=2364 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=2368 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=2372 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=2376 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=2380 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=2384 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=2388 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=2392 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=2396 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=2400 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=2404 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=2408 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=2412 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=2416 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=2420 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=2424 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=2428 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=2432 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=2436 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=2440 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=2444 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=2448 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=2452 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=2456 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=2460 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=2464 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=2468 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=2472 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=2476 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=2480 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=2484 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=2488 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=2492 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=2496 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=2500 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=2504 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=2508 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=2512 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=2516 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=2520 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=2524 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=2528 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=2532 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=2536 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=2540 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=2544 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=2548 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=2552 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=2556 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=2560 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=2564 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=2568 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=2572 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=2576 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=2580 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=2584 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=2588 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=2592 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=2596 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=2600 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=2604 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=2608 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=2612 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=2616 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=2620 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=2624 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=2628 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=2632 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=2636 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=2640 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=2644 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=2648 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=2652 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=2656 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=2660 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=2664 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=2668 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=2672 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=2676 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=2680 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=2684 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=2688 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=2692 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=2696 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=2700 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=2704 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=2708 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=2712 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=2716 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=2720 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=2724 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=2728 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=2732 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=2736 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=2740 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=2744 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=2748 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=2752 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=2756 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=2760 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=2764 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=2768 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=2772 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=2776 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=2780 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=2784 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=2788 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=2792 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=2796 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=2800 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=2804 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=2808 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=2812 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=2816 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=2820 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=2824 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=2828 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=2832 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=2836 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=2840 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=2844 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=2848 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=2852 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=2856 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=2860 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=2864 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=2868 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=2872 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=2876 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=2880 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=2884 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=2888 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=2892 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=2896 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=2900 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=2904 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=2908 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=2912 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=2916 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=2920 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=2924 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=2928 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=2932 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=2936 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=2940 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=2944 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=2948 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=2952 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=2956 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=2960 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=2964 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=2968 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=2972 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=2976 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=2980 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=2984 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=2988 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=2992 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=2996 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=3000 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=3004 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=3008 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=3012 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=3016 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=3020 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=3024 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=3028 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=3032 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=3036 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=3040 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=3044 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=3048 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=3052 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=3056 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=3060 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=3064 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=3068 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=3072 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=3076 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=3080 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=3084 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=3088 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=3092 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=3096 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=3100 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=3104 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=3108 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=3112 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=3116 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=3120 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=3124 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=3128 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=3132 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=780
; requantize channels 12..15, pixels 0..0
REQUANT popPrev=1 popNext=1 pushNext=1 accRow=2048 outRow=1 outByte=0 rows=1 n=4 paramRow=9 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 12..15 k-group 1 of 1
; 1 pixels of channels 12..15 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=1 srcByte=0 dstBuffer=input dstRow=16371 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; tile band 0 (output rows 0..0) channels 20..23 k-group 1 of 1
; weights of channel tile 5, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=3920 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x3d40 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 5..5
LOAD pushNext=1 buffer=param sramRow=15 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0xc4f0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 16..19 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=3136 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=3140 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=3144 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=3148 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=3152 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=3156 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=3160 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=3164 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=3168 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=3172 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=3176 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=3180 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=3184 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=3188 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=3192 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=3196 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=3200 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=3204 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=3208 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=3212 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=3216 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=3220 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=3224 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=3228 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=3232 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=3236 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=3240 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=3244 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=3248 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=3252 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=3256 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=3260 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=3264 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=3268 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=3272 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=3276 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=3280 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=3284 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=3288 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=3292 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=3296 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=3300 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=3304 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=3308 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=3312 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=3316 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=3320 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=3324 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=3328 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=3332 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=3336 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=3340 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=3344 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=3348 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=3352 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=3356 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=3360 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=3364 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=3368 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=3372 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=3376 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=3380 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=3384 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=3388 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=3392 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=3396 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=3400 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=3404 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=3408 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=3412 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=3416 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=3420 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=3424 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=3428 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=3432 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=3436 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=3440 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=3444 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=3448 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=3452 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=3456 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=3460 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=3464 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=3468 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=3472 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=3476 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=3480 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=3484 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=3488 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=3492 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=3496 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=3500 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=3504 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=3508 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=3512 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=3516 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=3520 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=3524 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=3528 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=3532 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=3536 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=3540 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=3544 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=3548 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=3552 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=3556 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=3560 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=3564 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=3568 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=3572 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=3576 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=3580 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=3584 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=3588 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=3592 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=3596 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=3600 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=3604 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=3608 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=3612 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=3616 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=3620 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=3624 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=3628 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=3632 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=3636 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=3640 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=3644 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=3648 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=3652 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=3656 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=3660 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=3664 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=3668 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=3672 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=3676 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=3680 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=3684 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=3688 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=3692 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=3696 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=3700 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=3704 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=3708 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=3712 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=3716 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=3720 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=3724 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=3728 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=3732 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=3736 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=3740 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=3744 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=3748 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=3752 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=3756 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=3760 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=3764 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=3768 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=3772 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=3776 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=3780 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=3784 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=3788 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=3792 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=3796 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=3800 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=3804 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=3808 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=3812 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=3816 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=3820 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=3824 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=3828 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=3832 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=3836 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=3840 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=3844 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=3848 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=3852 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=3856 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=3860 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=3864 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=3868 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=3872 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=3876 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=3880 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=3884 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=3888 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=3892 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=3896 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=3900 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=3904 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=3908 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=3912 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=3916 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=780
; requantize channels 16..19, pixels 0..0
REQUANT popPrev=1 popNext=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=12 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 16..19 k-group 1 of 1
; 1 pixels of channels 16..19 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=16372 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; tile band 0 (output rows 0..0) channels 24..27 k-group 1 of 1
; weights of channel tile 6, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=4704 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x4980 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 6..6
LOAD pushNext=1 buffer=param sramRow=18 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0xc520 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 20..23 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=3920 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=3924 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=3928 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=3932 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=3936 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=3940 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=3944 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=3948 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=3952 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=3956 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=3960 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=3964 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=3968 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=3972 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=3976 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=3980 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=3984 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=3988 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=3992 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=3996 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=4000 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=4004 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=4008 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=4012 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=4016 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=4020 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=4024 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=4028 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=4032 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=4036 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=4040 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=4044 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=4048 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=4052 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=4056 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=4060 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=4064 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=4068 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=4072 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=4076 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=4080 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=4084 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=4088 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=4092 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=4096 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=4100 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=4104 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=4108 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=4112 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=4116 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=4120 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=4124 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=4128 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=4132 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=4136 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=4140 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=4144 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=4148 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=4152 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=4156 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=4160 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=4164 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=4168 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=4172 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=4176 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=4180 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=4184 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=4188 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=4192 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=4196 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=4200 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=4204 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=4208 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=4212 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=4216 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=4220 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=4224 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=4228 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=4232 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=4236 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=4240 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=4244 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=4248 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=4252 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=4256 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=4260 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=4264 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=4268 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=4272 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=4276 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=4280 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=4284 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=4288 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=4292 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=4296 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=4300 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=4304 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=4308 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=4312 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=4316 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=4320 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=4324 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=4328 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=4332 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=4336 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=4340 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=4344 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=4348 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=4352 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=4356 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=4360 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=4364 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=4368 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=4372 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=4376 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=4380 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=4384 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=4388 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=4392 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=4396 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=4400 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=4404 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=4408 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=4412 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=4416 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=4420 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=4424 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=4428 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=4432 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=4436 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=4440 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=4444 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=4448 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=4452 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=4456 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=4460 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=4464 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=4468 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=4472 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=4476 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=4480 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=4484 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=4488 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=4492 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=4496 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=4500 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=4504 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=4508 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=4512 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=4516 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=4520 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=4524 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=4528 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=4532 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=4536 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=4540 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=4544 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=4548 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=4552 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=4556 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=4560 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=4564 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=4568 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=4572 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=4576 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=4580 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=4584 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=4588 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=4592 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=4596 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=4600 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=4604 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=4608 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=4612 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=4616 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=4620 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=4624 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=4628 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=4632 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=4636 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=4640 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=4644 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=4648 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=4652 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=4656 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=4660 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=4664 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=4668 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=4672 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=4676 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=4680 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=4684 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=4688 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=4692 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=4696 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=4700 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=780
; requantize channels 20..23, pixels 0..0
REQUANT popPrev=1 popNext=1 pushNext=1 accRow=2048 outRow=1 outByte=0 rows=1 n=4 paramRow=15 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 20..23 k-group 1 of 1
; 1 pixels of channels 20..23 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=1 srcByte=0 dstBuffer=input dstRow=16373 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; tile band 0 (output rows 0..0) channels 28..31 k-group 1 of 1
; weights of channel tile 7, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=5488 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x55c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 7..7
LOAD pushNext=1 buffer=param sramRow=21 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0xc550 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 24..27 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=4704 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=4708 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=4712 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=4716 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=4720 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=4724 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=4728 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=4732 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=4736 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=4740 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=4744 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=4748 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=4752 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=4756 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=4760 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=4764 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=4768 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=4772 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=4776 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=4780 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=4784 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=4788 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=4792 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=4796 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=4800 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=4804 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=4808 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=4812 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=4816 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=4820 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=4824 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=4828 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=4832 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=4836 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=4840 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=4844 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=4848 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=4852 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=4856 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=4860 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=4864 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=4868 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=4872 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=4876 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=4880 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=4884 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=4888 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=4892 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=4896 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=4900 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=4904 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=4908 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=4912 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=4916 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=4920 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=4924 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=4928 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=4932 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=4936 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=4940 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=4944 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=4948 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=4952 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=4956 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=4960 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=4964 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=4968 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=4972 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=4976 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=4980 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=4984 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=4988 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=4992 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=4996 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=5000 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=5004 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=5008 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=5012 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=5016 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=5020 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=5024 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=5028 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=5032 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=5036 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=5040 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=5044 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=5048 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=5052 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=5056 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=5060 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=5064 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=5068 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=5072 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=5076 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=5080 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=5084 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=5088 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=5092 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=5096 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=5100 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=5104 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=5108 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=5112 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=5116 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=5120 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=5124 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=5128 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=5132 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=5136 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=5140 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=5144 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=5148 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=5152 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=5156 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=5160 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=5164 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=5168 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=5172 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=5176 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=5180 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=5184 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=5188 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=5192 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=5196 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=5200 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=5204 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=5208 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=5212 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=5216 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=5220 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=5224 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=5228 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=5232 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=5236 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=5240 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=5244 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=5248 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=5252 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=5256 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=5260 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=5264 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=5268 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=5272 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=5276 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=5280 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=5284 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=5288 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=5292 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=5296 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=5300 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=5304 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=5308 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=5312 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=5316 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=5320 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=5324 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=5328 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=5332 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=5336 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=5340 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=5344 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=5348 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=5352 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=5356 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=5360 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=5364 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=5368 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=5372 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=5376 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=5380 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=5384 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=5388 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=5392 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=5396 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=5400 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=5404 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=5408 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=5412 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=5416 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=5420 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=5424 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=5428 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=5432 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=5436 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=5440 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=5444 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=5448 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=5452 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=5456 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=5460 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=5464 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=5468 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=5472 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=5476 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=5480 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=5484 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=780
; requantize channels 24..27, pixels 0..0
REQUANT popPrev=1 popNext=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=18 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 24..27 k-group 1 of 1
; 1 pixels of channels 24..27 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=16374 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; tile band 0 (output rows 0..0) channels 32..35 k-group 1 of 1
; weights of channel tile 8, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=6272 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x6200 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 8..8
LOAD pushNext=1 buffer=param sramRow=24 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0xc580 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 28..31 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=5488 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=5492 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=5496 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=5500 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=5504 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=5508 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=5512 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=5516 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=5520 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=5524 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=5528 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=5532 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=5536 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=5540 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=5544 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=5548 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=5552 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=5556 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=5560 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=5564 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=5568 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=5572 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=5576 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=5580 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=5584 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=5588 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=5592 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=5596 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=5600 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=5604 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=5608 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=5612 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=5616 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=5620 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=5624 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=5628 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=5632 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=5636 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=5640 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=5644 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=5648 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=5652 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=5656 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=5660 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=5664 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=5668 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=5672 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=5676 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=5680 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=5684 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=5688 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=5692 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=5696 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=5700 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=5704 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=5708 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=5712 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=5716 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=5720 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=5724 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=5728 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=5732 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=5736 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=5740 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=5744 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=5748 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=5752 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=5756 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=5760 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=5764 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=5768 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=5772 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=5776 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=5780 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=5784 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=5788 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=5792 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=5796 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=5800 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=5804 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=5808 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=5812 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=5816 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=5820 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=5824 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=5828 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=5832 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=5836 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=5840 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=5844 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=5848 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=5852 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=5856 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=5860 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=5864 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=5868 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=5872 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=5876 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=5880 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=5884 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=5888 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=5892 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=5896 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=5900 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=5904 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=5908 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=5912 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=5916 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=5920 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=5924 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=5928 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=5932 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=5936 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=5940 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=5944 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=5948 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=5952 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=5956 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=5960 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=5964 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=5968 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=5972 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=5976 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=5980 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=5984 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=5988 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=5992 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=5996 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=6000 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=6004 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=6008 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=6012 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=6016 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=6020 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=6024 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=6028 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=6032 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=6036 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=6040 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=6044 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=6048 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=6052 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=6056 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=6060 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=6064 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=6068 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=6072 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=6076 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=6080 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=6084 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=6088 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=6092 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=6096 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=6100 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=6104 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=6108 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=6112 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=6116 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=6120 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=6124 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=6128 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=6132 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=6136 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=6140 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=6144 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=6148 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=6152 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=6156 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=6160 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=6164 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=6168 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=6172 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=6176 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=6180 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=6184 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=6188 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=6192 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=6196 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=6200 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=6204 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=6208 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=6212 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=6216 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=6220 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=6224 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=6228 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=6232 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=6236 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=6240 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=6244 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=6248 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=6252 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=6256 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=6260 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=6264 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=6268 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=780
; requantize channels 28..31, pixels 0..0
REQUANT popPrev=1 popNext=1 pushNext=1 accRow=2048 outRow=1 outByte=0 rows=1 n=4 paramRow=21 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 28..31 k-group 1 of 1
; 1 pixels of channels 28..31 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=1 srcByte=0 dstBuffer=input dstRow=16375 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; tile band 0 (output rows 0..0) channels 36..39 k-group 1 of 1
; weights of channel tile 9, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=7056 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x6e40 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 9..9
LOAD pushNext=1 buffer=param sramRow=27 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0xc5b0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 32..35 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=6272 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=6276 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=6280 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=6284 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=6288 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=6292 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=6296 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=6300 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=6304 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=6308 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=6312 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=6316 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=6320 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=6324 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=6328 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=6332 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=6336 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=6340 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=6344 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=6348 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=6352 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=6356 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=6360 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=6364 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=6368 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=6372 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=6376 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=6380 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=6384 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=6388 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=6392 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=6396 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=6400 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=6404 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=6408 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=6412 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=6416 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=6420 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=6424 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=6428 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=6432 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=6436 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=6440 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=6444 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=6448 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=6452 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=6456 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=6460 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=6464 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=6468 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=6472 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=6476 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=6480 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=6484 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=6488 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=6492 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=6496 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=6500 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=6504 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=6508 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=6512 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=6516 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=6520 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=6524 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=6528 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=6532 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=6536 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=6540 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=6544 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=6548 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=6552 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=6556 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=6560 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=6564 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=6568 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=6572 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=6576 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=6580 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=6584 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=6588 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=6592 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=6596 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=6600 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=6604 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=6608 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=6612 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=6616 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=6620 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=6624 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=6628 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=6632 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=6636 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=6640 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=6644 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=6648 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=6652 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=6656 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=6660 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=6664 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=6668 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=6672 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=6676 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=6680 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=6684 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=6688 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=6692 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=6696 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=6700 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=6704 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=6708 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=6712 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=6716 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=6720 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=6724 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=6728 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=6732 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=6736 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=6740 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=6744 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=6748 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=6752 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=6756 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=6760 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=6764 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=6768 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=6772 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=6776 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=6780 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=6784 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=6788 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=6792 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=6796 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=6800 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=6804 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=6808 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=6812 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=6816 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=6820 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=6824 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=6828 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=6832 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=6836 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=6840 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=6844 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=6848 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=6852 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=6856 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=6860 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=6864 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=6868 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=6872 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=6876 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=6880 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=6884 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=6888 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=6892 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=6896 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=6900 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=6904 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=6908 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=6912 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=6916 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=6920 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=6924 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=6928 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=6932 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=6936 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=6940 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=6944 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=6948 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=6952 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=6956 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=6960 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=6964 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=6968 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=6972 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=6976 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=6980 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=6984 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=6988 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=6992 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=6996 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=7000 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=7004 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=7008 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=7012 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=7016 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=7020 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=7024 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=7028 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=7032 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=7036 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=7040 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=7044 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=7048 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=7052 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=780
; requantize channels 32..35, pixels 0..0
REQUANT popPrev=1 popNext=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=24 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 32..35 k-group 1 of 1
; 1 pixels of channels 32..35 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=16376 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; tile band 0 (output rows 0..0) channels 40..43 k-group 1 of 1
; weights of channel tile 10, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=7840 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x7a80 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 10..10
LOAD pushNext=1 buffer=param sramRow=30 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0xc5e0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 36..39 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=7056 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=7060 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=7064 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=7068 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=7072 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=7076 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=7080 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=7084 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=7088 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=7092 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=7096 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=7100 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=7104 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=7108 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=7112 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=7116 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=7120 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=7124 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=7128 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=7132 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=7136 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=7140 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=7144 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=7148 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=7152 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=7156 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=7160 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=7164 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=7168 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=7172 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=7176 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=7180 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=7184 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=7188 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=7192 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=7196 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=7200 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=7204 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=7208 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=7212 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=7216 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=7220 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=7224 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=7228 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=7232 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=7236 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=7240 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=7244 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=7248 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=7252 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=7256 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=7260 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=7264 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=7268 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=7272 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=7276 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=7280 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=7284 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=7288 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=7292 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=7296 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=7300 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=7304 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=7308 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=7312 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=7316 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=7320 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=7324 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=7328 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=7332 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=7336 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=7340 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=7344 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=7348 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=7352 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=7356 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=7360 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=7364 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=7368 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=7372 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=7376 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=7380 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=7384 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=7388 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=7392 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=7396 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=7400 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=7404 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=7408 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=7412 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=7416 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=7420 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=7424 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=7428 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=7432 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=7436 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=7440 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=7444 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=7448 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=7452 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=7456 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=7460 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=7464 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=7468 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=7472 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=7476 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=7480 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=7484 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=7488 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=7492 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=7496 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=7500 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=7504 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=7508 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=7512 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=7516 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=7520 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=7524 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=7528 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=7532 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=7536 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=7540 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=7544 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=7548 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=7552 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=7556 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=7560 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=7564 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=7568 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=7572 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=7576 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=7580 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=7584 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=7588 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=7592 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=7596 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=7600 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=7604 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=7608 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=7612 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=7616 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=7620 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=7624 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=7628 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=7632 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=7636 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=7640 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=7644 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=7648 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=7652 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=7656 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=7660 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=7664 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=7668 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=7672 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=7676 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=7680 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=7684 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=7688 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=7692 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=7696 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=7700 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=7704 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=7708 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=7712 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=7716 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=7720 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=7724 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=7728 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=7732 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=7736 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=7740 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=7744 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=7748 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=7752 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=7756 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=7760 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=7764 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=7768 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=7772 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=7776 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=7780 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=7784 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=7788 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=7792 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=7796 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=7800 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=7804 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=7808 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=7812 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=7816 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=7820 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=7824 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=7828 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=7832 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=7836 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=780
; requantize channels 36..39, pixels 0..0
REQUANT popPrev=1 popNext=1 pushNext=1 accRow=2048 outRow=1 outByte=0 rows=1 n=4 paramRow=27 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 36..39 k-group 1 of 1
; 1 pixels of channels 36..39 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=1 srcByte=0 dstBuffer=input dstRow=16377 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; tile band 0 (output rows 0..0) channels 44..47 k-group 1 of 1
; weights of channel tile 11, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=8624 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x86c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 11..11
LOAD pushNext=1 buffer=param sramRow=33 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0xc610 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 40..43 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=7840 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=7844 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=7848 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=7852 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=7856 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=7860 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=7864 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=7868 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=7872 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=7876 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=7880 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=7884 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=7888 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=7892 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=7896 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=7900 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=7904 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=7908 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=7912 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=7916 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=7920 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=7924 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=7928 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=7932 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=7936 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=7940 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=7944 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=7948 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=7952 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=7956 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=7960 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=7964 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=7968 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=7972 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=7976 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=7980 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=7984 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=7988 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=7992 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=7996 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=8000 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=8004 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=8008 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=8012 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=8016 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=8020 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=8024 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=8028 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=8032 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=8036 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=8040 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=8044 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=8048 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=8052 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=8056 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=8060 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=8064 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=8068 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=8072 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=8076 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=8080 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=8084 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=8088 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=8092 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=8096 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=8100 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=8104 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=8108 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=8112 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=8116 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=8120 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=8124 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=8128 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=8132 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=8136 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=8140 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=8144 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=8148 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=8152 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=8156 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=8160 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=8164 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=8168 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=8172 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=8176 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=8180 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=8184 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=8188 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=8192 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=8196 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=8200 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=8204 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=8208 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=8212 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=8216 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=8220 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=8224 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=8228 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=8232 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=8236 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=8240 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=8244 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=8248 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=8252 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=8256 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=8260 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=8264 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=8268 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=8272 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=8276 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=8280 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=8284 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=8288 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=8292 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=8296 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=8300 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=8304 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=8308 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=8312 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=8316 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=8320 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=8324 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=8328 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=8332 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=8336 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=8340 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=8344 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=8348 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=8352 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=8356 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=8360 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=8364 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=8368 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=8372 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=8376 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=8380 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=8384 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=8388 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=8392 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=8396 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=8400 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=8404 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=8408 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=8412 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=8416 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=8420 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=8424 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=8428 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=8432 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=8436 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=8440 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=8444 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=8448 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=8452 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=8456 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=8460 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=8464 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=8468 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=8472 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=8476 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=8480 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=8484 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=8488 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=8492 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=8496 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=8500 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=8504 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=8508 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=8512 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=8516 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=8520 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=8524 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=8528 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=8532 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=8536 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=8540 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=8544 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=8548 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=8552 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=8556 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=8560 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=8564 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=8568 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=8572 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=8576 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=8580 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=8584 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=8588 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=8592 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=8596 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=8600 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=8604 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=8608 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=8612 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=8616 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=8620 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=780
; requantize channels 40..43, pixels 0..0
REQUANT popPrev=1 popNext=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=30 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 40..43 k-group 1 of 1
; 1 pixels of channels 40..43 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=16378 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; tile band 0 (output rows 0..0) channels 48..51 k-group 1 of 1
; weights of channel tile 12, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=9408 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x9300 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 12..12
LOAD pushNext=1 buffer=param sramRow=36 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0xc640 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 44..47 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=8624 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=8628 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=8632 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=8636 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=8640 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=8644 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=8648 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=8652 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=8656 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=8660 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=8664 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=8668 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=8672 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=8676 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=8680 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=8684 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=8688 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=8692 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=8696 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=8700 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=8704 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=8708 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=8712 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=8716 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=8720 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=8724 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=8728 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=8732 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=8736 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=8740 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=8744 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=8748 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=8752 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=8756 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=8760 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=8764 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=8768 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=8772 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=8776 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=8780 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=8784 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=8788 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=8792 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=8796 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=8800 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=8804 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=8808 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=8812 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=8816 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=8820 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=8824 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=8828 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=8832 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=8836 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=8840 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=8844 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=8848 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=8852 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=8856 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=8860 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=8864 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=8868 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=8872 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=8876 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=8880 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=8884 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=8888 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=8892 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=8896 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=8900 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=8904 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=8908 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=8912 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=8916 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=8920 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=8924 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=8928 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=8932 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=8936 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=8940 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=8944 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=8948 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=8952 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=8956 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=8960 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=8964 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=8968 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=8972 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=8976 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=8980 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=8984 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=8988 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=8992 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=8996 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=9000 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=9004 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=9008 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=9012 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=9016 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=9020 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=9024 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=9028 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=9032 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=9036 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=9040 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=9044 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=9048 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=9052 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=9056 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=9060 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=9064 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=9068 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=9072 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=9076 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=9080 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=9084 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=9088 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=9092 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=9096 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=9100 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=9104 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=9108 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=9112 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=9116 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=9120 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=9124 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=9128 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=9132 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=9136 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=9140 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=9144 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=9148 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=9152 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=9156 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=9160 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=9164 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=9168 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=9172 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=9176 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=9180 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=9184 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=9188 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=9192 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=9196 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=9200 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=9204 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=9208 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=9212 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=9216 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=9220 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=9224 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=9228 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=9232 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=9236 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=9240 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=9244 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=9248 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=9252 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=9256 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=9260 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=9264 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=9268 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=9272 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=9276 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=9280 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=9284 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=9288 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=9292 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=9296 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=9300 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=9304 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=9308 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=9312 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=9316 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=9320 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=9324 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=9328 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=9332 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=9336 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=9340 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=9344 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=9348 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=9352 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=9356 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=9360 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=9364 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=9368 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=9372 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=9376 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=9380 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=9384 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=9388 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=9392 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=9396 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=9400 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=9404 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=780
; requantize channels 44..47, pixels 0..0
REQUANT popPrev=1 popNext=1 pushNext=1 accRow=2048 outRow=1 outByte=0 rows=1 n=4 paramRow=33 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 44..47 k-group 1 of 1
; 1 pixels of channels 44..47 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=1 srcByte=0 dstBuffer=input dstRow=16379 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; tile band 0 (output rows 0..0) channels 52..55 k-group 1 of 1
; weights of channel tile 13, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=10192 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0x9f40 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 13..13
LOAD pushNext=1 buffer=param sramRow=39 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0xc670 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 48..51 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=9408 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=9412 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=9416 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=9420 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=9424 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=9428 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=9432 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=9436 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=9440 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=9444 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=9448 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=9452 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=9456 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=9460 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=9464 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=9468 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=9472 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=9476 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=9480 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=9484 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=9488 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=9492 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=9496 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=9500 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=9504 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=9508 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=9512 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=9516 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=9520 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=9524 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=9528 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=9532 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=9536 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=9540 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=9544 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=9548 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=9552 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=9556 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=9560 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=9564 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=9568 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=9572 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=9576 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=9580 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=9584 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=9588 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=9592 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=9596 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=9600 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=9604 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=9608 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=9612 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=9616 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=9620 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=9624 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=9628 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=9632 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=9636 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=9640 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=9644 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=9648 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=9652 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=9656 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=9660 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=9664 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=9668 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=9672 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=9676 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=9680 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=9684 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=9688 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=9692 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=9696 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=9700 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=9704 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=9708 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=9712 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=9716 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=9720 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=9724 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=9728 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=9732 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=9736 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=9740 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=9744 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=9748 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=9752 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=9756 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=9760 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=9764 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=9768 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=9772 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=9776 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=9780 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=9784 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=9788 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=9792 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=9796 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=9800 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=9804 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=9808 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=9812 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=9816 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=9820 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=9824 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=9828 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=9832 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=9836 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=9840 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=9844 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=9848 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=9852 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=9856 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=9860 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=9864 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=9868 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=9872 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=9876 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=9880 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=9884 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=9888 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=9892 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=9896 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=9900 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=9904 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=9908 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=9912 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=9916 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=9920 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=9924 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=9928 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=9932 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=9936 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=9940 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=9944 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=9948 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=9952 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=9956 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=9960 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=9964 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=9968 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=9972 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=9976 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=9980 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=9984 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=9988 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=9992 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=9996 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=10000 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=10004 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=10008 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=10012 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=10016 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=10020 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=10024 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=10028 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=10032 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=10036 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=10040 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=10044 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=10048 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=10052 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=10056 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=10060 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=10064 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=10068 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=10072 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=10076 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=10080 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=10084 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=10088 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=10092 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=10096 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=10100 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=10104 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=10108 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=10112 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=10116 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=10120 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=10124 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=10128 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=10132 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=10136 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=10140 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=10144 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=10148 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=10152 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=10156 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=10160 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=10164 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=10168 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=10172 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=10176 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=10180 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=10184 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=10188 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=780
; requantize channels 48..51, pixels 0..0
REQUANT popPrev=1 popNext=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=36 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 48..51 k-group 1 of 1
; 1 pixels of channels 48..51 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=16380 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; tile band 0 (output rows 0..0) channels 56..59 k-group 1 of 1
; weights of channel tile 14, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=10976 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0xab80 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 14..14
LOAD pushNext=1 buffer=param sramRow=42 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0xc6a0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 52..55 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=10192 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=10196 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=10200 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=10204 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=10208 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=10212 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=10216 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=10220 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=10224 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=10228 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=10232 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=10236 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=10240 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=10244 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=10248 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=10252 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=10256 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=10260 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=10264 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=10268 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=10272 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=10276 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=10280 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=10284 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=10288 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=10292 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=10296 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=10300 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=10304 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=10308 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=10312 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=10316 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=10320 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=10324 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=10328 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=10332 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=10336 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=10340 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=10344 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=10348 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=10352 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=10356 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=10360 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=10364 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=10368 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=10372 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=10376 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=10380 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=10384 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=10388 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=10392 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=10396 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=10400 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=10404 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=10408 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=10412 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=10416 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=10420 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=10424 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=10428 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=10432 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=10436 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=10440 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=10444 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=10448 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=10452 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=10456 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=10460 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=10464 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=10468 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=10472 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=10476 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=10480 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=10484 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=10488 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=10492 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=10496 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=10500 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=10504 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=10508 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=10512 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=10516 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=10520 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=10524 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=10528 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=10532 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=10536 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=10540 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=10544 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=10548 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=10552 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=10556 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=10560 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=10564 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=10568 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=10572 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=10576 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=10580 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=10584 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=10588 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=10592 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=10596 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=10600 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=10604 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=10608 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=10612 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=10616 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=10620 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=10624 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=10628 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=10632 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=10636 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=10640 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=10644 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=10648 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=10652 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=10656 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=10660 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=10664 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=10668 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=10672 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=10676 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=10680 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=10684 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=10688 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=10692 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=10696 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=10700 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=10704 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=10708 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=10712 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=10716 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=10720 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=10724 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=10728 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=10732 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=10736 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=10740 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=10744 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=10748 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=10752 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=10756 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=10760 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=10764 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=10768 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=10772 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=10776 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=10780 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=10784 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=10788 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=10792 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=10796 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=10800 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=10804 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=10808 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=10812 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=10816 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=10820 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=10824 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=10828 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=10832 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=10836 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=10840 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=10844 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=10848 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=10852 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=10856 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=10860 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=10864 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=10868 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=10872 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=10876 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=10880 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=10884 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=10888 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=10892 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=10896 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=10900 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=10904 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=10908 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=10912 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=10916 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=10920 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=10924 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=10928 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=10932 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=10936 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=10940 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=10944 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=10948 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=10952 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=10956 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=10960 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=10964 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=10968 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=10972 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=780
; requantize channels 52..55, pixels 0..0
REQUANT popPrev=1 popNext=1 pushNext=1 accRow=2048 outRow=1 outByte=0 rows=1 n=4 paramRow=39 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 52..55 k-group 1 of 1
; 1 pixels of channels 52..55 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=1 srcByte=0 dstBuffer=input dstRow=16381 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; tile band 0 (output rows 0..0) channels 60..63 k-group 1 of 1
; weights of channel tile 15, chunks 0..195
LOAD pushNext=1 buffer=weight sramRow=11760 sramByte=0 bytesPerRow=3136 rows=1 sramRowStride=0 dramAddr=0xb7c0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 15..15
LOAD pushNext=1 buffer=param sramRow=45 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0xc6d0 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 56..59 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=10976 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=10980 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=10984 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=10988 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=10992 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=10996 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=11000 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=11004 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=11008 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=11012 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=11016 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=11020 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=11024 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=11028 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=11032 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=11036 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=11040 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=11044 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=11048 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=11052 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=11056 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=11060 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=11064 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=11068 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=11072 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=11076 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=11080 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=11084 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=11088 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=11092 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=11096 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=11100 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=11104 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=11108 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=11112 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=11116 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=11120 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=11124 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=11128 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=11132 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=11136 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=11140 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=11144 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=11148 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=11152 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=11156 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=11160 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=11164 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=11168 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=11172 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=11176 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=11180 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=11184 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=11188 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=11192 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=11196 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=11200 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=11204 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=11208 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=11212 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=11216 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=11220 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=11224 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=11228 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=11232 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=11236 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=11240 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=11244 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=11248 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=11252 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=11256 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=11260 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=11264 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=11268 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=11272 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=11276 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=11280 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=11284 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=11288 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=11292 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=11296 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=11300 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=11304 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=11308 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=11312 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=11316 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=11320 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=11324 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=11328 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=11332 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=11336 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=11340 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=11344 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=11348 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=11352 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=11356 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=11360 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=11364 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=11368 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=11372 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=11376 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=11380 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=11384 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=11388 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=11392 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=11396 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=11400 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=11404 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=11408 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=11412 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=11416 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=11420 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=11424 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=11428 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=11432 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=11436 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=11440 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=11444 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=11448 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=11452 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=11456 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=11460 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=11464 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=11468 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=11472 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=11476 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=11480 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=11484 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=11488 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=11492 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=11496 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=11500 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=11504 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=11508 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=11512 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=11516 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=11520 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=11524 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=11528 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=11532 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=11536 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=11540 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=11544 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=11548 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=11552 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=11556 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=11560 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=11564 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=11568 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=11572 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=11576 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=11580 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=11584 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=11588 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=11592 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=11596 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=11600 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=11604 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=11608 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=11612 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=11616 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=11620 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=11624 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=11628 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=11632 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=11636 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=11640 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=11644 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=11648 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=11652 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=11656 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=11660 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=11664 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=11668 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=11672 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=11676 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=11680 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=11684 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=11688 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=11692 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=11696 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=11700 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=11704 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=11708 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=11712 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=11716 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=11720 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=11724 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=11728 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=11732 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=11736 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=11740 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=11744 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=11748 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=11752 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=11756 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=780
; requantize channels 56..59, pixels 0..0
REQUANT popPrev=1 popNext=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=42 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 56..59 k-group 1 of 1
; 1 pixels of channels 56..59 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=0 srcByte=0 dstBuffer=input dstRow=16382 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; compute tile band 0 (output rows 0..0) channels 60..63 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=11760 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=11764 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=11768 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=11772 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=11776 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=11780 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=11784 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=11788 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=11792 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=11796 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=11800 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=11804 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=11808 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=11812 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=11816 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=11820 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS weightRow=11824 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=64
LOAD_WEIGHTS weightRow=11828 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=68
LOAD_WEIGHTS weightRow=11832 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=72
LOAD_WEIGHTS weightRow=11836 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=76
LOAD_WEIGHTS weightRow=11840 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=80
LOAD_WEIGHTS weightRow=11844 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=84
LOAD_WEIGHTS weightRow=11848 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=88
LOAD_WEIGHTS weightRow=11852 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=92
LOAD_WEIGHTS weightRow=11856 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=96
LOAD_WEIGHTS weightRow=11860 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=100
LOAD_WEIGHTS weightRow=11864 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=104
LOAD_WEIGHTS weightRow=11868 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=108
LOAD_WEIGHTS weightRow=11872 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=112
LOAD_WEIGHTS weightRow=11876 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=116
LOAD_WEIGHTS weightRow=11880 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=120
LOAD_WEIGHTS weightRow=11884 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=124
LOAD_WEIGHTS weightRow=11888 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=128
LOAD_WEIGHTS weightRow=11892 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=132
LOAD_WEIGHTS weightRow=11896 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=136
LOAD_WEIGHTS weightRow=11900 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=140
LOAD_WEIGHTS weightRow=11904 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=144
LOAD_WEIGHTS weightRow=11908 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=148
LOAD_WEIGHTS weightRow=11912 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=152
LOAD_WEIGHTS weightRow=11916 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=156
LOAD_WEIGHTS weightRow=11920 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=160
LOAD_WEIGHTS weightRow=11924 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=164
LOAD_WEIGHTS weightRow=11928 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=168
LOAD_WEIGHTS weightRow=11932 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=172
LOAD_WEIGHTS weightRow=11936 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=176
LOAD_WEIGHTS weightRow=11940 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=180
LOAD_WEIGHTS weightRow=11944 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=184
LOAD_WEIGHTS weightRow=11948 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=188
LOAD_WEIGHTS weightRow=11952 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=192
LOAD_WEIGHTS weightRow=11956 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=196
LOAD_WEIGHTS weightRow=11960 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=200
LOAD_WEIGHTS weightRow=11964 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=204
LOAD_WEIGHTS weightRow=11968 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=208
LOAD_WEIGHTS weightRow=11972 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=212
LOAD_WEIGHTS weightRow=11976 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=216
LOAD_WEIGHTS weightRow=11980 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=220
LOAD_WEIGHTS weightRow=11984 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=224
LOAD_WEIGHTS weightRow=11988 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=228
LOAD_WEIGHTS weightRow=11992 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=232
LOAD_WEIGHTS weightRow=11996 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=236
LOAD_WEIGHTS weightRow=12000 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=240
LOAD_WEIGHTS weightRow=12004 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=244
LOAD_WEIGHTS weightRow=12008 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=248
LOAD_WEIGHTS weightRow=12012 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=252
LOAD_WEIGHTS weightRow=12016 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=256
LOAD_WEIGHTS weightRow=12020 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=260
LOAD_WEIGHTS weightRow=12024 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=264
LOAD_WEIGHTS weightRow=12028 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=268
LOAD_WEIGHTS weightRow=12032 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=272
LOAD_WEIGHTS weightRow=12036 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=276
LOAD_WEIGHTS weightRow=12040 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=280
LOAD_WEIGHTS weightRow=12044 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=284
LOAD_WEIGHTS weightRow=12048 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=288
LOAD_WEIGHTS weightRow=12052 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=292
LOAD_WEIGHTS weightRow=12056 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=296
LOAD_WEIGHTS weightRow=12060 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=300
LOAD_WEIGHTS weightRow=12064 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=304
LOAD_WEIGHTS weightRow=12068 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=308
LOAD_WEIGHTS weightRow=12072 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=312
LOAD_WEIGHTS weightRow=12076 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=316
LOAD_WEIGHTS weightRow=12080 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=320
LOAD_WEIGHTS weightRow=12084 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=324
LOAD_WEIGHTS weightRow=12088 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=328
LOAD_WEIGHTS weightRow=12092 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=332
LOAD_WEIGHTS weightRow=12096 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=336
LOAD_WEIGHTS weightRow=12100 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=340
LOAD_WEIGHTS weightRow=12104 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=344
LOAD_WEIGHTS weightRow=12108 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=348
LOAD_WEIGHTS weightRow=12112 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=352
LOAD_WEIGHTS weightRow=12116 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=356
LOAD_WEIGHTS weightRow=12120 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=360
LOAD_WEIGHTS weightRow=12124 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=364
LOAD_WEIGHTS weightRow=12128 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=368
LOAD_WEIGHTS weightRow=12132 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=372
LOAD_WEIGHTS weightRow=12136 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=376
LOAD_WEIGHTS weightRow=12140 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=380
LOAD_WEIGHTS weightRow=12144 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=384
LOAD_WEIGHTS weightRow=12148 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=388
LOAD_WEIGHTS weightRow=12152 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=392
LOAD_WEIGHTS weightRow=12156 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=396
LOAD_WEIGHTS weightRow=12160 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=400
LOAD_WEIGHTS weightRow=12164 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=404
LOAD_WEIGHTS weightRow=12168 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=408
LOAD_WEIGHTS weightRow=12172 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=412
LOAD_WEIGHTS weightRow=12176 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=416
LOAD_WEIGHTS weightRow=12180 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=420
LOAD_WEIGHTS weightRow=12184 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=424
LOAD_WEIGHTS weightRow=12188 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=428
LOAD_WEIGHTS weightRow=12192 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=432
LOAD_WEIGHTS weightRow=12196 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=436
LOAD_WEIGHTS weightRow=12200 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=440
LOAD_WEIGHTS weightRow=12204 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=444
LOAD_WEIGHTS weightRow=12208 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=448
LOAD_WEIGHTS weightRow=12212 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=452
LOAD_WEIGHTS weightRow=12216 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=456
LOAD_WEIGHTS weightRow=12220 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=460
LOAD_WEIGHTS weightRow=12224 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=464
LOAD_WEIGHTS weightRow=12228 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=468
LOAD_WEIGHTS weightRow=12232 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=472
LOAD_WEIGHTS weightRow=12236 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=476
LOAD_WEIGHTS weightRow=12240 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=480
LOAD_WEIGHTS weightRow=12244 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=484
LOAD_WEIGHTS weightRow=12248 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=488
LOAD_WEIGHTS weightRow=12252 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=492
LOAD_WEIGHTS weightRow=12256 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=496
LOAD_WEIGHTS weightRow=12260 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=500
LOAD_WEIGHTS weightRow=12264 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=504
LOAD_WEIGHTS weightRow=12268 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=508
LOAD_WEIGHTS weightRow=12272 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=512
LOAD_WEIGHTS weightRow=12276 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=516
LOAD_WEIGHTS weightRow=12280 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=520
LOAD_WEIGHTS weightRow=12284 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=524
LOAD_WEIGHTS weightRow=12288 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=528
LOAD_WEIGHTS weightRow=12292 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=532
LOAD_WEIGHTS weightRow=12296 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=536
LOAD_WEIGHTS weightRow=12300 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=540
LOAD_WEIGHTS weightRow=12304 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=544
LOAD_WEIGHTS weightRow=12308 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=548
LOAD_WEIGHTS weightRow=12312 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=552
LOAD_WEIGHTS weightRow=12316 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=556
LOAD_WEIGHTS weightRow=12320 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=560
LOAD_WEIGHTS weightRow=12324 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=564
LOAD_WEIGHTS weightRow=12328 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=568
LOAD_WEIGHTS weightRow=12332 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=572
LOAD_WEIGHTS weightRow=12336 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=576
LOAD_WEIGHTS weightRow=12340 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=580
LOAD_WEIGHTS weightRow=12344 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=584
LOAD_WEIGHTS weightRow=12348 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=588
LOAD_WEIGHTS weightRow=12352 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=592
LOAD_WEIGHTS weightRow=12356 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=596
LOAD_WEIGHTS weightRow=12360 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=600
LOAD_WEIGHTS weightRow=12364 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=604
LOAD_WEIGHTS weightRow=12368 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=608
LOAD_WEIGHTS weightRow=12372 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=612
LOAD_WEIGHTS weightRow=12376 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=616
LOAD_WEIGHTS weightRow=12380 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=620
LOAD_WEIGHTS weightRow=12384 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=624
LOAD_WEIGHTS weightRow=12388 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=628
LOAD_WEIGHTS weightRow=12392 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=632
LOAD_WEIGHTS weightRow=12396 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=636
LOAD_WEIGHTS weightRow=12400 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=640
LOAD_WEIGHTS weightRow=12404 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=644
LOAD_WEIGHTS weightRow=12408 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=648
LOAD_WEIGHTS weightRow=12412 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=652
LOAD_WEIGHTS weightRow=12416 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=656
LOAD_WEIGHTS weightRow=12420 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=660
LOAD_WEIGHTS weightRow=12424 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=664
LOAD_WEIGHTS weightRow=12428 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=668
LOAD_WEIGHTS weightRow=12432 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=672
LOAD_WEIGHTS weightRow=12436 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=676
LOAD_WEIGHTS weightRow=12440 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=680
LOAD_WEIGHTS weightRow=12444 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=684
LOAD_WEIGHTS weightRow=12448 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=688
LOAD_WEIGHTS weightRow=12452 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=692
LOAD_WEIGHTS weightRow=12456 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=696
LOAD_WEIGHTS weightRow=12460 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=700
LOAD_WEIGHTS weightRow=12464 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=704
LOAD_WEIGHTS weightRow=12468 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=708
LOAD_WEIGHTS weightRow=12472 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=712
LOAD_WEIGHTS weightRow=12476 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=716
LOAD_WEIGHTS weightRow=12480 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=720
LOAD_WEIGHTS weightRow=12484 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=724
LOAD_WEIGHTS weightRow=12488 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=728
LOAD_WEIGHTS weightRow=12492 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=732
LOAD_WEIGHTS weightRow=12496 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=736
LOAD_WEIGHTS weightRow=12500 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=740
LOAD_WEIGHTS weightRow=12504 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=744
LOAD_WEIGHTS weightRow=12508 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=748
LOAD_WEIGHTS weightRow=12512 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=752
LOAD_WEIGHTS weightRow=12516 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=756
LOAD_WEIGHTS weightRow=12520 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=760
LOAD_WEIGHTS weightRow=12524 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=764
LOAD_WEIGHTS weightRow=12528 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=768
LOAD_WEIGHTS weightRow=12532 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=772
LOAD_WEIGHTS weightRow=12536 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=776
LOAD_WEIGHTS weightRow=12540 k=4 n=4
COMPUTE inputRow=0 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=4 accumulate=1 window=1 kOffset=780
; requantize channels 60..63, pixels 0..0
REQUANT popPrev=1 popNext=1 pushNext=1 accRow=2048 outRow=1 outByte=0 rows=1 n=4 paramRow=45 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 60..63 k-group 1 of 1
; 1 pixels of channels 60..63 → the on-chip image of fc1
MOVE popPrev=1 pushPrev=1 srcBuffer=output srcRow=1 srcByte=0 dstBuffer=input dstRow=16383 dstByte=0 bytesPerRow=4 rows=1 srcRowStride=1 dstRowStride=16 repeat=1 srcOuterStride=0 dstOuterStride=0
; layer logits: qdense 1x1x64 → 1x1x10, int8 (weights i8, input u8), ws; input on chip, 2 channel group(s), 1 k-group(s), bands outer; predicted 678 cycles
; tile band 0 (output rows 0..0) channels 0..7 k-group 1 of 1
; weights of channel tile 0, chunks 0..15
LOAD popNext=1 pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0xc700 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; weights of channel tile 1, chunks 0..15
LOAD popNext=1 pushNext=1 buffer=weight sramRow=64 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0xc800 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 0..1
LOAD popNext=1 pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=96 rows=1 sramRowStride=0 dramAddr=0xca00 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; tile band 0 (output rows 0..0) channels 8..9 k-group 1 of 1
; weights of channel tile 2, chunks 0..15
LOAD popNext=1 pushNext=1 buffer=weight sramRow=128 sramByte=0 bytesPerRow=256 rows=1 sramRowStride=0 dramAddr=0xc900 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; requant params (bias, M0, shift) of channel tiles 2..2
LOAD popNext=1 pushNext=1 buffer=param sramRow=6 sramByte=0 bytesPerRow=48 rows=1 sramRowStride=0 dramAddr=0xca60 dramRowStride=0x0 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
; compute tile band 0 (output rows 0..0) channels 0..7 k-group 1 of 1
; window: pitch 64 B, 64 B per pixel, channels 0..63 per tap
WINDOW pitch=64 pixelBytes=64 cinTap=64 chanOffset=0 kernelW=1 strideH=1 strideW=1 dilationH=1 dilationW=1 outW=1
LOAD_WEIGHTS popPrev=1 weightRow=0 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=4 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=8 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=12 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=16 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=20 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=24 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=28 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=32 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=36 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=40 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=44 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=48 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=52 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=56 k=4 n=4
COMPUTE popNext=1 inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=60 k=4 n=4
COMPUTE popNext=1 inputRow=16368 inputRowStride=0 weightRow=0 accRow=0 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
LOAD_WEIGHTS popPrev=1 weightRow=64 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=0 window=1
LOAD_WEIGHTS weightRow=68 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=72 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=76 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=80 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=84 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=88 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=92 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=96 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=100 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=104 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=108 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=112 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=116 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=120 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=124 k=4 n=4
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=1 m=1 k=4 n=4 accumulate=1 window=1 kOffset=60
; requantize channels 0..3, pixels 0..0
REQUANT popPrev=1 accRow=0 outRow=0 outByte=0 rows=1 n=4 paramRow=0 addBias=1 outZero=159 qmin=0 qmax=255 outBits=8 outSigned=0
; requantize channels 4..7, pixels 0..0
REQUANT pushNext=1 accRow=1 outRow=1 outByte=0 rows=1 n=4 paramRow=3 addBias=1 outZero=159 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 0..7 k-group 1 of 1
; 1 pixels × channels 0..7 → logits @0xce40
STORE popPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=4 rows=2 sramRowStride=1 dramAddr=0xce40 dramRowStride=0x4 repeat=1 sramOuterStride=1 dramOuterStride=0xa
; compute tile band 0 (output rows 0..0) channels 8..9 k-group 1 of 1
LOAD_WEIGHTS popPrev=1 weightRow=128 k=4 n=2
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=2 accumulate=0 window=1
LOAD_WEIGHTS weightRow=132 k=4 n=2
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=2 accumulate=1 window=1 kOffset=4
LOAD_WEIGHTS weightRow=136 k=4 n=2
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=2 accumulate=1 window=1 kOffset=8
LOAD_WEIGHTS weightRow=140 k=4 n=2
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=2 accumulate=1 window=1 kOffset=12
LOAD_WEIGHTS weightRow=144 k=4 n=2
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=2 accumulate=1 window=1 kOffset=16
LOAD_WEIGHTS weightRow=148 k=4 n=2
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=2 accumulate=1 window=1 kOffset=20
LOAD_WEIGHTS weightRow=152 k=4 n=2
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=2 accumulate=1 window=1 kOffset=24
LOAD_WEIGHTS weightRow=156 k=4 n=2
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=2 accumulate=1 window=1 kOffset=28
LOAD_WEIGHTS weightRow=160 k=4 n=2
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=2 accumulate=1 window=1 kOffset=32
LOAD_WEIGHTS weightRow=164 k=4 n=2
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=2 accumulate=1 window=1 kOffset=36
LOAD_WEIGHTS weightRow=168 k=4 n=2
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=2 accumulate=1 window=1 kOffset=40
LOAD_WEIGHTS weightRow=172 k=4 n=2
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=2 accumulate=1 window=1 kOffset=44
LOAD_WEIGHTS weightRow=176 k=4 n=2
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=2 accumulate=1 window=1 kOffset=48
LOAD_WEIGHTS weightRow=180 k=4 n=2
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=2 accumulate=1 window=1 kOffset=52
LOAD_WEIGHTS weightRow=184 k=4 n=2
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=2 accumulate=1 window=1 kOffset=56
LOAD_WEIGHTS weightRow=188 k=4 n=2
COMPUTE inputRow=16368 inputRowStride=0 weightRow=0 accRow=2048 m=1 k=4 n=2 accumulate=1 window=1 kOffset=60
; requantize channels 8..9, pixels 0..0
REQUANT popPrev=1 pushNext=1 accRow=2048 outRow=2 outByte=0 rows=1 n=2 paramRow=6 addBias=1 outZero=159 qmin=0 qmax=255 outBits=8 outSigned=0
; store tile band 0 (output rows 0..0) channels 8..9 k-group 1 of 1
; 1 pixels × channels 8..9 → logits @0xce40
STORE popPrev=1 buffer=output sramRow=2 sramByte=0 bytesPerRow=2 rows=1 sramRowStride=0 dramAddr=0xce48 dramRowStride=0x0 repeat=1 sramOuterStride=1 dramOuterStride=0xa
; end of program
HALT
