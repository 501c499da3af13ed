import { container, onWindows } from '../fixtures/pod';
import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

function dropping(drop: unknown): Record<string, any> {
  return deployment({ container: { securityContext: { allowPrivilegeEscalation: false, capabilities: drop === undefined ? {} : { drop } } } });
}

describe('KW-POD-008 drop ALL capabilities |', () => {
  test('passes when every container drops ALL', () => {
    expectPass('KW-POD-008', [dropping(['ALL'])]);
    expectPass('KW-POD-008', [dropping(['NET_RAW', 'ALL'])]);
  });

  test('fails without a drop list, naming the field', () => {
    const [f] = expectFail('KW-POD-008', [dropping(undefined)]);
    expect(f.field).toBe('spec.template.spec.containers[0].securityContext.capabilities.drop');
    expect(f.message).toMatch(/no capabilities.drop/);
  });

  test('a long explicit list is not ALL', () => {
    expectFail('KW-POD-008', [dropping(['NET_RAW', 'SYS_ADMIN', 'CHOWN', 'SETUID', 'SETGID', 'KILL'])]);
  });

  test('names are case-sensitive: "all" does not count', () => {
    expectFail('KW-POD-008', [dropping(['all'])]);
  });

  test('init containers must drop ALL too', () => {
    const d = deployment({ pod: { initContainers: [container('setup', { securityContext: { capabilities: { drop: ['NET_RAW'] } } })] } });
    expect(expectFail('KW-POD-008', [d]).map((f) => f.container)).toEqual(['setup']);
  });

  test('a pod-level capabilities key is ignored', () => {
    const d = dropping(undefined);
    d.spec.template.spec.securityContext.capabilities = { drop: ['ALL'] };
    expectFail('KW-POD-008', [d]);
  });

  test('Windows pods are out of scope', () => {
    expectNotApplicable('KW-POD-008', [onWindows(dropping(undefined))]);
  });
});
