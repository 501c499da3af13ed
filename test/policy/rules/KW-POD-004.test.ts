import { cronJob, pod } from '../fixtures/pod';
import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-POD-004 host network namespace |', () => {
  test('passes when hostNetwork is unset or false', () => {
    expectPass('KW-POD-004', [deployment()]);
    expectPass('KW-POD-004', [deployment({ pod: { hostNetwork: false } })]);
  });

  test('fails when the pod spec sets hostNetwork, naming the field', () => {
    const [f] = expectFail('KW-POD-004', [deployment({ pod: { hostNetwork: true } })]);
    expect(f.field).toBe('spec.template.spec.hostNetwork');
  });

  test('reads the pod spec of a bare Pod and of a CronJob', () => {
    expect(expectFail('KW-POD-004', [pod({ pod: { hostNetwork: true } })])[0].field).toBe('spec.hostNetwork');
    expect(expectFail('KW-POD-004', [cronJob({ pod: { hostNetwork: true } })])[0].field).toBe('spec.jobTemplate.spec.template.spec.hostNetwork');
  });

  test('evaluates legacy apiVersions and skips a kind served by the wrong group', () => {
    expectFail('KW-POD-004', [{ ...deployment({ pod: { hostNetwork: true } }), apiVersion: 'extensions/v1beta1' }]);
    expectNotApplicable('KW-POD-004', [{ ...deployment({ pod: { hostNetwork: true } }), apiVersion: 'v1' }]);
  });

  test('a key on the workload spec instead of the pod spec is not the pod setting', () => {
    expectPass('KW-POD-004', [deployment({ spec: { hostNetwork: true } })]);
  });

  test('cannot be suppressed', () => {
    const d = deployment({ pod: { hostNetwork: true } });
    d.metadata.annotations = { 'kubeward.dev/suppress': 'KW-POD-004: the node agent needs it' };
    expect(expectFail('KW-POD-004', [d])[0].suppressed).toBeUndefined();
  });
});
