import type { Rule } from '../rule';
import { AUD_RULES } from './aud';
import { CLU_RULES } from './clu';
import { HA_RULES } from './ha';
import { IMG_RULES } from './img';
import { MESH_RULES } from './mesh';
import { MON_RULES } from './mon';
import { NET_RULES } from './net';
import { POD_RULES } from './pod';
import { RBAC_RULES } from './rbac';
import { RES_RULES } from './res';

/** Every rule, one per control of the catalog. */
export const ALL_RULES: readonly Rule[] = [
  ...POD_RULES,
  ...NET_RULES,
  ...RBAC_RULES,
  ...RES_RULES,
  ...IMG_RULES,
  ...HA_RULES,
  ...AUD_RULES,
  ...MON_RULES,
  ...MESH_RULES,
  ...CLU_RULES,
];
