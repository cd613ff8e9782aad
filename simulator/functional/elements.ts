// Sub-byte element access inside byte rows: elements are packed LSB-first (element j of a `bits`-wide
// stream starts at bit j*bits; for 4 bits element 2j is the low nibble of byte j; docs/HARDWARE.md §2).
// Elements never straddle bytes: bits is 1, 2, 4 or 8 for everything the machine packs.

/** Element `index` of a `bits`-wide stream starting at `base` in `bytes`, sign-extended when `signed`. */
export function readElement(bytes: Uint8Array, base: number, index: number, bits: number, signed: boolean): number {
  if (bits === 8) {
    const v = bytes[base + index]!;
    return signed && v >= 128 ? v - 256 : v;
  }
  const bit = index * bits;
  const raw = (bytes[base + (bit >> 3)]! >> (bit & 7)) & ((1 << bits) - 1);
  return signed && raw >= 1 << (bits - 1) ? raw - (1 << bits) : raw;
}

/** Writes the low `bits` bits of `value` (two's complement) as element `index`. */
export function writeElement(bytes: Uint8Array, base: number, index: number, bits: number, value: number): void {
  if (bits === 8) {
    bytes[base + index] = value & 0xff;
    return;
  }
  const bit = index * bits;
  const at = base + (bit >> 3);
  const mask = ((1 << bits) - 1) << (bit & 7);
  bytes[at] = (bytes[at]! & ~mask) | ((value << (bit & 7)) & mask);
}

/**
 * Unpacks `count` elements from `bytes[base…]` into `out[outAt…]` as integers: `bits` 8 or 4 (signed
 * or not), or 1 (binary: bit 1 ↔ +1, bit 0 ↔ −1, so that the int8 GEMM of ±1 values equals
 * K − 2·popcount(x XOR w), the XNOR-popcount dot of the ISA).
 */
export function unpackElements(
  bytes: Uint8Array, base: number, count: number, bits: number, signed: boolean, out: Int8Array | Uint8Array, outAt: number,
): void {
  if (bits === 8) {
    // A plain loop: rows are short (16 bytes at 16x16), and subarray+set allocates per call.
    for (let j = 0; j < count; j++) out[outAt + j] = bytes[base + j]!; // Int8Array stores wrap to signed
    return;
  }
  if (bits === 1) {
    for (let j = 0; j < count; j++) out[outAt + j] = ((bytes[base + (j >> 3)]! >> (j & 7)) & 1) === 1 ? 1 : -1;
    return;
  }
  for (let j = 0; j < count; j++) out[outAt + j] = readElement(bytes, base, j, bits, signed);
}

/** Like unpackElements, for the `count` elements from element index `first` of the stream at `base`. */
export function unpackRun(
  bytes: Uint8Array, base: number, first: number, count: number, bits: number, signed: boolean, out: Int8Array | Uint8Array, outAt: number,
): void {
  const bit = first * bits;
  if ((bit & 7) === 0) return unpackElements(bytes, base + (bit >> 3), count, bits, signed, out, outAt);
  for (let j = 0; j < count; j++) {
    const v = readElement(bytes, base, first + j, bits, signed && bits !== 1);
    out[outAt + j] = bits === 1 ? (v === 1 ? 1 : -1) : v;
  }
}
