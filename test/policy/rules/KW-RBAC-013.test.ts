import { clusterRole, role, rule } from '../fixtures/rbac';
import { expectFail, expectPass, findingsFor } from '../helpers';

describe('KW-RBAC-013 sensitive cluster permissions are not granted |', () => {
  test('passes on ordinary access', () => {
    expectPass('KW-RBAC-013', [clusterRole([rule([''], ['persistentvolumes', 'nodes'], ['get', 'list']), rule(['admissionregistration.k8s.io'], ['validatingwebhookconfigurations'], ['get', 'list', 'watch'])])]);
  });

  test('fails on each sensitive permission', () => {
    const cases = [
      rule([''], ['persistentvolumes'], ['create']),
      rule([''], ['nodes/proxy'], ['get']),
      rule([''], ['nodes/proxy'], ['create']),
      rule(['certificates.k8s.io'], ['certificatesigningrequests/approval'], ['update']),
      rule(['certificates.k8s.io'], ['certificatesigningrequests/approval'], ['patch']),
      rule(['certificates.k8s.io'], ['signers'], ['approve']),
      rule(['admissionregistration.k8s.io'], ['mutatingwebhookconfigurations'], ['create']),
      rule(['admissionregistration.k8s.io'], ['validatingwebhookconfigurations'], ['delete']),
      rule(['admissionregistration.k8s.io'], ['validatingwebhookconfigurations'], ['deletecollection']),
      rule([''], ['serviceaccounts/token'], ['create']),
    ];
    for (const c of cases) expectFail('KW-RBAC-013', [role([c])]);
  });

  test('"*" verbs, "*" resources and subresource wildcards count', () => {
    expectFail('KW-RBAC-013', [clusterRole([rule(['certificates.k8s.io'], ['*'], ['approve'])])]);
    expectFail('KW-RBAC-013', [clusterRole([rule(['certificates.k8s.io'], ['*/approval'], ['update'])])]);
    expectFail('KW-RBAC-013', [clusterRole([rule([''], ['serviceaccounts/token'], ['*'])])]);
    expectFail('KW-RBAC-013', [clusterRole([rule(['*'], ['*'], ['get'])])]);
  });

  test('the rule must include the group that serves the resource', () => {
    expectPass('KW-RBAC-013', [clusterRole([rule(['apps'], ['*'], ['*'])])]);
  });

  test('one finding per rule and sensitive permission', () => {
    const found = findingsFor('KW-RBAC-013', [clusterRole([rule(['*'], ['*'], ['*'])])]);
    expect(found).toHaveLength(6);
    expect(new Set(found.map((f) => f.field))).toEqual(new Set(['rules[0]']));
  });

  test('an empty verb grants nothing', () => {
    expectPass('KW-RBAC-013', [clusterRole([rule(['', 'extensions', 'apps'], ['*'], [''])])]);
  });
});
