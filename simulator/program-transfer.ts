// A decoded program sent to a worker thread as a few typed arrays instead of .accbin bytes: decoding an
// .accbin (BigInt words, field checks) costs ~0.7 s for ResNet-18's 180 k instructions, structured
// cloning the objects ~0.5 s; rebuilding them from columns takes a few tens of ms. Fields are laid out
// per opcode in the order of the first instruction of that opcode; numbers travel as doubles, strings
// (enum fields) as indexes into a string table. Programs the columns cannot carry exactly (an opcode
// whose instructions differ in fields or field types) are sent as .accbin bytes instead.
import type { Instruction } from '../isa/instruction.js';
import { readProgram, writeProgram, type Program } from '../isa/program-file.js';

/** What crosses the thread boundary. */
export type ProgramTransfer =
  | { readonly kind: 'accbin'; readonly bytes: Uint8Array }
  | {
    readonly kind: 'columns';
    readonly rest: Omit<Program, 'instructions'>;
    /** Per opcode: field names (op first) and whether each is a string. */
    readonly layouts: readonly { readonly keys: readonly string[]; readonly strings: readonly boolean[] }[];
    readonly opOf: Uint8Array;
    readonly values: Float64Array;
    readonly strings: readonly string[];
  };

/** Packs `p` for a worker. */
export function packProgram(p: Program): ProgramTransfer {
  const layoutOf = new Map<string, number>();
  const layouts: { keys: string[]; strings: boolean[] }[] = [];
  const stringIndex = new Map<string, number>();
  const strings: string[] = [];
  const opOf = new Uint8Array(p.instructions.length);
  const values: number[] = [];
  for (let n = 0; n < p.instructions.length; n++) {
    const i = p.instructions[n]! as unknown as Record<string, unknown>;
    let l = layoutOf.get(i['op'] as string);
    if (l === undefined) {
      const keys = Object.keys(i);
      l = layouts.length;
      layouts.push({ keys, strings: keys.map((k) => typeof i[k] === 'string') });
      layoutOf.set(i['op'] as string, l);
    }
    if (l > 255) return accbin(p);
    opOf[n] = l;
    const { keys, strings: isString } = layouts[l]!;
    if (Object.keys(i).length !== keys.length) return accbin(p);
    for (let f = 0; f < keys.length; f++) {
      const v = i[keys[f]!];
      if (isString[f]) {
        if (typeof v !== 'string') return accbin(p);
        let s = stringIndex.get(v);
        if (s === undefined) {
          s = strings.length;
          strings.push(v);
          stringIndex.set(v, s);
        }
        values.push(s);
      } else {
        if (typeof v !== 'number') return accbin(p);
        values.push(v);
      }
    }
  }
  const { instructions: _, ...rest } = p;
  return { kind: 'columns', rest, layouts, opOf, values: Float64Array.from(values), strings };
}

/** The program a worker received. */
export function unpackProgram(t: ProgramTransfer): Program {
  if (t.kind === 'accbin') return readProgram(t.bytes, 'batch.accbin');
  const instructions: Instruction[] = new Array(t.opOf.length);
  let at = 0;
  for (let n = 0; n < t.opOf.length; n++) {
    const { keys, strings } = t.layouts[t.opOf[n]!]!;
    const o: Record<string, unknown> = {};
    for (let f = 0; f < keys.length; f++) {
      const v = t.values[at++]!;
      o[keys[f]!] = strings[f] ? t.strings[v]! : v;
    }
    instructions[n] = o as unknown as Instruction;
  }
  return { ...t.rest, instructions };
}

function accbin(p: Program): ProgramTransfer {
  return { kind: 'accbin', bytes: writeProgram(p) };
}
