import { container, pod } from '../fixtures/pod';
import { deployment, expectFail, expectPass } from '../helpers';

describe('KW-POD-007 no UID 0 |', () => {
  test('passes with non-zero or unset runAsUser', () => {
    expectPass('KW-POD-007', [deployment()]);
    expectPass('KW-POD-007', [deployment({ pod: { securityContext: {} } })]);
  });

  test('fails when the pod level sets runAsUser 0', () => {
    const [f] = expectFail('KW-POD-007', [deployment({ pod: { securityContext: { runAsNonRoot: true, runAsUser: 0 } } })]);
    expect(f.field).toBe('spec.template.spec.securityContext.runAsUser');
  });

  test('fails when any container type sets runAsUser 0, even if the pod level is non-zero', () => {
    const [f] = expectFail('KW-POD-007', [pod({ pod: { ephemeralContainers: [container('debug', { securityContext: { runAsUser: 0 } })] } })]);
    expect(f.field).toBe('spec.ephemeralContainers[0].securityContext.runAsUser');
    expect(f.container).toBe('debug');
  });

  test('a runAsUser key on the container outside securityContext is ignored', () => {
    expectPass('KW-POD-007', [deployment({ container: { runAsUser: 0 } })]);
  });
});
