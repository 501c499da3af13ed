import { NETWORK_POLICY, isAnyAddress, isEmptyPeer, peerCidr, rulesOf } from '../../model/network-policy';
import { isEmptySelector } from '../../model/selectors';
import type { KubeRule } from '../../rule';
import type { Violation } from '../../types';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/**
 * KW-NET-004 NetworkPolicy ingress rules do not admit everyone.
 * Pass: every ingress rule has a non-empty from list whose peers are all non-empty, none uses
 * ipBlock 0.0.0.0/0 or ::/0, and none is a bare empty namespaceSelector.
 * Fail: some ingress rule is {} or lacks from, has a {} peer, an ipBlock of 0.0.0.0/0 or ::/0,
 * or a namespaceSelector {} peer without a non-empty podSelector.
 *
 * A rule that restricts ports but has no `from` still admits every source, so it fails too.
 * Any CIDR with prefix length 0 is read as 0.0.0.0/0 or ::/0 (its except list does not make
 * it narrow: it still admits the internet). Every ingress rule is judged as written, whatever
 * policyTypes says, so a dormant allow-all rule cannot become live by a later policyTypes edit.
 */
export const KW_NET_004: KubeRule = {
  id: 'KW-NET-004',
  target: 'kube',
  kinds: [NETWORK_POLICY],
  evaluate(obj) {
    const out: Violation[] = [];
    rulesOf(obj, 'Ingress').forEach((r, i) => {
      const field = `spec.ingress[${i}]`;
      const from = Array.isArray(rec(r).from) ? (rec(r).from as unknown[]) : [];
      if (from.length === 0) {
        out.push({ message: `${field} has no from list, so it admits traffic from every source; list the pods, namespaces or CIDRs allowed in.`, field });
        return;
      }
      from.forEach((peer, j) => {
        const peerField = `${field}.from[${j}]`;
        const p = rec(peer);
        const cidr = peerCidr(peer);
        if (isEmptyPeer(peer)) {
          out.push({ message: `${peerField} is an empty peer, which matches every source; give it a podSelector, namespaceSelector or ipBlock.`, field: peerField });
        } else if (cidr !== undefined && isAnyAddress(cidr)) {
          out.push({ message: `${peerField} admits ipBlock ${cidr}, i.e. every address; narrow the CIDR to the clients that need access.`, field: `${peerField}.ipBlock.cidr` });
        } else if (p.namespaceSelector != null && isEmptySelector(p.namespaceSelector) && isEmptySelector(p.podSelector)) {
          out.push({
            message: `${peerField} has an empty namespaceSelector without a non-empty podSelector, which admits every pod of every namespace (other tenants included); select namespaces by label or add a podSelector.`,
            field: `${peerField}.namespaceSelector`,
          });
        }
      });
    });
    return out;
  },
};
