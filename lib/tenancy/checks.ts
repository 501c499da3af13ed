// Input checks shared by the tenant's parts. Props come from TypeScript users, but also from
// JavaScript, YAML-driven generators and tests that feed random values: every check turns a wrong
// type into a KubewardError (path, prop, fix) instead of letting a TypeError escape later.
import { KubewardError } from '../core/errors';
import { MIN_REASON_LENGTH } from '../policy/suppressions';

/** A value as it should appear in an error message. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function' || typeof value === 'symbol') return typeof value;
  try {
    const s = JSON.stringify(value);
    if (s === undefined) return String(value);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Throws unless `value` is a plain object (not null, not an array); returns it. */
export function requireRecord(path: string, prop: string, value: unknown, fix: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new KubewardError(path, prop, `${show(value)} is not an object`, fix);
  }
  return value as Record<string, unknown>;
}

/** `undefined` stays undefined; anything else must be a plain object. */
export function optionalRecord(path: string, prop: string, value: unknown, fix: string): Record<string, unknown> | undefined {
  return value === undefined ? undefined : requireRecord(path, prop, value, fix);
}

/** Throws unless `value` is a non-empty string; returns it. */
export function requireString(path: string, prop: string, value: unknown, fix: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new KubewardError(path, prop, `${show(value)} is not a non-empty string`, fix);
  }
  return value;
}

/** Throws unless `value` is undefined or a boolean. */
export function optionalBoolean(path: string, prop: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new KubewardError(path, prop, `${show(value)} is not a boolean`, 'pass true or false, or omit it for the default');
  return value;
}

/** Throws unless `value` is an integer within [min, max]; returns it. */
export function requireInt(path: string, prop: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new KubewardError(path, prop, `${show(value)} is not a whole number from ${min} to ${max}`, `pass an integer from ${min} to ${max}`);
  }
  return value;
}

/** Throws unless `value` is undefined or an array; returns a copy (empty when undefined). */
export function optionalArray(path: string, prop: string, value: unknown, fix: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new KubewardError(path, prop, `${show(value)} is not a list`, fix);
  return [...value];
}

/** Throws unless every key of `record` is one of `allowed` (catches typos such as `quota.cpus`). */
export function rejectUnknownKeys(path: string, prop: string, record: Record<string, unknown>, allowed: readonly string[]): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) {
      const where = prop ? `${prop}.${key}` : key;
      throw new KubewardError(path, where, 'is not a known option', `use one of ${allowed.join(', ')}`);
    }
  }
}

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
  rejectUnknownKeys(path, prop, value as Record<string, unknown>, ['enabled', 'reason']);
  return true;
}
