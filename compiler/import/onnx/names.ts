// Turning ONNX names into accsim value/constant names that QIR can print and users still recognise.
//
// The rules (documented for users in importOnnx's doc comment):
// - Every character outside [A-Za-z0-9_.:/-] becomes '_'; leading '/' are dropped, because PyTorch
//   names nodes by module path ("/layer1/conv1/Conv") and the slash adds nothing at the front.
// - A name that comes out empty falls back to the caller's fallback (e.g. the op type and node index).
// - Names are made unique within their namespace (values and constants are separate: %x and @x may
//   share a name) by appending "_2", "_3", … to later claimants.

const INVALID = /[^A-Za-z0-9_.:/-]/g;

/** Sanitizes one name; `fallback` is used when nothing printable remains. */
export function sanitizeName(name: string, fallback: string): string {
  const s = name.replace(INVALID, '_').replace(/^\/+/, '');
  return s.length > 0 ? s : fallback;
}

/** Hands out unique sanitized names in one namespace. */
export class NameTable {
  private readonly taken = new Set<string>();

  /** Claims `name` sanitized (or the first free "<name>_<k>", k ≥ 2) and returns what was claimed. */
  claim(name: string, fallback: string): string {
    const base = sanitizeName(name, fallback);
    let candidate = base;
    for (let k = 2; this.taken.has(candidate); k++) candidate = `${base}_${k}`;
    this.taken.add(candidate);
    return candidate;
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }
}
