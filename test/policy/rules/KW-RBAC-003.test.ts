import { RBAC_DEFAULTS, builtInClusterAdminRole, clusterRole, role, rule } from '../fixtures/rbac';
import { expectFail, expectNotApplicable, expectPass, findingsFor } from '../helpers';

describe('KW-RBAC-003 role rules avoid wildcards |', () => {
  test('passes on explicit rules', () => {
    expectPass('KW-RBAC-003', [role([rule(['', 'apps'], ['pods', 'deployments'], ['get', 'list'])])]);
  });

  test('fails on "*" in apiGroups, resources or verbs, one finding per field', () => {
    expect(findingsFor('KW-RBAC-003', [role([rule(['*'], ['pods'], ['get'])])]).map((f) => f.field)).toEqual(['rules[0].apiGroups']);
    expect(findingsFor('KW-RBAC-003', [role([rule([''], ['*'], ['get'])])]).map((f) => f.field)).toEqual(['rules[0].resources']);
    const all = expectFail('KW-RBAC-003', [clusterRole([rule([''], ['pods'], ['get']), rule(['*'], ['*'], ['*'])])]);
    expect(all.map((f) => f.field)).toEqual(['rules[1].apiGroups', 'rules[1].resources', 'rules[1].verbs']);
  });

  test('a subresource wildcard is not "*" itself', () => {
    expectPass('KW-RBAC-003', [role([rule([''], ['*/exec'], ['get'])])]);
  });

  test('built-in rbac-defaults objects are skipped; the label alone is not enough', () => {
    expectNotApplicable('KW-RBAC-003', [builtInClusterAdminRole()]);
    expectFail('KW-RBAC-003', [clusterRole([rule(['*'], ['*'], ['*'])], RBAC_DEFAULTS)]);
  });
});
