// Runtime checks of workload props that only workloads need: workload names, labels, environment
// variable names and paths (name and label syntax itself comes from the engine's model). Like the
// generic checks in core/checks they look at the runtime type first, so a wrong type ends in a
// KubewardError that names the prop, never in a TypeError.
import { show } from '../core/checks';
import { KubewardError } from '../core/errors';
import { requireLabelMap, requireName } from '../core/kube-names';

/** Environment variable names Kubernetes accepts (C identifiers plus `-` and `.`). */
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/**
 * Throws unless `value` is a DNS-1035 label of at most `maxLength` characters. Workload names
 * become Service names, which must start with a letter (DNS-1035), so this is stricter than
 * RFC 1123 on purpose; `maxLength` leaves room for the suffixes controllers append
 * (CronJob → Job names, StatefulSet → revision-hash labels).
 */
export function workloadName(path: string, prop: string, value: unknown, maxLength: number): string {
  return requireName(path, prop, value, 'dns-1035-label',
    `use lowercase letters, digits and "-", starting with a letter and ending with a letter or digit, at most ${maxLength} characters (e.g. "api")`, maxLength);
}

/** Throws unless every key and value of `value` is a valid Kubernetes label. */
export function labelMap(path: string, prop: string, value: unknown): Record<string, string> {
  return requireLabelMap(path, prop, value);
}

/** Throws unless `value` is a valid environment variable name. */
export function envName(path: string, prop: string, value: string): string {
  if (!ENV_NAME.test(value)) {
    throw new KubewardError(path, prop, `${show(value)} is not a valid environment variable name`, 'use letters, digits, "_", "-" or ".", not starting with a digit');
  }
  return value;
}

/** Throws unless `value` is a clean absolute path (no `..`, no `//`, no trailing `/` except root). */
export function absolutePath(path: string, prop: string, value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value === '/' || value.includes('//') || value.endsWith('/') || value.split('/').some((s) => s === '..' || s === '.') || value.includes(':')) {
    throw new KubewardError(path, prop, `${show(value)} is not a clean absolute path below /`, 'give an absolute directory such as "/tmp" or "/var/cache/app" (no "..", ":" or trailing "/")');
  }
  return value;
}
