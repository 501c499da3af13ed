import { deployment, expectFail, expectPass } from '../helpers';

describe('KW-POD-001 privileged containers |', () => {
  test('passes when no container is privileged', () => {
    expectPass('KW-POD-001', [deployment()]);
  });

  test('fails on a privileged init container, naming the field', () => {
    const d = deployment({ pod: { initContainers: [{ name: 'setup', image: 'x', securityContext: { privileged: true } }] } });
    const [f] = expectFail('KW-POD-001', [d]);
    expect(f.field).toBe('spec.template.spec.initContainers[0].securityContext.privileged');
    expect(f.container).toBe('setup');
  });

  test('cannot be suppressed', () => {
    const d = deployment({ container: { securityContext: { privileged: true } } });
    d.metadata.annotations = { 'kubeward.dev/suppress': 'KW-POD-001: the CNI plugin needs it' };
    const found = expectFail('KW-POD-001', [d]);
    expect(found[0].suppressed).toBeUndefined();
  });
});
