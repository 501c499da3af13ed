import { RBAC_DEFAULTS, clusterRole, role, rule } from '../fixtures/rbac';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-RBAC-004 no read access to Secrets |', () => {
  test('passes when Secrets are not readable', () => {
    expectPass('KW-RBAC-004', [role([rule([''], ['configmaps'], ['get', 'list', 'watch']), rule([''], ['secrets'], ['create', 'delete'])])]);
  });

  test('fails on get, list or watch on secrets in the core group', () => {
    for (const verb of ['get', 'list', 'watch', '*']) {
      const [f] = expectFail('KW-RBAC-004', [role([rule([''], ['secrets'], [verb])])]);
      expect(f.field).toBe('rules[0]');
    }
  });

  test('wildcard groups and resources count', () => {
    expectFail('KW-RBAC-004', [clusterRole([rule(['*'], ['secrets'], ['get'])])]);
    expectFail('KW-RBAC-004', [clusterRole([rule([''], ['*'], ['list'])])]);
  });

  test('a rule outside the core and "*" groups does not reach Secrets', () => {
    expectPass('KW-RBAC-004', [role([rule(['apps'], ['secrets', '*'], ['get'])])]);
  });

  test('resourceNames do not excuse reading a Secret', () => {
    expectFail('KW-RBAC-004', [role([{ ...rule([''], ['secrets'], ['get']), resourceNames: ['tls'] }])]);
  });

  test('built-in rbac-defaults roles are skipped (system:node reads Secrets); the label alone is not enough', () => {
    expectNotApplicable('KW-RBAC-004', [clusterRole([rule([''], ['secrets'], ['get'])], RBAC_DEFAULTS, 'system:node')]);
    expectFail('KW-RBAC-004', [clusterRole([rule([''], ['secrets'], ['get'])], RBAC_DEFAULTS)]);
  });
});
