import type { Rule } from '../../rule';

/** The MESH rules, one file per control. */
export const MESH_RULES: readonly Rule[] = [];
