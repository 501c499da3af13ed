// The engine follows the target Kubernetes version (option kubernetesVersion): every Pod Security
// check that changed between 1.25 and 1.37 is tried at the version before and at the version of its
// change, through the option and through a Namespace's enforce-version label; KW-AUD-003 follows the
// target's API removals. Our own fixtures, written from the upstream check code (see
// lib/policy/model/kubernetes-version.ts), independent of the cluster model's.
import { namespace } from './fixtures/pod';
import { deployment } from './helpers';
import { KubewardError } from '../../lib/core/errors';
import { audit, AuditOptions, CATALOG_DEFAULTS, resolveOptions } from '../../lib/policy';
import { enforceMinor, NEWEST_TARGET_MINOR, OLDEST_TARGET_MINOR, parseMinor } from '../../lib/policy/model/kubernetes-version';

/** The findings of one control at a target version. */
function failsAt(control: string, objects: Array<Record<string, any>>, kubernetesVersion: string, options: AuditOptions = {}): boolean {
  const report = audit(objects, { ...options, kubernetesVersion });
  return report.findings.some((f) => f.controlId === control && !f.suppressed);
}

/** The status of one control at a target version. */
function statusAt(control: string, objects: Array<Record<string, any>>, kubernetesVersion: string): string {
  return audit(objects, { kubernetesVersion }).controls.find((c) => c.id === control)!.status;
}

/** [version before the change, version of the change]: the first must give `before`, the second `after`. */
function flips(control: string, objects: Array<Record<string, any>>, [older, newer]: [string, string], before: 'fail' | 'pass', after: 'fail' | 'pass'): void {
  expect([control, older, failsAt(control, objects, older) ? 'fail' : 'pass']).toEqual([control, older, before]);
  expect([control, newer, failsAt(control, objects, newer) ? 'fail' : 'pass']).toEqual([control, newer, after]);
}

const userNamespacePod = (container: Record<string, unknown> = {}, pod: Record<string, unknown> = {}): Record<string, any> =>
  deployment({ pod: { hostUsers: false, ...pod }, container: { securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] }, ...container } } });

const withSysctls = (...names: string[]): Record<string, any> => {
  const d = deployment();
  d.spec.template.spec.securityContext.sysctls = names.map((name) => ({ name, value: '1' }));
  return d;
};

describe('target Kubernetes version: option |', () => {
  test('defaults to the catalog default, the newest TKE minor', () => {
    expect(resolveOptions({}).kubernetesVersion).toBe(CATALOG_DEFAULTS.kubernetesVersion);
    expect(resolveOptions({}).kubernetesMinor).toBe(parseMinor(CATALOG_DEFAULTS.kubernetesVersion));
    expect(audit([deployment()]).options.kubernetesVersion).toBe(CATALOG_DEFAULTS.kubernetesVersion);
  });

  test('accepts 1.NN and v1.NN within the known range', () => {
    expect(resolveOptions({ kubernetesVersion: 'v1.30' }).kubernetesVersion).toBe('1.30');
    expect(resolveOptions({ kubernetesVersion: `1.${OLDEST_TARGET_MINOR}` }).kubernetesMinor).toBe(OLDEST_TARGET_MINOR);
    expect(resolveOptions({ kubernetesVersion: `1.${NEWEST_TARGET_MINOR}` }).kubernetesMinor).toBe(NEWEST_TARGET_MINOR);
  });

  test('refuses versions it cannot follow, naming the option and the range', () => {
    for (const bad of ['1.30.2', 'latest', '2.0', '', `1.${OLDEST_TARGET_MINOR - 1}`, `1.${NEWEST_TARGET_MINOR + 1}`]) {
      expect(() => resolveOptions({ kubernetesVersion: bad })).toThrow(KubewardError);
      expect(() => audit([deployment()], { kubernetesVersion: bad })).toThrow(/kubernetesVersion/);
    }
    expect(() => resolveOptions({ kubernetesVersion: '1.40' })).toThrow(/1\.25 to 1\.37/);
  });
});

describe('target Kubernetes version: the Namespace enforce-version label |', () => {
  test('latest and no label mean the target; a pin never exceeds the target; garbage means the target', () => {
    expect(enforceMinor(undefined, 34)).toBe(34);
    expect(enforceMinor('latest', 34)).toBe(34);
    expect(enforceMinor('v1.29', 34)).toBe(29);
    expect(enforceMinor('v1.36', 34)).toBe(34);
    expect(enforceMinor('1.x', 34)).toBe(34);
  });

  const hostProbe = deployment({ container: { livenessProbe: { httpGet: { host: '10.0.0.1', path: '/live', port: 8080 } } } });

  test('a pinned Namespace in the same set decides for its pods', () => {
    // Target 1.34 checks probe hosts; a Namespace pinned to v1.33 does not.
    expect(failsAt('KW-POD-027', [hostProbe], '1.34')).toBe(true);
    expect(failsAt('KW-POD-027', [namespace('shop', { 'pod-security.kubernetes.io/enforce-version': 'v1.33' }), hostProbe], '1.34')).toBe(false);
    expect(failsAt('KW-POD-027', [namespace('shop', { 'pod-security.kubernetes.io/enforce-version': 'latest' }), hostProbe], '1.34')).toBe(true);
    // A pin newer than the target counts as the target.
    expect(failsAt('KW-POD-027', [namespace('shop', { 'pod-security.kubernetes.io/enforce-version': 'v1.37' }), hostProbe], '1.33')).toBe(false);
  });

  test('only the pod\'s own Namespace counts', () => {
    expect(failsAt('KW-POD-027', [namespace('other', { 'pod-security.kubernetes.io/enforce-version': 'v1.30' }), hostProbe], '1.34')).toBe(true);
  });
});

