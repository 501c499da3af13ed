// The mesh is an explicit, checked choice (issue 10, defects 2 and 3): which mesh injects the
// tenant's sidecars, whether Istio's CNI node agent replaces the privileged istio-init container,
// which proxy image it injects, and where its control plane lives. A mode the tenant's Pod Security
// level would refuse is refused here, with the fix, before anything is written.
import { find, ofKind, testApp } from './fixtures';
import { KubewardError } from '../../lib/core/errors';
import { TenantPeer } from '../../lib/network';
import { SecureTenant, SecureTenantProps } from '../../lib/tenancy';

const PROXY = `ccr.ccs.tencentyun.com/mesh/proxyv2@sha256:${'5e'.repeat(32)}`;
const TCM_CONTROL_PLANE = '10.0.3.15/32';

function props(mesh: unknown, extra: Partial<SecureTenantProps> = {}): SecureTenantProps {
  return {
    quota: { cpu: '40', memory: '128Gi', pods: 300 },
    trustedRegistries: ['ccr.ccs.tencentyun.com/payments'],
    mesh: mesh as SecureTenantProps['mesh'],
    ...extra,
  };
}

function synth(mesh: unknown, extra: Partial<SecureTenantProps> = {}): { tenant: SecureTenant; objects: any[] } {
  const tenant = new SecureTenant(testApp(), 'payments', props(mesh, extra));
  return { tenant, objects: tenant.toJson() };
}

function refusal(mesh: unknown, extra: Partial<SecureTenantProps> = {}): KubewardError {
  const app = testApp();
  try {
    new SecureTenant(app, 'payments', props(mesh, extra));
  } catch (e) {
    expect(e).toBeInstanceOf(KubewardError);
    expect(app.node.children).toHaveLength(0);
    return e as KubewardError;
  }
  throw new Error('expected a KubewardError');
}

describe('mesh modes | self-installed Istio', () => {
  test('the default mode is Istio with its CNI node agent, recorded on the Namespace', () => {
    const { tenant, objects } = synth({ proxyImage: PROXY });
    const ns = find(objects, 'Namespace', 'payments');
    expect(ns.metadata.labels['istio-injection']).toBe('enabled');
    expect(ns.metadata.labels['istio.io/rev']).toBeUndefined();
    expect(ns.metadata.annotations).toMatchObject({
      'kubeward.dev/mesh-provider': 'istio',
      'kubeward.dev/mesh-cni': 'true',
      'kubeward.dev/mesh-proxy-image': PROXY,
    });
    expect(tenant.settings.mesh).toMatchObject({ provider: 'istio', cni: true, proxyImage: PROXY, trustDomain: 'cluster.local' });
  });

  test('the meshed tenant must name the proxy image its mesh injects, pinned by digest', () => {
    expect(refusal({}).prop).toBe('mesh.proxyImage');
    expect(refusal(undefined).prop).toBe('mesh');
    const tagged = refusal({ proxyImage: 'docker.io/istio/proxyv2:1.22.1' });
    expect(tagged.prop).toBe('mesh.proxyImage');
    expect(tagged.message).toMatch(/digest/);
  });

  // Defect 2: istio-init needs NET_ADMIN and NET_RAW without the CNI agent (istio/istio
  // injection-template.yaml); Pod Security `restricted` refuses them, and so does `baseline`, whose
  // allowed capabilities do not include either (kubernetes/pod-security-admission, capabilities_allowed_1_0).
  test('Istio without the CNI node agent is refused under restricted and baseline, with the fix', () => {
    const restricted = refusal({ proxyImage: PROXY, cni: false });
    expect(restricted.prop).toBe('mesh.cni');
    expect(restricted.message).toMatch(/NET_ADMIN/);
    expect(restricted.message).toMatch(/restricted/);
    expect(restricted.fix).toMatch(/CNI/);
    const baseline = refusal({ proxyImage: PROXY, cni: false }, { podSecurity: { level: 'baseline', reason: 'legacy image needs root for its entrypoint' } });
    expect(baseline.prop).toBe('mesh.cni');
    expect(baseline.message).toMatch(/baseline/);
  });

  test('the istiod egress rule selects istiod pods on the XDS port', () => {
    const { objects } = synth({ proxyImage: PROXY });
    expect(find(objects, 'NetworkPolicy', 'allow-egress-istiod').spec.egress).toEqual([{
      to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'istio-system' } }, podSelector: { matchLabels: { app: 'istiod' } } }],
      ports: [{ protocol: 'TCP', port: 15012 }],
    }]);
  });

  test('ambient mode is refused with the reason, not half supported', () => {
    const e = refusal({ provider: 'ambient', proxyImage: PROXY });
    expect(e.prop).toBe('mesh.provider');
    expect(e.message).toMatch(/15008/);
  });
});

describe('mesh modes | Tencent Cloud Mesh', () => {
  const tcm = { provider: 'tcm', revision: '1-22-1', cni: true, proxyImage: PROXY, controlPlaneCidr: TCM_CONTROL_PLANE };

  // Defect 3: TCM injects by istio.io/rev and ignores istio-injection (Tencent Cloud TCM FAQ
  // "Sidecars Are Not Automatically Injected", tencentcloud.com/document/product/1152/47511).
  test('injection by istio.io/rev and never istio-injection', () => {
    const { objects } = synth(tcm);
    const ns = find(objects, 'Namespace', 'payments');
    expect(ns.metadata.labels['istio.io/rev']).toBe('1-22-1');
    expect(ns.metadata.labels['istio-injection']).toBeUndefined();
    expect(ns.metadata.annotations['kubeward.dev/mesh-provider']).toBe('tcm');
  });

  test('the revision is required: without it nothing is injected', () => {
    expect(refusal({ ...tcm, revision: undefined }).prop).toBe('mesh.revision');
  });

  test('whether TCM injects istio-init or uses the CNI agent must be stated', () => {
    expect(refusal({ ...tcm, cni: undefined }).prop).toBe('mesh.cni');
    expect(refusal({ ...tcm, cni: false }).message).toMatch(/NET_ADMIN/);
  });

  // The hosted control plane runs outside the cluster: a pod selector would match nothing.
  test('the istiod egress rule targets the hosted control plane address', () => {
    const { objects } = synth(tcm);
    expect(find(objects, 'NetworkPolicy', 'allow-egress-istiod').spec.egress).toEqual([{
      to: [{ ipBlock: { cidr: TCM_CONTROL_PLANE } }],
      ports: [{ protocol: 'TCP', port: 15012 }],
    }]);
    expect(refusal({ ...tcm, controlPlaneCidr: undefined }).prop).toBe('mesh.controlPlaneCidr');
    expect(refusal({ ...tcm, controlPlaneCidr: '169.254.0.23/32' }).prop).toBe('mesh.controlPlaneCidr');
  });

  test('its trust domain is written into the principals', () => {
    const app = testApp();
    const payments = new SecureTenant(app, 'payments', props({ ...tcm, trustDomain: 'tcm.example' }));
    payments.allowFrom(TenantPeer.ingressGateway());
    const allows = ofKind(payments.toJson(), 'AuthorizationPolicy').filter((p) => p.spec.action === 'ALLOW');
    const principals = allows.flatMap((p: any) => p.spec.rules.flatMap((r: any) => r.from.flatMap((f: any) => f.source.principals ?? [])));
    expect(principals.length).toBeGreaterThan(0);
    for (const p of principals) expect(p).toMatch(/^tcm\.example\/ns\//);
  });
});
