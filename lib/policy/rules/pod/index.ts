import { KW_POD_001 } from './KW-POD-001';
import { KW_POD_002 } from './KW-POD-002';
import { KW_POD_003 } from './KW-POD-003';
import { KW_POD_004 } from './KW-POD-004';
import { KW_POD_005 } from './KW-POD-005';
import { KW_POD_006 } from './KW-POD-006';
import { KW_POD_007 } from './KW-POD-007';
import { KW_POD_008 } from './KW-POD-008';
import { KW_POD_009 } from './KW-POD-009';
import { KW_POD_010 } from './KW-POD-010';
import { KW_POD_011 } from './KW-POD-011';
import { KW_POD_012 } from './KW-POD-012';
import { KW_POD_013 } from './KW-POD-013';
import { KW_POD_014 } from './KW-POD-014';
import { KW_POD_015 } from './KW-POD-015';
import { KW_POD_016 } from './KW-POD-016';
import { KW_POD_017 } from './KW-POD-017';
import { KW_POD_018 } from './KW-POD-018';
import { KW_POD_019 } from './KW-POD-019';
import { KW_POD_020 } from './KW-POD-020';
import { KW_POD_021 } from './KW-POD-021';
import { KW_POD_022 } from './KW-POD-022';
import { KW_POD_023 } from './KW-POD-023';
import { KW_POD_024 } from './KW-POD-024';
import { KW_POD_025 } from './KW-POD-025';
import { KW_POD_026 } from './KW-POD-026';
import type { Rule } from '../../rule';

/** The POD rules, one file per control, in catalog order. */
export const POD_RULES: readonly Rule[] = [
  KW_POD_001,
  KW_POD_002,
  KW_POD_003,
  KW_POD_004,
  KW_POD_005,
  KW_POD_006,
  KW_POD_007,
  KW_POD_008,
  KW_POD_009,
  KW_POD_010,
  KW_POD_011,
  KW_POD_012,
  KW_POD_013,
  KW_POD_014,
  KW_POD_015,
  KW_POD_016,
  KW_POD_017,
  KW_POD_018,
  KW_POD_019,
  KW_POD_020,
  KW_POD_021,
  KW_POD_022,
  KW_POD_023,
  KW_POD_024,
  KW_POD_025,
  KW_POD_026,
];
