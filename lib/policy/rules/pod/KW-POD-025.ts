import { envCredentialOf } from '../../model/secret-names';
import { describeContainer, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/** The literal value of an env entry as text, or undefined when it has none. */
function literalOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  // Non-string scalars are not valid env values, but a YAML author who writes `PASSWORD: 1234`
  // still meant a literal credential.
  return typeof value === 'object' ? undefined : String(value);
}

/**
 * KW-POD-025 No credentials are hard-coded in environment variables.
 * Pass: no env entry with a non-empty literal value that is not an absolute file path has a
 * credential-like name (see model/secret-names), and no literal value contains a private-key
 * header.
 * Fail: some container (any type) declares such a name with such a literal value, or any literal
 * value embeds a BEGIN ... PRIVATE KEY header. Entries that use valueFrom are fine (the value
 * lives elsewhere), and so are absolute paths (they point at a mounted file).
 */
export const KW_POD_025: KubeRule = {
  id: 'KW-POD-025',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const out: Violation[] = [];
    for (const c of pod.containers) {
      if (!Array.isArray(c.spec.env)) continue;
      c.spec.env.forEach((e: unknown, i: number) => {
        if (e === null || typeof e !== 'object') return;
        const entry = e as Record<string, unknown>;
        const name = typeof entry.name === 'string' ? entry.name : '';
        const value = literalOf(entry.value);
        if (value === undefined) return;
        const field = `${c.path}.env[${i}].value`;
        const credential = envCredentialOf(name, value);
        if (credential === undefined) return;
        out.push({
          message: credential.kind === 'private-key'
            ? `${describeContainer(c)} embeds a private key in the environment variable ${JSON.stringify(name)}; store it in a Secret and mount it as a file.`
            : `${describeContainer(c)} hard-codes the credential-like environment variable ${JSON.stringify(name)} (matches ${credential.fragment}); move the value to a Secret mounted as a file, or point the variable at the file's absolute path.`,
          field,
          container: c.name,
        });
      });
    }
    return out;
  },
};
