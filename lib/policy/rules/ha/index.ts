import { KW_HA_001 } from './KW-HA-001';
import { KW_HA_002 } from './KW-HA-002';
import { KW_HA_003 } from './KW-HA-003';
import { KW_HA_004 } from './KW-HA-004';
import { KW_HA_005 } from './KW-HA-005';
import { KW_HA_006 } from './KW-HA-006';
import { KW_HA_007 } from './KW-HA-007';
import { KW_HA_008 } from './KW-HA-008';
import { KW_HA_009 } from './KW-HA-009';
import type { Rule } from '../../rule';

/** The HA rules, one file per control. */
export const HA_RULES: readonly Rule[] = [KW_HA_001, KW_HA_002, KW_HA_003, KW_HA_004, KW_HA_005, KW_HA_006, KW_HA_007, KW_HA_008, KW_HA_009];
