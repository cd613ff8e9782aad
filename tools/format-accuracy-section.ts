// The "Float and microscaling formats" section of docs/ACCURACY.md, rendered from the cells that
// tools/format-accuracy.ts measured (docs/format-accuracy.json); accuracy-table.ts renders it too, so
// regenerating either table keeps the other's section.
import { existsSync, readFileSync } from 'node:fs';

/** Where the measured format cells are kept ("model|preset" → accuracy in %). */
export const FORMAT_STORE = 'docs/format-accuracy.json';
/** The format presets in the order of the table's columns. */
export const FORMAT_COLUMNS = ['mxint8', 'mxfp8', 'mxfp6', 'mxfp4', 'fp8', 'fp8-rtn', 'fp8-pc'];
/** The first line of the section (what format-accuracy.ts replaces). */
export const FORMAT_SECTION_HEADING = '## Float and microscaling formats';

/** The section's markdown from `store`, or '' when nothing was measured yet. */
export function formatSection(store: Readonly<Record<string, string>>, fp32: (model: string) => string | undefined): string {
  const models = [...new Set(Object.keys(store).map((k) => k.split('|')[0]!))].sort();
  if (models.length === 0) return '';
  const rows = models.map((m) => `| \`${m}\` | ${fp32(m) ?? '-'} | ${FORMAT_COLUMNS.map((c) => store[`${m}|${c}`] ?? '-').join(' | ')} |`);
  return `
${FORMAT_SECTION_HEADING}

Top-1 in % on the full test split, computed by the format reference (compiler/reference/format-interpreter.ts;
semantics in INTEGER-SEMANTICS.md, "Float and microscaling formats"). MX presets need no calibration (each
32-element block's E8M0 scale comes from its data); \`fp8\` (E4M3, one real scale per tensor) sets its weight
and activation scales by the least squared error over amax/448 · 2^(−j/16) (activations: 100 of the 1000
calibration images), the rule the calibration split's held-out half chose over amax/448, and runs its first
conv/dense layer in INT8 (uint8 input, int8 per-channel weights), chosen on the same held-out half over FP8
throughout (QUANTIZATION.md, "FP8 scales"), and rounds its FP8 weights by AdaRound on the E4M3 grid (up or
down between the two neighbouring codes; depthwise convs keep round-to-nearest), which the same held-out half
preferred over round-to-nearest on all four models ("FP8 weight rounding and bias correction"); \`fp8-rtn\` is
\`fp8\` with round-to-nearest weights (the rule before; its cells were measured as \`fp8\` then, same code);
\`fp8-pc\` keeps amax/448 for its weights (one scale per output channel) and its activations (calibration max
|x|). The fp8-rtn and fp8-pc cells follow §14 as of 2026-12-05: activations converted as
element(x · fp32(1/s)), chunks of 32 K across taps, the INT8 first GEMM's exact int32 sum. The average pools
follow §14's exact-sum rule since 2026-12-05 (fmnist_resnet's mxint8 cell was measured with it; the older
cells were not re-measured: the old and the new rule gave the same output at every pool checked on test
images, 160,000 outputs over three models and presets, INTEGER-SEMANTICS §14). Nothing was chosen on the test
split (\`-\`: not measured). \`accsim eval model.qir --preset mxint8,fp8\` runs them; the presets with \`onMachine\`
(fp8, fp8-rtn, fp8-pc, mxint8, mxfp8, mxfp4: their array modes) also run on the machine (\`accsim run --preset fp8\`,
\`accsim sweep --preset fp8\`, bit-exact with the format reference); mxfp6 has no array mode (QCFG005). Regenerate with (\`--render\` only rebuilds this section from the kept cells):

\`\`\`sh
npm run build && node dist/tools/format-accuracy.js [--models m1,m2] [--presets mxint8,fp8] [--render]
\`\`\`

| model | FP32 | ${FORMAT_COLUMNS.join(' | ')} |
|---|---:|${FORMAT_COLUMNS.map(() => '---:').join('|')}|
${rows.join('\n')}
`;
}

/** The cells measured so far. */
export function readFormatStore(): Record<string, string> {
  return existsSync(FORMAT_STORE) ? JSON.parse(readFileSync(FORMAT_STORE, 'utf8')) as Record<string, string> : {};
}
