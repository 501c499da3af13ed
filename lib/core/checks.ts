// Generic runtime checks of user props, shared by every construct family. Props come from
// TypeScript callers, but also from JavaScript, YAML-driven generators and property tests that
// feed random values, so each check looks at the runtime type first: a wrong type ends in a
// KubewardError (path, prop, fix) that names the value, never in a TypeError deep inside.
// Domain checks (opt-outs, workload names, labels, paths) stay with their family and build on these;
// unknown props are refused by the declared shapes of lib/core/props-shape.ts.
import { KubewardError } from './errors';
import { isRecord } from './props-shape';

export { isRecord };

/** Longest rendering of a value in a message; longer ones are cut and end in `...`. */
const MAX_SHOWN = 80;

/**
 * A value as it should appear in an error message: strings quoted, numbers as written (so NaN
 * and Infinity stay visible), objects and arrays as short JSON, never a huge or unprintable dump.
 */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function' || typeof value === 'symbol') return typeof value;
  // A string is cut before quoting, so the closing quote stays and the cut is visible.
  if (typeof value === 'string') return JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 3)}...` : value);
  try {
    const s = JSON.stringify(value);
    if (s === undefined) return String(value);
    return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 3)}...` : s;
  } catch {
    // Cycles (constructs hold their tree) and throwing toJSON methods.
    return Object.prototype.toString.call(value);
  }
}

/** Throws unless `value` is a plain object (not null, not an array); returns it typed. */
export function requireRecord(path: string, prop: string, value: unknown, fix: string): Record<string, unknown> {
  if (!isRecord(value)) throw new KubewardError(path, prop, `${show(value)} is not an object`, fix);
  return value;
}

/** `undefined` stays undefined; anything else must be a plain object. */
export function optionalRecord(path: string, prop: string, value: unknown, fix: string): Record<string, unknown> | undefined {
  return value === undefined ? undefined : requireRecord(path, prop, value, fix);
}

/** Throws unless `value` is a string with something besides white space in it; returns it. */
export function requireString(path: string, prop: string, value: unknown, fix: string): string {
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw new KubewardError(path, prop, `${show(value)} is not a non-empty string`, fix);
  }
  return value;
}

/** `undefined` stays undefined; anything else must pass {@link requireString}. */
export function optionalString(path: string, prop: string, value: unknown, fix: string): string | undefined {
  return value === undefined ? undefined : requireString(path, prop, value, fix);
}

/** Throws unless `value` is undefined (which yields `fallback`) or a boolean. */
export function optionalBoolean(path: string, prop: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new KubewardError(path, prop, `${show(value)} is not a boolean`, 'pass true or false, or omit it for the default');
  return value;
}

/**
 * Throws unless `value` is an integer within [min, max]; returns it. `undefined` yields `fallback`
 * when one is given and is refused otherwise. NaN, Infinity, fractions and numeric strings are
 * refused: Kubernetes and the cloud APIs want JSON integers.
 */
export function intInRange(path: string, prop: string, value: unknown, min: number, max: number, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new KubewardError(path, prop, `${show(value)} is not a whole number from ${min} to ${max}`, `use a whole number from ${min} to ${max}`);
  }
  return value;
}

/** Throws unless `value` is undefined or an array; returns a copy (empty when undefined). */
export function optionalArray(path: string, prop: string, value: unknown, fix: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new KubewardError(path, prop, `${show(value)} is not a list`, fix);
  return [...value];
}

/** Throws unless `value` is undefined (yielding []) or an array of non-empty strings; returns a copy. */
export function stringList(path: string, prop: string, value: unknown, fix: string): string[] {
  if (value !== undefined && !Array.isArray(value)) throw new KubewardError(path, prop, `${show(value)} is not a list of strings`, fix);
  return optionalArray(path, prop, value, fix).map((v, i) => requireString(path, `${prop}[${i}]`, v, fix));
}
