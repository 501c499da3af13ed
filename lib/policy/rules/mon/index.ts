import { KW_MON_001 } from './KW-MON-001';
import { KW_MON_002 } from './KW-MON-002';
import { KW_MON_003 } from './KW-MON-003';
import type { Rule } from '../../rule';

/** The MON rules, one file per control. */
export const MON_RULES: readonly Rule[] = [KW_MON_001, KW_MON_002, KW_MON_003];
