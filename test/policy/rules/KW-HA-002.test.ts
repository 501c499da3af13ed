import { pod } from '../fixtures/ha';
import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

const ID = 'KW-HA-002';

describe('KW-HA-002 long-running containers have a liveness probe |', () => {
  test('passes when every app container has a livenessProbe', () => {
    expectPass(ID, [deployment()]);
  });

  test('fails on each app container without one, naming field and container', () => {
    const [f] = expectFail(ID, [deployment({ container: { livenessProbe: undefined } })]);
    expect(f.container).toBe('app');
    const d = deployment();
    d.spec.template.spec.containers.push({ name: 'sidecar', image: 'x:1', readinessProbe: { tcpSocket: { port: 9000 } } });
    const found = expectFail(ID, [d]);
    expect(found.map((x) => [x.container, x.field])).toEqual([['sidecar', 'spec.template.spec.containers[1].livenessProbe']]);
  });

  test('the same exclusions as KW-HA-001 apply', () => {
    expectNotApplicable(ID, [pod({ spec: { restartPolicy: 'OnFailure' }, container: { livenessProbe: undefined } })]);
    expectPass(ID, [deployment({ pod: { initContainers: [{ name: 'setup', image: 'x:1' }] } })]);
  });

  test('legacy apps versions are evaluated', () => {
    expectFail(ID, [{ ...deployment({ container: { livenessProbe: undefined } }), apiVersion: 'extensions/v1beta1' }]);
  });
});
