import { cronJob, withVolumes } from '../fixtures/pod';
import { deployment, expectFail, expectPass } from '../helpers';

describe('KW-POD-012 hostPath volumes forbidden |', () => {
  test('passes with no volumes or with non-hostPath volumes', () => {
    expectPass('KW-POD-012', [deployment()]);
    expectPass('KW-POD-012', [withVolumes([{ name: 'tmp', emptyDir: {} }, { name: 'cfg', configMap: { name: 'cfg' } }])]);
  });

  test('fails on a hostPath volume, one finding per volume', () => {
    const found = expectFail('KW-POD-012', [
      withVolumes([{ name: 'tmp', emptyDir: {} }, { name: 'logs', hostPath: { path: '/var/log' } }, { name: 'etc', hostPath: { path: '/etc' } }]),
    ]);
    expect(found.map((f) => f.field)).toEqual(['spec.template.spec.volumes[1].hostPath', 'spec.template.spec.volumes[2].hostPath']);
    expect(found[0].message).toContain('"/var/log"');
  });

  test('fails whatever the path or readOnly setting', () => {
    const d = withVolumes([{ name: 'data', hostPath: { path: '/srv/data', type: 'Directory' } }]);
    d.spec.template.spec.containers[0].volumeMounts = [{ name: 'data', mountPath: '/data', readOnly: true }];
    expectFail('KW-POD-012', [d]);
  });

  test('reads a CronJob pod spec', () => {
    expect(expectFail('KW-POD-012', [cronJob({ pod: { volumes: [{ name: 'h', hostPath: { path: '/' } }] } })])[0].field).toBe(
      'spec.jobTemplate.spec.template.spec.volumes[0].hostPath',
    );
  });
});
