import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-RBAC-008 workloads run under a dedicated ServiceAccount |', () => {
  test('passes when serviceAccountName names a dedicated account', () => {
    expectPass('KW-RBAC-008', [deployment()]);
  });

  test('fails when serviceAccountName is unset, empty or default', () => {
    const [f] = expectFail('KW-RBAC-008', [deployment({ pod: { serviceAccountName: undefined } })]);
    expect(f.field).toBe('spec.template.spec.serviceAccountName');
    expectFail('KW-RBAC-008', [deployment({ pod: { serviceAccountName: '' } })]);
    expectFail('KW-RBAC-008', [deployment({ pod: { serviceAccountName: 'default' } })]);
  });

  test('the deprecated serviceAccount field is read the same way', () => {
    expectPass('KW-RBAC-008', [deployment({ pod: { serviceAccountName: undefined, serviceAccount: 'web' } })]);
    expectFail('KW-RBAC-008', [deployment({ pod: { serviceAccountName: undefined, serviceAccount: 'default' } })]);
  });

  test('serviceAccountName wins over the deprecated field', () => {
    expectFail('KW-RBAC-008', [deployment({ pod: { serviceAccountName: 'default', serviceAccount: 'web' } })]);
  });

  test('bare Pods are checked at spec', () => {
    const [f] = expectFail('KW-RBAC-008', [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'shop' }, spec: { containers: [{ name: 'c', image: 'x' }] } }]);
    expect(f.field).toBe('spec.serviceAccountName');
  });

  test('non-workloads are out of scope', () => {
    expectNotApplicable('KW-RBAC-008', [{ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default' } }]);
  });
});
