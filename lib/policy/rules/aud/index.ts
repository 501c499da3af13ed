import { KW_AUD_001 } from './KW-AUD-001';
import { KW_AUD_002 } from './KW-AUD-002';
import { KW_AUD_003 } from './KW-AUD-003';
import { KW_AUD_004 } from './KW-AUD-004';
import { KW_AUD_005 } from './KW-AUD-005';
import type { Rule } from '../../rule';

/** The AUD rules, one file per control. */
export const AUD_RULES: readonly Rule[] = [KW_AUD_001, KW_AUD_002, KW_AUD_003, KW_AUD_004, KW_AUD_005];
