/**
 * Input synthesis for timing. planInputs (parent process) decides how each graph input is
 * filled; makeTensors (model process) generates the tensors from a seed, so every process and
 * every run feeds identical bytes. Values matter for speed only where they steer the work:
 * indices must stay inside their tables (ONNX Runtime fails otherwise), masks decide what is
 * attended, flags pick branches. Everywhere else a dense kernel costs the same whatever it reads.
 */
import { resolve } from 'node:path';
import type * as Ort from 'onnxruntime-node';
import { seeded } from '../stats/rng.ts';
import { UserError } from '../errors.ts';
import { dtypeName } from '../onnx/dtypes.ts';
import type { Model } from '../onnx/model.ts';
import { bindInputs, type Binding, type InputValues } from '../shapes/bind.ts';
import type { Inference, NodeRecord } from '../shapes/infer.ts';
import { fits, FLOAT_TYPES, INT_BOUNDS, ortArray, readInputFile, type NpyData } from './npy.ts';
import type { InputSpec } from './types.ts';

export interface InputOptions {
  dims: Record<string, number>;
  /** Sets the dim named `symbol` to `size` (throughput at several batch sizes). */
  batch?: { symbol: string; size: number };
  /** Not used to plan (specs hold no values); kept so one options object serves both steps. */
  seed: number;
  /** name -> [min, max]: integers for integer/bool inputs, uniform for float inputs. */
  ranges?: Record<string, [number, number]>;
  /** name -> .npy or .json file of values. */
  files?: Record<string, string>;
  /** Values given for inputs (files read, and the config's `value:`); their shapes bind dims. */
  given?: InputValues;
}

/** The dtypes onnxruntime-node can feed (its Tensor.Type list, minus packed int4/uint4). */
const FEEDABLE = new Set([...FLOAT_TYPES, ...Object.keys(INT_BOUNDS), 'string']);

const WHY = {
  user: 'range given by the user (--input-range or `ranges` in the config)',
  mask: 'the name says it is a mask: all ones attends to every position, the full-cost case',
  segment: 'the name says it holds segment ids: all zeros (one segment), the common case',
  bool:
    'bool inputs are masks or flags: all true attends to every position and takes every ' +
    'flagged path, the full-cost case',
  string: 'string input: the decimal text of integers in [0, 9] (no text is valid in general)',
};
// Floats: [-1, 1] is the scale of normalized images and activations; it keeps exp, softmax and
// log away from overflow, NaN and denormals (which slow some CPUs), so the time is the kernels'.
const FLOAT_RANGE: [number, number] = [-1, 1];

const MASK_NAME = /(^|[_.:/-])mask$/i;
const SEGMENT_NAME = /(token_type|segment)_ids?$/i;

export function planInputs(model: Model, inference: Inference, options: InputOptions): InputSpec[] {
  const dims = { ...options.dims };
  if (options.batch) dims[options.batch.symbol] = options.batch.size;
  const binding = bindInputs(model.path, model.graph, dims, options.given);
  if (options.batch && !(options.batch.symbol in binding.used)) {
    throw new UserError(
      `${model.path}: the batch dim "${options.batch.symbol}" is not a dim of any input, so the ` +
        'batch size cannot be changed. Name the symbolic batch dim of the inputs.',
    );
  }
  const indexUses = tableIndexRanges(model, inference);
  const specs: InputSpec[] = [];
  const unranged: { name: string; type: string }[] = [];
  for (const [name, b] of binding.shapes) {
    const dtype = dtypeName(b.dtype);
    if (b.kind || !b.shape) {
      throw new UserError(
        `${model.path}: input "${name}" is a ${b.kind ?? 'tensor of unknown shape'}; misnomer ` +
          'can only generate tensor inputs with a shape.',
      );
    }
    if (!FEEDABLE.has(dtype)) {
      throw new UserError(
        `${model.path}: input "${name}" has type ${dtype}, which onnxruntime-node cannot feed, ` +
          'so this model cannot be timed.',
      );
    }
    const shape = b.shape;
    const file = options.files?.[name];
    if (file !== undefined) {
      readInputFile(file, { name, dtype, shape });
      specs.push({ name, dtype, shape, fill: { kind: 'file', path: resolve(file) } });
      continue;
    }
    const values = options.given?.[name]?.values;
    if (values) {
      const bad = values.findIndex((v) => !fits(dtype, v));
      if (bad >= 0) {
        throw new UserError(
          `${options.given![name].source}: ${values[bad]} (flat index ${bad}) is not a valid ` +
            `${dtype} value for input "${name}" of ${model.path}.`,
        );
      }
      specs.push({ name, dtype, shape, fill: { kind: 'values', values } });
      continue;
    }
    const fill =
      positionFill(model.path, name, dtype, shape, binding, indexUses.get(name)) ??
      chooseFill(model.path, name, dtype, options.ranges?.[name], indexUses.get(name));
    if (fill) specs.push({ name, dtype, shape, fill });
    else unranged.push({ name, type: `${dtype} [${shape.join(', ')}]` });
  }
  if (unranged.length > 0) throw missingRanges(model.path, unranged);
  return specs;
}

