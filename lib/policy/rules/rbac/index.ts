import { KW_RBAC_001 } from './KW-RBAC-001';
import { KW_RBAC_002 } from './KW-RBAC-002';
import { KW_RBAC_003 } from './KW-RBAC-003';
import { KW_RBAC_004 } from './KW-RBAC-004';
import { KW_RBAC_005 } from './KW-RBAC-005';
import { KW_RBAC_006 } from './KW-RBAC-006';
import { KW_RBAC_007 } from './KW-RBAC-007';
import { KW_RBAC_008 } from './KW-RBAC-008';
import { KW_RBAC_009 } from './KW-RBAC-009';
import { KW_RBAC_010 } from './KW-RBAC-010';
import { KW_RBAC_011 } from './KW-RBAC-011';
import { KW_RBAC_012 } from './KW-RBAC-012';
import { KW_RBAC_013 } from './KW-RBAC-013';
import { KW_RBAC_014 } from './KW-RBAC-014';
import type { Rule } from '../../rule';

/** The RBAC rules, one file per control, in catalog order. */
export const RBAC_RULES: readonly Rule[] = [
  KW_RBAC_001,
  KW_RBAC_002,
  KW_RBAC_003,
  KW_RBAC_004,
  KW_RBAC_005,
  KW_RBAC_006,
  KW_RBAC_007,
  KW_RBAC_008,
  KW_RBAC_009,
  KW_RBAC_010,
  KW_RBAC_011,
  KW_RBAC_012,
  KW_RBAC_013,
  KW_RBAC_014,
];
