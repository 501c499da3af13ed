import type { Rule } from '../../rule';

/** The AUD rules, one file per control. */
export const AUD_RULES: readonly Rule[] = [];
