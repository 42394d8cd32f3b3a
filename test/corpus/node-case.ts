/**
 * One ONNX backend node test (a folder with `model.onnx` and `test_data_set_0/`) run through
 * misnomer: the model is analyzed with `analyze`'s inputValues taken from `input_N.pb` (every
 * tensor input by its shape; integer, bool and small float inputs with their values, as a user
 * would give a sample rate, a shape or a scale), and every graph output's inferred dtype and
 * shape is compared with `output_N.pb`.
 *
 * The model's own declarations of its outputs (and its value_info) are removed before the
 * analysis: misnomer fills gaps in its inference from them, and the point here is what misnomer
 * infers by itself, not what the file already says.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze/analyze.ts';
import type { Analysis } from '../../src/analyze/types.ts';
import { DataType, isFloat } from '../../src/onnx/dtypes.ts';
import { loadModel, type LoadedModel } from '../../src/onnx/load.ts';
import type { Dim, Model, ValueInfo } from '../../src/onnx/model.ts';
import type { Value } from '../../src/ops/types.ts';
import type { InputValues } from '../../src/shapes/bind.ts';
import { inferModel, type Inference, type InferredGraph } from '../../src/shapes/infer.ts';
import { readTensorPb, type PbTensor } from './tensor-pb.ts';

export type Category =
  | 'exact'
  | 'mismatch'
  | 'error'
  | 'needs-dims'
  | 'needs-values'
  | 'data-dependent'
  | 'not-applicable';

export interface CaseResult {
  name: string;
  category: Category;
  /** What went wrong, or why the test is in its category. */
  detail: string;
  /** Test data that contradicts the model's declared input shapes (those inputs not given). */
  contradicted?: string[];
  /** Graph outputs compared with ONNX's (tensor outputs). */
  compared: number;
}

/**
 * Ops whose output size depends on the data they read, by their definition: their dims are
 * symbols, and a symbol where ONNX has a number is not a mismatch.
 */
export const DATA_DEPENDENT_OPS: Record<string, string> = {
  NonZero: 'the count of non-zero elements',
  NonMaxSuppression: 'the count of boxes that survive suppression',
  Unique: 'the count of distinct values',
  Compress: 'the count of true conditions',
  StringNormalizer: 'the count of strings left once stopwords are removed',
};

/** What comparing one output found. */
type Verdict =
  | { kind: 'exact' }
  | { kind: 'mismatch'; why: string }
  | { kind: 'unknown'; why: string; symbols: string[] };

const sameDims = (a: readonly Dim[], b: readonly number[]) =>
  a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * ONNX 1.12's test generator stores bfloat16 tensors as uint16 (numpy has no bfloat16), so an
 * expected uint16 output stands for a bfloat16 one.
 */
const sameDtype = (inferred: number, expected: number) =>
  inferred === expected || (inferred === DataType.BFLOAT16 && expected === DataType.UINT16);

function compare(got: Value | undefined, want: PbTensor): Verdict {
  const shown = (s: readonly Dim[] | undefined) => (s ? `[${s.join(', ')}]` : 'unknown');
  const detail = `inferred ${shown(got?.shape)}, ONNX ${shown(want.dims)}`;
  if (got?.dtype !== undefined && got.dtype !== 0 && !sameDtype(got.dtype, want.dtype))
    return { kind: 'mismatch', why: `dtype ${got.dtype}, ONNX ${want.dtype}` };
  if (!got?.shape) return { kind: 'unknown', why: detail, symbols: [] };
  if (got.shape.length !== want.dims.length) return { kind: 'mismatch', why: detail };
  if (sameDims(got.shape, want.dims)) {
    return got.dtype ? { kind: 'exact' } : { kind: 'mismatch', why: 'dtype unknown' };
  }
  if (got.shape.some((d, i) => typeof d === 'number' && d !== want.dims[i]))
    return { kind: 'mismatch', why: detail };
  const symbols = got.shape.filter((d): d is string => typeof d === 'string');
  return { kind: 'unknown', why: detail, symbols };
}

