;; AdaRound's G·d sums (compiler/quant/adaround.ts) in WebAssembly SIMD, assembled by
;; tools/gen-adaround-kernel.ts into adaround-kernel-wasm.ts; adaround-gd.ts drives it.
;;
;; Semantics (bit-identical to the one-row loop of adaround-gd.ts, jsGdSums):
;;   out[r][i] = (((0 + G[i][0]·D[r][0]) + G[i][1]·D[r][1]) + …) + G[i][k−1]·D[r][k−1]
;; for every listed (r, i): each sum adds its k products in increasing j, one f64 multiply and one f64
;; add per term, in its own lane. Two rows' sums share a vector (lane 0 and lane 1); nothing is
;; reassociated and wasm never fuses a multiply with an add, so every lane rounds exactly as the scalar
;; loop does.
;;
;; Layouts (f64 and i32, little-endian, prepared by adaround-gd.ts):
;;   G       k·k f64 row-major at $g.
;;   D, out  rows·k f64 row-major at $d and $out (out is written only at the listed (r, i)).
;;   lists   column i's rows at $lists + 4·i·rows: i32 element offsets r·k of the rows to sum.
;;   counts  i32 per column at $counts: how many rows column i lists.
(module
  (memory (export "memory") 1)

  (func (export "gd_sums") (param $g i32) (param $d i32) (param $out i32) (param $k i32) (param $rows i32)
                           (param $lists i32) (param $counts i32)
    (local $i i32) (local $kb i32) (local $grow i32) (local $gend i32) (local $list i32) (local $cnt i32)
    (local $a i32) (local $gp i32) (local $off i32)
    (local $e0 i32) (local $e1 i32) (local $e2 i32) (local $e3 i32)
    (local $e4 i32) (local $e5 i32) (local $e6 i32) (local $e7 i32)
    (local $gv v128) (local $acc0 v128) (local $acc1 v128) (local $acc2 v128) (local $acc3 v128)
    (local.set $kb (i32.shl (local.get $k) (i32.const 3)))
    (block $cols_done
      (loop $cols
        (br_if $cols_done (i32.ge_u (local.get $i) (local.get $k)))
        (local.set $grow (i32.add (local.get $g) (i32.mul (local.get $i) (local.get $kb))))
        (local.set $gend (i32.add (local.get $grow) (local.get $kb)))
        (local.set $list (i32.add (local.get $lists) (i32.shl (i32.mul (local.get $i) (local.get $rows)) (i32.const 2))))
        (local.set $cnt (i32.load (i32.add (local.get $counts) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $a (i32.const 0))
        ;; Eight rows at a time: four vectors of two rows, one read of G[i][j] for all eight.
        (block $eights_done
          (loop $eights
            (br_if $eights_done (i32.gt_u (i32.add (local.get $a) (i32.const 8)) (local.get $cnt)))
            ;; Byte offsets of the eight rows (element offsets r·k from the list, times 8).
            (local.set $e0 (i32.shl (i32.load offset=0 (i32.add (local.get $list) (i32.shl (local.get $a) (i32.const 2)))) (i32.const 3)))
            (local.set $e1 (i32.shl (i32.load offset=4 (i32.add (local.get $list) (i32.shl (local.get $a) (i32.const 2)))) (i32.const 3)))
            (local.set $e2 (i32.shl (i32.load offset=8 (i32.add (local.get $list) (i32.shl (local.get $a) (i32.const 2)))) (i32.const 3)))
            (local.set $e3 (i32.shl (i32.load offset=12 (i32.add (local.get $list) (i32.shl (local.get $a) (i32.const 2)))) (i32.const 3)))
            (local.set $e4 (i32.shl (i32.load offset=16 (i32.add (local.get $list) (i32.shl (local.get $a) (i32.const 2)))) (i32.const 3)))
            (local.set $e5 (i32.shl (i32.load offset=20 (i32.add (local.get $list) (i32.shl (local.get $a) (i32.const 2)))) (i32.const 3)))
            (local.set $e6 (i32.shl (i32.load offset=24 (i32.add (local.get $list) (i32.shl (local.get $a) (i32.const 2)))) (i32.const 3)))
            (local.set $e7 (i32.shl (i32.load offset=28 (i32.add (local.get $list) (i32.shl (local.get $a) (i32.const 2)))) (i32.const 3)))
            (local.set $acc0 (v128.const f64x2 0 0))
            (local.set $acc1 (v128.const f64x2 0 0))
            (local.set $acc2 (v128.const f64x2 0 0))
            (local.set $acc3 (v128.const f64x2 0 0))
            (local.set $gp (local.get $grow))
            (local.set $off (local.get $d))
            (block $j_done
              (loop $j
                (br_if $j_done (i32.ge_u (local.get $gp) (local.get $gend)))
                (local.set $gv (v128.load64_splat (local.get $gp)))
                (local.set $acc0 (f64x2.add (local.get $acc0) (f64x2.mul (local.get $gv)
                  (v128.load64_lane 1 (i32.add (local.get $off) (local.get $e1)) (v128.load64_zero (i32.add (local.get $off) (local.get $e0)))))))
                (local.set $acc1 (f64x2.add (local.get $acc1) (f64x2.mul (local.get $gv)
                  (v128.load64_lane 1 (i32.add (local.get $off) (local.get $e3)) (v128.load64_zero (i32.add (local.get $off) (local.get $e2)))))))
                (local.set $acc2 (f64x2.add (local.get $acc2) (f64x2.mul (local.get $gv)
                  (v128.load64_lane 1 (i32.add (local.get $off) (local.get $e5)) (v128.load64_zero (i32.add (local.get $off) (local.get $e4)))))))
                (local.set $acc3 (f64x2.add (local.get $acc3) (f64x2.mul (local.get $gv)
                  (v128.load64_lane 1 (i32.add (local.get $off) (local.get $e7)) (v128.load64_zero (i32.add (local.get $off) (local.get $e6)))))))
                (local.set $gp (i32.add (local.get $gp) (i32.const 8)))
                (local.set $off (i32.add (local.get $off) (i32.const 8)))
                (br $j)))
            ;; out[r][i] at $out + r·k·8 + i·8.
            (local.set $off (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))))
            (f64.store (i32.add (local.get $off) (local.get $e0)) (f64x2.extract_lane 0 (local.get $acc0)))
            (f64.store (i32.add (local.get $off) (local.get $e1)) (f64x2.extract_lane 1 (local.get $acc0)))
            (f64.store (i32.add (local.get $off) (local.get $e2)) (f64x2.extract_lane 0 (local.get $acc1)))
            (f64.store (i32.add (local.get $off) (local.get $e3)) (f64x2.extract_lane 1 (local.get $acc1)))
            (f64.store (i32.add (local.get $off) (local.get $e4)) (f64x2.extract_lane 0 (local.get $acc2)))
            (f64.store (i32.add (local.get $off) (local.get $e5)) (f64x2.extract_lane 1 (local.get $acc2)))
            (f64.store (i32.add (local.get $off) (local.get $e6)) (f64x2.extract_lane 0 (local.get $acc3)))
            (f64.store (i32.add (local.get $off) (local.get $e7)) (f64x2.extract_lane 1 (local.get $acc3)))
            (local.set $a (i32.add (local.get $a) (i32.const 8)))
            (br $eights)))
        ;; Then two rows at a time; an odd last row fills both lanes (its sum is computed twice, stored once).
        (block $twos_done
          (loop $twos
            (br_if $twos_done (i32.ge_u (local.get $a) (local.get $cnt)))
            (local.set $e0 (i32.shl (i32.load offset=0 (i32.add (local.get $list) (i32.shl (local.get $a) (i32.const 2)))) (i32.const 3)))
            (local.set $e1 (select (i32.shl (i32.load offset=4 (i32.add (local.get $list) (i32.shl (local.get $a) (i32.const 2)))) (i32.const 3))
              (local.get $e0) (i32.lt_u (i32.add (local.get $a) (i32.const 1)) (local.get $cnt))))
            (local.set $acc0 (v128.const f64x2 0 0))
            (local.set $gp (local.get $grow))
            (local.set $off (local.get $d))
            (block $j2_done
              (loop $j2
                (br_if $j2_done (i32.ge_u (local.get $gp) (local.get $gend)))
                (local.set $acc0 (f64x2.add (local.get $acc0) (f64x2.mul (v128.load64_splat (local.get $gp))
                  (v128.load64_lane 1 (i32.add (local.get $off) (local.get $e1)) (v128.load64_zero (i32.add (local.get $off) (local.get $e0)))))))
                (local.set $gp (i32.add (local.get $gp) (i32.const 8)))
                (local.set $off (i32.add (local.get $off) (i32.const 8)))
                (br $j2)))
            (local.set $off (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))))
            (f64.store (i32.add (local.get $off) (local.get $e1)) (f64x2.extract_lane 1 (local.get $acc0)))
            (f64.store (i32.add (local.get $off) (local.get $e0)) (f64x2.extract_lane 0 (local.get $acc0)))
            (local.set $a (i32.add (local.get $a) (i32.const 2)))
            (br $twos)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $cols)))))
