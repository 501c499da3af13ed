import { clusterRole, role, rule } from '../fixtures/rbac';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-RBAC-005 ClusterRoles do not grant workload creation |', () => {
  test('passes on read-only access and on other resources', () => {
    expectPass('KW-RBAC-005', [clusterRole([rule(['', 'apps'], ['pods', 'deployments'], ['get', 'list', 'watch']), rule([''], ['configmaps'], ['create'])])]);
  });

  test('fails on create or "*" on pods and each workload kind', () => {
    expectFail('KW-RBAC-005', [clusterRole([rule([''], ['pods'], ['create'])])]);
    for (const [group, resource] of [['apps', 'deployments'], ['apps', 'replicasets'], ['apps', 'statefulsets'], ['apps', 'daemonsets'], ['batch', 'jobs'], ['batch', 'cronjobs']]) {
      expectFail('KW-RBAC-005', [clusterRole([rule([group], [resource], ['*'])])]);
    }
  });

  test('wildcard groups and resources count', () => {
    expectFail('KW-RBAC-005', [clusterRole([rule(['*'], ['pods'], ['create'])])]);
    expectFail('KW-RBAC-005', [clusterRole([rule(['batch'], ['*'], ['create'])])]);
  });

  test('groups outside "", apps, batch and "*" do not count', () => {
    expectPass('KW-RBAC-005', [clusterRole([rule(['example.com'], ['jobs'], ['create'])])]);
  });

  test('namespaced Roles are out of scope', () => {
    expectNotApplicable('KW-RBAC-005', [role([rule([''], ['pods'], ['create'])])]);
  });
});
