import { KW_CLU_001 } from './KW-CLU-001';
import { KW_CLU_002 } from './KW-CLU-002';
import { KW_CLU_003 } from './KW-CLU-003';
import { KW_CLU_004 } from './KW-CLU-004';
import { KW_CLU_005 } from './KW-CLU-005';
import { KW_CLU_006 } from './KW-CLU-006';
import type { Rule } from '../../rule';

/** The CLU rules, one file per control: CloudRules over Tencent Cloud Pulumi inputs. */
export const CLU_RULES: readonly Rule[] = [KW_CLU_001, KW_CLU_002, KW_CLU_003, KW_CLU_004, KW_CLU_005, KW_CLU_006];