function chooseFill(
  path: string,
  name: string,
  dtype: string,
  range: [number, number] | undefined,
  index: IndexRange | undefined,
): InputSpec['fill'] | undefined {
  const float = FLOAT_TYPES.has(dtype);
  if (range) {
    const [min, max] = checkRange(path, name, dtype, range);
    return float ? { kind: 'uniform', min, max } : { kind: 'integers', min, max, why: WHY.user };
  }
  if (MASK_NAME.test(name)) return { kind: 'ones', why: WHY.mask };
  if (index && !float && dtype !== 'string') {
    const [lo, hi] = INT_BOUNDS[dtype];
    return {
      kind: 'integers',
      min: Math.max(index.min, lo),
      max: Math.min(index.max, hi),
      why: index.why,
    };
  }
  if (SEGMENT_NAME.test(name)) return { kind: 'integers', min: 0, max: 0, why: WHY.segment };
  if (float) return { kind: 'uniform', min: FLOAT_RANGE[0], max: FLOAT_RANGE[1] };
  if (dtype === 'bool') return { kind: 'ones', why: WHY.bool };
  if (dtype === 'string') return { kind: 'integers', min: 0, max: 9, why: WHY.string };
  return undefined;
}

const POSITION_NAME = /(^|[_.:/-])position_ids?$/i;
const PAST_NAME = /(^|[_.:/-])past/i;

/**
 * Position ids as a decoder is fed them: row after row, past, past + 1, ..., past + s − 1, where
 * the past length is what the attention mask covers beyond the new tokens (or the length axis
 * of the past key/value inputs). Random positions would be valid indices too, but a decode step
 * at position 3 of a 512-token past is not what production runs.
 */
function positionFill(
  path: string,
  name: string,
  dtype: string,
  shape: number[],
  binding: Binding,
  index: IndexRange | undefined,
): InputSpec['fill'] | undefined {
  if (
    !POSITION_NAME.test(name) ||
    FLOAT_TYPES.has(dtype) ||
    !INT_BOUNDS[dtype] ||
    shape.length === 0
  )
    return undefined;
  const s = shape[shape.length - 1];
  let start = 0;
  let why = 'the name says it holds positions and no input holds a past: 0, 1, ..., s − 1';
  for (const [other, b] of binding.shapes) {
    if (!b.shape || other === name) continue;
    if (MASK_NAME.test(other) && b.shape.length === 2 && b.shape[1] >= s) {
      start = b.shape[1] - s;
      why = `positions follow the past: "${other}" covers ${b.shape[1]} tokens, ${s} of them new`;
      break;
    }
    if (PAST_NAME.test(other) && b.shape.length === 4) {
      start = b.shape[2];
      why = `positions follow the past: "${other}" holds ${start} past tokens`;
    }
  }
  const last = start + s - 1;
  if (index && s > 0 && (start < index.min || last > index.max)) {
    throw new UserError(
      `${path}: input "${name}" would hold positions ${start} to ${last}, but only ` +
        `${index.min} to ${index.max} are valid (${index.why}). Lower the sequence or past ` +
        `dims, or give the positions (--input ${name}=file.npy).`,
    );
  }
  return { kind: 'positions', start, why };
}

