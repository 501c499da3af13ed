// NetworkPolicy edge cases, each as the Kubernetes documentation states it (sources in
// network-policy.ts).
import { IpEndpoint, PodEndpoint, inCidr, networkAllows, policyTypesOf } from './network-policy';

function pod(namespace: string, labels: Record<string, string>, ports: PodEndpoint['ports'] = [{ name: 'http', containerPort: 8080 }]): PodEndpoint {
  return { kind: 'pod', name: `${namespace}/${labels.app ?? 'pod'}`, namespace, namespaceLabels: { 'kubernetes.io/metadata.name': namespace, ...(namespace === 'shop' ? { team: 'shop' } : {}) }, labels, ports };
}

function np(namespace: string, name: string, spec: Record<string, unknown>): Record<string, any> {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace }, spec };
}

const web = pod('shop', { app: 'web' });
const api = pod('shop', { app: 'api' });
const other = pod('other', { app: 'web' });
const bank: IpEndpoint = { kind: 'ip', name: 'bank', ip: '10.80.16.5' };
const DENY_ALL = [np('shop', 'deny-in', { podSelector: {}, policyTypes: ['Ingress'] }), np('shop', 'deny-out', { podSelector: {}, policyTypes: ['Egress'] })];

describe('NetworkPolicy model |', () => {
  test('no policy selecting a pod: everything allowed; a default deny isolates both directions', () => {
    expect(networkAllows([], web, api, 8080)).toBeUndefined();
    expect(networkAllows(DENY_ALL, web, api, 8080)).toEqual({ direction: 'Egress', policies: ['shop/deny-out'] });
    expect(networkAllows([DENY_ALL[0]], web, api, 8080)).toEqual({ direction: 'Ingress', policies: ['shop/deny-in'] });
  });

  test('policyTypes default to Ingress, plus Egress only when egress rules are present', () => {
    expect(policyTypesOf(np('shop', 'a', { podSelector: {} }))).toEqual(['Ingress']);
    expect(policyTypesOf(np('shop', 'a', { podSelector: {}, egress: [{}] }))).toEqual(['Ingress', 'Egress']);
    expect(policyTypesOf(np('shop', 'a', { podSelector: {}, egress: [] }))).toEqual(['Ingress']);
    // A policy with only egress rules and no policyTypes also isolates ingress.
    expect(networkAllows([np('shop', 'a', { podSelector: { matchLabels: { app: 'api' } }, egress: [{}] })], web, api, 8080)?.direction).toBe('Ingress');
  });

  test('a connection needs the source\'s egress and the destination\'s ingress', () => {
    const egressOnly = np('shop', 'web-out', { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Egress'], egress: [{ to: [{ podSelector: { matchLabels: { app: 'api' } } }], ports: [{ port: 8080 }] }] });
    const ingressOnly = np('shop', 'api-in', { podSelector: { matchLabels: { app: 'api' } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'web' } } }], ports: [{ port: 8080 }] }] });
    expect(networkAllows([...DENY_ALL, egressOnly], web, api, 8080)?.direction).toBe('Ingress');
    expect(networkAllows([...DENY_ALL, ingressOnly], web, api, 8080)?.direction).toBe('Egress');
    expect(networkAllows([...DENY_ALL, egressOnly, ingressOnly], web, api, 8080)).toBeUndefined();
    expect(networkAllows([...DENY_ALL, egressOnly, ingressOnly], web, api, 9090)?.direction).toBe('Egress');
  });

  test('podSelector alone means the policy\'s namespace; namespaceSelector AND podSelector in one peer; two peers OR', () => {
    const sameNs = np('shop', 'api-in', { podSelector: { matchLabels: { app: 'api' } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'web' } } }] }] });
    expect(networkAllows([sameNs], other, api, 8080)?.direction).toBe('Ingress');
    const both = np('shop', 'api-in', { podSelector: { matchLabels: { app: 'api' } }, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'shop' } }, podSelector: { matchLabels: { app: 'web' } } }] }] });
    expect(networkAllows([both], other, api, 8080)?.direction).toBe('Ingress');
    expect(networkAllows([both], web, api, 8080)).toBeUndefined();
    const either = np('shop', 'api-in', { podSelector: { matchLabels: { app: 'api' } }, ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'other' } } }, { podSelector: { matchLabels: { app: 'web' } } }] }] });
    expect(networkAllows([either], other, api, 8080)).toBeUndefined();
    expect(networkAllows([either], web, api, 8080)).toBeUndefined();
    expect(networkAllows([either], pod('shop', { app: 'batch' }), api, 8080)?.direction).toBe('Ingress');
  });

  test('an empty from admits every source; an empty rule list admits none', () => {
    const openAll = np('shop', 'api-in', { podSelector: { matchLabels: { app: 'api' } }, ingress: [{}] });
    expect(networkAllows([openAll], other, api, 1234)).toBeUndefined();
    const none = np('shop', 'api-in', { podSelector: { matchLabels: { app: 'api' } }, ingress: [] });
    expect(networkAllows([none], web, api, 8080)?.direction).toBe('Ingress');
  });

  test('ports: protocol defaults to TCP, endPort makes a range, a named port means the destination\'s container port', () => {
    const tcp = np('shop', 'api-in', { podSelector: { matchLabels: { app: 'api' } }, ingress: [{ ports: [{ port: 53 }] }] });
    expect(networkAllows([tcp], web, api, 53, 'TCP')).toBeUndefined();
    expect(networkAllows([tcp], web, api, 53, 'UDP')?.direction).toBe('Ingress');
    const range = np('shop', 'api-in', { podSelector: { matchLabels: { app: 'api' } }, ingress: [{ ports: [{ port: 8000, endPort: 8100 }] }] });
    expect(networkAllows([range], web, api, 8080)).toBeUndefined();
    expect(networkAllows([range], web, api, 8101)?.direction).toBe('Ingress');
    const named = np('shop', 'api-in', { podSelector: { matchLabels: { app: 'api' } }, ingress: [{ ports: [{ port: 'http' }] }] });
    expect(networkAllows([named], web, api, 8080)).toBeUndefined();
    expect(networkAllows([named], web, pod('shop', { app: 'api' }, [{ name: 'http', containerPort: 9000 }]), 8080)?.direction).toBe('Ingress');
    // Egress with a named port resolves on the destination pod, never on an address.
    const namedOut = np('shop', 'web-out', { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Egress'], egress: [{ ports: [{ port: 'http' }] }] });
    expect(networkAllows([namedOut], web, api, 8080)).toBeUndefined();
    expect(networkAllows([namedOut], web, bank, 8080)?.direction).toBe('Egress');
  });

  test('ipBlock: the range minus except, for addresses outside the pod network only', () => {
    const out = np('shop', 'web-out', { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '10.80.0.0/16', except: ['10.80.16.0/28'] } }] }] });
    expect(networkAllows([out], web, { kind: 'ip', name: 'x', ip: '10.80.1.1' }, 443)).toBeUndefined();
    expect(networkAllows([out], web, bank, 443)?.direction).toBe('Egress');
    // A pod is never matched by ipBlock in the model (pod IPs under ipBlock are implementation-defined).
    expect(networkAllows([out], web, api, 8080)?.direction).toBe('Egress');
    expect(inCidr('169.254.20.10', '169.254.20.10/32')).toBe(true);
    expect(inCidr('169.254.20.11', '169.254.20.10/32')).toBe(false);
    expect(inCidr('10.0.0.1', '0.0.0.0/0')).toBe(true);
  });
});
