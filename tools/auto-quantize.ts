// `--auto` of quantize, eval and run: AutoQuant (compiler/ptq/auto-quant.ts) on the choice data that
// --calib names (its calibration or training split, halved into a calibration and a held-out part;
// compiler/data/choice-data.ts never opens a test split), with a progress bar over the evaluations.
import type { Graph } from '../compiler/ir/graph.js';
import { loadChoiceData } from '../compiler/data/choice-data.js';
import { heldOutSet } from '../compiler/ptq/choice-score.js';
import { type AutoQuantResult, autoQuant } from '../compiler/ptq/auto-quant.js';
import { parseQuantConfig } from '../compiler/quant/presets.js';
import { fail } from '../core/diagnostics.js';
import type { QuantFlags } from './quantize-options.js';
import { readInputFile } from './load-model.js';
import { startProgress } from './progress.js';
import { renderTable } from './report/table.js';

/** Runs AutoQuant for `preset` (or --config) on the choice data of --calib; `calibNote` says what was read and how it was split. */
export function autoQuantizeWithFlags(graph: Graph, preset: string, flags: QuantFlags, calibFallback?: string): { result: AutoQuantResult; calibNote: string } {
  const source = flags.calib ?? calibFallback;
  if (source === undefined) fail('CLI023', '--auto chooses on calibration data: give --calib DIR|file.npy (a data directory\'s calibration or training split)');
  const data = loadChoiceData(source, flags['calib-limit']);
  const config = flags.config === undefined ? undefined : parseQuantConfig(readInputFile(flags.config, 'layer configuration').toString('utf8'), flags.config);
  const set = heldOutSet(graph, data.heldOut, data.heldOutLabels);
  const progress = startProgress(`autoquant ${preset}`, 6 + 2 * graph.nodes.length, 'eval');
  try {
    const result = autoQuant(graph, {
      ...(config ? { config } : { preset }), calib: data.calib, heldOut: set,
      ...(flags.cle !== undefined ? { cle: flags.cle } : {}),
      ...(flags['bias-correction'] !== undefined ? { biasCorrection: flags['bias-correction'] } : {}),
      ...(flags.adaround !== undefined ? { adaround: flags.adaround } : {}),
      onEvaluation: (done) => progress.update(done),
    });
    return { result, calibNote: `AutoQuant on ${data.description}` };
  } finally {
    progress.stop();
  }
}

/** The decisions as a table: stage, scope, the candidates with their held-out loss (and accuracy), the choice and why. */
export function renderDecisions(result: AutoQuantResult): string {
  const rows = result.decisions.map((d) => [
    d.stage, d.scope,
    d.candidates.map((c) => `${c.label} ${c.loss.toFixed(4)}${c.accuracyPct === undefined ? '' : ` (${c.accuracyPct.toFixed(1)}%)`}`).join(', ') || '-',
    d.chosen, d.why,
  ]);
  const f = result.floatScore;
  const s = result.score;
  const head = `AutoQuant: ${result.evaluations} configurations scored on ${s.samples} held-out samples (${s.lossKind}); float ${f.loss.toFixed(4)}`
    + `${f.accuracyPct === undefined ? '' : ` (${f.accuracyPct.toFixed(2)}%)`}, chosen ${s.loss.toFixed(4)}${s.accuracyPct === undefined ? '' : ` (${s.accuracyPct.toFixed(2)}%)`}`;
  return `${head}\n${renderTable(['stage', 'scope', 'candidates: held-out loss (accuracy)', 'chosen', 'why'], rows)}`;
}
