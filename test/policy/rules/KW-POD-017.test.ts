import { container, pod } from '../fixtures/pod';
import { deployment, expectFail, expectPass } from '../helpers';

const withProcMount = (procMount: string): Record<string, any> =>
  deployment({ container: { securityContext: { allowPrivilegeEscalation: false, procMount } } });

describe('KW-POD-017 procMount stays Default |', () => {
  test('passes when procMount is unset or Default', () => {
    expectPass('KW-POD-017', [deployment()]);
    expectPass('KW-POD-017', [withProcMount('Default')]);
  });

  test('fails on Unmasked, naming the field', () => {
    const [f] = expectFail('KW-POD-017', [withProcMount('Unmasked')]);
    expect(f.field).toBe('spec.template.spec.containers[0].securityContext.procMount');
  });

  test('fails on any other value, on any container type', () => {
    expectFail('KW-POD-017', [withProcMount('default')]);
    const p = pod({ pod: { ephemeralContainers: [container('debug', { securityContext: { procMount: 'Unmasked' } })] } });
    expect(expectFail('KW-POD-017', [p])[0].container).toBe('debug');
  });

  test('a pod-level procMount key is not a Kubernetes field and is ignored', () => {
    const d = deployment();
    d.spec.template.spec.securityContext.procMount = 'Unmasked';
    expectPass('KW-POD-017', [d]);
  });
});
