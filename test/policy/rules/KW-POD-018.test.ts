import { deployment, expectFail, expectPass } from '../helpers';

const withSysctls = (names: string[]): Record<string, any> =>
  deployment({ pod: { securityContext: { runAsNonRoot: true, sysctls: names.map((name) => ({ name, value: '1' })) } } });

describe('KW-POD-018 safe sysctls only |', () => {
  test('passes with no sysctls or only safe ones', () => {
    expectPass('KW-POD-018', [deployment()]);
    expectPass('KW-POD-018', [withSysctls(['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_keepalive_probes'])]);
  });

  test('fails on each unsafe sysctl', () => {
    const found = expectFail('KW-POD-018', [withSysctls(['net.ipv4.tcp_syncookies', 'kernel.msgmax', 'net.core.somaxconn'])]);
    expect(found.map((f) => f.field)).toEqual([
      'spec.template.spec.securityContext.sysctls[1].name',
      'spec.template.spec.securityContext.sysctls[2].name',
    ]);
  });
});
