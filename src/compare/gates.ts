/**
 * Gates: parsing the config's limits (gate-parse.ts) and evaluating a comparison against them
 * (gate-evaluate.ts), exported together for the stages above compare/.
 */
export {
  clashesWithGateKey,
  GATE_KEYS,
  gateName,
  isGateKey,
  parseGate,
  parseGates,
  parseScopedGate,
  type Gate,
  type IndicatorGate,
  type Quantity,
  type SwitchGate,
} from './gate-parse.ts';
export { evaluateGates, gatedUnits, MISSING_BASE, type GateOptions } from './gate-evaluate.ts';
