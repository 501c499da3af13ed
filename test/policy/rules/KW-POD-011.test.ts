import { onWindows } from '../fixtures/pod';
import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

function caps(capabilities: Record<string, unknown>): Record<string, any> {
  return deployment({ container: { securityContext: { allowPrivilegeEscalation: false, capabilities } } });
}

describe('KW-POD-011 NET_RAW dropped and never added |', () => {
  test('passes when ALL or NET_RAW is dropped and neither is added', () => {
    expectPass('KW-POD-011', [caps({ drop: ['ALL'] })]);
    expectPass('KW-POD-011', [caps({ drop: ['NET_RAW'], add: ['NET_BIND_SERVICE'] })]);
  });

  test('fails when neither NET_RAW nor ALL is dropped', () => {
    const [f] = expectFail('KW-POD-011', [caps({ drop: ['SYS_ADMIN'] })]);
    expect(f.field).toBe('spec.template.spec.containers[0].securityContext.capabilities.drop');
  });

  test('fails when NET_RAW or ALL is added back, even if ALL is dropped', () => {
    expect(expectFail('KW-POD-011', [caps({ drop: ['ALL'], add: ['NET_RAW'] })])[0].field).toBe('spec.template.spec.containers[0].securityContext.capabilities.add');
    expectFail('KW-POD-011', [caps({ drop: ['ALL'], add: ['ALL'] })]);
  });

  test('names are case-sensitive: dropping net_raw does not count', () => {
    expectFail('KW-POD-011', [caps({ drop: ['net_raw'] })]);
  });

  test('Windows pods are out of scope', () => {
    expectNotApplicable('KW-POD-011', [onWindows(caps({}))]);
  });
});