describe('target Kubernetes version: each Pod Security change, before and after |', () => {
  test('KW-POD-027 host probes and lifecycle hosts: checked from 1.34', () => {
    const d = deployment({ container: { lifecycle: { preStop: { tcpSocket: { host: 'metadata.internal', port: 80 } } } } });
    flips('KW-POD-027', [d], ['1.33', '1.34'], 'pass', 'fail');
  });

  test('KW-POD-018 sysctls: ip_local_reserved_ports from 1.27', () => {
    flips('KW-POD-018', [withSysctls('net.ipv4.ip_local_reserved_ports')], ['1.26', '1.27'], 'fail', 'pass');
  });

  test('KW-POD-018 sysctls: keepalive and fin_timeout from 1.29', () => {
    for (const name of ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes']) {
      flips('KW-POD-018', [withSysctls(name)], ['1.28', '1.29'], 'fail', 'pass');
    }
  });

  test('KW-POD-018 sysctls: tcp_rmem and tcp_wmem from 1.32', () => {
    for (const name of ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem']) flips('KW-POD-018', [withSysctls(name)], ['1.31', '1.32'], 'fail', 'pass');
  });

  test('KW-POD-018 sysctls: tcp_slow_start_after_idle and tcp_notsent_lowat from 1.37, with a message naming the version', () => {
    for (const name of ['net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat']) flips('KW-POD-018', [withSysctls(name)], ['1.36', '1.37'], 'fail', 'pass');
    const [f] = audit([withSysctls('net.ipv4.tcp_notsent_lowat')], { kubernetesVersion: '1.34' }).findings.filter((x) => x.controlId === 'KW-POD-018');
    expect(f.message).toMatch(/only allows from 1\.37 \(this pod is checked at 1\.34\)/);
  });

  test('KW-POD-018 sysctls: the 1.0 set passes and unsafe ones fail at every version', () => {
    for (let minor = OLDEST_TARGET_MINOR; minor <= NEWEST_TARGET_MINOR; minor++) {
      expect(failsAt('KW-POD-018', [withSysctls('kernel.shm_rmid_forced', 'net.ipv4.ping_group_range')], `1.${minor}`)).toBe(false);
      expect(failsAt('KW-POD-018', [withSysctls('net.core.somaxconn')], `1.${minor}`)).toBe(true);
    }
  });

  test('KW-POD-020 SELinux container_engine_t: allowed from 1.31', () => {
    const d = deployment();
    d.spec.template.spec.securityContext.seLinuxOptions = { type: 'container_engine_t' };
    flips('KW-POD-020', [d], ['1.30', '1.31'], 'fail', 'pass');
  });

  test('KW-POD-022 image volumes: allowed from API server 1.33, whatever the Namespace pins', () => {
    const d = deployment({ pod: { volumes: [{ name: 'model', image: { reference: 'ccr.ccs.tencentyun.com/ml/model:1', pullPolicy: 'IfNotPresent' } }] } });
    flips('KW-POD-022', [d], ['1.32', '1.33'], 'fail', 'pass');
    expect(failsAt('KW-POD-022', [namespace('shop', { 'pod-security.kubernetes.io/enforce-version': 'v1.25' }), d], '1.33')).toBe(false);
  });

  test('KW-POD-006 runAsNonRoot: not required of hostUsers:false pods from 1.35', () => {
    const d = userNamespacePod({}, { securityContext: { seccompProfile: { type: 'RuntimeDefault' } } });
    flips('KW-POD-006', [d], ['1.34', '1.35'], 'fail', 'pass');
    // hostUsers true (or unset) is not relaxed.
    const hostUsers = userNamespacePod({}, { hostUsers: true, securityContext: { seccompProfile: { type: 'RuntimeDefault' } } });
    expect(failsAt('KW-POD-006', [hostUsers], '1.37')).toBe(true);
  });

  test('KW-POD-007 runAsUser 0: allowed for hostUsers:false pods from 1.35', () => {
    const d = userNamespacePod({ runAsUser: 0 });
    flips('KW-POD-007', [d], ['1.34', '1.35'], 'fail', 'pass');
    expect(failsAt('KW-POD-007', [deployment({ container: { securityContext: { runAsUser: 0 } } })], '1.37')).toBe(true);
  });

  test('KW-POD-017 procMount Unmasked: baseline admits it for hostUsers:false pods from 1.35 ...', () => {
    const d = userNamespacePod({ procMount: 'Unmasked' });
    flips('KW-POD-017', [d], ['1.34', '1.35'], 'fail', 'pass');
    expect(failsAt('KW-POD-017', [deployment({ container: { securityContext: { procMount: 'Unmasked' } } })], '1.37')).toBe(true);
  });

  test('... and KW-POD-028 (restricted) keeps it Default there, so the restricted profile still refuses the pod', () => {
    const d = userNamespacePod({ procMount: 'Unmasked' });
    expect(statusAt('KW-POD-028', [d], '1.34')).toBe('not-applicable');
    expect(failsAt('KW-POD-028', [d], '1.35')).toBe(true);
    // Under the baseline profile (the PSS baseline controls), the pod passes from 1.35, as upstream.
    expect(failsAt('KW-POD-017', [d], '1.35', { profile: 'baseline' })).toBe(false);
    expect(audit([d], { kubernetesVersion: '1.35', profile: 'baseline' }).controls.find((c) => c.id === 'KW-POD-028')!.status).toBe('not-evaluated');
    // Under restricted, exactly one procMount finding at each version.
    for (const v of ['1.34', '1.35']) {
      const procMount = audit([d], { kubernetesVersion: v }).findings.filter((f) => f.controlId === 'KW-POD-017' || f.controlId === 'KW-POD-028');
      expect([v, procMount.length]).toEqual([v, 1]);
    }
  });

  test('a Namespace pin below 1.35 keeps the user-namespace checks strict on a newer target', () => {
    const d = userNamespacePod({ runAsUser: 0, procMount: 'Unmasked' });
    const pinned = namespace('shop', { 'pod-security.kubernetes.io/enforce-version': 'v1.34' });
    expect(failsAt('KW-POD-007', [pinned, d], '1.37')).toBe(true);
    expect(failsAt('KW-POD-017', [pinned, d], '1.37')).toBe(true);
    expect(statusAt('KW-POD-028', [pinned, d], '1.37')).toBe('not-applicable');
  });
});

describe('target Kubernetes version: API versions (KW-AUD-003) |', () => {
  const flowSchema = (version: string): Record<string, any> => ({
    apiVersion: `flowcontrol.apiserver.k8s.io/${version}`,
    kind: 'FlowSchema',
    metadata: { name: 'tenants', labels: { 'app.kubernetes.io/name': 'tenants', 'owner': 'platform' } },
    spec: { priorityLevelConfiguration: { name: 'workload-low' }, matchingPrecedence: 1000 },
  });
  const policy = (version: string): Record<string, any> => ({
    apiVersion: `admissionregistration.k8s.io/${version}`,
    kind: 'ValidatingAdmissionPolicy',
    metadata: { name: 'images', labels: { 'app.kubernetes.io/name': 'images', 'owner': 'platform' } },
    spec: { validations: [{ expression: 'true' }] },
  });

  test('flowcontrol v1beta2 from 1.26 and v1beta3 from 1.29', () => {
    flips('KW-AUD-003', [flowSchema('v1beta2')], ['1.25', '1.26'], 'pass', 'fail');
    flips('KW-AUD-003', [flowSchema('v1beta3')], ['1.28', '1.29'], 'pass', 'fail');
    expect(failsAt('KW-AUD-003', [flowSchema('v1')], '1.37')).toBe(false);
  });

  test('ValidatingAdmissionPolicy v1beta1 from 1.30; the webhook configurations of that version at every target', () => {
    flips('KW-AUD-003', [policy('v1beta1')], ['1.29', '1.30'], 'pass', 'fail');
    const webhook = { ...policy('v1beta1'), kind: 'ValidatingWebhookConfiguration' };
    expect(failsAt('KW-AUD-003', [webhook], `1.${OLDEST_TARGET_MINOR}`)).toBe(true);
  });

  test('the message says deprecated before the removal and no longer served after it', () => {
    const message = (v: string): string => audit([flowSchema('v1beta3')], { kubernetesVersion: v }).findings.find((f) => f.controlId === 'KW-AUD-003')!.message;
    expect(message('1.30')).toMatch(/Kubernetes 1\.30 has deprecated \(removed in 1\.32\)/);
    expect(message('1.32')).toMatch(/no longer serves since 1\.32/);
  });

  test('the long-retired versions fail at every target', () => {
    const old = { apiVersion: 'extensions/v1beta1', kind: 'Ingress', metadata: { name: 'web', namespace: 'shop' }, spec: {} };
    for (let minor = OLDEST_TARGET_MINOR; minor <= NEWEST_TARGET_MINOR; minor++) expect(failsAt('KW-AUD-003', [old], `1.${minor}`)).toBe(true);
  });
});
