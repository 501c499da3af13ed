import { KubewardError } from './errors';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Whether a string is an RFC 1123 label (lowercase alphanumerics and '-', at most 63 characters). */
export function isDnsLabel(value: string): boolean {
  return value.length <= 63 && DNS_LABEL.test(value);
}

/**
 * Throws a KubewardError unless `value` is an RFC 1123 label, so a bad name is refused at
 * construction instead of by the API server at apply time.
 */
export function assertDnsLabel(path: string, prop: string, value: unknown): string {
  if (typeof value !== 'string' || !isDnsLabel(value)) {
    throw new KubewardError(
      path,
      prop,
      `${JSON.stringify(value)} is not an RFC 1123 label`,
      'use 1-63 lowercase letters, digits or "-", starting and ending with a letter or digit (e.g. "payments")',
    );
  }
  return value;
}
