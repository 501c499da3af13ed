import { audit } from '../../../lib/policy';
import { RBAC_DEFAULTS, clusterRoleBinding, named, roleBinding, subject } from '../fixtures/rbac';
import { expectFail, expectPass, findingsFor } from '../helpers';

describe('KW-RBAC-011 system:masters is never a subject |', () => {
  test('passes on other subjects', () => {
    expectPass('KW-RBAC-011', [clusterRoleBinding('view', [subject('Group', 'ops'), subject('User', 'system:masters')])]);
  });

  test('fails on Group system:masters in either binding kind', () => {
    const [f] = expectFail('KW-RBAC-011', [clusterRoleBinding('view', [subject('User', 'alice'), subject('Group', 'system:masters')])]);
    expect(f.field).toBe('subjects[1]');
    expectFail('KW-RBAC-011', [roleBinding({ kind: 'Role', name: 'app' }, [subject('Group', 'system:masters')])]);
  });

  test('unsuppressible, so not even the built-in cluster-admin binding is exempt', () => {
    expectFail('KW-RBAC-011', [named(clusterRoleBinding('cluster-admin', [subject('Group', 'system:masters')], RBAC_DEFAULTS), 'cluster-admin')]);
  });

  test('cannot be suppressed', () => {
    const b = clusterRoleBinding('view', [subject('Group', 'system:masters')]);
    b.metadata.annotations = { 'kubeward.dev/suppress': 'KW-RBAC-011: break-glass access for the SRE team' };
    const found = findingsFor('KW-RBAC-011', [b]);
    expect(found).toHaveLength(1);
    expect(found[0].suppressed).toBeUndefined();
    expect(audit([b]).errors.some((e) => e.kind === 'suppression' && e.message.includes('KW-RBAC-011'))).toBe(true);
  });
});
