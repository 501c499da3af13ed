// Issue 10, defect 9: TKE's NodeLocal DNSCache add-on answers pods on the link-local address
// 169.254.20.10 (port 53, UDP and TCP) from a hostNetwork DaemonSet in kube-system (TKE docs
// 457/34061, "Using NodeLocal DNS Cache in a TKE Cluster": the Corefile binds 169.254.20.10;
// 457/38711, the NodeLocalDNSCache add-on). A default-deny tenant only reaches CoreDNS pods, and
// the link-local guard refuses any egress allow inside 169.254.0.0/16, so pods pointed at the
// cache cannot resolve. `network.nodeLocalDnsCache` opens exactly that /32 on port 53; every
// other link-local address (169.254.0.23, the metadata service, above all) stays closed.
import { Testing } from 'cdk8s';
import { find, paymentsProps, synthTenant } from './fixtures';
import { NODE_LOCAL_DNS_ADDRESS } from '../../lib/network';
import { audit } from '../../lib/policy';
import { SecureTenant } from '../../lib/tenancy';
import { expectSchemaValid } from '../support/schemas';

const NO_MESH = { mesh: { enabled: false as const, reason: 'DNS egress does not depend on the mesh' } };
const props = (o: Parameters<typeof paymentsProps>[0] = {}) => paymentsProps({ ...NO_MESH, ...o });

function ipv4(text: string): number {
  return text.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
}
function inCidr(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const start = Math.floor(ipv4(base) / size) * size;
  return ipv4(ip) >= start && ipv4(ip) < start + size;
}

/**
 * Whether the tenant's egress policies let a pod reach an address outside the pod network
 * (NetworkPolicy semantics: policies are additive; a rule needs a matching `to` peer and port).
 */
function egressAllows(objects: any[], ip: string, port: number, protocol: 'UDP' | 'TCP'): boolean {
  const egress = objects.filter((o) => o.kind === 'NetworkPolicy' && (o.spec.policyTypes ?? []).includes('Egress'));
  return egress.some((np) => (np.spec.egress ?? []).some((rule: any) => {
    const peerOk = (rule.to ?? []).length === 0 || rule.to.some((peer: any) => peer.ipBlock
      && inCidr(ip, peer.ipBlock.cidr) && !(peer.ipBlock.except ?? []).some((e: string) => inCidr(ip, e)));
    const portOk = (rule.ports ?? []).length === 0 || rule.ports.some((p: any) => (p.protocol ?? 'TCP') === protocol && (p.port === undefined || p.port === port));
    return peerOk && portOk;
  }));
}

const METADATA = '169.254.0.23';

describe('NodeLocal DNSCache egress |', () => {
  test('the listener address is the one TKE\'s add-on binds', () => {
    expect(NODE_LOCAL_DNS_ADDRESS).toBe('169.254.20.10');
  });

  test('off by default: no link-local address is reachable, the cache included', () => {
    const { objects } = synthTenant(props());
    for (const protocol of ['UDP', 'TCP'] as const) {
      expect(egressAllows(objects, NODE_LOCAL_DNS_ADDRESS, 53, protocol)).toBe(false);
      expect(egressAllows(objects, METADATA, 53, protocol)).toBe(false);
    }
  });

  describe('with network.nodeLocalDnsCache |', () => {
    const { tenant, objects } = synthTenant(props({ network: { nodeLocalDnsCache: true } }));

    test('pods reach the cache on UDP and TCP 53', () => {
      expect(egressAllows(objects, NODE_LOCAL_DNS_ADDRESS, 53, 'UDP')).toBe(true);
      expect(egressAllows(objects, NODE_LOCAL_DNS_ADDRESS, 53, 'TCP')).toBe(true);
      expect(tenant.settings.nodeLocalDnsCache).toBe(true);
    });

    test('and nothing else link-local: not another port of the cache, not a neighbour, not the metadata service', () => {
      expect(egressAllows(objects, NODE_LOCAL_DNS_ADDRESS, 8080, 'TCP')).toBe(false);
      expect(egressAllows(objects, NODE_LOCAL_DNS_ADDRESS, 9253, 'TCP')).toBe(false);
      expect(egressAllows(objects, '169.254.20.11', 53, 'UDP')).toBe(false);
      for (const port of [53, 80]) {
        for (const protocol of ['UDP', 'TCP'] as const) expect(egressAllows(objects, METADATA, port, protocol)).toBe(false);
      }
    });

    test('the cluster DNS rule stays (the cache forwards misses, and pods fall back to kube-dns)', () => {
      const dns = find(objects, 'NetworkPolicy', 'allow-dns-egress');
      expect(dns.spec.egress).toContainEqual({
        to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
        ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }],
      });
      expect(dns.spec.egress).toContainEqual({
        to: [{ ipBlock: { cidr: `${NODE_LOCAL_DNS_ADDRESS}/32` } }],
        ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }],
      });
    });

    test('the tenant stays schema-valid and passes the NET controls', () => {
      expectSchemaValid(objects, { requireNamespace: true });
      const report = audit(objects);
      expect(report.errors).toEqual([]);
      expect(report.findings.filter((f) => !f.suppressed).map((f) => `${f.controlId} ${f.object.kind}/${f.object.name}`)).toEqual([]);
      expect(report.controls.find((c) => c.id === 'KW-NET-006')?.status).not.toBe('fail');
    });
  });

  test('the link-local guard stays for allowEgressTo, the cache address included, and names the option', () => {
    const t = new SecureTenant(Testing.app(), 'payments', props());
    expect(() => t.allowEgressTo({ name: 'meta', cidr: '169.254.0.23/32', ports: [{ port: 80 }] })).toThrow(/169\.254\.0\.0\/16/);
    expect(() => t.allowEgressTo({ name: 'dns-cache', cidr: '169.254.20.10/32', ports: [{ port: 53, protocol: 'UDP' }] })).toThrow(/network\.nodeLocalDnsCache/);
  });

  test('a non-boolean is refused before anything is written', () => {
    expect(() => new SecureTenant(Testing.app(), 'payments', props({ network: { nodeLocalDnsCache: 'yes' as unknown as boolean } })))
      .toThrow(/network\.nodeLocalDnsCache/);
  });
});
