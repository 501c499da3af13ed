import { ingress } from '../fixtures/net';
import { expectFail, expectNotApplicable, expectPass, findingsFor } from '../helpers';

const backend = { service: { name: 'web', port: { number: 80 } } };
const rule = (host?: string) => ({ ...(host !== undefined ? { host } : {}), http: { paths: [{ path: '/', pathType: 'Prefix', backend }] } });

describe('KW-NET-009 Ingress terminates TLS for every host |', () => {
  test('passes when every rule host is in a tls entry', () => {
    expectPass('KW-NET-009', [ingress({ tls: [{ hosts: ['a.example.com'], secretName: 'a' }, { hosts: ['b.example.com'], secretName: 'b' }], rules: [rule('a.example.com'), rule('b.example.com')] })]);
  });

  test('rules without a host need only some tls entry', () => {
    expectPass('KW-NET-009', [ingress({ tls: [{ secretName: 'default-cert' }], rules: [rule()] })]);
  });

  test('fails when spec.tls is absent or empty', () => {
    const [f] = expectFail('KW-NET-009', [ingress({ rules: [rule('a.example.com')] })]);
    expect(f.field).toBe('spec.tls');
    expectFail('KW-NET-009', [ingress({ tls: [], rules: [rule()] })]);
  });

  test('fails for each host missing from every tls entry', () => {
    const ing = ingress({ tls: [{ hosts: ['a.example.com'], secretName: 'a' }], rules: [rule('a.example.com'), rule('b.example.com'), rule('c.example.com')] });
    expect(findingsFor('KW-NET-009', [ing]).map((f) => f.field)).toEqual(['spec.rules[1].host', 'spec.rules[2].host']);
  });

  test('hosts are compared exactly: a wildcard tls host does not cover a named rule host', () => {
    expectFail('KW-NET-009', [ingress({ tls: [{ hosts: ['*.example.com'], secretName: 'w' }], rules: [rule('a.example.com')] })]);
    expectPass('KW-NET-009', [ingress({ tls: [{ hosts: ['*.example.com'], secretName: 'w' }], rules: [rule('*.example.com')] })]);
  });

  test('legacy extensions/v1beta1 Ingress is evaluated; other groups are not Ingresses', () => {
    expectFail('KW-NET-009', [ingress({ rules: [rule('a.example.com')] }, 'extensions/v1beta1')]);
    expectNotApplicable('KW-NET-009', [ingress({ rules: [rule('a.example.com')] }, 'example.com/v1')]);
  });
});
