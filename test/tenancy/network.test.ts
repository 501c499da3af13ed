// Allow rules between tenants and to peers: each allow opens exactly one path, mirrors it in the
// mesh, and keeps the tenant compliant.
import { ApiObject } from 'cdk8s';
import { TENANT_CONTROLS, expectCompliant, find, ofKind, paymentsProps, testApp } from './fixtures';
import { TenantPeer } from '../../lib/network';
import { audit } from '../../lib/policy';
import { SecureTenant } from '../../lib/tenancy';
import { expectSchemaValid } from '../support/schemas';

describe('allow rules |', () => {
  const app = testApp();
  const payments = new SecureTenant(app, 'payments', paymentsProps());
  const orders = new SecureTenant(app, 'orders', paymentsProps({ trustedRegistries: ['ccr.ccs.tencentyun.com/orders'], admins: [], developers: [], viewers: ['group:orders-auditors'] }));
  payments.allowFrom(orders, { ports: [{ port: 8443 }] });
  payments.allowFrom(TenantPeer.ingressGateway(), { ports: [{ port: 8080 }] });
  payments.allowFrom(TenantPeer.monitoring());
  payments.allowEgressTo({ name: 'partner-api', cidr: '0.0.0.0/0', ports: [{ port: 443 }] });
  payments.allowEgressTo({ name: 'orders-db', cidr: '10.20.0.0/24', ports: [{ port: 3306 }] });
  const p = payments.toJson();
  const o = orders.toJson();

  test('snapshot of the network and mesh objects', () => {
    expect([...ofKind(p, 'NetworkPolicy'), ...ofKind(p, 'AuthorizationPolicy')]).toMatchSnapshot();
  });

  test('another tenant: ingress here, egress there, ALLOW by namespace in the mesh', () => {
    expect(find(p, 'NetworkPolicy', 'allow-from-tenant-orders').spec).toEqual({
      podSelector: {},
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'orders' } } }], ports: [{ protocol: 'TCP', port: 8443 }] }],
    });
    expect(find(o, 'NetworkPolicy', 'allow-egress-to-tenant-payments').spec).toEqual({
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'payments' } } }], ports: [{ protocol: 'TCP', port: 8443 }] }],
    });
    expect(find(p, 'AuthorizationPolicy', 'allow-from-tenant-orders').spec).toEqual({
      action: 'ALLOW', rules: [{ from: [{ source: { namespaces: ['orders'] } }], to: [{ operation: { ports: ['8443'] } }] }],
    });
  });

  test('the ingress gateway: pods by label, mesh principal by ServiceAccount', () => {
    expect(find(p, 'NetworkPolicy', 'allow-from-istio-ingress-istio-ingress').spec.ingress[0].from).toEqual([{
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'istio-ingress' } }, podSelector: { matchLabels: { istio: 'ingress' } },
    }]);
    expect(find(p, 'AuthorizationPolicy', 'allow-from-istio-ingress-istio-ingress').spec.rules[0].from)
      .toEqual([{ source: { principals: ['cluster.local/ns/istio-ingress/sa/istio-ingress'] } }]);
  });

  test('monitoring outside the mesh reaches only the sidecar metrics port, with no mesh rule', () => {
    expect(find(p, 'NetworkPolicy', 'allow-from-monitoring-monitoring').spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 15020 }]);
    expect(ofKind(p, 'AuthorizationPolicy').map((x) => x.metadata.name)).toEqual(['allow-nothing', 'allow-from-tenant-orders', 'allow-from-istio-ingress-istio-ingress']);
  });

  test('egress to 0.0.0.0/0 always excludes the metadata range; disjoint ranges need no except', () => {
    expect(find(p, 'NetworkPolicy', 'allow-egress-partner-api').spec.egress).toEqual([{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['169.254.0.0/16'] } }], ports: [{ protocol: 'TCP', port: 443 }] }]);
    expect(find(p, 'NetworkPolicy', 'allow-egress-orders-db').spec.egress[0].to).toEqual([{ ipBlock: { cidr: '10.20.0.0/24' } }]);
  });

  test('both tenants stay schema-valid and compliant, in one audit too', () => {
    expectSchemaValid([...p, ...o], { requireNamespace: true });
    expectCompliant(p, TENANT_CONTROLS);
    expectCompliant(o, TENANT_CONTROLS);
    expectCompliant([...p, ...o], TENANT_CONTROLS);
  });

  test('tenant peers are recognised through ITenant and checked at synth', () => {
    expect(payments.node.validate()).toEqual([]);
  });
});

