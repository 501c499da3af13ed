import { serviceAccount } from '../fixtures/rbac';
import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-RBAC-010 ServiceAccount tokens are not auto-mounted |', () => {
  const unset = (pod: Record<string, unknown> = {}) => deployment({ pod: { automountServiceAccountToken: undefined, ...pod } });

  test('passes when the pod spec turns automount off', () => {
    expectPass('KW-RBAC-010', [deployment()]);
  });

  test('fails when the pod spec turns it on, even if the ServiceAccount turns it off', () => {
    const [f] = expectFail('KW-RBAC-010', [deployment({ pod: { automountServiceAccountToken: true } }), serviceAccount('web', 'shop', false)]);
    expect(f.field).toBe('spec.template.spec.automountServiceAccountToken');
  });

  test('unset on the pod: passes when the referenced ServiceAccount in the set turns it off', () => {
    expectPass('KW-RBAC-010', [unset(), serviceAccount('web', 'shop', false)]);
  });

  test('unset on the pod: fails when the ServiceAccount is absent or does not turn it off', () => {
    expectFail('KW-RBAC-010', [unset()]);
    expectFail('KW-RBAC-010', [unset(), serviceAccount('web', 'shop')]);
    expectFail('KW-RBAC-010', [unset(), serviceAccount('web', 'shop', true)]);
  });

  test('the ServiceAccount must be the referenced one, in the same namespace', () => {
    expectFail('KW-RBAC-010', [unset(), serviceAccount('web', 'other', false)]);
    expectFail('KW-RBAC-010', [unset(), serviceAccount('api', 'shop', false)]);
  });

  test('no name means the default ServiceAccount; the deprecated field is honoured', () => {
    expectPass('KW-RBAC-010', [unset({ serviceAccountName: undefined }), serviceAccount('default', 'shop', false)]);
    expectPass('KW-RBAC-010', [unset({ serviceAccountName: undefined, serviceAccount: 'legacy' }), serviceAccount('legacy', 'shop', false)]);
  });

  test('namespace-less objects are in default', () => {
    const d = unset();
    delete d.metadata.namespace;
    expectPass('KW-RBAC-010', [d, serviceAccount('web', undefined, false)]);
    expectPass('KW-RBAC-010', [d, serviceAccount('web', 'default', false)]);
  });

  test('a ServiceAccount alone is in scope and passes; other kinds are out of scope', () => {
    expectPass('KW-RBAC-010', [serviceAccount('web', 'shop')]);
    expectNotApplicable('KW-RBAC-010', [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }]);
  });
});
