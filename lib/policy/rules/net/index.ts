import type { Rule } from '../../rule';

/** The NET rules, one file per control. */
export const NET_RULES: readonly Rule[] = [];
