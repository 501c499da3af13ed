import { KW_MESH_001 } from './KW-MESH-001';
import { KW_MESH_002 } from './KW-MESH-002';
import { KW_MESH_003 } from './KW-MESH-003';
import { KW_MESH_004 } from './KW-MESH-004';
import { KW_MESH_005 } from './KW-MESH-005';
import { KW_MESH_006 } from './KW-MESH-006';
import type { Rule } from '../../rule';

/** The MESH rules, one file per control. */
export const MESH_RULES: readonly Rule[] = [KW_MESH_001, KW_MESH_002, KW_MESH_003, KW_MESH_004, KW_MESH_005, KW_MESH_006];
