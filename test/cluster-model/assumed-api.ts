// The construct props the pending tests (defects.pending.ts, platforms.pending.ts) use where the
// fixes of issue 10 add API: one place to adjust if the final names differ from the shapes the
// fixes in progress had when these tests were written.
import { ExternalPeer } from '../../lib';

/** A digest-pinned proxy image, as the mesh's installer would publish it to the team's registry. */
export const PROXY_IMAGE = `ccr.ccs.tencentyun.com/mesh/proxyv2@sha256:${'6ef7'.repeat(16)}`;

/** TCM's revision label and hosted control plane address used in the tests. */
export const TCM_REVISION = '1-22-5';
export const TCM_CONTROL_PLANE = '10.0.3.15/32';

/** Self-installed Istio with its CNI node agent. */
export const ISTIO_CNI_MESH = { proxyImage: PROXY_IMAGE };
/** Self-installed Istio WITHOUT the CNI agent (istio-init), which a restricted tenant must refuse. */
export const ISTIO_NO_CNI_MESH = { provider: 'istio', cni: false, proxyImage: PROXY_IMAGE };
/** Tencent Cloud Mesh with the CNI agent and a hosted control plane. */
export const TCM_MESH = { provider: 'tcm', revision: TCM_REVISION, cni: true, proxyImage: PROXY_IMAGE, controlPlaneCidr: TCM_CONTROL_PLANE };
/** No mesh. */
export const NO_MESH = { enabled: false, reason: 'the cluster runs no mesh for this tenant' };
/** The NodeLocal DNSCache opt-in of a tenant's network props. */
export const NODE_LOCAL_DNS = { nodeLocalDnsCache: true };

/** `allowTo(ExternalPeer.cidr(cidr), ...)` options for one TCP port. */
export function externalPorts(port: number): { ports: any } {
  return { ports: [{ port }] };
}

/** An address range outside the cluster. */
export function external(cidr: string): ReturnType<typeof ExternalPeer.cidr> {
  return ExternalPeer.cidr(cidr);
}
