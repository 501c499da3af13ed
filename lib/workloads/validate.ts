// Runtime checks of workload props that only workloads need: names, labels, environment
// variable names and paths. Like the generic checks in core/checks they look at the runtime type
// first, so a wrong type ends in a KubewardError that names the prop, never in a TypeError.
import { requireRecord, show } from '../core/checks';
import { KubewardError } from '../core/errors';

/** Characters of a DNS-1035 label: what Service names (and so our workload names) must be. */
const DNS_1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** Label values: empty, or up to 63 alphanumerics with `-`, `_`, `.` inside. */
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** Label keys: an optional DNS-subdomain prefix and a name part. */
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Environment variable names Kubernetes accepts (C identifiers plus `-` and `.`). */
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/**
 * Throws unless `value` is a DNS-1035 label of at most `maxLength` characters. Workload names
 * become Service names, which must start with a letter (DNS-1035), so this is stricter than
 * RFC 1123 on purpose; `maxLength` leaves room for the suffixes controllers append
 * (CronJob → Job names, StatefulSet → revision-hash labels).
 */
export function workloadName(path: string, prop: string, value: unknown, maxLength: number): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength || !DNS_1035.test(value)) {
    throw new KubewardError(
      path,
      prop,
      `${show(value)} is not a DNS-1035 label of at most ${maxLength} characters`,
      `use lowercase letters, digits and "-", starting with a letter and ending with a letter or digit, at most ${maxLength} characters (e.g. "api")`,
    );
  }
  return value;
}

/** Throws unless every key and value of `value` is a valid Kubernetes label. */
export function labelMap(path: string, prop: string, value: unknown): Record<string, string> {
  if (value === undefined) return {};
  const rec = requireRecord(path, prop, value, 'pass an object of label keys to string values');
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(rec)) {
    if (!isLabelKey(k)) {
      throw new KubewardError(path, `${prop}.${k}`, `${show(k)} is not a valid label key`, 'use an optional DNS prefix and a name of at most 63 alphanumerics, "-", "_" or "." (e.g. "team" or "example.com/team")');
    }
    if (typeof v !== 'string' || v.length > 63 || !LABEL_VALUE.test(v)) {
      throw new KubewardError(path, `${prop}.${k}`, `${show(v)} is not a valid label value`, 'use at most 63 alphanumerics, "-", "_" or ".", starting and ending with an alphanumeric');
    }
    out[k] = v;
  }
  return out;
}

/** Whether a string is a valid label value. */
export function isLabelValue(v: string): boolean {
  return v.length <= 63 && LABEL_VALUE.test(v);
}

function isLabelKey(k: string): boolean {
  const slash = k.indexOf('/');
  const prefix = slash < 0 ? undefined : k.slice(0, slash);
  const name = slash < 0 ? k : k.slice(slash + 1);
  if (prefix !== undefined && (prefix.length === 0 || prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) return false;
  return name.length > 0 && name.length <= 63 && LABEL_NAME.test(name);
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
