import { describeContainer, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/** Whether a quantity is written: present, not null and not an empty string. */
function isSet(v: unknown): boolean {
  return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
}

/** What a RES container rule checks: one quantity in requests or limits, and why it matters. */
export interface ResourceSettingSpec {
  /** Control id. */
  readonly id: string;
  /** `requests` or `limits`. */
  readonly section: 'requests' | 'limits';
  /** `cpu` or `memory`. */
  readonly resource: 'cpu' | 'memory';
  /** Why the setting matters, appended to each message. */
  readonly why: string;
}

/**
 * Builds a rule that requires resources.<section>.<resource> on every container and init
 * container (KW-RES-001..004). Ephemeral containers are left out because the API rejects
 * resources on them. A limit does not stand in for a missing request: the controls ask for
 * the field to be written, so the intent is explicit in the manifest.
 */
export function resourceSettingRule(spec: ResourceSettingSpec): KubeRule {
  const key = `resources.${spec.section}.${spec.resource}`;
  return {
    id: spec.id,
    target: 'kube',
    kinds: ['*workload'],
    evaluate(obj) {
      const pod = podTemplateOf(obj);
      if (!pod) return NOT_APPLICABLE;
      const out: Violation[] = [];
      for (const c of pod.containers) {
        if (c.type === 'ephemeralContainer') continue;
        if (isSet(rec(rec(c.spec.resources)[spec.section])[spec.resource])) continue;
        out.push({
          message: `${describeContainer(c)} does not set ${key}; set it (${spec.why}).`,
          field: `${c.path}.${key}`,
          container: c.name,
        });
      }
      return out;
    },
  };
}
