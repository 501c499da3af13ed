import type { KubeRule } from '../../rule';
import type { Violation } from '../../types';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/**
 * KW-NET-009 Ingress terminates TLS for every host.
 * Pass: spec.tls has at least one entry and every rules[].host that is set appears in some
 * tls[].hosts.
 * Fail: spec.tls is absent or empty, or a rule host is missing from every tls entry.
 *
 * Hosts are compared exactly, as the sentence says "appears in": a wildcard tls host such as
 * `*.example.com` does not cover `shop.example.com`; list the host itself. Legacy
 * extensions/v1beta1 and networking.k8s.io/v1beta1 Ingresses are evaluated the same way.
 */
export const KW_NET_009: KubeRule = {
  id: 'KW-NET-009',
  target: 'kube',
  kinds: ['networking.k8s.io/Ingress'],
  evaluate(obj) {
    const spec = rec(obj.raw.spec);
    const tls = list(spec.tls);
    if (tls.length === 0) {
      return [{ message: 'this Ingress has no spec.tls, so it serves plain HTTP; add a tls entry with the hosts and a certificate Secret.', field: 'spec.tls' }];
    }
    const covered = new Set<string>();
    for (const entry of tls) for (const h of list(rec(entry).hosts)) if (typeof h === 'string') covered.add(h);
    const out: Violation[] = [];
    list(spec.rules).forEach((r, i) => {
      const host = rec(r).host;
      if (typeof host !== 'string' || host === '' || covered.has(host)) return;
      out.push({ message: `host ${host} of spec.rules[${i}] is in no spec.tls[].hosts, so it is served without TLS; add it to a tls entry.`, field: `spec.rules[${i}].host` });
    });
    return out;
  },
};
