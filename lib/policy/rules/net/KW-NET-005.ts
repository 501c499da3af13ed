import { NETWORK_POLICY, isAnyAddress, isEmptyPeer, peerCidr, rulesOf } from '../../model/network-policy';
import type { KubeRule } from '../../rule';
import type { Violation } from '../../types';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/**
 * KW-NET-005 NetworkPolicy egress rules do not allow any destination on any port.
 * Pass: every egress rule either restricts ports or names destinations that are non-empty peers
 * other than ipBlock 0.0.0.0/0 or ::/0.
 * Fail: some egress rule has no ports and either no to list, a {} peer, or an ipBlock of
 * 0.0.0.0/0 or ::/0.
 *
 * A rule with ports is accepted whatever its destinations (port-scoped egress such as DNS to
 * any resolver is a normal pattern). Any CIDR with prefix length 0 counts as 0.0.0.0/0 or ::/0.
 * Every egress rule is judged as written, whatever policyTypes says.
 */
export const KW_NET_005: KubeRule = {
  id: 'KW-NET-005',
  target: 'kube',
  kinds: [NETWORK_POLICY],
  evaluate(obj) {
    const out: Violation[] = [];
    rulesOf(obj, 'Egress').forEach((r, i) => {
      const field = `spec.egress[${i}]`;
      const rule = rec(r);
      if (list(rule.ports).length > 0) return;
      const to = list(rule.to);
      if (to.length === 0) {
        out.push({ message: `${field} has neither ports nor a to list, so it allows every destination on every port; restrict ports or list the destinations.`, field });
        return;
      }
      to.forEach((peer, j) => {
        const peerField = `${field}.to[${j}]`;
        const cidr = peerCidr(peer);
        if (isEmptyPeer(peer)) {
          out.push({ message: `${peerField} is an empty peer in a rule without ports, which allows every destination on every port; name the destination or restrict ports.`, field: peerField });
        } else if (cidr !== undefined && isAnyAddress(cidr)) {
          out.push({
            message: `${peerField} allows ipBlock ${cidr} on every port; restrict the rule's ports or narrow the CIDR to the destinations needed.`,
            field: `${peerField}.ipBlock.cidr`,
          });
        }
      });
    });
    return out;
  },
};
