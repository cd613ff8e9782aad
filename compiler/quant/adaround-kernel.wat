;; AdaRound's G·d sums (compiler/quant/adaround.ts) in WebAssembly SIMD, assembled by
;; tools/gen-adaround-kernel.ts into adaround-kernel-wasm.ts; adaround-gd.ts drives it.
;;
;; Semantics (bit-identical to the one-row loop of adaround-gd.ts, jsGdSums):
;;   out[i][r] = (((0 + G[i][0]·D[r][0]) + G[i][1]·D[r][1]) + …) + G[i][k−1]·D[r][k−1]
;; for every row r of every flagged block of eight rows of column i: each sum adds its k products in
;; increasing j, one f64 multiply and one f64 add per term, in its own lane. Two rows' sums share a vector
;; (lanes 0 and 1); nothing is reassociated and wasm never fuses a multiply with an add, so every lane
;; rounds exactly as the scalar loop does.
;;
;; Layouts (f64 and i32, little-endian, prepared by adaround-gd.ts; rows padded to a multiple of 8, rp):
;;   G      k·k f64 row-major at $g.
;;   Dᵀ     k·rp f64 at $dt: D[r][j] at j·rp + r, so eight rows' terms of one j are 64 contiguous bytes.
;;   outᵀ   k·rp f64 at $out: out[i][r] at i·rp + r (written only in flagged blocks).
;;   flags  i32 at $flags: flags[i·(rp/8) + b] ≠ 0 when column i needs the sums of rows 8b … 8b+7.
(module
  (memory (export "memory") 1)

  (func (export "gd_sums") (param $g i32) (param $dt i32) (param $out i32) (param $k i32) (param $rp i32) (param $flags i32)
    (local $i i32) (local $b i32) (local $nb i32) (local $stride i32) (local $grow i32) (local $gend i32)
    (local $gp i32) (local $p i32) (local $f i32)
    (local $gv v128) (local $acc0 v128) (local $acc1 v128) (local $acc2 v128) (local $acc3 v128)
    (local.set $nb (i32.shr_u (local.get $rp) (i32.const 3)))
    (local.set $stride (i32.shl (local.get $rp) (i32.const 3)))
    (local.set $f (local.get $flags))
    (block $cols_done
      (loop $cols
        (br_if $cols_done (i32.ge_u (local.get $i) (local.get $k)))
        (local.set $grow (i32.add (local.get $g) (i32.shl (i32.mul (local.get $i) (local.get $k)) (i32.const 3))))
        (local.set $gend (i32.add (local.get $grow) (i32.shl (local.get $k) (i32.const 3))))
        (local.set $b (i32.const 0))
        (block $blocks_done
          (loop $blocks
            (br_if $blocks_done (i32.ge_u (local.get $b) (local.get $nb)))
            (if (i32.load (local.get $f))
              (then
                (local.set $acc0 (v128.const f64x2 0 0))
                (local.set $acc1 (v128.const f64x2 0 0))
                (local.set $acc2 (v128.const f64x2 0 0))
                (local.set $acc3 (v128.const f64x2 0 0))
                (local.set $gp (local.get $grow))
                (local.set $p (i32.add (local.get $dt) (i32.shl (local.get $b) (i32.const 6))))
                (block $j_done
                  (loop $j
                    (br_if $j_done (i32.ge_u (local.get $gp) (local.get $gend)))
                    (local.set $gv (v128.load64_splat (local.get $gp)))
                    (local.set $acc0 (f64x2.add (local.get $acc0) (f64x2.mul (local.get $gv) (v128.load offset=0 (local.get $p)))))
                    (local.set $acc1 (f64x2.add (local.get $acc1) (f64x2.mul (local.get $gv) (v128.load offset=16 (local.get $p)))))
                    (local.set $acc2 (f64x2.add (local.get $acc2) (f64x2.mul (local.get $gv) (v128.load offset=32 (local.get $p)))))
                    (local.set $acc3 (f64x2.add (local.get $acc3) (f64x2.mul (local.get $gv) (v128.load offset=48 (local.get $p)))))
                    (local.set $gp (i32.add (local.get $gp) (i32.const 8)))
                    (local.set $p (i32.add (local.get $p) (local.get $stride)))
                    (br $j)))
                ;; outᵀ[i][8b …] at $out + (i·rp + 8b)·8.
                (local.set $p (i32.add (local.get $out) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $rp)) (i32.shl (local.get $b) (i32.const 3))) (i32.const 3))))
                (v128.store offset=0 (local.get $p) (local.get $acc0))
                (v128.store offset=16 (local.get $p) (local.get $acc1))
                (v128.store offset=32 (local.get $p) (local.get $acc2))
                (v128.store offset=48 (local.get $p) (local.get $acc3))))
            (local.set $f (i32.add (local.get $f) (i32.const 4)))
            (local.set $b (i32.add (local.get $b) (i32.const 1)))
            (br $blocks)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $cols)))))
