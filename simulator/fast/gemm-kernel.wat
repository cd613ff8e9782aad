;; The int8 and binary GEMM kernels of the functional simulator, in WebAssembly (SIMD for int8),
;; assembled by tools/gen-gemm-kernel.ts into gemm-kernel-wasm.ts; gemm-wasm.ts and
;; gemm-binary.ts drive them, and the vector unit's REQUANT and max POOL kernels (requant-wasm.ts, pool-wasm.ts).
;; loc-budget: one module for every kernel (one validation and compile per thread; each user instantiates it)
;;
;; Semantics (exact, the same as gemm-reference.ts):
;;   C[m][n] = bias[n] + sum_k A[m][k] * W[n][k]      (int32; only the bias add can wrap)
;;
;; Layouts, all prepared by gemm-wasm.ts:
;;   A16  activations widened to i16, row-major, row stride kp elements (kp = K rounded up to 8,
;;        the tail zeroed), rows padded to an even count (the padding row is computed, never stored).
;;   W    weights widened to i16 once and packed by blocks of 4 output channels:
;;        W[((jb * kp/8 + s) * 4 + c) * 8 + e] = W[4*jb + c][8*s + e], zero outside N x K,
;;        so the inner loop reads one contiguous stream of 64 bytes per 8 k.
;;   bias i32, padded with zeros to a multiple of 4 channels.
;;   C    i32, M x N row-major, dense.
;; Why i16 and not i8 in memory: i32x4.dot_i16x8_s multiplies i16 lanes; widening each operand
;; once (A per call, W once per layer) keeps the extend instructions out of the inner loop.
;; Unsigned activations (u8, 0..255) are zero-extended instead of sign-extended: still exact,
;; since a pairwise product sum 2 * 255 * 128 and K * 255 * 128 (K <= 65536) fit in i32.
(module
  (memory (export "memory") 1)

  ;; Widen `rows` rows of `k` int8 (or uint8 when $unsigned) at $src (dense, stride k bytes)
  ;; to i16 at $dst with row stride $kp elements; columns k..kp-1 are zeroed.
  (func (export "widen") (param $src i32) (param $dst i32) (param $rows i32) (param $k i32)
                         (param $kp i32) (param $unsigned i32)
    (local $r i32) (local $s i32) (local $d i32) (local $send i32) (local $v v128)
    (block $rows_done
      (loop $rows_loop
        (br_if $rows_done (i32.ge_u (local.get $r) (local.get $rows)))
        (local.set $s (i32.add (local.get $src) (i32.mul (local.get $r) (local.get $k))))
        (local.set $d (i32.add (local.get $dst) (i32.shl (i32.mul (local.get $r) (local.get $kp)) (i32.const 1))))
        (local.set $send (i32.add (local.get $s) (local.get $k)))
        ;; 16 bytes at a time while a whole vector fits in the row.
        (block $vec_done
          (loop $vec_loop
            (br_if $vec_done (i32.gt_u (i32.add (local.get $s) (i32.const 16)) (local.get $send)))
            (local.set $v (v128.load (local.get $s)))
            (if (local.get $unsigned)
              (then
                (v128.store (local.get $d) (i16x8.extend_low_i8x16_u (local.get $v)))
                (v128.store offset=16 (local.get $d) (i16x8.extend_high_i8x16_u (local.get $v))))
              (else
                (v128.store (local.get $d) (i16x8.extend_low_i8x16_s (local.get $v)))
                (v128.store offset=16 (local.get $d) (i16x8.extend_high_i8x16_s (local.get $v)))))
            (local.set $s (i32.add (local.get $s) (i32.const 16)))
            (local.set $d (i32.add (local.get $d) (i32.const 32)))
            (br $vec_loop)))
        ;; The row's last k mod 16 values one by one.
        (block $tail_done
          (loop $tail_loop
            (br_if $tail_done (i32.ge_u (local.get $s) (local.get $send)))
            (if (local.get $unsigned)
              (then (i32.store16 (local.get $d) (i32.load8_u (local.get $s))))
              (else (i32.store16 (local.get $d) (i32.load8_s (local.get $s)))))
            (local.set $s (i32.add (local.get $s) (i32.const 1)))
            (local.set $d (i32.add (local.get $d) (i32.const 2)))
            (br $tail_loop)))
        ;; Zero the padding up to kp, so padded k contribute 0 whatever the weights hold.
        (memory.fill (local.get $d) (i32.const 0)
          (i32.sub (i32.add (local.get $dst) (i32.shl (i32.mul (i32.add (local.get $r) (i32.const 1)) (local.get $kp)) (i32.const 1)))
                   (local.get $d)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rows_loop))))

  ;; Gather and widen one slice of a window (im2col) matrix straight into the A16 layout: row r's
  ;; bytes start at $src + rows[r] (i32 table at $rows), and its runs (i32 pairs offset, length at
  ;; $runs, $nruns of them) are copied in order, widened to i16 (zero-extended when $unsigned), to
  ;; $dst + (r * $kp + $col) * 2; then columns $kend..$kp-1 of the row are zeroed ($kend = $kp: none).
  ;; 8 bytes per i16x8.load8x8, the run's last length mod 8 one by one.
  (func (export "gather16") (param $src i32) (param $rows i32) (param $runs i32) (param $nruns i32) (param $m i32)
                            (param $dst i32) (param $kp i32) (param $col i32) (param $kend i32) (param $unsigned i32)
    (local $r i32) (local $q i32) (local $base i32) (local $s i32) (local $send i32) (local $d i32) (local $rq i32)
    (block $rows_done
      (loop $rows_loop
        (br_if $rows_done (i32.ge_u (local.get $r) (local.get $m)))
        (local.set $base (i32.add (local.get $src) (i32.load (i32.add (local.get $rows) (i32.shl (local.get $r) (i32.const 2))))))
        (local.set $d (i32.add (local.get $dst) (i32.shl (i32.add (i32.mul (local.get $r) (local.get $kp)) (local.get $col)) (i32.const 1))))
        (local.set $q (i32.const 0))
        (local.set $rq (local.get $runs))
        (block $runs_done
          (loop $runs_loop
            (br_if $runs_done (i32.ge_u (local.get $q) (local.get $nruns)))
            (local.set $s (i32.add (local.get $base) (i32.load (local.get $rq))))
            (local.set $send (i32.add (local.get $s) (i32.load offset=4 (local.get $rq))))
            (block $vec_done
              (loop $vec_loop
                (br_if $vec_done (i32.gt_u (i32.add (local.get $s) (i32.const 8)) (local.get $send)))
                (if (local.get $unsigned)
                  (then (v128.store (local.get $d) (v128.load8x8_u (local.get $s))))
                  (else (v128.store (local.get $d) (v128.load8x8_s (local.get $s)))))
                (local.set $s (i32.add (local.get $s) (i32.const 8)))
                (local.set $d (i32.add (local.get $d) (i32.const 16)))
                (br $vec_loop)))
            (block $tail_done
              (loop $tail_loop
                (br_if $tail_done (i32.ge_u (local.get $s) (local.get $send)))
                (if (local.get $unsigned)
                  (then (i32.store16 (local.get $d) (i32.load8_u (local.get $s))))
                  (else (i32.store16 (local.get $d) (i32.load8_s (local.get $s)))))
                (local.set $s (i32.add (local.get $s) (i32.const 1)))
                (local.set $d (i32.add (local.get $d) (i32.const 2)))
                (br $tail_loop)))
            (local.set $rq (i32.add (local.get $rq) (i32.const 8)))
            (local.set $q (i32.add (local.get $q) (i32.const 1)))
            (br $runs_loop)))
        (if (i32.lt_u (local.get $kend) (local.get $kp))
          (then
            (memory.fill
              (i32.add (local.get $dst) (i32.shl (i32.add (i32.mul (local.get $r) (local.get $kp)) (local.get $kend)) (i32.const 1)))
              (i32.const 0)
              (i32.shl (i32.sub (local.get $kp) (local.get $kend)) (i32.const 1)))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rows_loop))))

  ;; Store the first $count (1..4) lanes of $v at $ptr: the right edge when N is not a multiple of 4.
  (func $store_lanes (param $ptr i32) (param $v v128) (param $count i32)
    (if (i32.ge_u (local.get $count) (i32.const 4))
      (then (v128.store (local.get $ptr) (local.get $v)) (return)))
    (i32.store (local.get $ptr) (i32x4.extract_lane 0 (local.get $v)))
    (if (i32.ge_u (local.get $count) (i32.const 2))
      (then (i32.store offset=4 (local.get $ptr) (i32x4.extract_lane 1 (local.get $v)))))
    (if (i32.ge_u (local.get $count) (i32.const 3))
      (then (i32.store offset=8 (local.get $ptr) (i32x4.extract_lane 2 (local.get $v))))))

  ;; C[0:m, j0:j1] for output channels j0..j1 (j0 a multiple of 4; j1 <= n). The caller splits
  ;; N into panels whose packed weights fit in L2, so every row pair reuses them from cache.
  ;; Register block: 2 rows x 4 channels = 8 i32x4 accumulators, each holding 4 partial sums
  ;; of one output, reduced once at the end to [sum(x_0), sum(x_1), sum(x_2), sum(x_3)] by shuffles
  ;; (p = [a0+a1, b0+b1, a2+a3, b2+b3], q likewise for the other two, then p and q halves added),
  ;; written out at both uses: a function call per 2 x 4 block cost more than the reduction itself.
  (func (export "gemm") (param $a i32) (param $w i32) (param $bias i32) (param $c i32)
                        (param $m i32) (param $n i32) (param $kp i32) (param $j0 i32) (param $j1 i32)
    (local $i i32) (local $j i32) (local $rowBytes i32) (local $pa i32) (local $pb i32) (local $end i32)
    (local $a0 v128) (local $a1 v128) (local $b v128) (local $bv v128) (local $crow i32)
    (local $x00 v128) (local $x01 v128) (local $x02 v128) (local $x03 v128)
    (local $x10 v128) (local $x11 v128) (local $x12 v128) (local $x13 v128)
    (local $p v128) (local $q v128) (local $s0 v128) (local $s1 v128) (local $lanes i32)
    (local.set $rowBytes (i32.shl (local.get $kp) (i32.const 1)))
    (block $i_done
      (loop $i_loop
        (br_if $i_done (i32.ge_u (local.get $i) (local.get $m)))
        (local.set $j (local.get $j0))
        (block $j_done
          (loop $j_loop
            (br_if $j_done (i32.ge_u (local.get $j) (local.get $j1)))
            (local.set $pa (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $rowBytes))))
            (local.set $end (i32.add (local.get $pa) (local.get $rowBytes)))
            ;; Block j/4 starts at (j/4) * (kp/8) * 64 bytes = j * kp * 2 bytes.
            (local.set $pb (i32.add (local.get $w) (i32.mul (local.get $j) (local.get $rowBytes))))
            (local.set $x00 (v128.const i64x2 0 0)) (local.set $x01 (v128.const i64x2 0 0))
            (local.set $x02 (v128.const i64x2 0 0)) (local.set $x03 (v128.const i64x2 0 0))
            (local.set $x10 (v128.const i64x2 0 0)) (local.set $x11 (v128.const i64x2 0 0))
            (local.set $x12 (v128.const i64x2 0 0)) (local.set $x13 (v128.const i64x2 0 0))
            (loop $k_loop
              (local.set $a0 (v128.load (local.get $pa)))
              (local.set $a1 (v128.load (i32.add (local.get $pa) (local.get $rowBytes))))
              (local.set $b (v128.load (local.get $pb)))
              (local.set $x00 (i32x4.add (local.get $x00) (i32x4.dot_i16x8_s (local.get $a0) (local.get $b))))
              (local.set $x10 (i32x4.add (local.get $x10) (i32x4.dot_i16x8_s (local.get $a1) (local.get $b))))
              (local.set $b (v128.load offset=16 (local.get $pb)))
              (local.set $x01 (i32x4.add (local.get $x01) (i32x4.dot_i16x8_s (local.get $a0) (local.get $b))))
              (local.set $x11 (i32x4.add (local.get $x11) (i32x4.dot_i16x8_s (local.get $a1) (local.get $b))))
              (local.set $b (v128.load offset=32 (local.get $pb)))
              (local.set $x02 (i32x4.add (local.get $x02) (i32x4.dot_i16x8_s (local.get $a0) (local.get $b))))
              (local.set $x12 (i32x4.add (local.get $x12) (i32x4.dot_i16x8_s (local.get $a1) (local.get $b))))
              (local.set $b (v128.load offset=48 (local.get $pb)))
              (local.set $x03 (i32x4.add (local.get $x03) (i32x4.dot_i16x8_s (local.get $a0) (local.get $b))))
              (local.set $x13 (i32x4.add (local.get $x13) (i32x4.dot_i16x8_s (local.get $a1) (local.get $b))))
              (local.set $pa (i32.add (local.get $pa) (i32.const 16)))
              (local.set $pb (i32.add (local.get $pb) (i32.const 64)))
              (br_if $k_loop (i32.lt_u (local.get $pa) (local.get $end))))
            (local.set $bv (v128.load (i32.add (local.get $bias) (i32.shl (local.get $j) (i32.const 2)))))
            (local.set $crow (i32.add (local.get $c) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $n)) (local.get $j)) (i32.const 2))))
            ;; $s0 = bias + the horizontal sums of $x00..$x03
            (local.set $p (i32x4.add
              (i8x16.shuffle 0 1 2 3 16 17 18 19 8 9 10 11 24 25 26 27 (local.get $x00) (local.get $x01))
              (i8x16.shuffle 4 5 6 7 20 21 22 23 12 13 14 15 28 29 30 31 (local.get $x00) (local.get $x01))))
            (local.set $q (i32x4.add
              (i8x16.shuffle 0 1 2 3 16 17 18 19 8 9 10 11 24 25 26 27 (local.get $x02) (local.get $x03))
              (i8x16.shuffle 4 5 6 7 20 21 22 23 12 13 14 15 28 29 30 31 (local.get $x02) (local.get $x03))))
            (local.set $s0 (i32x4.add (local.get $bv) (i32x4.add
              (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $p) (local.get $q))
              (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $p) (local.get $q)))))
            (local.set $lanes (i32.sub (local.get $j1) (local.get $j)))
            (if (i32.ge_u (local.get $lanes) (i32.const 4))
              (then (v128.store (local.get $crow) (local.get $s0)))
              (else (call $store_lanes (local.get $crow) (local.get $s0) (local.get $lanes))))
            (if (i32.lt_u (i32.add (local.get $i) (i32.const 1)) (local.get $m))
              (then
                ;; $s1 = bias + the horizontal sums of $x10..$x13
                (local.set $p (i32x4.add
                  (i8x16.shuffle 0 1 2 3 16 17 18 19 8 9 10 11 24 25 26 27 (local.get $x10) (local.get $x11))
                  (i8x16.shuffle 4 5 6 7 20 21 22 23 12 13 14 15 28 29 30 31 (local.get $x10) (local.get $x11))))
                (local.set $q (i32x4.add
                  (i8x16.shuffle 0 1 2 3 16 17 18 19 8 9 10 11 24 25 26 27 (local.get $x12) (local.get $x13))
                  (i8x16.shuffle 4 5 6 7 20 21 22 23 12 13 14 15 28 29 30 31 (local.get $x12) (local.get $x13))))
                (local.set $s1 (i32x4.add (local.get $bv) (i32x4.add
                  (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $p) (local.get $q))
                  (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $p) (local.get $q)))))
                (if (i32.ge_u (local.get $lanes) (i32.const 4))
                  (then (v128.store (i32.add (local.get $crow) (i32.shl (local.get $n) (i32.const 2))) (local.get $s1)))
                  (else (call $store_lanes (i32.add (local.get $crow) (i32.shl (local.get $n) (i32.const 2))) (local.get $s1) (local.get $lanes))))))
            (local.set $j (i32.add (local.get $j) (i32.const 4)))
            (br $j_loop)))
        (local.set $i (i32.add (local.get $i) (i32.const 2)))
        (br $i_loop))))

  ;; Binary (XNOR) GEMM over bits, 1 <-> +1 and 0 <-> -1 (DESIGN section 4):
  ;;   C[m][n] = bias[n] + K - 2 * popcount(A[m] XOR W[n])
  ;; A and W rows are K bits LSB-first in $kw i64 words (row stride kw * 8 bytes), padding bits 0 in
  ;; both so they never differ; rows are padded to even counts (padding rows computed, not stored);
  ;; bias is padded with zeros to an even count. Register block: 2 rows x 2 channels.
  (func (export "xnor_gemm") (param $a i32) (param $w i32) (param $bias i32) (param $c i32)
                             (param $m i32) (param $n i32) (param $kw i32) (param $k i32)
    (local $i i32) (local $j i32) (local $rowBytes i32) (local $pa i32) (local $pb i32) (local $end i32)
    (local $x0 i64) (local $x1 i64) (local $y0 i64) (local $y1 i64)
    (local $s00 i64) (local $s01 i64) (local $s10 i64) (local $s11 i64) (local $crow i32)
    (local.set $rowBytes (i32.shl (local.get $kw) (i32.const 3)))
    (block $i_done
      (loop $i_loop
        (br_if $i_done (i32.ge_u (local.get $i) (local.get $m)))
        (local.set $j (i32.const 0))
        (block $j_done
          (loop $j_loop
            (br_if $j_done (i32.ge_u (local.get $j) (local.get $n)))
            (local.set $pa (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $rowBytes))))
            (local.set $pb (i32.add (local.get $w) (i32.mul (local.get $j) (local.get $rowBytes))))
            (local.set $end (i32.add (local.get $pa) (local.get $rowBytes)))
            (local.set $s00 (i64.const 0)) (local.set $s01 (i64.const 0))
            (local.set $s10 (i64.const 0)) (local.set $s11 (i64.const 0))
            (loop $k_loop
              (local.set $x0 (i64.load (local.get $pa)))
              (local.set $x1 (i64.load (i32.add (local.get $pa) (local.get $rowBytes))))
              (local.set $y0 (i64.load (local.get $pb)))
              (local.set $y1 (i64.load (i32.add (local.get $pb) (local.get $rowBytes))))
              (local.set $s00 (i64.add (local.get $s00) (i64.popcnt (i64.xor (local.get $x0) (local.get $y0)))))
              (local.set $s01 (i64.add (local.get $s01) (i64.popcnt (i64.xor (local.get $x0) (local.get $y1)))))
              (local.set $s10 (i64.add (local.get $s10) (i64.popcnt (i64.xor (local.get $x1) (local.get $y0)))))
              (local.set $s11 (i64.add (local.get $s11) (i64.popcnt (i64.xor (local.get $x1) (local.get $y1)))))
              (local.set $pa (i32.add (local.get $pa) (i32.const 8)))
              (local.set $pb (i32.add (local.get $pb) (i32.const 8)))
              (br_if $k_loop (i32.lt_u (local.get $pa) (local.get $end))))
            (local.set $crow (i32.add (local.get $c) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $n)) (local.get $j)) (i32.const 2))))
            (call $store_xnor_pair (local.get $crow) (i32.add (local.get $bias) (i32.shl (local.get $j) (i32.const 2)))
              (local.get $k) (local.get $s00) (local.get $s01) (i32.lt_u (i32.add (local.get $j) (i32.const 1)) (local.get $n)))
            (if (i32.lt_u (i32.add (local.get $i) (i32.const 1)) (local.get $m))
              (then
                (call $store_xnor_pair (i32.add (local.get $crow) (i32.shl (local.get $n) (i32.const 2)))
                  (i32.add (local.get $bias) (i32.shl (local.get $j) (i32.const 2)))
                  (local.get $k) (local.get $s10) (local.get $s11) (i32.lt_u (i32.add (local.get $j) (i32.const 1)) (local.get $n)))))
            (local.set $j (i32.add (local.get $j) (i32.const 2)))
            (br $j_loop)))
        (local.set $i (i32.add (local.get $i) (i32.const 2)))
        (br $i_loop))))

  ;; c[0] = bias[0] + k - 2 * s0 and, when $second, c[1] = bias[1] + k - 2 * s1 (int32, wrapping).
  (func $store_xnor_pair (param $c i32) (param $bias i32) (param $k i32) (param $s0 i64) (param $s1 i64) (param $second i32)
    (i32.store (local.get $c)
      (i32.add (i32.load (local.get $bias))
               (i32.sub (local.get $k) (i32.shl (i32.wrap_i64 (local.get $s0)) (i32.const 1)))))
    (if (local.get $second)
      (then
        (i32.store offset=4 (local.get $c)
          (i32.add (i32.load offset=4 (local.get $bias))
                   (i32.sub (local.get $k) (i32.shl (i32.wrap_i64 (local.get $s1)) (i32.const 1))))))))

  ;; REQUANT's common case (m0shift, 8-bit outputs) on a block of accumulator rows, two columns per f64x2.
  ;;   $src     f64 accumulator values, $rows rows of $cols (row stride $cols * 8 bytes), 16 bytes of slack
  ;;   $params  per column pair p, at $params + 48 p: bias (f64x2), m0 (f64x2), 2^-e (f64x2, e = -shift)
  ;;   $dst     i8 results, $rows rows of 2 * $pairs bytes, dense
  ;; Per element, exactly TFLite's MultiplyByQuantizedMultiplier with a right shift e in 0..30:
  ;;   v = acc + bias; ab = v * m0 (exact: |ab| < 2^52 is checked)
  ;;   h = floor((ab + 2^30) * 2^-31)        SRDHM (equal to its nudge-and-truncate for every integer ab)
  ;;   q = round half away from zero (h * 2^-e)   RoundingDivideByPOT (exact: |h| < 2^22, e <= 30)
  ;;   out = clamp(q + zero, qmin, qmax)
  ;; Returns 1, its output garbage, when some v is outside [$lo, $hi] (the accumulator range,
  ;; clipped to int32 by the caller) or some product is not exact: the caller then runs its exact path.
  (func (export "requant8") (param $src i32) (param $rows i32) (param $cols i32) (param $pairs i32) (param $params i32)
                            (param $dst i32) (param $zero f64) (param $qmin f64) (param $qmax f64) (param $lo f64) (param $hi f64)
                            (result i32)
    (local $r i32) (local $p i32) (local $s i32) (local $pp i32) (local $d i32)
    (local $v v128) (local $ab v128) (local $x v128) (local $y v128)
    (local $vzero v128) (local $vmin v128) (local $vmax v128) (local $vlo v128) (local $vhi v128)
    (local $ok v128)
    (local.set $ok (v128.const i64x2 -1 -1))
    (local.set $vzero (f64x2.splat (local.get $zero)))
    (local.set $vmin (f64x2.splat (local.get $qmin)))
    (local.set $vmax (f64x2.splat (local.get $qmax)))
    (local.set $vlo (f64x2.splat (local.get $lo)))
    (local.set $vhi (f64x2.splat (local.get $hi)))
    (block $rows_done
      (loop $rows_loop
        (br_if $rows_done (i32.ge_u (local.get $r) (local.get $rows)))
        (local.set $s (i32.add (local.get $src) (i32.shl (i32.mul (local.get $r) (local.get $cols)) (i32.const 3))))
        (local.set $d (i32.add (local.get $dst) (i32.shl (i32.mul (local.get $r) (local.get $pairs)) (i32.const 1))))
        (local.set $pp (local.get $params))
        (local.set $p (i32.const 0))
        (block $pairs_done
          (loop $pairs_loop
            (br_if $pairs_done (i32.ge_u (local.get $p) (local.get $pairs)))
            (local.set $v (f64x2.add (v128.load (local.get $s)) (v128.load (local.get $pp))))
            (local.set $ab (f64x2.mul (local.get $v) (v128.load offset=16 (local.get $pp))))
            ;; (lanes out of the domain only compute garbage, checked once for the whole block)
            (local.set $ok (v128.and (local.get $ok)
              (v128.and (v128.and (f64x2.ge (local.get $v) (local.get $vlo)) (f64x2.le (local.get $v) (local.get $vhi)))
                        (f64x2.lt (f64x2.abs (local.get $ab)) (v128.const f64x2 0x1p52 0x1p52)))))
            (local.set $x (f64x2.mul
              (f64x2.floor (f64x2.mul (f64x2.add (local.get $ab) (v128.const f64x2 0x1p30 0x1p30)) (v128.const f64x2 0x1p-31 0x1p-31)))
              (v128.load offset=32 (local.get $pp))))
            (local.set $y (v128.bitselect
              (f64x2.floor (f64x2.add (local.get $x) (v128.const f64x2 0.5 0.5)))
              (f64x2.neg (f64x2.floor (f64x2.sub (v128.const f64x2 0.5 0.5) (local.get $x))))
              (f64x2.ge (local.get $x) (v128.const f64x2 0 0))))
            (local.set $y (i32x4.trunc_sat_f64x2_s_zero
              (f64x2.min (f64x2.max (f64x2.add (local.get $y) (local.get $vzero)) (local.get $vmin)) (local.get $vmax))))
            ;; The low bytes of the two lanes, stored together.
            (v128.store16_lane 0 (local.get $d)
              (i8x16.shuffle 0 4 0 0 0 0 0 0 0 0 0 0 0 0 0 0 (local.get $y) (local.get $y)))
            (local.set $s (i32.add (local.get $s) (i32.const 16)))
            (local.set $pp (i32.add (local.get $pp) (i32.const 48)))
            (local.set $d (i32.add (local.get $d) (i32.const 2)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $pairs_loop)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rows_loop)))
    (i32.eqz (i64x2.all_true (local.get $ok))))

  ;; dst[r * n + c] = src[r * stride + c] for r < $m, c < $n: i32 to f64 (exact), a block of summed GEMM
  ;; results made dense for one native copy into the accumulator (pending-sums.ts). Four values per step.
  (func (export "i32_to_f64") (param $src i32) (param $stride i32) (param $dst i32) (param $m i32) (param $n i32)
    (local $r i32) (local $s i32) (local $end i32) (local $d i32) (local $v v128)
    (block $rows_done
      (loop $rows_loop
        (br_if $rows_done (i32.ge_u (local.get $r) (local.get $m)))
        (local.set $s (i32.add (local.get $src) (i32.shl (i32.mul (local.get $r) (local.get $stride)) (i32.const 2))))
        (local.set $end (i32.add (local.get $s) (i32.shl (local.get $n) (i32.const 2))))
        (local.set $d (i32.add (local.get $dst) (i32.shl (i32.mul (local.get $r) (local.get $n)) (i32.const 3))))
        (block $vec_done
          (loop $vec_loop
            (br_if $vec_done (i32.gt_u (i32.add (local.get $s) (i32.const 16)) (local.get $end)))
            (local.set $v (v128.load (local.get $s)))
            (v128.store (local.get $d) (f64x2.convert_low_i32x4_s (local.get $v)))
            (v128.store offset=16 (local.get $d) (f64x2.convert_low_i32x4_s
              (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $v) (local.get $v))))
            (local.set $s (i32.add (local.get $s) (i32.const 16)))
            (local.set $d (i32.add (local.get $d) (i32.const 32)))
            (br $vec_loop)))
        (block $tail_done
          (loop $tail_loop
            (br_if $tail_done (i32.ge_u (local.get $s) (local.get $end)))
            (f64.store (local.get $d) (f64.convert_i32_s (i32.load (local.get $s))))
            (local.set $s (i32.add (local.get $s) (i32.const 4)))
            (local.set $d (i32.add (local.get $d) (i32.const 8)))
            (br $tail_loop)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rows_loop))))

  ;; dst[j] += src[j] for j < $n (i32, wrapping; the caller's sums cannot wrap), four lanes at a time.
  (func (export "add_i32") (param $dst i32) (param $src i32) (param $n i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 2))))
    (block $vec_done
      (loop $vec_loop
        (br_if $vec_done (i32.gt_u (i32.add (local.get $dst) (i32.const 16)) (local.get $end)))
        (v128.store (local.get $dst) (i32x4.add (v128.load (local.get $dst)) (v128.load (local.get $src))))
        (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
        (local.set $src (i32.add (local.get $src) (i32.const 16)))
        (br $vec_loop)))
    (block $tail_done
      (loop $tail_loop
        (br_if $tail_done (i32.ge_u (local.get $dst) (local.get $end)))
        (i32.store (local.get $dst) (i32.add (i32.load (local.get $dst)) (i32.load (local.get $src))))
        (local.set $dst (i32.add (local.get $dst) (i32.const 4)))
        (local.set $src (i32.add (local.get $src) (i32.const 4)))
        (br $tail_loop))))

  ;; 8-bit max POOL (vector-unit.ts poolMax8, pool-wasm.ts drives it), 16 channels per step:
  ;;   $src   input pixel (y, x) at $src + (y * $inW + x) * $rb, its channels from byte 0 (16 slack bytes after the last)
  ;;   $dst   output pixel p's $vecs vectors at $dst + p * 16 * $vecs, dense (lanes past the channels are garbage)
  ;; Codes compare as unsigned bytes after XOR with $flip (128 for signed codes), which orders them as their
  ;; values; an output whose window holds no input pixel (all padding) is 0.
  (func (export "pool_max8") (param $src i32) (param $rb i32) (param $inH i32) (param $inW i32) (param $outH i32) (param $outW i32)
                             (param $sH i32) (param $sW i32) (param $padTop i32) (param $padLeft i32) (param $kH i32) (param $kW i32)
                             (param $vecs i32) (param $flip i32) (param $dst i32)
    (local $oy i32) (local $ox i32) (local $ky i32) (local $kx i32) (local $y i32) (local $x i32) (local $v i32)
    (local $any i32) (local $vflip v128) (local $best v128)
    (local.set $vflip (i8x16.splat (local.get $flip)))
    (block $oy_done
      (loop $oy_loop
        (br_if $oy_done (i32.ge_u (local.get $oy) (local.get $outH)))
        (local.set $ox (i32.const 0))
        (block $ox_done
          (loop $ox_loop
            (br_if $ox_done (i32.ge_u (local.get $ox) (local.get $outW)))
            (local.set $v (i32.const 0))
            (block $v_done
              (loop $v_loop
                (br_if $v_done (i32.ge_u (local.get $v) (local.get $vecs)))
                (local.set $best (v128.const i64x2 0 0))
                (local.set $any (i32.const 0))
                (local.set $ky (i32.const 0))
                (block $ky_done
                  (loop $ky_loop
                    (br_if $ky_done (i32.ge_u (local.get $ky) (local.get $kH)))
                    (local.set $y (i32.add (i32.sub (i32.mul (local.get $oy) (local.get $sH)) (local.get $padTop)) (local.get $ky)))
                    ;; (unsigned: a row above the input is negative, so out of range too)
                    (if (i32.lt_u (local.get $y) (local.get $inH))
                      (then
                        (local.set $kx (i32.const 0))
                        (block $kx_done
                          (loop $kx_loop
                            (br_if $kx_done (i32.ge_u (local.get $kx) (local.get $kW)))
                            (local.set $x (i32.add (i32.sub (i32.mul (local.get $ox) (local.get $sW)) (local.get $padLeft)) (local.get $kx)))
                            (if (i32.lt_u (local.get $x) (local.get $inW))
                              (then
                                (local.set $best (i8x16.max_u (local.get $best) (v128.xor (local.get $vflip)
                                  (v128.load (i32.add (i32.add (local.get $src)
                                    (i32.mul (i32.add (i32.mul (local.get $y) (local.get $inW)) (local.get $x)) (local.get $rb)))
                                    (i32.shl (local.get $v) (i32.const 4)))))))
                                (local.set $any (i32.const 1))))
                            (local.set $kx (i32.add (local.get $kx) (i32.const 1)))
                            (br $kx_loop)))))
                    (local.set $ky (i32.add (local.get $ky) (i32.const 1)))
                    (br $ky_loop)))
                (v128.store (local.get $dst)
                  (select (result v128) (v128.xor (local.get $best) (local.get $vflip)) (v128.const i64x2 0 0) (local.get $any)))
                (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
                (local.set $v (i32.add (local.get $v) (i32.const 1)))
                (br $v_loop)))
            (local.set $ox (i32.add (local.get $ox) (i32.const 1)))
            (br $ox_loop)))
        (local.set $oy (i32.add (local.get $oy) (i32.const 1)))
        (br $oy_loop))))
)
