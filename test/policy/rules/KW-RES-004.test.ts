import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

const ID = 'KW-RES-004';

/** Resources with limits.cpu removed, everything else kept. */
function without(): Record<string, unknown> {
  const resources: Record<string, Record<string, string>> = { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } };
  delete resources.limits.cpu;
  return resources;
}

describe('KW-RES-004 cpu limits are set |', () => {
  test('passes when every container and init container sets limits.cpu', () => {
    const init = { name: 'setup', image: 'x:1', resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '50m', memory: '32Mi' } } };
    expectPass(ID, [deployment({ pod: { initContainers: [init] } })]);
  });

  test('fails on an app container without it, naming the field and the container', () => {
    const [f] = expectFail(ID, [deployment({ container: { resources: without() } })]);
    expect(f.field).toBe('spec.template.spec.containers[0].resources.limits.cpu');
    expect(f.container).toBe('app');
  });

  test('fails on an init container without it', () => {
    const found = expectFail(ID, [deployment({ pod: { initContainers: [{ name: 'setup', image: 'x:1' }] } })]);
    expect(found.map((f) => f.field)).toEqual(['spec.template.spec.initContainers[0].resources.limits.cpu']);
  });

  test('ephemeral containers are not counted (the API rejects resources on them)', () => {
    expectPass(ID, [deployment({ pod: { ephemeralContainers: [{ name: 'debug', image: 'x:1' }] } })]);
  });

  test('an empty value or a value only in requests does not count', () => {
    const empty = without() as Record<string, Record<string, string>>;
    empty.limits.cpu = '';
    expectFail(ID, [deployment({ container: { resources: empty } })]);
    expectFail(ID, [deployment({ container: { resources: { requests: { cpu: '1' } } } })]);
  });

  test('reads the CronJob pod spec location and reports one finding per container', () => {
    const cronJob = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'nightly', namespace: 'shop' },
      spec: { schedule: '0 1 * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'a', image: 'x:1' }, { name: 'b', image: 'x:1' }] } } } } },
    };
    const found = expectFail(ID, [cronJob]);
    expect(found.map((f) => f.container)).toEqual(['a', 'b']);
    expect(found[0].field).toBe('spec.jobTemplate.spec.template.spec.containers[0].resources.limits.cpu');
  });

  test('does not apply to objects without a pod spec', () => {
    expectNotApplicable(ID, [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'shop' } }]);
  });
});
