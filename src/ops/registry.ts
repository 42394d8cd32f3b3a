/**
 * The op registry: (domain, op type) -> rule. Each family file exports a RuleTable whose keys
 * are the op type for the default ai.onnx domain, or `domain/OpType` for others
 * (`com.microsoft/FusedMatMul`). Adding an op is one row in its family's table.
 */
import { rules as activation } from './activation.ts';
import { rules as attention } from './attention.ts';
import { rules as contrib } from './contrib.ts';
import { rules as controlFlow } from './control-flow.ts';
import { rules as conv } from './conv.ts';
import { rules as elementwise } from './elementwise.ts';
import { rules as image } from './image.ts';
import { rules as linalg } from './linalg.ts';
import { rules as loss } from './loss.ts';
import { rules as matmul } from './matmul.ts';
import { rules as movement } from './movement.ts';
import { rules as normalization } from './normalization.ts';
import { rules as pool } from './pool.ts';
import { rules as quantized } from './quantized.ts';
import { rules as random } from './random.ts';
import { rules as reduce } from './reduce.ts';
import { rules as rnn } from './rnn.ts';
import { rules as shape } from './shape.ts';
import { rules as signal } from './signal.ts';
import { rules as text } from './text.ts';
import { rules as training } from './training.ts';
import type { OpRule, RuleTable } from './types.ts';

const families: Record<string, RuleTable> = {
  activation,
  attention,
  contrib,
  controlFlow,
  conv,
  elementwise,
  image,
  linalg,
  loss,
  matmul,
  movement,
  normalization,
  pool,
  quantized,
  random,
  reduce,
  rnn,
  shape,
  signal,
  text,
  training,
};

const registry = new Map<string, OpRule>();
for (const [family, table] of Object.entries(families)) {
  for (const [key, rule] of Object.entries(table)) {
    if (registry.has(key))
      throw new Error(`op rule ${key} is defined twice (second in ${family}.ts)`);
    registry.set(key, rule);
  }
}

/** The rule for an op, or undefined when misnomer does not know it (it is then "uncounted"). */
export function findRule(domain: string, opType: string): OpRule | undefined {
  const d = domain === 'ai.onnx' ? '' : domain;
  return registry.get(d ? `${d}/${opType}` : opType);
}

/** Every registered key, for docs and coverage tests. */
export const registeredOps = (): string[] => [...registry.keys()].sort();
