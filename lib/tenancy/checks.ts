// The tenant's own input check: opt-outs of parts that are on by default. The generic checks
// (types, ranges) live in core/checks, unknown keys in core/props-shape, shared with the other families.
import { show } from '../core/checks';
import { KubewardError } from '../core/errors';
import { OPT_OUT_SHAPE, checkShape } from '../core/props-shape';
import { MIN_REASON_LENGTH } from '../policy/suppressions';

/**
 * An explicit opt-out of a part that is on by default. The reason is required and is written
 * next to the weakened object (a suppression or an opt-out annotation), so nobody can turn a
 * safeguard off without saying why where reviewers and the audit see it.
 */
export interface OptOut {
  /** Turns the part off. */
  readonly enabled: false;
  /** Why this tenant can go without it (at least 10 characters, shown in the audit). */
  readonly reason: string;
}

/**
 * Whether a prop value is an opt-out (`{ enabled: false, reason }`); validates the reason.
 * Any other object with `enabled: false` but no valid reason is refused.
 */
export function isOptOut(path: string, prop: string, value: unknown): value is OptOut {
  if (typeof value !== 'object' || value === null || (value as { enabled?: unknown }).enabled !== false) return false;
  const reason = (value as { reason?: unknown }).reason;
  if (typeof reason !== 'string' || reason.trim().length < MIN_REASON_LENGTH || /[;\n]/.test(reason)) {
    throw new KubewardError(path, `${prop}.reason`, `${show(reason)} does not explain the opt-out`,
      `say in at least ${MIN_REASON_LENGTH} characters (one line, no ";") why this tenant can go without ${prop}; the reason is written into the manifest and shown by the audit`);
  }
  checkShape(path, prop, value, OPT_OUT_SHAPE);
  return true;
}
