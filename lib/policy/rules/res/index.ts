import { KW_RES_001 } from './KW-RES-001';
import { KW_RES_002 } from './KW-RES-002';
import { KW_RES_003 } from './KW-RES-003';
import { KW_RES_004 } from './KW-RES-004';
import { KW_RES_005 } from './KW-RES-005';
import { KW_RES_006 } from './KW-RES-006';
import type { Rule } from '../../rule';

/** The RES rules, one file per control. */
export const RES_RULES: readonly Rule[] = [KW_RES_001, KW_RES_002, KW_RES_003, KW_RES_004, KW_RES_005, KW_RES_006];
