// `accsim weights pack -o net.safetensors name=a.npy …`: writes a QIR weights sidecar from .npy files (no
// Python needed); `accsim weights list net.safetensors` prints what a sidecar holds.
import type { AccsimCommand } from './command.js';
import { readInputFile } from '../load-model.js';
import { readNpy } from '../../compiler/io/npy.js';
import { readSafetensors, writeSafetensors } from '../../compiler/qir/safetensors.js';
import { writeFileAtomic } from '../../compiler/io/atomic-write.js';
import { type Tensor, formatType } from '../../compiler/ir/tensor.js';
import { fail } from '../../core/diagnostics.js';

type WeightsArgs = { action: string; items: string[]; output?: string };

/** name=file.npy items → tensors by name; CLI080 for a malformed item or a repeated name. */
function readItems(items: readonly string[]): Map<string, Tensor> {
  const tensors = new Map<string, Tensor>();
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq <= 0 || eq === item.length - 1) fail('CLI080', `'${item}' is not name=file.npy`);
    const name = item.slice(0, eq);
    if (tensors.has(name)) fail('CLI080', `tensor ${name} is given twice`);
    const file = item.slice(eq + 1);
    tensors.set(name, readNpy(new Uint8Array(readInputFile(file, '.npy file')), file));
  }
  return tensors;
}

export const weightsCommand: AccsimCommand<WeightsArgs> = {
  command: 'weights <action> [items..]',
  describe: 'write a .safetensors weights sidecar from .npy files (pack), or list one (list)',
  builder: (y) =>
    y.positional('action', { choices: ['pack', 'list'], demandOption: true, describe: 'pack: name=file.npy items → -o file; list: a .safetensors file' })
      .positional('items', { type: 'string', array: true, describe: 'pack: name=file.npy …; list: the .safetensors file' })
      .option('output', { alias: 'o', type: 'string', describe: 'pack: the .safetensors file to write (atomically)' }),
  examples: [['$0 weights pack -o net.safetensors conv1.w=w1.npy conv1.b=b1.npy', 'a sidecar for net.qir from numpy arrays']],
  handler: (args) => {
    const items = args.items ?? [];
    if (args.action === 'list') {
      if (items.length !== 1) fail('CLI080', 'weights list takes one .safetensors file');
      const st = readSafetensors(new Uint8Array(readInputFile(items[0]!, 'weights file')), items[0]);
      for (const [name, t] of st.tensors) process.stdout.write(`${name}: ${formatType(t.type)}\n`);
      return;
    }
    if (args.output === undefined) fail('CLI080', 'weights pack needs -o file.safetensors');
    if (items.length === 0) fail('CLI080', 'weights pack needs at least one name=file.npy');
    const tensors = readItems(items);
    writeFileAtomic(args.output, writeSafetensors(tensors));
    process.stdout.write(`wrote ${args.output}: ${tensors.size} tensor(s)\n`);
  },
};
