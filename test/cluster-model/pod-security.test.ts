// The Pod Security model against the API server's own verdicts: the upstream pod-security-admission
// fixtures in ../shared/conformance-ext (psa-<level>-<pass|fail>-<check>, written for v1.37) must be
// judged exactly as upstream judges them, every one. Plus the version changes upstream made
// between 1.25 and 1.37, each with a small pod whose verdict flips at that version.
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { CHECK_IDS, NEWEST_POLICY_MINOR, PssLevel, effectiveMinor, evaluatePodSecurity, namespacePodSecurity } from './pod-security';
import { describeIfShared, sharedPart } from '../support/shared';

const CONFORMANCE_EXT = sharedPart('conformance-ext', 'the upstream Pod Security Admission fixtures (and other upstream test data)');
const CASES = path.join(CONFORMANCE_EXT.dir, 'cases');
const FIXTURE = /^psa-(baseline|restricted)-(pass|fail)-([a-z_]+?)\d*\.yaml$/;

/** A restricted-compliant pod to vary. */
function restrictedPod(extra: Record<string, any> = {}, container: Record<string, any> = {}): Record<string, any> {
  return {
    metadata: { name: 'p' },
    spec: {
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [{ name: 'app', image: 'x', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, ...container } }],
      ...extra,
    },
  };
}

const checksOf = (pod: Record<string, any>, level: PssLevel, minor: number, apiServer = minor): string[] =>
  evaluatePodSecurity(pod, level, minor, apiServer).map((v) => v.check);

