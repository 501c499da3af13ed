import { container, onWindows } from '../fixtures/pod';
import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-POD-016 read-only root filesystem |', () => {
  test('passes when every container sets readOnlyRootFilesystem: true', () => {
    expectPass('KW-POD-016', [deployment({ pod: { initContainers: [container('setup')] } })]);
  });

  test('fails when a container leaves it unset or false', () => {
    const [f] = expectFail('KW-POD-016', [deployment({ container: { securityContext: { readOnlyRootFilesystem: false } } })]);
    expect(f.field).toBe('spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem');
    const init = deployment({ pod: { initContainers: [container('setup', { securityContext: {} })] } });
    expect(expectFail('KW-POD-016', [init])[0].container).toBe('setup');
  });

  test('a pod-level key does not count', () => {
    const d = deployment({ container: { securityContext: {} } });
    d.spec.template.spec.securityContext.readOnlyRootFilesystem = true;
    expectFail('KW-POD-016', [d]);
  });

  test('Windows pods are out of scope', () => {
    expectNotApplicable('KW-POD-016', [onWindows(deployment({ container: { securityContext: {} } }))]);
  });
});
