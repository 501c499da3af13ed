import { podSecurityContext, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/** Sysctls that are namespaced per pod and cannot affect other pods on the node. */
const SAFE_SYSCTLS: ReadonlySet<string> = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]);

/**
 * KW-POD-018 Only safe sysctls are set.
 * Pass: every spec.securityContext.sysctls[*].name is in the Pod Security Standards safe set (or
 * no sysctls are set).
 * Fail: the pod sets any other sysctl, for example kernel.msgmax or net.core.somaxconn.
 */
export const KW_POD_018: KubeRule = {
  id: 'KW-POD-018',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const sysctls = podSecurityContext(pod).sysctls;
    if (!Array.isArray(sysctls)) return [];
    const out: Violation[] = [];
    sysctls.forEach((s, i) => {
      const name = s !== null && typeof s === 'object' ? (s as Record<string, unknown>).name : undefined;
      if (typeof name === 'string' && SAFE_SYSCTLS.has(name)) return;
      out.push({
        message: `the pod sets the unsafe sysctl ${JSON.stringify(name ?? null)}, which can affect other pods on the node; remove it or tune the node instead.`,
        field: `${pod.path}.securityContext.sysctls[${i}].name`,
      });
    });
    return out;
  },
};