describeIfShared(CONFORMANCE_EXT, 'Pod Security model: upstream PSA fixtures (v1.37) |', () => {
  const files = CONFORMANCE_EXT.present ? fs.readdirSync(CASES).filter((f) => FIXTURE.test(f)).sort() : [];

  test('every fixture gets the API server\'s verdict', () => {
    const disagreements: string[] = [];
    for (const file of files) {
      const [, level, verdict] = FIXTURE.exec(file)!;
      const pod = parse(fs.readFileSync(path.join(CASES, file), 'utf8'));
      const violations = evaluatePodSecurity(pod, level as PssLevel, NEWEST_POLICY_MINOR);
      const admitted = violations.length === 0;
      if (admitted !== (verdict === 'pass')) disagreements.push(`${file}: model ${admitted ? 'admits' : `refuses (${violations.map((v) => v.check).join(', ')})`}`);
    }
    expect(files.length).toBeGreaterThan(100);
    expect(disagreements).toEqual([]);
  });

  test('a failing fixture fails the check it is named after (or the restricted check that replaces it)', () => {
    const replacedBy: Record<string, string> = { capabilities_baseline: 'capabilities_restricted', seccompprofile_baseline: 'seccompProfile_restricted', hostpathvolumes: 'restrictedVolumes', procmount: 'procMount_restricted' };
    const wrong: string[] = [];
    for (const file of files.filter((f) => f.includes('-fail-'))) {
      const [, level, , check] = FIXTURE.exec(file)!;
      const pod = parse(fs.readFileSync(path.join(CASES, file), 'utf8'));
      const failed = checksOf(pod, level as PssLevel, NEWEST_POLICY_MINOR).map((c) => c.toLowerCase());
      const expected = level === 'restricted' && replacedBy[check] ? replacedBy[check].toLowerCase() : check;
      if (!failed.includes(expected)) wrong.push(`${file}: failed ${failed.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  test('every upstream check has fixtures, and every modelled check is exercised', () => {
    const named = new Set(files.map((f) => FIXTURE.exec(f)![3]));
    const modelled = CHECK_IDS.map((c) => c.toLowerCase());
    expect([...named].filter((n) => !['base', 'base_linux', 'base_windows'].includes(n) && !modelled.includes(n))).toEqual([]);
    expect(modelled.filter((c) => !named.has(c))).toEqual([]);
  });
});

describe('Pod Security model: versions |', () => {
  test('the enforce-version label resolves against the API server (latest and newer versions clamp)', () => {
    expect(effectiveMinor('latest', 30)).toBe(30);
    expect(effectiveMinor(undefined, 30)).toBe(30);
    expect(effectiveMinor('v1.28', 30)).toBe(28);
    expect(effectiveMinor('v1.33', 30)).toBe(30);
    expect(() => effectiveMinor('1.x', 30)).toThrow(/not a Pod Security version/);
    expect(namespacePodSecurity({}, 30)).toEqual({ level: 'privileged', minor: 30 });
    expect(namespacePodSecurity({ 'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/enforce-version': 'v1.29' }, 31)).toEqual({ level: 'restricted', minor: 29 });
  });

  test('the restricted base pod passes baseline and restricted at every modelled version', () => {
    for (let minor = 25; minor <= NEWEST_POLICY_MINOR; minor++) {
      expect([minor, checksOf(restrictedPod(), 'restricted', minor)]).toEqual([minor, []]);
    }
  });

  test('sysctls: the safe list grows at 1.27, 1.29, 1.32 and 1.37', () => {
    const withSysctl = (name: string) => restrictedPod({ securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' }, sysctls: [{ name, value: '1' }] } });
    const firstAllowed = (name: string) => [25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37].find((m) => checksOf(withSysctl(name), 'baseline', m).length === 0);
    expect(firstAllowed('net.ipv4.ip_unprivileged_port_start')).toBe(25);
    expect(firstAllowed('net.ipv4.ip_local_reserved_ports')).toBe(27);
    expect(firstAllowed('net.ipv4.tcp_keepalive_time')).toBe(29);
    expect(firstAllowed('net.ipv4.tcp_wmem')).toBe(32);
    expect(firstAllowed('net.ipv4.tcp_notsent_lowat')).toBe(37);
    expect(firstAllowed('kernel.msgmax')).toBeUndefined();
  });

  test('SELinux container_engine_t is allowed from 1.31', () => {
    const pod = restrictedPod({}, { seLinuxOptions: { type: 'container_engine_t' } });
    expect(checksOf(pod, 'baseline', 30)).toEqual(['seLinuxOptions']);
    expect(checksOf(pod, 'baseline', 31)).toEqual([]);
    expect(checksOf(restrictedPod({}, { seLinuxOptions: { type: 'container_t', user: 'root' } }), 'baseline', 37)).toEqual(['seLinuxOptions']);
  });

  test('a probe host is forbidden from 1.34', () => {
    const pod = restrictedPod({}, {});
    pod.spec.containers[0].readinessProbe = { httpGet: { host: '10.0.0.1', port: 8080 } };
    expect(checksOf(pod, 'baseline', 33)).toEqual([]);
    expect(checksOf(pod, 'baseline', 34)).toEqual(['hostProbesAndHostLifecycle']);
  });

  test('user namespaces relax runAsNonRoot, runAsUser and baseline procMount from 1.35, never restricted procMount', () => {
    const root = restrictedPod({ hostUsers: false, securityContext: { runAsUser: 0, seccompProfile: { type: 'RuntimeDefault' } } });
    expect(checksOf(root, 'restricted', 34)).toEqual(['runAsNonRoot', 'runAsUser']);
    expect(checksOf(root, 'restricted', 35)).toEqual([]);
    const unmasked = restrictedPod({ hostUsers: false }, { procMount: 'Unmasked' });
    expect(checksOf(unmasked, 'baseline', 34)).toEqual(['procMount']);
    expect(checksOf(unmasked, 'baseline', 35)).toEqual([]);
    expect(checksOf(unmasked, 'restricted', 35)).toEqual(['procMount_restricted']);
  });

  test('windows pods are exempt from the Linux-only restricted checks', () => {
    const pod = { metadata: { name: 'w' }, spec: { os: { name: 'windows' }, securityContext: { runAsNonRoot: true }, containers: [{ name: 'c', image: 'x' }] } };
    expect(checksOf(pod, 'restricted', 28)).toEqual([]);
    expect(checksOf({ ...pod, spec: { ...pod.spec, os: { name: 'linux' } } }, 'restricted', 28)).toEqual(['allowPrivilegeEscalation', 'seccompProfile_restricted', 'capabilities_restricted']);
  });

  test('image volumes pass restricted on a 1.33+ API server, whatever the pinned version', () => {
    const pod = restrictedPod({ volumes: [{ name: 'v', image: { reference: 'x' } }] });
    expect(checksOf(pod, 'restricted', 28, 32)).toEqual(['restrictedVolumes']);
    expect(checksOf(pod, 'restricted', 28, 33)).toEqual([]);
  });

  test('restricted replaces the baseline capability, seccomp and hostPath checks', () => {
    const pod = restrictedPod({ volumes: [{ name: 'h', hostPath: { path: '/' } }] }, { capabilities: { add: ['NET_ADMIN'], drop: ['ALL'] }, seccompProfile: { type: 'Unconfined' } });
    expect(checksOf(pod, 'baseline', 30)).toEqual(['capabilities_baseline', 'hostPathVolumes', 'seccompProfile_baseline']);
    expect(checksOf(pod, 'restricted', 30)).toEqual(['restrictedVolumes', 'seccompProfile_restricted', 'capabilities_restricted']);
  });

  test('versions outside the modelled range are refused, not guessed', () => {
    expect(() => evaluatePodSecurity(restrictedPod(), 'restricted', 24)).toThrow(/outside the modelled/);
  });
});
