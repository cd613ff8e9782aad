; layer fc1, tile (0,0): 16x16 int8 weights, 4 input rows, weight-stationary
CONFIG mode=int8 dataflow=ws accBits=32 overflow=saturate requantMode=m0shift actBits=8 actSigned=0 weightBits=8
LOAD pushNext=1 buffer=weight sramRow=0 sramByte=0 bytesPerRow=16 rows=16 sramRowStride=1 dramAddr=0x1000 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
LOAD pushNext=1 buffer=input sramRow=0 sramByte=0 bytesPerRow=16 rows=4 sramRowStride=1 dramAddr=0x0 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
LOAD pushNext=1 buffer=param sramRow=0 sramByte=0 bytesPerRow=64 rows=3 sramRowStride=1 dramAddr=0x1100 dramRowStride=0x40 repeat=1 sramOuterStride=0 dramOuterStride=0x0 fill=0 fillByte=0
LOAD_WEIGHTS popPrev=1 weightRow=0 k=16 n=16
COMPUTE popPrev=1 inputRow=0 inputRowStride=1 weightRow=0 accRow=0 m=4 k=16 n=16 accumulate=0
; bias, M0 and shift per channel at param rows 0..2
REQUANT popPrev=1 pushNext=1 accRow=0 outRow=0 outByte=0 rows=4 n=16 paramRow=0 addBias=1 outZero=0 qmin=0 qmax=255 outBits=8 outSigned=0
STORE popPrev=1 buffer=output sramRow=0 sramByte=0 bytesPerRow=16 rows=4 sramRowStride=1 dramAddr=0x2000 dramRowStride=0x10 repeat=1 sramOuterStride=0 dramOuterStride=0x0
HALT
