import { probeRule } from './probe-rule';

/**
 * KW-HA-002 Long-running containers have a liveness probe.
 * Pass: every app container (spec.containers) defines livenessProbe.
 * Fail: some app container has no livenessProbe; the same exclusions as KW-HA-001 apply.
 */
export const KW_HA_002 = probeRule({
  id: 'KW-HA-002',
  probe: 'livenessProbe',
  why: 'without it a deadlocked process keeps its pod forever instead of being restarted',
});
