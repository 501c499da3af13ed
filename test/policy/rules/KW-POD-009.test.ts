import { onWindows } from '../fixtures/pod';
import { deployment, expectFail, expectNotApplicable, expectPass } from '../helpers';

function adding(add: unknown): Record<string, any> {
  return deployment({ container: { securityContext: { capabilities: { drop: ['ALL'], add } } } });
}

describe('KW-POD-009 only NET_BIND_SERVICE may be added |', () => {
  test('passes with no, an empty or a NET_BIND_SERVICE-only add list', () => {
    expectPass('KW-POD-009', [deployment()]);
    expectPass('KW-POD-009', [adding([])]);
    expectPass('KW-POD-009', [adding(['NET_BIND_SERVICE'])]);
  });

  test('fails when any other capability is added, listing it', () => {
    const [f] = expectFail('KW-POD-009', [adding(['NET_BIND_SERVICE', 'CHOWN'])]);
    expect(f.field).toBe('spec.template.spec.containers[0].securityContext.capabilities.add');
    expect(f.message).toMatch(/adds CHOWN;/);
  });

  test('names are case-sensitive: net_bind_service is not NET_BIND_SERVICE', () => {
    expectFail('KW-POD-009', [adding(['net_bind_service'])]);
  });

  test('Windows pods are out of scope', () => {
    expectNotApplicable('KW-POD-009', [onWindows(adding(['SYS_ADMIN']))]);
  });
});
