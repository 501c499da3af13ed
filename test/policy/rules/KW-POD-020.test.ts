import { container, pod } from '../fixtures/pod';
import { deployment, expectFail, expectPass } from '../helpers';

const podSeLinux = (seLinuxOptions: Record<string, unknown>): Record<string, any> =>
  deployment({ pod: { securityContext: { runAsNonRoot: true, seLinuxOptions } } });

describe('KW-POD-020 SELinux options within container domains |', () => {
  test('passes with unset, empty or container types and a level', () => {
    expectPass('KW-POD-020', [deployment()]);
    expectPass('KW-POD-020', [podSeLinux({ type: '', level: 's0:c123,c456' })]);
    for (const type of ['container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']) {
      expectPass('KW-POD-020', [podSeLinux({ type })]);
    }
  });

  test('fails on another type at pod level', () => {
    const [f] = expectFail('KW-POD-020', [podSeLinux({ type: 'spc_t' })]);
    expect(f.field).toBe('spec.template.spec.securityContext.seLinuxOptions');
    expect(f.message).toContain('"spc_t"');
  });

  test('fails when user or role is set, even with an allowed type', () => {
    expectFail('KW-POD-020', [podSeLinux({ type: 'container_t', user: 'system_u' })]);
    expectFail('KW-POD-020', [podSeLinux({ role: 'system_r' })]);
  });

  test('checks every container type', () => {
    const p = pod({ pod: { ephemeralContainers: [container('debug', { securityContext: { seLinuxOptions: { type: 'unconfined_t' } } })] } });
    const [f] = expectFail('KW-POD-020', [p]);
    expect(f.container).toBe('debug');
    expect(f.field).toBe('spec.ephemeralContainers[0].securityContext.seLinuxOptions');
  });
});
