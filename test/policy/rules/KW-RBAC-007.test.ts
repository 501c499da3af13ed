import { clusterRole, role, rule } from '../fixtures/rbac';
import { expectFail, expectPass, findingsFor } from '../helpers';

const RBAC = 'rbac.authorization.k8s.io';

describe('KW-RBAC-007 no bind, escalate or impersonate |', () => {
  test('passes on ordinary RBAC management', () => {
    expectPass('KW-RBAC-007', [clusterRole([rule([RBAC], ['roles', 'rolebindings'], ['get', 'create', 'update', 'delete'])])]);
  });

  test('fails on bind or escalate on roles or clusterroles', () => {
    expectFail('KW-RBAC-007', [role([rule([RBAC], ['roles'], ['bind'])])]);
    expectFail('KW-RBAC-007', [clusterRole([rule([RBAC], ['clusterroles'], ['escalate'])])]);
    expectFail('KW-RBAC-007', [role([rule([RBAC], ['roles'], ['*'])])]);
  });

  test('bind on rolebindings is not bind on roles', () => {
    expectPass('KW-RBAC-007', [clusterRole([rule([RBAC, ''], ['rolebindings'], ['bind'])])]);
  });

  test('fails on impersonate on users, groups, serviceaccounts and userextras', () => {
    for (const r of ['users', 'groups', 'serviceaccounts']) expectFail('KW-RBAC-007', [clusterRole([rule([''], [r], ['impersonate'])])]);
    expectFail('KW-RBAC-007', [clusterRole([rule(['authentication.k8s.io'], ['userextras/scopes'], ['impersonate'])])]);
    expectFail('KW-RBAC-007', [clusterRole([rule([''], ['serviceaccounts'], ['*'])])]);
  });

  test('wildcards grant it: "*" everywhere reports both findings', () => {
    const found = findingsFor('KW-RBAC-007', [clusterRole([rule(['*'], ['*'], ['*'])])]);
    expect(found).toHaveLength(2);
  });

  test('the rule must include the group that serves the resource', () => {
    expectPass('KW-RBAC-007', [clusterRole([rule(['apps'], ['roles', 'users', '*'], ['*'])])]);
    expectPass('KW-RBAC-007', [clusterRole([rule([''], ['userextras/scopes'], ['impersonate'])])]);
  });
});
