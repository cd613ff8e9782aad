;; The kernels of the training engine (compiler/train), in WebAssembly SIMD, assembled by
;; tools/gen-train-kernels.ts into kernels-wasm.ts; kernels.ts drives them: the f32 GEMM (below) and
;; the elementwise fake-quantization kernels (fq_requant, fq_grads, further down), written branch-free
;; because data-dependent branches per element cost more than the arithmetic.
;;
;; GEMM
;; Semantics (every call):
;;   C[i][j] = (acc ? C[i][j] : 0) + sum_{k0 <= k < k1} A[i][k] * B[k][j]      i < m, j < 8 * panels
;; each output's terms added in increasing k, in f32 (the same order whatever the machine's timing).
;;
;; Layouts, prepared by sgemm-wasm.ts:
;;   A   row-major f32, row stride $lda elements; rows readable up to m rounded up to 4 (the padding
;;       rows are computed, never stored).
;;   Bp  B packed by panels of 8 columns: element (k, j) at Bp[((j/8) * kdim + k) * 8 + j%8], the
;;       columns past N zero; pack_kn / pack_nk below write it from B or from B transposed.
;;   C   row-major f32, row stride $ldc elements (>= 8 * panels).
;; Register block: 4 rows x 8 columns = 8 f32x4 accumulators; per k one 32-byte panel row of B and four
;; A values broadcast with v128.load32_splat.
(module
  (memory (export "memory") 1)

  ;; Bp from a row-major B [kdim][n] at $src (row stride $ldb elements).
  (func (export "pack_kn") (param $src i32) (param $ldb i32) (param $dst i32) (param $kdim i32) (param $n i32)
    (local $jb i32) (local $k i32) (local $s i32) (local $d i32) (local $left i32) (local $j i32)
    (local.set $d (local.get $dst))
    (block $panels_done
      (loop $panels
        (br_if $panels_done (i32.ge_u (i32.shl (local.get $jb) (i32.const 3)) (local.get $n)))
        (local.set $left (i32.sub (local.get $n) (i32.shl (local.get $jb) (i32.const 3))))
        (local.set $k (i32.const 0))
        (local.set $s (i32.add (local.get $src) (i32.shl (local.get $jb) (i32.const 5))))
        (block $k_done
          (loop $k_loop
            (br_if $k_done (i32.ge_u (local.get $k) (local.get $kdim)))
            (if (i32.ge_u (local.get $left) (i32.const 8))
              (then
                (v128.store (local.get $d) (v128.load (local.get $s)))
                (v128.store offset=16 (local.get $d) (v128.load offset=16 (local.get $s))))
              (else
                ;; The last, partial panel: the columns past n are zero.
                (v128.store (local.get $d) (v128.const i64x2 0 0))
                (v128.store offset=16 (local.get $d) (v128.const i64x2 0 0))
                (local.set $j (i32.const 0))
                (block $j_done
                  (loop $j_loop
                    (br_if $j_done (i32.ge_u (local.get $j) (local.get $left)))
                    (f32.store (i32.add (local.get $d) (i32.shl (local.get $j) (i32.const 2)))
                      (f32.load (i32.add (local.get $s) (i32.shl (local.get $j) (i32.const 2)))))
                    (local.set $j (i32.add (local.get $j) (i32.const 1)))
                    (br $j_loop)))))
            (local.set $s (i32.add (local.get $s) (i32.shl (local.get $ldb) (i32.const 2))))
            (local.set $d (i32.add (local.get $d) (i32.const 32)))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $k_loop)))
        (local.set $jb (i32.add (local.get $jb) (i32.const 1)))
        (br $panels))))

  ;; Bp from B given transposed: a row-major [n][kdim] matrix at $src (row stride $ldt elements),
  ;; B[k][j] = T[j][k].
  (func (export "pack_nk") (param $src i32) (param $ldt i32) (param $dst i32) (param $kdim i32) (param $n i32)
    (local $jb i32) (local $j i32) (local $k i32) (local $s i32) (local $d i32) (local $panels i32)
    (local.set $panels (i32.shr_u (i32.add (local.get $n) (i32.const 7)) (i32.const 3)))
    ;; Zero the whole packed area first: the columns past n stay zero.
    (memory.fill (local.get $dst) (i32.const 0) (i32.shl (i32.mul (local.get $panels) (local.get $kdim)) (i32.const 5)))
    (block $j_done
      (loop $j_loop
        (br_if $j_done (i32.ge_u (local.get $j) (local.get $n)))
        (local.set $s (i32.add (local.get $src) (i32.shl (i32.mul (local.get $j) (local.get $ldt)) (i32.const 2))))
        ;; Column j lives in panel j/8 at lane j%8.
        (local.set $d (i32.add (local.get $dst)
          (i32.add (i32.shl (i32.mul (i32.shr_u (local.get $j) (i32.const 3)) (local.get $kdim)) (i32.const 5))
                   (i32.shl (i32.and (local.get $j) (i32.const 7)) (i32.const 2)))))
        (local.set $k (i32.const 0))
        (block $k_done
          (loop $k_loop
            (br_if $k_done (i32.ge_u (local.get $k) (local.get $kdim)))
            (f32.store (local.get $d) (f32.load (local.get $s)))
            (local.set $s (i32.add (local.get $s) (i32.const 4)))
            (local.set $d (i32.add (local.get $d) (i32.const 32)))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $k_loop)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $j_loop))))

  ;; C (+)= A[0:m, k0:k1] * B[k0:k1, 0:8*panels], the loop nest: panels outermost (a panel's rows
  ;; k0..k1 of Bp stay in L1 while every block of 4 rows of A passes over them).
  (func (export "sgemm") (param $a i32) (param $lda i32) (param $bp i32) (param $c i32) (param $ldc i32)
                         (param $m i32) (param $panels i32) (param $kdim i32) (param $k0 i32) (param $k1 i32)
                         (param $acc i32)
    (local $jb i32) (local $i i32) (local $pb i32) (local $pcol i32)
    (block $panels_done
      (loop $panels_loop
        (br_if $panels_done (i32.ge_u (local.get $jb) (local.get $panels)))
        (local.set $pb (i32.add (local.get $bp) (i32.shl (i32.add (i32.mul (local.get $jb) (local.get $kdim)) (local.get $k0)) (i32.const 5))))
        (local.set $pcol (i32.add (local.get $c) (i32.shl (local.get $jb) (i32.const 5))))
        (local.set $i (i32.const 0))
        (block $rows_done
          (loop $rows_loop
            (br_if $rows_done (i32.ge_u (local.get $i) (local.get $m)))
            (call $block4x8
              (i32.add (local.get $a) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $lda)) (local.get $k0)) (i32.const 2)))
              (i32.shl (local.get $lda) (i32.const 2))
              (local.get $pb)
              (i32.add (local.get $pcol) (i32.shl (i32.mul (local.get $i) (local.get $ldc)) (i32.const 2)))
              (i32.shl (local.get $ldc) (i32.const 2))
              (i32.sub (local.get $m) (local.get $i))
              (i32.sub (local.get $k1) (local.get $k0))
              (local.get $acc))
            (local.set $i (i32.add (local.get $i) (i32.const 4)))
            (br $rows_loop)))
        (local.set $jb (i32.add (local.get $jb) (i32.const 1)))
        (br $panels_loop))))

  ;; One 4 x 8 block: rows at $pa (+ $rowBytes each), panel rows at $pb (32 bytes each), $len k steps,
  ;; the results stored at $pc (+ $cBytes per row) for the first $rows (1..) rows.
  (func $block4x8 (param $pa i32) (param $rowBytes i32) (param $pb i32) (param $pc i32) (param $cBytes i32)
                  (param $rows i32) (param $len i32) (param $acc i32)
    (local $pa1 i32) (local $pa2 i32) (local $pa3 i32) (local $end i32)
    (local $b0 v128) (local $b1 v128) (local $x v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local.set $pa1 (i32.add (local.get $pa) (local.get $rowBytes)))
    (local.set $pa2 (i32.add (local.get $pa1) (local.get $rowBytes)))
    (local.set $pa3 (i32.add (local.get $pa2) (local.get $rowBytes)))
    (local.set $end (i32.add (local.get $pb) (i32.shl (local.get $len) (i32.const 5))))
    (if (local.get $acc)
      (then
        (local.set $c00 (v128.load (local.get $pc)))
        (local.set $c01 (v128.load offset=16 (local.get $pc)))
        (if (i32.gt_u (local.get $rows) (i32.const 1))
          (then
            (local.set $c10 (v128.load (i32.add (local.get $pc) (local.get $cBytes))))
            (local.set $c11 (v128.load offset=16 (i32.add (local.get $pc) (local.get $cBytes))))))
        (if (i32.gt_u (local.get $rows) (i32.const 2))
          (then
            (local.set $c20 (v128.load (i32.add (local.get $pc) (i32.shl (local.get $cBytes) (i32.const 1)))))
            (local.set $c21 (v128.load offset=16 (i32.add (local.get $pc) (i32.shl (local.get $cBytes) (i32.const 1)))))))
        (if (i32.gt_u (local.get $rows) (i32.const 3))
          (then
            (local.set $c30 (v128.load (i32.add (local.get $pc) (i32.mul (local.get $cBytes) (i32.const 3)))))
            (local.set $c31 (v128.load offset=16 (i32.add (local.get $pc) (i32.mul (local.get $cBytes) (i32.const 3)))))))))
    (block $k_done
      (loop $k_loop
        (br_if $k_done (i32.ge_u (local.get $pb) (local.get $end)))
        (local.set $b0 (v128.load (local.get $pb)))
        (local.set $b1 (v128.load offset=16 (local.get $pb)))
        (local.set $x (v128.load32_splat (local.get $pa)))
        (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $x) (local.get $b1))))
        (local.set $x (v128.load32_splat (local.get $pa1)))
        (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $x) (local.get $b1))))
        (local.set $x (v128.load32_splat (local.get $pa2)))
        (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $x) (local.get $b1))))
        (local.set $x (v128.load32_splat (local.get $pa3)))
        (local.set $c30 (f32x4.add (local.get $c30) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $c31 (f32x4.add (local.get $c31) (f32x4.mul (local.get $x) (local.get $b1))))
        (local.set $pa (i32.add (local.get $pa) (i32.const 4)))
        (local.set $pa1 (i32.add (local.get $pa1) (i32.const 4)))
        (local.set $pa2 (i32.add (local.get $pa2) (i32.const 4)))
        (local.set $pa3 (i32.add (local.get $pa3) (i32.const 4)))
        (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
        (br $k_loop)))
    (v128.store (local.get $pc) (local.get $c00))
    (v128.store offset=16 (local.get $pc) (local.get $c01))
    (if (i32.gt_u (local.get $rows) (i32.const 1))
      (then
        (v128.store (i32.add (local.get $pc) (local.get $cBytes)) (local.get $c10))
        (v128.store offset=16 (i32.add (local.get $pc) (local.get $cBytes)) (local.get $c11))))
    (if (i32.gt_u (local.get $rows) (i32.const 2))
      (then
        (v128.store (i32.add (local.get $pc) (i32.shl (local.get $cBytes) (i32.const 1))) (local.get $c20))
        (v128.store offset=16 (i32.add (local.get $pc) (i32.shl (local.get $cBytes) (i32.const 1))) (local.get $c21))))
    (if (i32.gt_u (local.get $rows) (i32.const 3))
      (then
        (v128.store (i32.add (local.get $pc) (i32.mul (local.get $cBytes) (i32.const 3))) (local.get $c30))
        (v128.store offset=16 (i32.add (local.get $pc) (i32.mul (local.get $cBytes) (i32.const 3))) (local.get $c31)))))
