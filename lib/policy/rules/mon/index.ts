import type { Rule } from '../../rule';

/** The MON rules, one file per control. */
export const MON_RULES: readonly Rule[] = [];
