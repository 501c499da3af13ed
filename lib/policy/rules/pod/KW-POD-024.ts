import { describeContainer, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

function present(v: unknown): boolean {
  return v !== undefined && v !== null;
}

/**
 * KW-POD-024 Secrets are mounted as files, not injected as environment variables.
 * Pass: no container uses env[].valueFrom.secretKeyRef or envFrom[].secretRef.
 * Fail: some container (any type) reads a Secret through either. Environment variables leak
 * into child processes, crash dumps and `kubectl describe`, and never pick up rotation.
 */
export const KW_POD_024: KubeRule = {
  id: 'KW-POD-024',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const out: Violation[] = [];
    for (const c of pod.containers) {
      const env = Array.isArray(c.spec.env) ? c.spec.env : [];
      env.forEach((e: unknown, i: number) => {
        const entry = rec(e);
        if (!present(rec(entry.valueFrom).secretKeyRef)) return;
        out.push({
          message: `${describeContainer(c)} reads a Secret into the environment variable ${JSON.stringify(entry.name ?? '')}; mount the Secret as a volume and read the file instead.`,
          field: `${c.path}.env[${i}].valueFrom.secretKeyRef`,
          container: c.name,
        });
      });
      const envFrom = Array.isArray(c.spec.envFrom) ? c.spec.envFrom : [];
      envFrom.forEach((e: unknown, i: number) => {
        const ref = rec(e).secretRef;
        if (!present(ref)) return;
        const name = rec(ref).name;
        out.push({
          message: `${describeContainer(c)} loads ${typeof name === 'string' ? `Secret "${name}"` : 'a Secret'} into its environment through envFrom; mount it as a volume instead.`,
          field: `${c.path}.envFrom[${i}].secretRef`,
          container: c.name,
        });
      });
    }
    return out;
  },
};
