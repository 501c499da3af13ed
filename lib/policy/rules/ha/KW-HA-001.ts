import { probeRule } from './probe-rule';

/**
 * KW-HA-001 Long-running containers have a readiness probe.
 * Pass: every app container (spec.containers) defines readinessProbe.
 * Fail: some app container has no readinessProbe; Jobs, CronJobs, init and ephemeral containers,
 * and Pods with restartPolicy Never or OnFailure are out of scope.
 */
export const KW_HA_001 = probeRule({
  id: 'KW-HA-001',
  probe: 'readinessProbe',
  why: 'without it Services route traffic to pods that are still starting or are overloaded',
});
