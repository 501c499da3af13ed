import type { Rule } from '../../rule';

/** The CLU rules, one file per control. */
export const CLU_RULES: readonly Rule[] = [];
