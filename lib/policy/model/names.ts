// Kubernetes name and label syntax, as the API server validates it
// (kubernetes/apimachinery pkg/util/validation/validation.go: IsDNS1123Label,
// IsDNS1123Subdomain, IsDNS1035Label, IsQualifiedName, IsValidLabelValue).
// The engine's model owns these so the constructs check names exactly as the engine reads them:
// lib/core/names.ts and lib/core/labels.ts re-export them with KubewardError wrappers, and no
// construct keeps a regular expression of its own.
//
// Every pattern is anchored and unambiguous (each repetition is bounded by a character the
// next part cannot start with), and the length is checked before the pattern, so matching is
// linear in the input and bounded by the length limit.

/** Longest RFC 1123 / RFC 1035 label (namespace, Service, container names). */
export const DNS_LABEL_MAX = 63;
/** Longest RFC 1123 subdomain (most object names). */
export const DNS_SUBDOMAIN_MAX = 253;
/** Longest label value, and longest name part of a label key. */
export const LABEL_VALUE_MAX = 63;

const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** Whether a value is an RFC 1123 label: 1-63 lowercase alphanumerics or `-`, alphanumeric at both ends. @internal */
export function isDnsLabel(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= DNS_LABEL_MAX && DNS_1123_LABEL.test(value);
}

/**
 * Whether a value is an RFC 1035 label: an RFC 1123 label that starts with a letter. Service
 * names must be one (the API server refuses `1api` as a Service name).
 */
export function isDns1035Label(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= DNS_LABEL_MAX && DNS_1035_LABEL.test(value);
}

/** Whether a value is an RFC 1123 subdomain: dot-separated RFC 1123 labels, at most 253 characters. */
export function isDnsSubdomain(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= DNS_SUBDOMAIN_MAX && DNS_1123_SUBDOMAIN.test(value);
}

/** Whether a value is a valid label value (the empty string is one). @internal */
export function isLabelValue(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LABEL_VALUE_MAX && LABEL_VALUE.test(value);
}

/**
 * Whether a value is a valid label (or annotation) key: an optional RFC 1123 subdomain prefix and
 * `/`, then a name of 1-63 alphanumerics, `-`, `_` or `.`, alphanumeric at both ends.
 */
export function isLabelKey(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const slash = value.indexOf('/');
  if (slash >= 0 && !isDnsSubdomain(value.slice(0, slash))) return false;
  const name = slash < 0 ? value : value.slice(slash + 1);
  return name.length > 0 && name.length <= LABEL_VALUE_MAX && QUALIFIED_NAME_PART.test(name);
}
