import { container, onWindows } from '../fixtures/pod';
import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

function seccomp(podType: string | undefined, containerType: string | undefined, extra: Record<string, unknown> = {}): Record<string, any> {
  const podLevel: Record<string, unknown> = { runAsNonRoot: true };
  if (podType) podLevel.seccompProfile = { type: podType };
  const own: Record<string, unknown> = { allowPrivilegeEscalation: false };
  if (containerType) own.seccompProfile = { type: containerType };
  return deployment({ pod: { securityContext: podLevel, ...extra }, container: { securityContext: own } });
}

describe('KW-POD-015 seccomp profile |', () => {
  test('passes when the pod level sets RuntimeDefault and containers inherit it', () => {
    expectPass('KW-POD-015', [seccomp('RuntimeDefault', undefined)]);
  });

  test('passes when every container sets Localhost itself', () => {
    expectPass('KW-POD-015', [seccomp(undefined, 'Localhost')]);
  });

  test('fails when no profile applies', () => {
    const [f] = expectFail('KW-POD-015', [seccomp(undefined, undefined)]);
    expect(f.field).toBe('spec.template.spec.containers[0].securityContext.seccompProfile.type');
    expect(f.message).toMatch(/without a seccomp profile/);
  });

  test('fails when the container overrides the pod level with Unconfined', () => {
    expectFail('KW-POD-015', [seccomp('RuntimeDefault', 'Unconfined')]);
  });

  test('fails on an inherited Unconfined, pointing at the pod level', () => {
    const [f] = expectFail('KW-POD-015', [seccomp('Unconfined', undefined)]);
    expect(f.field).toBe('spec.template.spec.securityContext.seccompProfile.type');
  });

  test('a container-level RuntimeDefault wins over a pod-level Unconfined', () => {
    expectPass('KW-POD-015', [seccomp('Unconfined', 'RuntimeDefault')]);
  });

  test('init containers without a profile fail when the pod level is unset', () => {
    const d = seccomp(undefined, 'RuntimeDefault', { initContainers: [container('setup')] });
    expect(expectFail('KW-POD-015', [d]).map((f) => f.container)).toEqual(['setup']);
  });

  test('legacy seccomp annotations are not considered', () => {
    const d = seccomp(undefined, undefined);
    d.spec.template.metadata.annotations = { 'seccomp.security.alpha.kubernetes.io/pod': 'runtime/default' };
    expectFail('KW-POD-015', [d]);
  });

  test('Windows pods are out of scope', () => {
    expectNotApplicable('KW-POD-015', [onWindows(seccomp(undefined, undefined))]);
  });
});
