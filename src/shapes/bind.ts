/**
 * Binds the symbolic dims of a model's inputs (`batch`, `sequence_length`, ...) to the values
 * the user gave. An input dim with neither value nor name is addressed as `input:axis`.
 */
import { UserError } from '../errors.ts';
import type { Dim, Graph, TypeInfo } from '../onnx/model.ts';

export type DimValues = Record<string, number>;

export interface Binding {
  /** Input name -> its shape with every dim a number. */
  shapes: Map<string, { dtype: number; shape?: number[]; kind?: 'sequence' | 'map' | 'optional' }>;
  /** The dims that were used (echoed in the analysis). */
  used: DimValues;
  /** --dim names that no input uses. */
  unused: string[];
}

export function bindInputs(path: string, graph: Graph, dims: DimValues): Binding {
  const initializers = new Set(graph.initializers.map((t) => t.name));
  const shapes: Binding['shapes'] = new Map();
  const used: DimValues = {};
  const missing = new Map<string, string[]>();
  for (const input of graph.inputs) {
    // IR version < 4 lists initializers among the inputs: those are weights, not inputs.
    if (initializers.has(input.name)) continue;
    const t = input.type;
    if (t.kind !== 'tensor' && t.kind !== 'sparse_tensor') {
      shapes.set(input.name, { dtype: elemTypeOf(t), kind: kindOf(t) });
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
      if (symbol === '__proto__') {
        throw new UserError(
          `${path}: input "${input.name}" has a dim named "__proto__", which misnomer cannot bind.`,
        );
      }
      // Own keys only: a dim named "constructor" must not find Object's.
      const value = Object.hasOwn(dims, symbol) ? dims[symbol] : undefined;
      if (value === undefined) {
        const places = missing.get(symbol) ?? [];
        places.push(`${input.name}[${axis}]`);
        missing.set(symbol, places);
        return 0;
      }
      used[symbol] = value;
      return value;
    });
    shapes.set(input.name, { dtype: t.elemType, shape });
  }
  if (missing.size > 0) {
    const list = [...missing].map(([s, places]) => `"${s}" (${places.join(', ')})`).join('; ');
    const example = [...missing.keys()].map((s) => `--dim ${s}=N`).join(' ');
    throw new UserError(
      `${path}: dims without a value: ${list}. Give each one a value, e.g. ${example} ` +
        '(or `dims:` in the config).',
    );
  }
  const unused = Object.keys(dims).filter((k) => !Object.hasOwn(used, k));
  return { shapes, used, unused };
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
