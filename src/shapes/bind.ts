/**
 * Binds the symbolic dims of a model's inputs (`batch`, `sequence_length`, ...) to the values
 * the user gave. An input dim with neither value nor name is addressed as `input:axis`; a dim
 * named by an expression (`past_sequence_length + sequence_length`) is computed from the dims it
 * names (dim-expr.ts), so only free symbols are asked for.
 */
import { UserError } from '../errors.ts';
import type { Dim, Graph, TypeInfo } from '../onnx/model.ts';
import { dtypeName } from '../onnx/dtypes.ts';
import { evalDimExpr, freeNames, parseDimExpr, shellWord } from './dim-expr.ts';

export type DimValues = Record<string, number>;

/**
 * The values of a graph input, given by the user (a .npy or .json file, or the config's
 * `value:`): its shape binds the input's symbolic dims, and its values are constants of the
 * analysis. `dtype` is the ONNX data type code; undefined takes the input's own (JSON numbers
 * carry none).
 */
export interface GivenTensor {
  dtype?: number;
  shape: number[];
  /** Row-major; undefined when only the shape is known (text inputs). */
  values?: number[];
  /** Where the values come from, for messages: `--input sr=sr.json`, `inputs.sr.value`. */
  source: string;
}
export type InputValues = Record<string, GivenTensor>;

export interface Binding {
  /** Input name -> its shape with every dim a number. */
  shapes: Map<string, { dtype: number; shape?: number[]; kind?: 'sequence' | 'map' | 'optional' }>;
  /** The dims that were used (echoed in the analysis). */
  used: DimValues;
  /** --dim names that no input uses. */
  unused: string[];
}

export function bindInputs(
  path: string,
  graph: Graph,
  dims: DimValues,
  given: InputValues = {},
): Binding {
  const initializers = new Set(graph.initializers.map((t) => t.name));
  dims = withGivenDims(path, graph, initializers, dims, given);
  const shapes: Binding['shapes'] = new Map();
  const used: DimValues = {};
  const missing = new Map<string, string[]>();
  const need = (symbol: string, place: string) => {
    const places = missing.get(symbol) ?? [];
    places.push(place);
    missing.set(symbol, places);
  };
  for (const input of graph.inputs) {
    // IR version < 4 lists initializers among the inputs: those are weights, not inputs.
    if (initializers.has(input.name)) continue;
    const t = input.type;
    if (t.kind !== 'tensor' && t.kind !== 'sparse_tensor') {
      // A sequence or optional of tensors of a fixed shape: its elements' shape is known.
      const elem = (t.kind === 'sequence' || t.kind === 'optional') && t.elem;
      const fixed =
        elem && elem.kind === 'tensor' && elem.shape?.every((d) => typeof d === 'number' && d >= 0)
          ? (elem.shape as number[])
          : undefined;
      shapes.set(input.name, {
        dtype: elemTypeOf(t),
        kind: kindOf(t),
        ...(fixed ? { shape: fixed } : {}),
      });
      continue;
    }
    if (!t.shape) {
      throw new UserError(
        `${path}: input "${input.name}" has no shape in the model, so its cost cannot be computed. ` +
          'Export the model with input shapes (torch.onnx.export does this by default).',
      );
    }
    const shape = t.shape.map((d: Dim, axis: number) => {
      if (typeof d === 'number' && d >= 0) return d;
      const symbol = typeof d === 'string' && d !== '' ? d : `${input.name}:${axis}`;
      const place = `${input.name}[${axis}]`;
      const r = resolveSymbol(symbol, dims);
      if ('value' in r) {
        for (const name of r.uses) used[name] = dims[name];
        return r.value;
      }
      if ('error' in r) {
        throw new UserError(`${path}: input "${input.name}", dim ${axis}: ${r.error}.`);
      }
      for (const name of r.missing) need(name, r.expression ? `${place} in "${symbol}"` : place);
      return 0;
    });
    const g = Object.hasOwn(given, input.name) ? given[input.name] : undefined;
    if (g) checkGiven(path, input.name, t.elemType, shape, g);
    shapes.set(input.name, { dtype: t.elemType, shape });
  }
  if (missing.size > 0) {
    const list = [...missing].map(([s, places]) => `"${s}" (${places.join(', ')})`).join('; ');
    const example = [...missing.keys()].map((s) => `--dim ${shellWord(`${s}=N`)}`).join(' ');
    throw new UserError(
      `${path}: dims without a value: ${list}. Give each one a value, e.g. ${example} ` +
        '(or `dims:` in the config).',
    );
  }
  const unused = Object.keys(dims).filter((k) => !Object.hasOwn(used, k));
  return { shapes, used, unused };
}

/**
 * The dims with those a given tensor fixes added: a plain symbol (or an unnamed dim) of an input
 * whose values are given takes the size of the given tensor on that axis, unless --dim set it.
 */
