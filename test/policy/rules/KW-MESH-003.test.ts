import { namespace, peerAuthentication } from '../fixtures/mesh';
import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

const istio = peerAuthentication('istio-system');

describe('KW-MESH-003 sidecar injection is on and not opted out |', () => {
  test('passes when every namespace is labeled and no workload opts out', () => {
    expectPass('KW-MESH-003', [istio, namespace('shop'), namespace('pay', { 'istio.io/rev': '1-30' }), deployment()]);
  });

  test('fails on a namespace without injection label', () => {
    const [f] = expectFail('KW-MESH-003', [istio, namespace('shop', { team: 'shop' })]);
    expect(f.object.name).toBe('shop');
  });

  test('fails on istio-injection=disabled even with a revision label', () => {
    expectFail('KW-MESH-003', [istio, namespace('shop', { 'istio-injection': 'disabled', 'istio.io/rev': '1-30' })]);
  });

  // Tencent Cloud Mesh ignores istio-injection and injects by istio.io/rev (Tencent Cloud TCM FAQ
  // "Sidecars Are Not Automatically Injected", tencentcloud.com/document/product/1152/47511).
  test('a namespace that declares Tencent Cloud Mesh needs istio.io/rev; istio-injection alone fails', () => {
    const tcm = (labels: Record<string, string>) => {
      const ns = namespace('shop', labels);
      ns.metadata.annotations = { 'kubeward.dev/mesh-provider': 'tcm' };
      return ns;
    };
    const [f] = expectFail('KW-MESH-003', [istio, tcm({ 'istio-injection': 'enabled' })]);
    expect(f.message).toMatch(/Tencent Cloud Mesh/);
    expect(f.field).toBe("metadata.labels['istio.io/rev']");
    expectPass('KW-MESH-003', [istio, tcm({ 'istio.io/rev': '1-22-1' })]);
  });

  test('system namespaces are exempt', () => {
    expectNotApplicable('KW-MESH-003', [istio, namespace('kube-system', {}), namespace('kube-public', {}), namespace('kube-node-lease', {})]);
  });

  test('fails on a pod template annotation sidecar.istio.io/inject "false"', () => {
    const d = deployment();
    d.spec.template.metadata.annotations = { 'sidecar.istio.io/inject': 'false' };
    const [f] = expectFail('KW-MESH-003', [istio, d]);
    expect(f.field).toBe("spec.template.metadata.annotations['sidecar.istio.io/inject']");
  });

  test('fails on a pod label, including a YAML boolean false, on a CronJob and a Pod', () => {
    const cron = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'c', namespace: 'shop' },
      spec: { schedule: '* * * * *', jobTemplate: { spec: { template: { metadata: { labels: { 'sidecar.istio.io/inject': false } }, spec: { containers: [{ name: 'a', image: 'x:1' }] } } } } },
    };
    const [f] = expectFail('KW-MESH-003', [istio, cron]);
    expect(f.field).toBe("spec.jobTemplate.spec.template.metadata.labels['sidecar.istio.io/inject']");
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'shop', annotations: { 'sidecar.istio.io/inject': 'False' } }, spec: { containers: [{ name: 'a', image: 'x:1' }] } };
    expect(expectFail('KW-MESH-003', [istio, pod])[0].field).toBe("metadata.annotations['sidecar.istio.io/inject']");
  });

  test('an explicit "true" opt-in passes', () => {
    const d = deployment();
    d.spec.template.metadata.labels['sidecar.istio.io/inject'] = 'true';
    expectPass('KW-MESH-003', [istio, d]);
  });

  test('without Istio objects in the set the control does not apply', () => {
    const d = deployment();
    d.spec.template.metadata.annotations = { 'sidecar.istio.io/inject': 'false' };
    expectNotApplicable('KW-MESH-003', [namespace('shop', {}), d]);
  });

  test('a networking.istio.io object also turns the control on', () => {
    const dr = { apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: { name: 'r', namespace: 'shop' }, spec: { host: 'web' } };
    expectFail('KW-MESH-003', [dr, namespace('shop', {})]);
  });
});
