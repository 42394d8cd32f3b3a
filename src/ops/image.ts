import type { RuleTable } from './types.ts';

export const rules: RuleTable = {};
