import type { Rule } from '../../rule';

/** The HA rules, one file per control. */
export const HA_RULES: readonly Rule[] = [];