;; Fake quantization that reproduces the integer requantization (compiler/qat, qat-layers.ts), two
  ;; elements per step in f64x2. Element i belongs to channel c = i mod C (C even), whose parameters
  ;; are f64 arrays of C entries at $inv (1 / (s_x·s_w[c])), $m0 (the Q31 multiplier) and $pinv / $p
  ;; (2^-right, 2^right), $hm (floor((2^right − 1)/2)) (see multiplyByQuantizedMultiplierSmall) and $add
  ;; (1/2 + integer bias − float constant · inv, accumulator-emulation.ts):
  ;;   a    = floor(x·inv + add)                       the integer accumulator
  ;;   h    = trunc((a·m0 + (a·m0 ≥ 0 ? 2^30 : 1 − 2^30))·2^-31)     SRDHM
  ;;   fq   = floor(h·2^-right);  q = fq + (h − fq·2^right > hm + (h < 0)) + z   RoundingDivideByPOT
  ;;   q    = clamp(q, qlo, qhi);  out = s·(q − z) (f32);  codes = q (f32)
  ;; Returns 1 when some |a| ≥ 2^21 (a·m0 would not be exact): the caller then uses its exact path.
  (func (export "fq_requant") (param $x i32) (param $n i32) (param $c i32) (param $inv i32) (param $m0 i32)
                              (param $pinv i32) (param $p i32) (param $hm i32) (param $add i32) (param $s f64) (param $z f64)
                              (param $qlo f64) (param $qhi f64) (param $out i32) (param $codes i32) (result i32)
    (local $i i32) (local $ch i32) (local $o i32) (local $xv v128) (local $a v128) (local $ab v128) (local $h v128)
    (local $fq v128) (local $q v128) (local $slow v128) (local $vz v128) (local $vs v128) (local $vlo v128) (local $vhi v128)
    (local.set $vz (f64x2.splat (local.get $z)))
    (local.set $vs (f64x2.splat (local.get $s)))
    (local.set $vlo (f64x2.splat (local.get $qlo)))
    (local.set $vhi (f64x2.splat (local.get $qhi)))
    (local.set $slow (v128.const i64x2 0 0))
    (block $done
      (loop $loop
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $o (i32.shl (local.get $ch) (i32.const 3)))
        (local.set $xv (f64x2.promote_low_f32x4 (v128.load64_zero (i32.add (local.get $x) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $a (f64x2.floor (f64x2.add (f64x2.mul (local.get $xv) (v128.load (i32.add (local.get $inv) (local.get $o))))
          (v128.load (i32.add (local.get $add) (local.get $o))))))
        (local.set $slow (v128.or (local.get $slow) (f64x2.ge (f64x2.abs (local.get $a)) (v128.const f64x2 0x1p21 0x1p21))))
        (local.set $ab (f64x2.mul (local.get $a) (v128.load (i32.add (local.get $m0) (local.get $o)))))
        (local.set $h (f64x2.trunc (f64x2.mul
          (f64x2.add (local.get $ab) (v128.bitselect (v128.const f64x2 0x1p30 0x1p30) (v128.const f64x2 -1073741823 -1073741823)
                                                     (f64x2.ge (local.get $ab) (v128.const f64x2 0 0))))
          (v128.const f64x2 0x1p-31 0x1p-31))))
        (local.set $fq (f64x2.floor (f64x2.mul (local.get $h) (v128.load (i32.add (local.get $pinv) (local.get $o))))))
        ;; q = fq + (remainder > hm + (h < 0)) + z, the comparisons as 0/1 through bitselect
        (local.set $q (f64x2.add (f64x2.add (local.get $fq) (local.get $vz))
          (v128.and (v128.const f64x2 1 1)
            (f64x2.gt (f64x2.sub (local.get $h) (f64x2.mul (local.get $fq) (v128.load (i32.add (local.get $p) (local.get $o)))))
                      (f64x2.add (v128.load (i32.add (local.get $hm) (local.get $o)))
                                 (v128.and (v128.const f64x2 1 1) (f64x2.lt (local.get $h) (v128.const f64x2 0 0))))))))
        (local.set $q (f64x2.pmax (f64x2.pmin (local.get $q) (local.get $vhi)) (local.get $vlo)))
        (v128.store64_lane 0 (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2)))
          (f32x4.demote_f64x2_zero (f64x2.mul (f64x2.sub (local.get $q) (local.get $vz)) (local.get $vs))))
        (v128.store64_lane 0 (i32.add (local.get $codes) (i32.shl (local.get $i) (i32.const 2))) (f32x4.demote_f64x2_zero (local.get $q)))
        (local.set $i (i32.add (local.get $i) (i32.const 2)))
        (local.set $ch (i32.add (local.get $ch) (i32.const 2)))
        (if (i32.ge_u (local.get $ch) (local.get $c)) (then (local.set $ch (i32.const 0))))
        (br $loop)))
    (v128.any_true (local.get $slow)))

  ;; The STE/LSQ/LSQ+ backward of a multi-bit fake quantizer with codes q (f32) over x and dy (f32):
  ;;   v = x·sinv + z;  inside = qlo ≤ v ≤ qhi;  dx = inside ? dy : 0 (written over dy)
  ;;   Σ dy·(q − z − inside·x·sinv) → f64 at $sums, Σ dy·(1 − inside) → f64 at $sums + 8
  ;; two elements per step; the two lanes are summed separately and added at the end (a fixed order).
  (func (export "fq_grads") (param $x i32) (param $dy i32) (param $codes i32) (param $n i32) (param $sinv f64)
                            (param $z f64) (param $qlo f64) (param $qhi f64) (param $sums i32)
    (local $i i32) (local $k i32) (local $xv v128) (local $d v128) (local $u v128) (local $in v128)
    (local $ds v128) (local $db v128) (local $vs v128) (local $vz v128) (local $vlo v128) (local $vhi v128)
    (local.set $vs (f64x2.splat (local.get $sinv)))
    (local.set $vz (f64x2.splat (local.get $z)))
    (local.set $vlo (f64x2.splat (local.get $qlo)))
    (local.set $vhi (f64x2.splat (local.get $qhi)))
    (block $done
      (loop $loop
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $k (i32.shl (local.get $i) (i32.const 2)))
        (local.set $xv (f64x2.promote_low_f32x4 (v128.load64_zero (i32.add (local.get $x) (local.get $k)))))
        (local.set $d (f64x2.promote_low_f32x4 (v128.load64_zero (i32.add (local.get $dy) (local.get $k)))))
        (local.set $u (f64x2.mul (local.get $xv) (local.get $vs)))
        (local.set $in (v128.and (f64x2.ge (f64x2.add (local.get $u) (local.get $vz)) (local.get $vlo))
                                 (f64x2.le (f64x2.add (local.get $u) (local.get $vz)) (local.get $vhi))))
        (local.set $ds (f64x2.add (local.get $ds) (f64x2.mul (local.get $d)
          (f64x2.sub (f64x2.sub (f64x2.promote_low_f32x4 (v128.load64_zero (i32.add (local.get $codes) (local.get $k)))) (local.get $vz))
                     (v128.and (local.get $in) (local.get $u))))))
        (local.set $db (f64x2.add (local.get $db) (v128.andnot (local.get $d) (local.get $in))))
        (v128.store64_lane 0 (i32.add (local.get $dy) (local.get $k)) (f32x4.demote_f64x2_zero (v128.and (local.get $d) (local.get $in))))
        (local.set $i (i32.add (local.get $i) (i32.const 2)))
        (br $loop)))
    (f64.store (local.get $sums) (f64.add (f64x2.extract_lane 0 (local.get $ds)) (f64x2.extract_lane 1 (local.get $ds))))
    (f64.store offset=8 (local.get $sums) (f64.add (f64x2.extract_lane 0 (local.get $db)) (f64x2.extract_lane 1 (local.get $db)))))
)
