import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

const ID = 'KW-AUD-003';

describe('KW-AUD-003 no removed or deprecated API versions |', () => {
  test('passes on current API versions', () => {
    expectPass(ID, [deployment(), { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'p', namespace: 'shop' }, spec: {} }]);
  });

  test('fails on extensions/v1beta1, naming the field', () => {
    const [f] = expectFail(ID, [{ ...deployment(), apiVersion: 'extensions/v1beta1' }]);
    expect(f.field).toBe('apiVersion');
    expect(f.message).toMatch(/extensions\/v1beta1/);
  });

  test.each([
    'apps/v1beta1',
    'apps/v1beta2',
    'batch/v1beta1',
    'policy/v1beta1',
    'autoscaling/v2beta1',
    'autoscaling/v2beta2',
    'networking.k8s.io/v1beta1',
    'rbac.authorization.k8s.io/v1beta1',
    'rbac.authorization.k8s.io/v1alpha1',
    'admissionregistration.k8s.io/v1beta1',
    'apiextensions.k8s.io/v1beta1',
    'storage.k8s.io/v1beta1',
    'scheduling.k8s.io/v1beta1',
    'discovery.k8s.io/v1beta1',
    'events.k8s.io/v1beta1',
    'node.k8s.io/v1beta1',
    'certificates.k8s.io/v1beta1',
    'coordination.k8s.io/v1beta1',
    'flowcontrol.apiserver.k8s.io/v1beta1',
    'flowcontrol.apiserver.k8s.io/v1beta2',
    'flowcontrol.apiserver.k8s.io/v1beta3',
  ])('fails on %s', (apiVersion) => {
    expectFail(ID, [{ apiVersion, kind: 'Thing', metadata: { name: 't', namespace: 'shop' } }]);
  });

  test('applies to cluster-scoped objects too', () => {
    expectFail(ID, [{ apiVersion: 'rbac.authorization.k8s.io/v1beta1', kind: 'ClusterRole', metadata: { name: 'r' }, rules: [] }]);
  });

  test('custom resource versions are out of scope', () => {
    expectNotApplicable(ID, [{ apiVersion: 'security.istio.io/v1beta1', kind: 'PeerAuthentication', metadata: { name: 'default', namespace: 'shop' }, spec: {} }]);
  });
});
