// What a workload can admit traffic from or send traffic to. Workloads share the peer shape of
// tenants (lib/network/peer.ts): a peer knows how to appear in a NetworkPolicy rule, always naming
// its namespace, and, when it has a mesh identity, as an Istio AuthorizationPolicy source. So a
// TenantPeer (an ingress gateway, another tenant) connects to a workload, and a workload can be
// passed wherever a tenant peer is expected.
import { optionalArray } from '../core/checks';
import { KubewardError } from '../core/errors';
import { METADATA_RANGE, cidrContains, egressExcept, parseCidr } from '../network/cidr';
import { ITenantPeer, TenantPeer, toTenantPeer } from '../network/peer';

/** Something a hardened workload can be connected with (the tenant peer shape). */
export type IPeer = ITenantPeer;

/** Peers outside the cluster. */
export class ExternalPeer {
  /**
   * An address range outside the cluster (a TencentDB instance, a partner API), for `allowTo`.
   * A range containing the link-local metadata range 169.254.0.0/16 always excludes it (KW-NET-006);
   * a range inside it is refused.
   * @param cidr the network, e.g. `'10.0.8.0/24'`
   * @param except sub-ranges to leave out
   */
  public static cidr(cidr: string, except: readonly string[] = []): IPeer {
    const where = 'ExternalPeer.cidr';
    const auto = egressExcept(where, 'cidr', cidr);
    const outer = parseCidr(cidr)!;
    const all: string[] = [];
    optionalArray(where, 'except', except, 'pass an array of CIDRs such as ["10.0.1.0/24"]').forEach((e, i) => {
      const inner = parseCidr(e);
      if (!inner || !cidrContains(outer, inner) || inner.prefix === outer.prefix) {
        throw new KubewardError(where, `except[${i}]`, `${JSON.stringify(e)} is not a CIDR strictly inside ${cidr}`, 'list sub-ranges of the cidr, such as "10.0.1.0/24" inside "10.0.0.0/16"');
      }
      // parseCidr accepted it, so it is a string.
      if (!all.includes(e as string)) all.push(e as string);
    });
    for (const a of auto) if (!all.includes(a)) all.push(a);
    const key = `cidr:${cidr}!${all.slice().sort().join(',')}`;
    return {
      peerKey: key,
      peerDescription: `address range ${cidr}${all.includes(METADATA_RANGE) ? ` (except ${METADATA_RANGE})` : ''}`,
      peerName: `cidr-${cidr.replace(/[^0-9a-fA-F]+/g, '-')}`,
      toNetworkPolicyPeer: () => ({ ipBlock: all.length > 0 ? { cidr, except: [...all] } : { cidr } }),
      toIstioSource: () => undefined,
    };
  }
}

/** The default scraper of a workload's metrics port: pods of the `monitoring` namespace, as mesh members. */
export function defaultMetricsScraper(): IPeer {
  return TenantPeer.namespace('monitoring');
}

/** Turns what `allowFrom`/`allowTo` accept into a peer (tenants become tenant peers). */
export function toPeer(path: string, prop: string, x: unknown): IPeer {
  return toTenantPeer(path, prop, x, 'pass a hardened workload, a tenant, a TenantPeer (e.g. TenantPeer.ingressGateway()) or ExternalPeer.cidr()');
}
