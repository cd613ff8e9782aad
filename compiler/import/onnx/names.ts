// Turning ONNX names into accsim value/constant names that QIR can print and users still recognise.
//
// The rules (documented for users in importOnnx's doc comment):
// - Every character outside [A-Za-z0-9_.:/-] becomes '_'; leading '/' are dropped, because PyTorch
//   names nodes by module path ("/layer1/conv1/Conv") and the slash adds nothing at the front.
// - QIR allows ':' only between other name characters (so `%x: f32[4]` still lexes), hence runs of ':'
//   collapse to one ("onnx::Conv_3" → "onnx:Conv_3"), a leading ':' is dropped and a trailing one becomes '_'.
// - A name that comes out empty falls back to the caller's fallback (e.g. the op type and node index).
// - Names are made unique within their namespace (values and constants are separate: %x and @x may
//   share a name) by appending "_2", "_3", … to later claimants.

const INVALID = /[^A-Za-z0-9_.:/-]/g;

/** Sanitizes one name; `fallback` is used when nothing printable remains. */
export function sanitizeName(name: string, fallback: string): string {
  const s = name.replace(INVALID, '_').replace(/:+/g, ':').replace(/^[/:]+/, '').replace(/:$/, '_');
  return s.length > 0 ? s : fallback;
}

/** A graph name is a QIR identifier, [A-Za-z_][A-Za-z0-9_]*: other characters become '_'. */
export function sanitizeGraphName(name: string): string {
  const s = name.replace(/[^A-Za-z0-9_]/g, '_');
  if (s.length === 0) return 'model';
  return /^[0-9]/.test(s) ? `_${s}` : s;
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
