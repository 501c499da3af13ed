import { container, onWindows } from '../fixtures/pod';
import { deployment, expectFail, expectPass } from '../helpers';

describe('KW-POD-019 no Windows HostProcess containers |', () => {
  test('passes when hostProcess is unset or false', () => {
    expectPass('KW-POD-019', [deployment()]);
    expectPass('KW-POD-019', [onWindows(deployment({ pod: { securityContext: { windowsOptions: { hostProcess: false, runAsUserName: 'ContainerUser' } } } }))]);
  });

  test('fails when the pod level sets hostProcess', () => {
    const d = onWindows(deployment({ pod: { hostNetwork: true, securityContext: { windowsOptions: { hostProcess: true } } } }));
    expect(expectFail('KW-POD-019', [d])[0].field).toBe('spec.template.spec.securityContext.windowsOptions.hostProcess');
  });

  test('fails when any container sets hostProcess', () => {
    const d = deployment({ pod: { initContainers: [container('setup', { securityContext: { windowsOptions: { hostProcess: true } } })] } });
    const [f] = expectFail('KW-POD-019', [d]);
    expect(f.container).toBe('setup');
    expect(f.field).toBe('spec.template.spec.initContainers[0].securityContext.windowsOptions.hostProcess');
  });
});
