// Kubernetes names as the API server accepts them. The syntax itself lives in the engine's model
// (lib/policy/model/names.ts), so a name the constructs accept is one the engine reads the same way.
import { KubewardError } from './errors';
import { isDnsLabel } from '../policy/model/names';

export { isDnsLabel };

/**
 * Throws a KubewardError unless `value` is an RFC 1123 label, so a bad name is refused at
 * construction instead of by the API server at apply time.
 * @internal
 */
export function assertDnsLabel(path: string, prop: string, value: unknown): string {
  if (!isDnsLabel(value)) {
    throw new KubewardError(
      path,
      prop,
      `${JSON.stringify(value)} is not an RFC 1123 label`,
      'use 1-63 lowercase letters, digits or "-", starting and ending with a letter or digit (e.g. "payments")',
    );
  }
  return value;
}
