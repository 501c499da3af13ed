import { KW_IMG_001 } from './KW-IMG-001';
import { KW_IMG_002 } from './KW-IMG-002';
import { KW_IMG_003 } from './KW-IMG-003';
import { KW_IMG_004 } from './KW-IMG-004';
import type { Rule } from '../../rule';

/** The IMG rules, one file per control. */
export const IMG_RULES: readonly Rule[] = [KW_IMG_001, KW_IMG_002, KW_IMG_003, KW_IMG_004];
