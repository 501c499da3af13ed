import { containsPrivateKey, credentialFragmentOf } from '../../model/secret-names';
import type { KubeRule } from '../../rule';
import { Violation } from '../../types';

/**
 * KW-POD-026 ConfigMaps carry no secret material.
 * Pass: no data key name contains a credential fragment or ends in _KEY (see
 * model/secret-names), and no data value contains a BEGIN ... PRIVATE KEY header.
 * Fail: a data key matches, whatever its value (an empty placeholder still invites someone to
 * fill it in), or a value embeds a private key. ConfigMaps are readable by far more subjects
 * than Secrets and are never encrypted at rest.
 */
export const KW_POD_026: KubeRule = {
  id: 'KW-POD-026',
  target: 'kube',
  kinds: ['ConfigMap'],
  evaluate(obj) {
    const data = obj.raw.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
    const out: Violation[] = [];
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      const field = `data['${key}']`;
      const fragment = credentialFragmentOf(key);
      if (fragment !== undefined) {
        out.push({
          message: `ConfigMap key ${JSON.stringify(key)} looks like a credential (matches ${fragment}); move it to a Secret.`,
          field,
        });
      } else if (typeof value === 'string' && containsPrivateKey(value)) {
        out.push({
          message: `ConfigMap key ${JSON.stringify(key)} embeds a private key; move it to a Secret.`,
          field,
        });
      }
    }
    return out;
  },
};
