import { cronJob, pod } from '../fixtures/pod';
import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-POD-003 Host IPC namespace |', () => {
  test('passes when hostIPC is unset or false', () => {
    expectPass('KW-POD-003', [deployment()]);
    expectPass('KW-POD-003', [deployment({ pod: { hostIPC: false } })]);
  });

  test('fails when the pod spec sets hostIPC, naming the field', () => {
    const [f] = expectFail('KW-POD-003', [deployment({ pod: { hostIPC: true } })]);
    expect(f.field).toBe('spec.template.spec.hostIPC');
  });

  test('reads the pod spec of a bare Pod and of a CronJob', () => {
    expect(expectFail('KW-POD-003', [pod({ pod: { hostIPC: true } })])[0].field).toBe('spec.hostIPC');
    expect(expectFail('KW-POD-003', [cronJob({ pod: { hostIPC: true } })])[0].field).toBe('spec.jobTemplate.spec.template.spec.hostIPC');
  });

  test('evaluates legacy apiVersions and skips a kind served by the wrong group', () => {
    expectFail('KW-POD-003', [{ ...deployment({ pod: { hostIPC: true } }), apiVersion: 'extensions/v1beta1' }]);
    expectNotApplicable('KW-POD-003', [{ ...deployment({ pod: { hostIPC: true } }), apiVersion: 'v1' }]);
  });

  test('a key on the workload spec instead of the pod spec is not the pod setting', () => {
    expectPass('KW-POD-003', [deployment({ spec: { hostIPC: true } })]);
  });

  test('cannot be suppressed', () => {
    const d = deployment({ pod: { hostIPC: true } });
    d.metadata.annotations = { 'kubeward.dev/suppress': 'KW-POD-003: the node agent needs it' };
    expect(expectFail('KW-POD-003', [d])[0].suppressed).toBeUndefined();
  });
});