describe('tenants without the mesh |', () => {
  const app = testApp();
  const legacy = new SecureTenant(app, 'legacy', paymentsProps({
    trustedRegistries: ['ccr.ccs.tencentyun.com/legacy'],
    mesh: { enabled: false, reason: 'cluster runs without Istio until Q3 migration' },
  }));
  const objects = legacy.toJson();

  test('no injection label and no Istio object; the Namespace records why', () => {
    expect(legacy.meshEnabled).toBe(false);
    const ns = find(objects, 'Namespace', 'legacy');
    expect(ns.metadata.labels['istio-injection']).toBeUndefined();
    expect(objects.filter((x) => x.apiVersion.includes('istio.io'))).toEqual([]);
    expect(ofKind(objects, 'NetworkPolicy').map((x) => x.metadata.name)).toEqual(['default-deny-ingress', 'default-deny-egress', 'allow-dns-egress']);
    expect(ns.metadata.annotations).toEqual({
      'kubeward.dev/suppress': 'KW-MESH-003: mesh is off: cluster runs without Istio until Q3 migration',
      'kubeward.dev/opt-outs': 'mesh: cluster runs without Istio until Q3 migration',
    });
  });

  test('the audit states the MESH controls do not apply, and everything else passes', () => {
    const report = expectCompliant(objects, TENANT_CONTROLS.filter((id) => !id.startsWith('KW-MESH-')));
    for (const id of ['KW-MESH-001', 'KW-MESH-002', 'KW-MESH-003', 'KW-MESH-005', 'KW-MESH-006']) {
      expect(report.controls.find((c) => c.id === id)?.status).toMatch(/^not-(applicable|evaluated)$/);
    }
  });

  test('next to a meshed tenant, the missing injection label shows as suppressed with the reason', () => {
    const meshed = new SecureTenant(app, 'payments', paymentsProps());
    const report = audit([...objects, ...meshed.toJson()]);
    const mesh003 = report.findings.filter((f) => f.controlId === 'KW-MESH-003');
    expect(mesh003.map((f) => [f.object.name, f.suppressed?.reason])).toEqual([['legacy', 'mesh is off: cluster runs without Istio until Q3 migration']]);
    expect(report.controls.find((c) => c.id === 'KW-MESH-003')?.status).toBe('suppressed');
  });

  test('a meshed tenant refuses a non-meshed tenant as a peer; a non-meshed tenant admits anyone by address', () => {
    const payments = app.node.tryFindChild('payments') as SecureTenant;
    expect(() => payments.allowFrom(legacy)).toThrow(/tenant legacy has no mesh identity/);
    legacy.allowFrom(payments, { ports: [{ port: 8080 }] });
    expect(find(legacy.toJson(), 'NetworkPolicy', 'allow-from-tenant-payments').spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 8080 }]);
    expect(ofKind(legacy.toJson(), 'AuthorizationPolicy')).toEqual([]);
  });
});

describe('other opt-outs are visible |', () => {
  test('turning default-deny egress off suppresses KW-NET-002 on the Namespace with the reason', () => {
    const app = testApp();
    const t = new SecureTenant(app, 'batch', paymentsProps({
      trustedRegistries: ['ccr.ccs.tencentyun.com/batch'],
      network: { defaultDenyEgress: { enabled: false, reason: 'crawler reaches arbitrary public sites' } },
      backup: { enabled: false, reason: 'stateless jobs, inputs live in COS' },
      logging: { enabled: false, reason: 'ships logs with its own fluent-bit sidecar' },
    }));
    const objects = t.toJson();
    expect(ofKind(objects, 'NetworkPolicy').map((x) => x.metadata.name)).not.toContain('default-deny-egress');
    expect(ofKind(objects, 'Schedule')).toEqual([]);
    expect(ofKind(objects, 'LogConfig')).toEqual([]);
    expect(find(objects, 'Namespace', 'batch').metadata.annotations['kubeward.dev/opt-outs'])
      .toBe('network.defaultDenyEgress: crawler reaches arbitrary public sites; backup: stateless jobs, inputs live in COS; logging: ships logs with its own fluent-bit sidecar');
    const report = audit(objects);
    expect(report.errors).toEqual([]);
    const net002 = report.controls.find((c) => c.id === 'KW-NET-002');
    expect(net002?.status).toBe('suppressed');
    expect(report.findings.filter((f) => f.controlId === 'KW-NET-002').map((f) => f.suppressed?.reason)).toEqual(['network.defaultDenyEgress is off: crawler reaches arbitrary public sites']);
    // Parts with no control of their own are listed as not covered, with the same reasons.
    expect(report.notCovered.map((n) => [n.object.name, n.part, n.reason])).toEqual([
      ['batch', 'network.defaultDenyEgress', 'crawler reaches arbitrary public sites'],
      ['batch', 'backup', 'stateless jobs, inputs live in COS'],
      ['batch', 'logging', 'ships logs with its own fluent-bit sidecar'],
    ]);
    expect(t.optOuts).toEqual({
      'network.defaultDenyEgress': 'crawler reaches arbitrary public sites',
      'backup': 'stateless jobs, inputs live in COS',
      'logging': 'ships logs with its own fluent-bit sidecar',
    });
    expect(() => t.restoreDrill()).toThrow(/backups are off/);
  });
});

describe('allow rules | peers whose names agree', () => {
  test('two monitoring peers differing only in pod labels get two policies, each admitting its own pods', () => {
    const app = testApp();
    const t = new SecureTenant(app, 'payments', paymentsProps());
    t.allowFrom(TenantPeer.monitoring());
    t.allowFrom(TenantPeer.monitoring({ podLabels: { a: 'A' } }));
    const policies = ofKind(t.toJson(), 'NetworkPolicy').filter((x) => x.metadata.name.startsWith('allow-from-monitoring'));
    expect(new Set(policies.map((x) => x.metadata.name)).size).toBe(2);
    expect(policies.map((x) => x.spec.ingress[0].from[0].podSelector?.matchLabels?.a)).toEqual([undefined, 'A']);
    expectCompliant(t.toJson(), TENANT_CONTROLS);
  });
});

describe('synth-time API-server validity check |', () => {
  test('an object the API server would refuse fails synth with the object, field and problem', () => {
    const app = testApp();
    const t = new SecureTenant(app, 'payments', paymentsProps());
    new ApiObject(t, 'bad', { apiVersion: 'v1', kind: 'Service', metadata: { name: '1api' }, spec: { ports: [{ port: 80 }] } });
    expect(() => app.synth()).toThrow(/objects: Service payments\/1api: metadata.name: "1api" is not a dns-1035-label/);
  });
});
