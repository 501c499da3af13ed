import { NETWORK_POLICY, cidrContains, isAnyIpv4, peerCidr, peerExcept, rulesOf } from '../../model/network-policy';
import type { KubeRule } from '../../rule';
import type { Violation } from '../../types';

/** The IPv4 link-local range that holds the node metadata service (metadata.tencentyun.com). */
const LINK_LOCAL = '169.254.0.0/16';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/**
 * KW-NET-006 Egress to 0.0.0.0/0 excludes the link-local metadata range.
 * Pass: every egress ipBlock with cidr 0.0.0.0/0 lists 169.254.0.0/16 (or a CIDR that contains
 * it) in except.
 * Fail: an egress ipBlock of 0.0.0.0/0 has no except entry covering 169.254.0.0/16, leaving the
 * node metadata service (metadata.tencentyun.com) reachable.
 *
 * Any IPv4 CIDR with prefix length 0 is read as 0.0.0.0/0. Narrower entries such as
 * 169.254.0.0/24 do not cover the whole range and do not count. NetworkPolicies without such an
 * ipBlock pass.
 */
export const KW_NET_006: KubeRule = {
  id: 'KW-NET-006',
  target: 'kube',
  kinds: [NETWORK_POLICY],
  evaluate(obj) {
    const out: Violation[] = [];
    rulesOf(obj, 'Egress').forEach((r, i) => {
      const to = Array.isArray(rec(r).to) ? (rec(r).to as unknown[]) : [];
      to.forEach((peer, j) => {
        const cidr = peerCidr(peer);
        if (cidr === undefined || !isAnyIpv4(cidr)) return;
        if (peerExcept(peer).some((e) => cidrContains(e, LINK_LOCAL))) return;
        out.push({
          message: `spec.egress[${i}].to[${j}] allows ${cidr} without excluding ${LINK_LOCAL}, so pods can reach the node metadata service; add ${LINK_LOCAL} to ipBlock.except.`,
          field: `spec.egress[${i}].to[${j}].ipBlock.except`,
        });
      });
    });
    return out;
  },
};