function withGivenDims(
  path: string,
  graph: Graph,
  initializers: Set<string>,
  dims: DimValues,
  given: InputValues,
): DimValues {
  const inputs = graph.inputs.filter((i) => !initializers.has(i.name));
  const out = { ...dims };
  for (const [name, g] of Object.entries(given)) {
    const input = inputs.find((i) => i.name === name);
    if (!input) {
      const names = inputs.map((i) => `"${i.name}"`).join(', ');
      throw new UserError(
        `${g.source}: ${path} has no input named "${name}"; its inputs are ${names || 'none'}.`,
      );
    }
    const t = input.type;
    if ((t.kind !== 'tensor' && t.kind !== 'sparse_tensor') || !t.shape) continue;
    if (t.shape.length !== g.shape.length) continue; // checkGiven says so, with both shapes
    t.shape.forEach((d, axis) => {
      if (typeof d === 'number' && d >= 0) return;
      const symbol = typeof d === 'string' && d !== '' ? d : `${name}:${axis}`;
      if (!parseDimExpr(symbol) && !Object.hasOwn(out, symbol)) out[symbol] = g.shape[axis];
    });
  }
  return out;
}

/** A given tensor must have the input's dtype and its shape at the bound dims. */
function checkGiven(path: string, name: string, dtype: number, shape: number[], g: GivenTensor) {
  const want = `${dtypeName(dtype)} [${shape.join(', ')}]`;
  if (g.dtype !== undefined && g.dtype !== dtype) {
    throw new UserError(
      `${g.source}: input "${name}" of ${path} is ${want}; the values given are ` +
        `${dtypeName(g.dtype)}. Give values of the input's dtype.`,
    );
  }
  if (g.shape.length !== shape.length || g.shape.some((d, i) => d !== shape[i])) {
    throw new UserError(
      `${g.source}: input "${name}" of ${path} is ${want} at these dims; the values given have ` +
        `shape [${g.shape.join(', ')}]. Give values of that shape (or dims that match them).`,
    );
  }
}

type Resolved =
  | { value: number; uses: string[] }
  | { missing: string[]; expression: boolean }
  | { error: string };

/**
 * The value of one dim_param: a plain symbol's given value; an expression's value from the
 * symbols it names (a value given for the expression itself must agree; when its symbols are
 * not all given, that value stands in). Own keys only: a dim named "constructor" must not find
 * Object's.
 */
function resolveSymbol(symbol: string, dims: DimValues): Resolved {
  const given = (name: string) => (Object.hasOwn(dims, name) ? dims[name] : undefined);
  const expr = parseDimExpr(symbol);
  if (!expr) {
    if (symbol === '__proto__') return { error: 'a dim named "__proto__" cannot be bound' };
    const value = given(symbol);
    return value === undefined
      ? { missing: [symbol], expression: false }
      : { value, uses: [symbol] };
  }
  const names = freeNames(expr);
  if (names.includes('__proto__'))
    return { error: `"${symbol}" names "__proto__", which cannot be bound` };
  const literal = given(symbol);
  const r = evalDimExpr(expr, given);
  if ('missing' in r) {
    return literal === undefined
      ? { missing: r.missing, expression: true }
      : { value: literal, uses: [symbol] };
  }
  const values = names.map((n) => `${n}=${given(n)}`).join(', ');
  if ('error' in r)
    return { error: `"${symbol}" cannot be evaluated with ${values}: it ${r.error}` };
  if (!Number.isSafeInteger(r.value) || r.value < 0) {
    return {
      error: `"${symbol}" is ${r.value} with ${values}, which is not a size; give values that make it 0 or more`,
    };
  }
  if (literal !== undefined && literal !== r.value) {
    return {
      error:
        `--dim ${shellWord(`${symbol}=${literal}`)} disagrees with the dims it is computed from: ` +
        `"${symbol}" is ${r.value} with ${values}. Give only ${names.map((n) => `--dim ${shellWord(`${n}=N`)}`).join(' ')} ` +
        `(or make them agree)`,
    };
  }
  return { value: r.value, uses: literal === undefined ? names : [...names, symbol] };
}

/**
 * A dim the model declares (value_info, outputs, subgraph inputs), given the bound dims: a
 * number when it is bound or an expression of bound dims, else the symbol itself.
 */
export function bindDeclaredDim(d: Dim, dims: DimValues): Dim {
  if (typeof d === 'number') return d;
  if (d === '') return '?';
  const r = resolveSymbol(d, dims);
  return 'value' in r ? r.value : d;
}

function elemTypeOf(t: TypeInfo): number {
  if (t.kind === 'tensor' || t.kind === 'sparse_tensor') return t.elemType;
  if ((t.kind === 'sequence' || t.kind === 'optional') && t.elem) return elemTypeOf(t.elem);
  return 0;
}

function kindOf(t: TypeInfo): 'sequence' | 'map' | 'optional' | undefined {
  return t.kind === 'sequence' || t.kind === 'map' || t.kind === 'optional' ? t.kind : undefined;
}

/** Parses `name=value` strings (from --dim) into DimValues, with clear errors. */
export function parseDims(specs: string[]): DimValues {
  const dims: DimValues = {};
  for (const spec of specs) {
    const m = /^([^=]+)=(\d+)$/.exec(spec.trim());
    if (!m) {
      throw new UserError(
        `--dim "${spec}" is not of the form name=value (e.g. --dim batch=1, or --dim input_ids:1=128 for an unnamed dim).`,
      );
    }
    if (m[1].trim() === '__proto__')
      throw new UserError('--dim __proto__ is not a usable dim name.');
    const value = Number(m[2]);
    if (!Number.isSafeInteger(value)) {
      throw new UserError(`--dim "${spec}": ${m[2]} is too large for a dim.`);
    }
    dims[m[1].trim()] = value;
  }
  return dims;
}
