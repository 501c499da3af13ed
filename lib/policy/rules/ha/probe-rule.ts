import { describeContainer, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/** Long-running kinds: their pods are restarted forever, so a broken process must be noticed. */
const LONG_RUNNING = ['apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'apps/ReplicaSet', 'ReplicationController', 'Pod'];

/** Which probe a rule requires, and what it is for. */
export interface ProbeRuleSpec {
  /** Control id. */
  readonly id: string;
  /** Container field of the probe. */
  readonly probe: 'readinessProbe' | 'livenessProbe';
  /** What goes wrong without it, for the message. */
  readonly why: string;
}

/**
 * Builds a rule that requires a probe on every app container (spec.containers) of a
 * long-running workload (KW-HA-001, KW-HA-002). Jobs and CronJobs run to completion and are not
 * dispatched; a bare Pod with restartPolicy Never or OnFailure is a batch pod and is out of scope.
 */
export function probeRule(spec: ProbeRuleSpec): KubeRule {
  return {
    id: spec.id,
    target: 'kube',
    kinds: LONG_RUNNING,
    evaluate(obj) {
      const pod = podTemplateOf(obj);
      if (!pod) return NOT_APPLICABLE;
      if (obj.gk === 'Pod' && (pod.spec.restartPolicy === 'Never' || pod.spec.restartPolicy === 'OnFailure')) return NOT_APPLICABLE;
      const out: Violation[] = [];
      for (const c of pod.containers) {
        if (c.type !== 'container') continue;
        const probe: unknown = c.spec[spec.probe];
        if (probe !== null && typeof probe === 'object' && !Array.isArray(probe)) continue;
        out.push({
          message: `${describeContainer(c)} has no ${spec.probe}; add one (httpGet, tcpSocket, grpc or exec) because ${spec.why}.`,
          field: `${c.path}.${spec.probe}`,
          container: c.name,
        });
      }
      return out;
    },
  };
}
