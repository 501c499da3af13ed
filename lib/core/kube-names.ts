// KubewardError wrappers of the engine's name and label syntax (lib/policy/model/names.ts): every
// construct checks names, label keys and label values through these, so none keeps a pattern of
// its own and "passes by construction" means "the engine reads it the same way".
import { show } from './checks';
import { KubewardError } from './errors';
import { DNS_LABEL_MAX, DNS_SUBDOMAIN_MAX, isDns1035Label, isDnsLabel, isDnsSubdomain, isLabelKey, isLabelValue } from '../policy/model/names';

/** Which Kubernetes name syntax a prop must follow. */
export type NameSyntax = 'dns-label' | 'dns-1035-label' | 'dns-subdomain';

const SYNTAX: Record<NameSyntax, { readonly test: (v: unknown) => v is string; readonly what: string; readonly max: number }> = {
  'dns-label': { test: isDnsLabel, what: 'an RFC 1123 label', max: DNS_LABEL_MAX },
  'dns-1035-label': { test: isDns1035Label, what: 'a DNS-1035 label', max: DNS_LABEL_MAX },
  'dns-subdomain': { test: isDnsSubdomain, what: 'an RFC 1123 subdomain', max: DNS_SUBDOMAIN_MAX },
};

/**
 * Throws unless `value` follows `syntax` and has at most `maxLength` characters; returns it.
 * @param fix what to write instead (name the thing, give an example)
 * @param maxLength a tighter bound than the syntax's own (room for suffixes controllers append)
 */
export function requireName(path: string, prop: string, value: unknown, syntax: NameSyntax, fix: string, maxLength?: number): string {
  const s = SYNTAX[syntax];
  const max = Math.min(maxLength ?? s.max, s.max);
  if (!s.test(value) || value.length > max) {
    throw new KubewardError(path, prop, `${show(value)} is not ${s.what}${max < s.max ? ` of at most ${max} characters` : ''}`, fix);
  }
  return value;
}

/** The fix of a bad label value. */
export const LABEL_VALUE_FIX = 'use at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit';

/** Throws unless `value` is a label value (non-empty unless `allowEmpty`); returns it. */
export function requireLabelValue(path: string, prop: string, value: unknown, allowEmpty = false): string {
  if (!isLabelValue(value) || (!allowEmpty && value === '')) {
    throw new KubewardError(path, prop, `${show(value)} is not a${allowEmpty ? '' : ' non-empty'} label value`, LABEL_VALUE_FIX);
  }
  return value;
}

/**
 * Throws unless `value` is undefined or an object whose every key is a label key and every value
 * a label value; returns a copy with sorted keys (`{}` when undefined).
 */
export function requireLabelMap(path: string, prop: string, value: unknown): Record<string, string> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new KubewardError(path, prop, `${show(value)} is not an object`, 'pass an object of label keys to string values');
  }
  const rec = value as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const k of Object.keys(rec).sort()) {
    if (!isLabelKey(k)) {
      throw new KubewardError(path, `${prop}.${k}`, `${show(k)} is not a valid label key`, 'use an optional DNS-subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or "." (e.g. "team" or "example.com/team")');
    }
    out[k] = requireLabelValue(path, `${prop}.${k}`, rec[k], true);
  }
  return out;
}
