import { container, pod } from '../fixtures/pod';
import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

// The default target (1.34) is older than 1.35, where Pod Security's procMount_restricted check and
// the user-namespace relaxation of KW-POD-017 start, so these tests target 1.35 explicitly. The
// version boundary is in test/policy/kubernetes-version.test.ts.
const AT_1_35 = { kubernetesVersion: '1.35' };
const userNs = (procMount?: string, extra: Record<string, unknown> = {}): Record<string, any> =>
  deployment({
    pod: { hostUsers: false, ...extra },
    container: { securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] }, ...(procMount ? { procMount } : {}) } },
  });

describe('KW-POD-028 procMount in user-namespace pods |', () => {
  test('passes a hostUsers:false pod whose containers keep procMount unset or Default', () => {
    expectPass('KW-POD-028', [userNs()], AT_1_35);
    expectPass('KW-POD-028', [userNs('Default')], AT_1_35);
  });

  test('fails Unmasked (or any other value) in a hostUsers:false pod, naming the field', () => {
    const [f] = expectFail('KW-POD-028', [userNs('Unmasked')], AT_1_35);
    expect(f.field).toBe('spec.template.spec.containers[0].securityContext.procMount');
    expectFail('KW-POD-028', [userNs('unmasked')], AT_1_35);
    const p = pod({ pod: { hostUsers: false, initContainers: [container('init', { securityContext: { procMount: 'Unmasked' } })] } });
    expect(expectFail('KW-POD-028', [p], AT_1_35)[0].container).toBe('init');
  });

  test('other pods are out of scope: KW-POD-017 covers them', () => {
    expectNotApplicable('KW-POD-028', [deployment({ container: { securityContext: { procMount: 'Unmasked' } } })], AT_1_35);
    expectNotApplicable('KW-POD-028', [userNs('Unmasked', { hostUsers: true })], AT_1_35);
    expectFail('KW-POD-017', [deployment({ container: { securityContext: { procMount: 'Unmasked' } } })], AT_1_35);
  });

  test('before PSS 1.35 it does not apply (KW-POD-017 is not relaxed there)', () => {
    expectNotApplicable('KW-POD-028', [userNs('Unmasked')], { kubernetesVersion: '1.34' });
    expectFail('KW-POD-017', [userNs('Unmasked')], { kubernetesVersion: '1.34' });
  });

  test('skips a kind served by the wrong group', () => {
    expectNotApplicable('KW-POD-028', [{ ...userNs('Unmasked'), apiVersion: 'v1' }], AT_1_35);
  });
});
