import { container, pod } from '../fixtures/pod';
import { deployment, expectFail, expectPass } from '../helpers';

describe('KW-POD-014 hostPort not used |', () => {
  test('passes when ports leave hostPort unset or 0', () => {
    expectPass('KW-POD-014', [deployment({ container: { ports: [{ containerPort: 8080 }, { containerPort: 9090, hostPort: 0 }] } })]);
  });

  test('fails on a non-zero hostPort, naming the port entry', () => {
    const [f] = expectFail('KW-POD-014', [deployment({ container: { ports: [{ containerPort: 8080 }, { containerPort: 9090, hostPort: 9090 }] } })]);
    expect(f.field).toBe('spec.template.spec.containers[0].ports[1].hostPort');
    expect(f.container).toBe('app');
  });

  test('checks init containers of a bare Pod', () => {
    const p = pod({ pod: { initContainers: [container('setup', { ports: [{ containerPort: 53, hostPort: 53 }] })] } });
    expect(expectFail('KW-POD-014', [p])[0].field).toBe('spec.initContainers[0].ports[0].hostPort');
  });
});
