import type { Rule } from '../../rule';
import { KW_POD_001 } from './KW-POD-001';

/** The POD rules, one file per control. */
export const POD_RULES: readonly Rule[] = [KW_POD_001];