/** The op type of the node that first produced `symbol` (searching subgraphs too). */
function originOf(g: InferredGraph, symbol: string): string | undefined {
  for (const r of g.records) {
    for (const s of r.subgraphs) {
      const inner = originOf(s.graph, symbol);
      if (inner) return inner;
    }
    if (r.outputs.some((v) => v.shape?.includes(symbol))) return r.node.opType;
  }
  return undefined;
}

/** The model without its output declarations and value_info (see the file comment). */
function undeclared(model: Model): Model {
  const outputs: ValueInfo[] = model.graph.outputs.map((o) => ({
    name: o.name,
    type: { kind: 'unknown' },
  }));
  return { ...model, graph: { ...model.graph, outputs, valueInfo: [] } };
}

/** The graph inputs that are not initializers, in order: input_N.pb is the N-th. */
function realInputs(model: Model): ValueInfo[] {
  const initializers = new Set(model.graph.initializers.map((t) => t.name));
  return model.graph.inputs.filter((i) => !initializers.has(i.name));
}

/**
 * Floating-point inputs of up to this many values are given with their values (scales, sizes,
 * boxes, scalars), as many as misnomer ever reads of a float constant; larger ones are data and
 * are given by their shape only.
 */
const SMALL_FLOAT = 64;

interface Given {
  /** Every tensor input by its shape; integer, bool and small float ones with their values. */
  policy: InputValues;
  /** The same with every value misnomer could use (large float inputs too). */
  all: InputValues;
  /** Inputs that are not tensors (sequences, optionals): misnomer binds no shape for them. */
  unbound: string[];
  /** Inputs whose test data contradicts the model's declared shape: not given, with why. */
  contradicted: string[];
}

function givenInputs(model: Model, data: string): Given {
  const given: Given = { policy: {}, all: {}, unbound: [], contradicted: [] };
  realInputs(model).forEach((input, n) => {
    const t = input.type;
    if (t.kind !== 'tensor') {
      given.unbound.push(`${input.name} (${t.kind})`);
      return;
    }
    const source = `input_${n}.pb`;
    const pb = readTensorPb(join(data, source));
    // A few ONNX 1.12 tests feed a shape their own model does not declare (CastLike's `like` as
    // [1] for a declared [3, 4]); the model's declaration is what misnomer analyzes.
    const declared = t.shape;
    const clash =
      declared &&
      (declared.length !== pb.dims.length ||
        declared.some((d, i) => typeof d === 'number' && d !== pb.dims[i]));
    if (clash) {
      given.contradicted.push(`${input.name} is [${pb.dims.join(', ')}] in ${source}`);
      return;
    }
    // ONNX 1.12 stores bfloat16 as uint16 bit patterns (see sameDtype): a shape, not values.
    if (!sameDtype(t.elemType, pb.dtype) || pb.dtype !== t.elemType) {
      const shapeOnly = { shape: pb.dims, source };
      given.policy[input.name] = shapeOnly;
      given.all[input.name] = shapeOnly;
      return;
    }
    const full = { dtype: pb.dtype, shape: pb.dims, values: pb.values, source };
    const small = !isFloat(pb.dtype) || pb.dims.reduce((a, b) => a * b, 1) <= SMALL_FLOAT;
    given.policy[input.name] = small ? full : { dtype: pb.dtype, shape: pb.dims, source };
    given.all[input.name] = full;
  });
  return given;
}

interface Run {
  analysis: Analysis;
  inference: Inference;
  verdicts: (Verdict | undefined)[];
}

function run(
  loaded: LoadedModel,
  model: Model,
  inputValues: InputValues,
  want: (PbTensor | undefined)[],
): Run {
  const view = { model, store: loaded.store };
  const analysis = analyze(view, { inputValues });
  const inference = inferModel(model, loaded.store, {}, inputValues);
  const verdicts = model.graph.outputs.map((o, i) => {
    const w = want[i];
    return w && compare(inference.main.values.get(o.name), w);
  });
  return { analysis, inference, verdicts };
}

