import { RBAC_DEFAULTS, builtInClusterAdminRole, clusterRole, role, rule } from '../fixtures/rbac';
import { expectFail, expectNotApplicable, expectPass, findingsFor } from '../helpers';

describe('KW-RBAC-002 no admin-equivalent roles |', () => {
  test('passes when no single rule combines every group, resource and verb', () => {
    expectPass('KW-RBAC-002', [role([rule([''], ['configmaps'], ['get', 'list'])])]);
    expectPass('KW-RBAC-002', [clusterRole([rule(['*'], ['*'], ['get', 'list', 'watch'])])]);
    expectPass('KW-RBAC-002', [clusterRole([rule([''], ['*'], ['*'])])]);
    expectPass('KW-RBAC-002', [clusterRole([rule(['*'], ['pods'], ['*'])])]);
  });

  test('permissions spread over several rules do not combine', () => {
    expectPass('KW-RBAC-002', [clusterRole([rule(['*'], ['pods'], ['*']), rule([''], ['*'], ['*'])])]);
  });

  test('fails on "*" everywhere, on the rule', () => {
    const [f] = expectFail('KW-RBAC-002', [clusterRole([rule([''], ['pods'], ['get']), rule(['*'], ['*'], ['*'])])]);
    expect(f.field).toBe('rules[1]');
    expectFail('KW-RBAC-002', [role([rule(['*'], ['*'], ['*'])])]);
  });

  test('all seven verbs listed explicitly, in any order, count as every verb', () => {
    expectFail('KW-RBAC-002', [clusterRole([rule(['*'], ['*'], ['delete', 'patch', 'update', 'create', 'watch', 'list', 'get'])])]);
    expectPass('KW-RBAC-002', [clusterRole([rule(['*'], ['*'], ['get', 'list', 'watch', 'create', 'update', 'patch'])])]);
  });

  test('one finding per offending rule', () => {
    expect(findingsFor('KW-RBAC-002', [clusterRole([rule(['*'], ['*'], ['*']), rule(['*'], ['*'], ['*'])])])).toHaveLength(2);
  });

  test('the built-in cluster-admin role is skipped; the label on other content, or a system: name, is not', () => {
    expectNotApplicable('KW-RBAC-002', [builtInClusterAdminRole()]);
    expectFail('KW-RBAC-002', [clusterRole([rule(['*'], ['*'], ['*'])], RBAC_DEFAULTS, 'app')]);
    expectFail('KW-RBAC-002', [clusterRole([rule(['*'], ['*'], ['*']), rule([''], ['secrets'], ['get'])], RBAC_DEFAULTS, 'cluster-admin')]);
    expectFail('KW-RBAC-002', [clusterRole([rule(['*'], ['*'], ['*'])], {}, 'system:admin-lookalike')]);
  });
});
