import { configMap } from '../fixtures/aud';
import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

const ID = 'KW-AUD-001';

describe('KW-AUD-001 objects are not placed in the default namespace |', () => {
  test('passes when metadata.namespace names another namespace', () => {
    expectPass(ID, [deployment(), configMap('shop')]);
  });

  test('fails when metadata.namespace is absent, naming the field', () => {
    const [f] = expectFail(ID, [configMap(undefined)]);
    expect(f.field).toBe('metadata.namespace');
    expect(f.message).toMatch(/no metadata.namespace/);
  });

  test('fails when metadata.namespace is default, for any namespaced kind including custom resources', () => {
    expectFail(ID, [configMap('default')]);
    expectFail(ID, [{ apiVersion: 'monitoring.coreos.com/v1', kind: 'ServiceMonitor', metadata: { name: 'web' }, spec: {} }]);
  });

  test('the kubernetes Service and the default ServiceAccount in default are exempt', () => {
    expectNotApplicable(ID, [
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubernetes', namespace: 'default' }, spec: { ports: [{ port: 443 }] } },
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default' }, automountServiceAccountToken: false },
    ]);
    expectFail(ID, [{ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'web', namespace: 'default' } }]);
    expectFail(ID, [{ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: {} }]);
  });

  test('cluster-scoped objects are out of scope', () => {
    expectNotApplicable(ID, [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } },
      { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'reader' }, rules: [] },
    ]);
  });
});
