import type { Rule } from '../../rule';

/** The RBAC rules, one file per control. */
export const RBAC_RULES: readonly Rule[] = [];
