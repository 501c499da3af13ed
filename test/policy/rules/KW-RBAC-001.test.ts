import { audit } from '../../../lib/policy';
import { RBAC_DEFAULTS, clusterRoleBinding, named, roleBinding, subject } from '../fixtures/rbac';
import { expectFail, expectPass, findingsFor } from '../helpers';

describe('KW-RBAC-001 nothing is bound to cluster-admin |', () => {
  const user = subject('User', 'alice');

  test('passes on bindings to other roles', () => {
    expectPass('KW-RBAC-001', [clusterRoleBinding('view', [user]), roleBinding({ kind: 'ClusterRole', name: 'edit' }, [user])]);
  });

  test('fails on a ClusterRoleBinding and on a RoleBinding to ClusterRole cluster-admin', () => {
    const [f] = expectFail('KW-RBAC-001', [clusterRoleBinding('cluster-admin', [user])]);
    expect(f.field).toBe('roleRef.name');
    expectFail('KW-RBAC-001', [roleBinding({ kind: 'ClusterRole', name: 'cluster-admin' }, [user])]);
  });

  test('a namespaced Role that happens to be called cluster-admin is not the ClusterRole', () => {
    expectPass('KW-RBAC-001', [roleBinding({ kind: 'Role', name: 'cluster-admin' }, [user])]);
  });

  test('unsuppressible, so not even the built-in cluster-admin binding is exempt; a system: name is not either', () => {
    expectFail('KW-RBAC-001', [named(clusterRoleBinding('cluster-admin', [subject('Group', 'system:masters')], RBAC_DEFAULTS), 'cluster-admin')]);
    const b = clusterRoleBinding('cluster-admin', [user]);
    b.metadata.name = 'system:sneaky';
    expectFail('KW-RBAC-001', [b]);
  });

  test('legacy rbac.authorization.k8s.io/v1beta1 is evaluated', () => {
    const b = clusterRoleBinding('cluster-admin', [user]);
    b.apiVersion = 'rbac.authorization.k8s.io/v1beta1';
    expectFail('KW-RBAC-001', [b]);
  });

  test('cannot be suppressed: the finding stays and the annotation is reported as invalid', () => {
    const b = clusterRoleBinding('cluster-admin', [user]);
    b.metadata.annotations = { 'kubeward.dev/suppress': 'KW-RBAC-001: the operator needs full access' };
    const found = findingsFor('KW-RBAC-001', [b]);
    expect(found).toHaveLength(1);
    expect(found[0].suppressed).toBeUndefined();
    expect(audit([b]).errors.map((e) => e.kind)).toContain('suppression');
  });
});