/** Problems of an analysis that are failures whatever the shapes: unknown ops, internal errors. */
function analysisErrors(a: Analysis): string[] {
  const errors = a.uncounted.map((u) => `no rule for ${u.domain ? `${u.domain}/` : ''}${u.opType}`);
  for (const u of a.unresolved) {
    if (/internal error/.test(u.reason)) errors.push(`${u.opType}: ${u.reason}`);
  }
  return errors;
}

/**
 * Nodes whose shape inference failed, in a model whose outputs all came out exact: nothing
 * should be unknown there. (A flagged cost, such as a Loop counted once, is not a shape failure.)
 */
function failedNodes(g: InferredGraph): string[] {
  return g.records.flatMap((r) => [
    ...(r.error ? [`${r.node.name || r.node.opType} (${r.node.opType}) failed: ${r.error}`] : []),
    ...r.subgraphs.flatMap((s) => failedNodes(s.graph)),
  ]);
}

export function runCase(dir: string, name: string): CaseResult {
  const data = join(dir, 'test_data_set_0');
  let loaded: LoadedModel;
  try {
    loaded = loadModel(join(dir, 'model.onnx'));
  } catch (e) {
    return { name, category: 'error', detail: `loadModel: ${(e as Error).message}`, compared: 0 };
  }
  try {
    return classify(loaded, data, name);
  } catch (e) {
    const err = e as Error;
    return {
      name,
      category: 'error',
      detail: `${err.name}: ${err.stack ?? err.message}`,
      compared: 0,
    };
  } finally {
    loaded.store.close();
  }
}

function classify(loaded: LoadedModel, data: string, name: string): CaseResult {
  const original = loaded.model;
  const model = undeclared(original);
  const given = givenInputs(original, data);
  const want = original.graph.outputs.map((o, i) => {
    const path = join(data, `output_${i}.pb`);
    return o.type.kind === 'tensor' && existsSync(path) ? readTensorPb(path, 0) : undefined;
  });
  const compared = want.filter(Boolean).length;
  const result = (category: Category, detail: string): CaseResult => ({
    name,
    category,
    detail,
    compared,
    ...(given.contradicted.length ? { contradicted: given.contradicted } : {}),
  });
  const first = run(loaded, model, given.policy, want);
  const errors = analysisErrors(first.analysis);
  if (errors.length) return result('error', errors.join('; '));
  if (compared === 0) {
    const kinds = original.graph.outputs.map((o) => o.type.kind).join(', ');
    return result('not-applicable', `outputs are ${kinds}, not tensors`);
  }
  if (first.verdicts.every((v) => !v || v.kind === 'exact')) {
    const failed = failedNodes(first.inference.main);
    return failed.length ? result('error', failed.join('; ')) : result('exact', '');
  }
  const wrong = (r: Run) =>
    r.verdicts.flatMap((v, i) => (v?.kind === 'mismatch' ? [`output ${i}: ${v.why}`] : []));
  if (wrong(first).length) return result('mismatch', wrong(first).join('; '));
  // Not exact: would the values of the large float inputs have told?
  const withheld = Object.keys(given.all).filter((k) => given.all[k] !== given.policy[k]);
  if (withheld.length) {
    const full = run(loaded, model, given.all, want);
    if (full.verdicts.every((v) => !v || v.kind === 'exact')) {
      return result('needs-values', `exact once the values of ${withheld.join(', ')} are given`);
    }
  }
  if (given.unbound.length) {
    return result('needs-dims', `inputs misnomer cannot bind: ${given.unbound.join(', ')}`);
  }
  const reasons: string[] = [];
  for (const [i, v] of first.verdicts.entries()) {
    if (v?.kind !== 'unknown') continue;
    const origins = v.symbols.map((sym) => originOf(first.inference.main, sym));
    const dependent = origins.length > 0 && origins.every((o) => o && o in DATA_DEPENDENT_OPS);
    if (!dependent) return result('mismatch', `output ${i}: ${v.why}`);
    reasons.push(`output ${i} from ${[...new Set(origins)].join(', ')}: ${v.why}`);
  }
  return result('data-dependent', reasons.join('; '));
}
