import { pod } from '../fixtures/ha';
import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

const ID = 'KW-HA-001';

describe('KW-HA-001 long-running containers have a readiness probe |', () => {
  test('passes when every app container has a readinessProbe', () => {
    expectPass(ID, [deployment()]);
    expectPass(ID, [pod()]);
  });

  test('fails on an app container without one, naming field and container', () => {
    const [f] = expectFail(ID, [deployment({ container: { readinessProbe: undefined } })]);
    expect(f.field).toBe('spec.template.spec.containers[0].readinessProbe');
    expect(f.container).toBe('app');
  });

  test('init and ephemeral containers are out of scope', () => {
    expectPass(ID, [deployment({ pod: { initContainers: [{ name: 'setup', image: 'x:1' }], ephemeralContainers: [{ name: 'debug', image: 'x:1' }] } })]);
  });

  test('Jobs, CronJobs and Pods with restartPolicy Never or OnFailure are out of scope', () => {
    const job = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j', namespace: 'shop' }, spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'a', image: 'x:1' }] } } } };
    expectNotApplicable(ID, [job]);
    expectNotApplicable(ID, [pod({ spec: { restartPolicy: 'Never' }, container: { readinessProbe: undefined } })]);
    expectNotApplicable(ID, [pod({ spec: { restartPolicy: 'OnFailure' }, container: { readinessProbe: undefined } })]);
  });

  test('a bare Pod with restartPolicy Always, DaemonSets and ReplicationControllers are in scope', () => {
    expectFail(ID, [pod({ spec: { restartPolicy: 'Always' }, container: { readinessProbe: undefined } })]);
    expectFail(ID, [{ ...deployment({ container: { readinessProbe: null } }), kind: 'DaemonSet' }]);
    expectFail(ID, [{ ...deployment({ container: { readinessProbe: undefined } }), apiVersion: 'v1', kind: 'ReplicationController' }]);
  });
});
