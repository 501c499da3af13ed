import { KW_NET_001 } from './KW-NET-001';
import { KW_NET_002 } from './KW-NET-002';
import { KW_NET_003 } from './KW-NET-003';
import { KW_NET_004 } from './KW-NET-004';
import { KW_NET_005 } from './KW-NET-005';
import { KW_NET_006 } from './KW-NET-006';
import { KW_NET_007 } from './KW-NET-007';
import { KW_NET_008 } from './KW-NET-008';
import { KW_NET_009 } from './KW-NET-009';
import { KW_NET_010 } from './KW-NET-010';
import type { Rule } from '../../rule';

/** The NET rules, one file per control, in catalog order. */
export const NET_RULES: readonly Rule[] = [
  KW_NET_001,
  KW_NET_002,
  KW_NET_003,
  KW_NET_004,
  KW_NET_005,
  KW_NET_006,
  KW_NET_007,
  KW_NET_008,
  KW_NET_009,
  KW_NET_010,
];