function checkRange(path: string, name: string, dtype: string, range: [number, number]) {
  const [min, max] = range;
  const given = `range ${min}:${max} for input "${name}" of ${path}`;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) {
    throw new UserError(`The ${given} is not min:max with min <= max; give e.g. ${name}=0:99.`);
  }
  // Strings are filled with the text of integers, so their ranges are integers too.
  const bounds = dtype === 'string' ? INT_BOUNDS.int64 : INT_BOUNDS[dtype];
  if (bounds && (!Number.isInteger(min) || !Number.isInteger(max))) {
    throw new UserError(`The ${given} must be integers: the input is ${dtype}.`);
  }
  if (bounds && (min < bounds[0] || max > bounds[1])) {
    throw new UserError(
      `The ${given} exceeds what ${dtype} holds ([${bounds[0]}, ${bounds[1]}]); narrow it.`,
    );
  }
  return range;
}

function missingRanges(path: string, inputs: { name: string; type: string }[]): UserError {
  const one = inputs.length === 1;
  const listed = inputs.map((i) => `"${i.name}" (${i.type})`).join(', ');
  const flags = inputs.map((i) => `--input-range ${i.name}=min:max`).join(' ');
  return new UserError(
    `${path}: integer input${one ? '' : 's'} ${listed} ${one ? 'does' : 'do'} not index an ` +
      'embedding table, so misnomer cannot tell which values are valid. Give ' +
      `${one ? 'a range' : 'ranges'}: ${flags} (or, in the config, ${inputs.map((i) => `\`inputs.${i.name}.range: [min, max]\``).join(', ')}).`,
  );
}

interface IndexRange {
  min: number;
  max: number;
  why: string;
}

/** Ops whose output holds only values of their input 0: indices pass through them unchanged. */
const PASS_THROUGH = new Set([
  'Cast',
  'Identity',
  'Unsqueeze',
  'Squeeze',
  'Reshape',
  'Flatten',
  'Transpose',
  'Expand',
  'Tile',
  'Slice',
]);

/** Ops that index a table: op (domain:op outside ai.onnx) -> [index input, table input] pairs. */
const INDEXERS: Record<string, [index: number, table: number][]> = {
  Gather: [[1, 0]],
  // ONNX Runtime's fused BERT embedding: input_ids index word_embedding, segment_ids index
  // segment_embedding, both along axis 0.
  'com.microsoft:EmbedLayerNormalization': [
    [0, 2],
    [1, 4],
  ],
};

/**
 * For each graph input that reaches the indices of a Gather over a constant table (directly or
 * through value-preserving ops and additions of a constant), the values that keep every such
 * Gather in range: [0, rows - 1] shifted by the constants added on the way; with several
 * tables, the intersection. Only the main graph is followed.
 */
function tableIndexRanges(model: Model, inference: Inference): Map<string, IndexRange> {
  const constants = new Set(model.graph.initializers.map((t) => t.name));
  const consumers = new Map<string, { record: NodeRecord; slot: number }[]>();
  for (const record of inference.main.records) {
    const { node } = record;
    if (node.opType === 'Constant' && node.domain === '') constants.add(node.outputs[0]);
    node.inputs.forEach((name, slot) => {
      if (name === '') return;
      const list = consumers.get(name) ?? [];
      list.push({ record, slot });
      consumers.set(name, list);
    });
  }
  const ranges = new Map<string, IndexRange>();
  for (const input of inference.inputs) {
    const uses: (IndexRange & { rows: number })[] = [];
    const seen = new Set<string>();
    const queue: [name: string, shift: number][] = [[input, 0]];
    while (queue.length > 0) {
      const [name, shift] = queue.shift()!;
      if (seen.has(name)) continue;
      seen.add(name);
      for (const { record, slot } of consumers.get(name) ?? []) {
        const use = indexUse(record, slot, shift, constants);
        if (use) uses.push(use);
        const next = passThrough(record, slot, shift, constants);
        if (next) queue.push(next);
      }
    }
    if (uses.length === 0) continue;
    const tightest = uses.reduce((a, b) => (b.max - b.min < a.max - a.min ? b : a));
    const min = Math.max(...uses.map((u) => u.min));
    const max = Math.min(...uses.map((u) => u.max));
    if (min > max) continue; // no value fits every table: the user must give a range
    const more = uses.length > 1 ? ` (the tightest of the ${uses.length} tables it indexes)` : '';
    ranges.set(input, { min, max, why: tightest.why + more });
  }
  return ranges;
}

function indexUse(
  record: NodeRecord,
  slot: number,
  shift: number,
  constants: Set<string>,
): (IndexRange & { rows: number }) | undefined {
  const { node } = record;
  const key = node.domain === '' ? node.opType : `${node.domain}:${node.opType}`;
  const pair = INDEXERS[key]?.find(([index]) => index === slot);
  const table = pair && node.inputs[pair[1]];
  if (!table || !constants.has(table)) return undefined;
  const shape = record.inputs[pair[1]]?.shape;
  let axis = key === 'Gather' ? record.ctx.attrs.int('axis', 0) : 0;
  if (shape && axis < 0) axis += shape.length;
  const rows = shape?.[axis];
  if (typeof rows !== 'number' || rows < 1) return undefined;
  // The Gather sees input + shift, which must lie in [0, rows - 1].
  const min = Math.max(0, -shift);
  const max = rows - 1 - shift;
  const label = node.name ? `"${node.name}"` : `(output "${node.outputs[0]}")`;
  const via = shift === 0 ? '' : `, after adding ${shift} on the way`;
  return {
    min,
    max,
    rows,
    why:
      `indices of ${node.opType} ${label}, whose table "${table}" has ${rows} rows along ` +
      `axis ${axis}${via}`,
  };
}

/** The value that carries the input's values on through this node, with the shift added. */
function passThrough(
  record: NodeRecord,
  slot: number,
  shift: number,
  constants: Set<string>,
): [string, number] | undefined {
  const { node } = record;
  if (node.domain !== '' || !node.outputs[0]) return undefined;
  if (PASS_THROUGH.has(node.opType)) return slot === 0 ? [node.outputs[0], shift] : undefined;
  if ((node.opType !== 'Add' && node.opType !== 'Sub') || node.inputs.length !== 2)
    return undefined;
  // x + c, c + x and x - c with a constant c that is the same everywhere.
  const other = 1 - slot;
  if (node.opType === 'Sub' && slot !== 0) return undefined;
  if (!constants.has(node.inputs[other])) return undefined;
  const values = record.ctx.constant(other);
  if (!values || values.length === 0 || values.some((v) => v !== values[0])) return undefined;
  return [node.outputs[0], shift + (node.opType === 'Add' ? values[0] : -values[0])];
}

/** Generates every input's tensor; the values of an input depend on the seed and its name only. */
export function makeTensors(
  specs: InputSpec[],
  seed: number,
  // Only the Tensor constructor: the caller passes the module it loaded (default or namespace).
  ort: Pick<typeof Ort, 'Tensor'>,
): Record<string, Ort.Tensor> {
  const feeds: Record<string, Ort.Tensor> = {};
  for (const spec of specs) {
    feeds[spec.name] = new ort.Tensor(
      spec.dtype as Ort.Tensor.Type,
      inputData(spec, seed),
      spec.shape,
    );
  }
  return feeds;
}

/** The data of one input, in onnxruntime-node's layout for its dtype. */
export function inputData(spec: InputSpec, seed: number): NpyData {
  const { fill, dtype, shape } = spec;
  if (fill.kind === 'file') return readInputFile(fill.path, spec);
  const count = shape.reduce((a, b) => a * b, 1);
  if (fill.kind === 'ones') return ortArray(dtype, count, () => 1);
  if (fill.kind === 'values') return ortArray(dtype, count, (i) => fill.values[i]);
  if (fill.kind === 'positions') {
    const s = shape[shape.length - 1];
    return ortArray(dtype, count, (i) => fill.start + (i % s));
  }
  const rng = seeded(inputSeed(seed, spec.name));
  const { min, max } = fill;
  if (fill.kind === 'uniform') return ortArray(dtype, count, () => min + (max - min) * rng());
  return ortArray(dtype, count, () => min + Math.floor(rng() * (max - min + 1)));
}

/**
 * The seed of one input: the run's seed mixed with an FNV-1a hash of the name, so adding an
 * input or changing another's shape leaves this input's values as they were.
 */
export function inputSeed(seed: number, name: string): number {
  let h = 0x811c9dc5;
  for (const ch of Buffer.from(name, 'utf8')) h = Math.imul(h ^ ch, 0x01000193);
  return (h ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
}
