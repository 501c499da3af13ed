import { RBAC_DEFAULTS, clusterRoleBinding, named, roleBinding, subject } from '../fixtures/rbac';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-RBAC-012 anonymous and all-authenticated get no bindings |', () => {
  test('passes on named subjects', () => {
    expectPass('KW-RBAC-012', [clusterRoleBinding('view', [subject('User', 'alice'), subject('Group', 'ops')])]);
  });

  test('fails on each of the three identities', () => {
    const [f] = expectFail('KW-RBAC-012', [clusterRoleBinding('view', [subject('User', 'system:anonymous')])]);
    expect(f.field).toBe('subjects[0]');
    expectFail('KW-RBAC-012', [clusterRoleBinding('view', [subject('Group', 'system:unauthenticated')])]);
    expectFail('KW-RBAC-012', [roleBinding({ kind: 'Role', name: 'app' }, [subject('Group', 'system:authenticated')])]);
  });

  test('the kind must match: a Group named system:anonymous is not the anonymous user', () => {
    expectPass('KW-RBAC-012', [clusterRoleBinding('view', [subject('Group', 'system:anonymous'), subject('User', 'system:authenticated')])]);
  });

  test('built-in rbac-defaults bindings are skipped (system:discovery binds system:authenticated)', () => {
    expectNotApplicable('KW-RBAC-012', [named(clusterRoleBinding('system:discovery', [subject('Group', 'system:authenticated')], RBAC_DEFAULTS), 'system:discovery')]);
  });

  test('the label does not exempt a built-in name with other content (an extra subject, another role)', () => {
    const extra = named(clusterRoleBinding('system:discovery', [subject('Group', 'system:authenticated'), subject('Group', 'system:unauthenticated')], RBAC_DEFAULTS), 'system:discovery');
    expectFail('KW-RBAC-012', [extra]);
    expectFail('KW-RBAC-012', [named(clusterRoleBinding('edit', [subject('Group', 'system:authenticated')], RBAC_DEFAULTS), 'system:discovery')]);
  });

  test('a look-alike system: binding without the label is checked', () => {
    const b = clusterRoleBinding('system:discovery', [subject('Group', 'system:authenticated')]);
    b.metadata.name = 'system:discovery';
    expectFail('KW-RBAC-012', [b]);
  });
});
