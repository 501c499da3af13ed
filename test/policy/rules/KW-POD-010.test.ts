import { container, onWindows } from '../fixtures/pod';
import { deployment, expectFail, expectPass } from '../helpers';

function adding(add: unknown): Record<string, any> {
  return deployment({ container: { securityContext: { capabilities: { drop: ['ALL'], add } } } });
}

describe('KW-POD-010 no capability outside the baseline set |', () => {
  test('passes when every added capability is in the baseline default set', () => {
    expectPass('KW-POD-010', [adding(['CHOWN', 'NET_BIND_SERVICE', 'SETUID', 'SYS_CHROOT', 'AUDIT_WRITE'])]);
  });

  test.each(['ALL', 'SYS_ADMIN', 'NET_ADMIN', 'NET_RAW', 'SYS_PTRACE', 'SYS_MODULE'])('fails when %s is added', (cap) => {
    const [f] = expectFail('KW-POD-010', [adding(['CHOWN', cap])]);
    expect(f.message).toContain(`adds ${cap},`);
  });

  test('names are case-sensitive: lowercase chown is outside the set', () => {
    expectFail('KW-POD-010', [adding(['chown'])]);
  });

  test('checks init containers, and applies to Windows pods too (not a Linux-only control)', () => {
    const d = deployment({ pod: { initContainers: [container('setup', { securityContext: { capabilities: { add: ['SYS_ADMIN'] } } })] } });
    expect(expectFail('KW-POD-010', [d])[0].container).toBe('setup');
    expectFail('KW-POD-010', [onWindows(adding(['SYS_ADMIN']))]);
  });
});
