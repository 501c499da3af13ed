import type { Rule } from '../../rule';

/** The RES rules, one file per control. */
export const RES_RULES: readonly Rule[] = [];
