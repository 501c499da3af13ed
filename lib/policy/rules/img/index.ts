import type { Rule } from '../../rule';

/** The IMG rules, one file per control. */
export const IMG_RULES: readonly Rule[] = [];
