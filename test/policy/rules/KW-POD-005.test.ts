import { container, onWindows, pod } from '../fixtures/pod';
import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-POD-005 privilege escalation explicitly disabled |', () => {
  test('passes when every container sets allowPrivilegeEscalation: false', () => {
    expectPass('KW-POD-005', [deployment({ pod: { initContainers: [container('setup')] } })]);
  });

  test('fails when a container leaves it unset (it defaults to true)', () => {
    const [f] = expectFail('KW-POD-005', [deployment({ container: { securityContext: { readOnlyRootFilesystem: true } } })]);
    expect(f.field).toBe('spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation');
    expect(f.container).toBe('app');
    expect(f.message).toMatch(/unset/);
  });

  test('fails when a container sets it to true', () => {
    expectFail('KW-POD-005', [deployment({ container: { securityContext: { allowPrivilegeEscalation: true } } })]);
  });

  test('checks init and ephemeral containers too', () => {
    const init = expectFail('KW-POD-005', [deployment({ pod: { initContainers: [container('setup', { securityContext: {} })] } })]);
    expect(init.map((f) => f.container)).toEqual(['setup']);
    const eph = expectFail('KW-POD-005', [pod({ pod: { ephemeralContainers: [{ name: 'debug', image: 'busybox' }] } })]);
    expect(eph[0].field).toBe('spec.ephemeralContainers[0].securityContext.allowPrivilegeEscalation');
  });

  test('a pod-level key of that name does not count', () => {
    const d = deployment({ container: { securityContext: {} } });
    d.spec.template.spec.securityContext.allowPrivilegeEscalation = false;
    expectFail('KW-POD-005', [d]);
  });

  test('one finding per offending container', () => {
    const d = deployment({ container: { securityContext: {} }, pod: { initContainers: [container('a', { securityContext: {} }), container('b')] } });
    expect(expectFail('KW-POD-005', [d]).map((f) => f.container).sort()).toEqual(['a', 'app']);
  });

  test('Windows pods are out of scope', () => {
    expectNotApplicable('KW-POD-005', [onWindows(deployment({ container: { securityContext: {} } }))]);
  });
});
