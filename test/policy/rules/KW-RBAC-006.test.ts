import { clusterRole, role, rule } from '../fixtures/rbac';
import { expectFail, expectPass } from '../helpers';

describe('KW-RBAC-006 no exec, attach or port-forward |', () => {
  test('passes on other pod access', () => {
    expectPass('KW-RBAC-006', [role([rule([''], ['pods', 'pods/log'], ['get', 'list']), rule([''], ['pods/exec'], ['list'])])]);
  });

  test('fails on get or create on each subresource', () => {
    for (const sub of ['pods/exec', 'pods/attach', 'pods/portforward']) {
      expectFail('KW-RBAC-006', [role([rule([''], [sub], ['create'])])]);
      expectFail('KW-RBAC-006', [role([rule([''], [sub], ['get'])])]);
    }
  });

  test('wildcard verbs, resources, groups and subresource wildcards count', () => {
    expectFail('KW-RBAC-006', [clusterRole([rule([''], ['pods/exec'], ['*'])])]);
    expectFail('KW-RBAC-006', [clusterRole([rule([''], ['*'], ['create'])])]);
    expectFail('KW-RBAC-006', [clusterRole([rule(['*'], ['pods/attach'], ['get'])])]);
    expectFail('KW-RBAC-006', [clusterRole([rule([''], ['*/exec'], ['create'])])]);
  });

  test('rules outside the core and "*" groups do not grant it', () => {
    expectPass('KW-RBAC-006', [role([rule(['apps'], ['pods/exec', '*'], ['*'])])]);
  });
});
