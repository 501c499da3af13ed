import { RBAC_DEFAULTS, clusterRoleBinding, named, roleBinding, subject } from '../fixtures/rbac';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-RBAC-014 RoleBindings bind only their own ServiceAccounts |', () => {
  const ref = { kind: 'Role' as const, name: 'app' };

  test('passes on ServiceAccounts of the own namespace or without namespace, and on other subject kinds', () => {
    expectPass('KW-RBAC-014', [roleBinding(ref, [subject('ServiceAccount', 'web', 'shop'), subject('ServiceAccount', 'api'), subject('User', 'alice'), subject('Group', 'ops')])]);
  });

  test('fails on a ServiceAccount of another namespace, naming the field', () => {
    const [f] = expectFail('KW-RBAC-014', [roleBinding(ref, [subject('ServiceAccount', 'web', 'shop'), subject('ServiceAccount', 'ci', 'tenant-b')])]);
    expect(f.field).toBe('subjects[1].namespace');
  });

  test('a namespace-less RoleBinding is in default', () => {
    expectPass('KW-RBAC-014', [roleBinding(ref, [subject('ServiceAccount', 'web', 'default')], { namespace: null })]);
    expectFail('KW-RBAC-014', [roleBinding(ref, [subject('ServiceAccount', 'web', 'shop')], { namespace: null })]);
  });

  test('ClusterRoleBindings and rbac-defaults RoleBindings are out of scope', () => {
    expectNotApplicable('KW-RBAC-014', [clusterRoleBinding('view', [subject('ServiceAccount', 'web', 'shop')])]);
    const builtIn = roleBinding({ kind: 'Role', name: 'system:controller:bootstrap-signer' }, [subject('ServiceAccount', 'bootstrap-signer', 'kube-system')], { namespace: 'kube-public', labels: RBAC_DEFAULTS });
    expectNotApplicable('KW-RBAC-014', [named(builtIn, 'system:controller:bootstrap-signer')]);
    expectFail('KW-RBAC-014', [roleBinding(ref, [subject('ServiceAccount', 'x', 'kube-system')], { labels: RBAC_DEFAULTS })]);
  });
});
