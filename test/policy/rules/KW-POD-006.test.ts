import { container } from '../fixtures/pod';
import { deployment, expectFail, expectPass } from '../helpers';

/** deployment() with the given pod-level securityContext and app container securityContext. */
function withRunAsNonRoot(podLevel: unknown, containerLevel: unknown, extra: Record<string, unknown> = {}): Record<string, any> {
  return deployment({
    pod: { securityContext: podLevel === undefined ? {} : { runAsNonRoot: podLevel }, ...extra },
    container: { securityContext: containerLevel === undefined ? {} : { runAsNonRoot: containerLevel } },
  });
}

describe('KW-POD-006 runAsNonRoot |', () => {
  test('passes when the pod level is true and no container overrides it', () => {
    expectPass('KW-POD-006', [withRunAsNonRoot(true, undefined)]);
    expectPass('KW-POD-006', [withRunAsNonRoot(true, true)]);
  });

  test('passes when the pod level is unset and every container sets true itself', () => {
    expectPass('KW-POD-006', [withRunAsNonRoot(undefined, true, { initContainers: [container('setup', { securityContext: { runAsNonRoot: true } })] })]);
  });

  test('fails when a container sets false although the pod level is true', () => {
    const [f] = expectFail('KW-POD-006', [withRunAsNonRoot(true, false)]);
    expect(f.field).toBe('spec.template.spec.containers[0].securityContext.runAsNonRoot');
    expect(f.container).toBe('app');
  });

  test('fails when the pod level is false, even if every container sets true', () => {
    const [f] = expectFail('KW-POD-006', [withRunAsNonRoot(false, true)]);
    expect(f.field).toBe('spec.template.spec.securityContext.runAsNonRoot');
  });

  test('fails when the pod level is unset and an init container does not set true', () => {
    const found = expectFail('KW-POD-006', [withRunAsNonRoot(undefined, true, { initContainers: [container('setup')] })]);
    expect(found.map((f) => f.container)).toEqual(['setup']);
  });

  test('a non-zero runAsUser alone does not satisfy it', () => {
    const d = deployment({ pod: { securityContext: { runAsUser: 1000 } }, container: { securityContext: { runAsUser: 1000 } } });
    expect(expectFail('KW-POD-006', [d])[0].message).toMatch(/runAsUser is not enough/);
  });

  test('a runAsNonRoot key outside securityContext is ignored', () => {
    expectFail('KW-POD-006', [withRunAsNonRoot(undefined, undefined, { runAsNonRoot: true })]);
  });
});
