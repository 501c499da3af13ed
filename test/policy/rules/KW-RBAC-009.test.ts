import { RBAC_DEFAULTS, clusterRoleBinding, roleBinding, serviceAccount, subject } from '../fixtures/rbac';
import { expectFail, expectPass, findingsFor } from '../helpers';

describe('KW-RBAC-009 the default ServiceAccount stays inert |', () => {
  test('passes on a default ServiceAccount that turns automount off', () => {
    expectPass('KW-RBAC-009', [serviceAccount('default', 'shop', false)]);
  });

  test('fails on a default ServiceAccount that leaves automount unset or true', () => {
    const [f] = expectFail('KW-RBAC-009', [serviceAccount('default', 'shop')]);
    expect(f.field).toBe('automountServiceAccountToken');
    expectFail('KW-RBAC-009', [serviceAccount('default', undefined, true)]);
  });

  test('other ServiceAccounts are in scope and pass', () => {
    expectPass('KW-RBAC-009', [serviceAccount('web', 'shop')]);
  });

  test('a binding to a default ServiceAccount fails, whatever its namespace', () => {
    const [f] = expectFail('KW-RBAC-009', [roleBinding({ kind: 'Role', name: 'app' }, [subject('User', 'alice'), subject('ServiceAccount', 'default', 'shop')])]);
    expect(f.field).toBe('subjects[1]');
    expectFail('KW-RBAC-009', [clusterRoleBinding('view', [subject('ServiceAccount', 'default', 'other')])]);
  });

  test('bindings to dedicated ServiceAccounts, users or a group named default pass', () => {
    expectPass('KW-RBAC-009', [roleBinding({ kind: 'Role', name: 'app' }, [subject('ServiceAccount', 'web', 'shop'), subject('Group', 'default')])]);
  });

  test('the rbac-defaults label does not exempt a binding that is not a built-in', () => {
    expectFail('KW-RBAC-009', [clusterRoleBinding('view', [subject('ServiceAccount', 'default', 'kube-system')], RBAC_DEFAULTS)]);
  });

  test('each default subject is reported', () => {
    const b = clusterRoleBinding('view', [subject('ServiceAccount', 'default', 'a'), subject('ServiceAccount', 'default', 'b')]);
    expect(findingsFor('KW-RBAC-009', [b])).toHaveLength(2);
  });
});
