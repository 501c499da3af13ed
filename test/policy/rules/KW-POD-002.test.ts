import { cronJob, pod } from '../fixtures/pod';
import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-POD-002 Host PID namespace |', () => {
  test('passes when hostPID is unset or false', () => {
    expectPass('KW-POD-002', [deployment()]);
    expectPass('KW-POD-002', [deployment({ pod: { hostPID: false } })]);
  });

  test('fails when the pod spec sets hostPID, naming the field', () => {
    const [f] = expectFail('KW-POD-002', [deployment({ pod: { hostPID: true } })]);
    expect(f.field).toBe('spec.template.spec.hostPID');
  });

  test('reads the pod spec of a bare Pod and of a CronJob', () => {
    expect(expectFail('KW-POD-002', [pod({ pod: { hostPID: true } })])[0].field).toBe('spec.hostPID');
    expect(expectFail('KW-POD-002', [cronJob({ pod: { hostPID: true } })])[0].field).toBe('spec.jobTemplate.spec.template.spec.hostPID');
  });

  test('evaluates legacy apiVersions and skips a kind served by the wrong group', () => {
    expectFail('KW-POD-002', [{ ...deployment({ pod: { hostPID: true } }), apiVersion: 'extensions/v1beta1' }]);
    expectNotApplicable('KW-POD-002', [{ ...deployment({ pod: { hostPID: true } }), apiVersion: 'v1' }]);
  });

  test('a key on the workload spec instead of the pod spec is not the pod setting', () => {
    expectPass('KW-POD-002', [deployment({ spec: { hostPID: true } })]);
  });

  test('cannot be suppressed', () => {
    const d = deployment({ pod: { hostPID: true } });
    d.metadata.annotations = { 'kubeward.dev/suppress': 'KW-POD-002: the node agent needs it' };
    expect(expectFail('KW-POD-002', [d])[0].suppressed).toBeUndefined();
  });
});
