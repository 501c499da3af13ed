import { carve, contains, formatCidr, isPrivate, overlaps, parseCidr } from '../../lib/cluster/cidr';
import { EOM_WARNING_DAYS, TKE_VERSIONS, TKE_VERSIONS_CHECKED, TKE_VERSION_SOURCES, compareMinor, lookupTkeVersion, newestTkeMinor, supportedTkeVersions, tkeStageOn, tkeVersionWarning } from '../../lib/cluster/versions';
import { CATALOG_DEFAULTS } from '../../lib/policy';

describe('cidr |', () => {
  test('parses blocks and refuses host bits, bad octets and prefixes', () => {
    expect(parseCidr('10.0.0.0/16')).toEqual({ text: '10.0.0.0/16', start: 167772160, prefix: 16, size: 65536 });
    expect(parseCidr('10.0.0.1/16')).toBeUndefined();
    expect(parseCidr('10.0.256.0/24')).toBeUndefined();
    expect(parseCidr('10.0.0.0/33')).toBeUndefined();
    expect(parseCidr('10.0.0.0')).toBeUndefined();
    expect(formatCidr(parseCidr('192.168.4.0/22')!.start, 22)).toBe('192.168.4.0/22');
  });

  test('overlap and containment', () => {
    const p = (t: string) => parseCidr(t)!;
    expect(overlaps(p('10.0.0.0/16'), p('10.0.255.0/24'))).toBe(true);
    expect(overlaps(p('10.0.0.0/16'), p('10.1.0.0/16'))).toBe(false);
    expect(contains(p('10.0.0.0/16'), p('10.0.16.0/20'))).toBe(true);
    expect(contains(p('10.0.16.0/20'), p('10.0.0.0/16'))).toBe(false);
    expect(isPrivate(p('172.20.0.0/16'))).toBe(true);
    expect(isPrivate(p('172.32.0.0/16'))).toBe(false);
  });

  test('carves /20 subnets from a /16, tighter blocks from small ranges, nothing from too small ones', () => {
    expect(carve(parseCidr('10.0.0.0/16')!, 3)).toEqual(['10.0.0.0/20', '10.0.16.0/20', '10.0.32.0/20']);
    expect(carve(parseCidr('192.168.0.0/24')!, 3)).toEqual(['192.168.0.0/28', '192.168.0.16/28', '192.168.0.32/28']);
    expect(carve(parseCidr('192.168.0.0/26')!, 3)).toEqual(['192.168.0.0/28', '192.168.0.16/28', '192.168.0.32/28']);
    expect(carve(parseCidr('192.168.0.0/27')!, 3)).toBeUndefined();
    expect(carve(parseCidr('10.0.0.0/16')!, 20)).toHaveLength(20);
  });
});

describe('TKE version table |', () => {
  test('records when and where it was checked', () => {
    expect(TKE_VERSIONS_CHECKED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(TKE_VERSION_SOURCES.length).toBeGreaterThan(0);
  });

  test('lists even minors only, each once, newest first', () => {
    const minors = TKE_VERSIONS.map((v) => v.minor);
    expect(new Set(minors).size).toBe(minors.length);
    for (const v of TKE_VERSIONS) {
      expect(v.version.startsWith(`${v.minor}.`)).toBe(true);
      expect(Number(v.minor.split('.')[1]) % 2).toBe(0);
    }
    const sorted = [...minors].sort((a, b) => compareMinor(b, a));
    expect(minors).toEqual(sorted);
  });

  test('every supported version meets the catalog minimum (KW-CLU-004) by default', () => {
    for (const v of supportedTkeVersions()) expect(compareMinor(v.minor, CATALOG_DEFAULTS.minKubernetesVersion)).toBeGreaterThanOrEqual(0);
  });

  test('the stage each entry records is what its dates give on the day the table was checked', () => {
    for (const v of TKE_VERSIONS) {
      expect([v.version, tkeStageOn(v, TKE_VERSIONS_CHECKED)]).toEqual([v.version, v.stage]);
      expect([v.version, v.ga < v.eom && v.eom < v.eofs && v.eofs < v.eos]).toEqual([v.version, true]);
    }
  });

  test('the engine targets the newest TKE minor by default', () => {
    expect(CATALOG_DEFAULTS.kubernetesVersion).toBe(newestTkeMinor());
  });

  test('the upgrade warning starts 90 days before End of Marketing and names the dates and the way out', () => {
    const v134 = TKE_VERSIONS.find((v) => v.minor === '1.34')!;
    const eom = Date.parse(`${v134.eom}T00:00:00Z`);
    const day = (offset: number): Date => new Date(eom + offset * 24 * 60 * 60 * 1000);
    expect(tkeVersionWarning(v134, day(-(EOM_WARNING_DAYS + 1)))).toBeUndefined();
    expect(tkeVersionWarning(v134, day(-EOM_WARNING_DAYS))).toMatch(new RegExp(`reaches End of Marketing on TKE on ${v134.eom}, in ${EOM_WARNING_DAYS} days`));
    expect(tkeVersionWarning(v134, day(0))).toMatch(/is at End of Marketing on TKE since/);
    expect(tkeVersionWarning(v134, new Date(`${v134.eofs}T12:00:00Z`))).toMatch(/is at End of Full Support/);
    expect(tkeVersionWarning(v134, new Date(`${v134.eos}T12:00:00Z`))).toMatch(/reached End of Service/);
    // On the day the table was checked: the newest is quiet, the older supported ones warn and point at a GA version.
    const checked = new Date(`${TKE_VERSIONS_CHECKED}T12:00:00Z`);
    expect(tkeVersionWarning(v134, checked)).toBeUndefined();
    const v130 = TKE_VERSIONS.find((v) => v.minor === '1.30')!;
    expect(tkeVersionWarning(v130, checked)).toMatch(/End of Full Support on TKE since 2026-10-01.*End of Service follows on 2027-01-01, in 31 days; upgrade to 1\.34\.1/);
  });

  test('lookups: exact versions only, end of service refused', () => {
    expect(lookupTkeVersion('1.30.0')).toMatchObject({ ok: true, version: { minor: '1.30' } });
    expect(lookupTkeVersion('1.30')).toMatchObject({ ok: false });
    expect(lookupTkeVersion('1.26.1')).toMatchObject({ ok: false, problem: expect.stringMatching(/End of Service/) });
    expect(lookupTkeVersion('2.0.0')).toMatchObject({ ok: false, problem: expect.stringMatching(/1\.34\.1, 1\.32\.2, 1\.30\.0/) });
  });
});
