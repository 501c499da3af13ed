// Pod Security admission, written from the checks of kubernetes/kubernetes
// staging/src/k8s.io/pod-security-admission/policy/check_*.go (the `kubernetes/pod-security-admission`
// mirror), independently of kubeward's own rules (lib/policy is not imported: a wrong shared
// assumption must not pass both). Each check has the MinimumVersion revisions upstream registers;
// a namespace's `pod-security.kubernetes.io/enforce-version` picks, per check, the newest revision
// at or below it, and `latest` (or a version newer than the API server) means the API server's own
// (registry.go inflateVersions / EvaluatePod clamps to maxVersion). Restricted is baseline minus
// the checks a restricted check overrides (OverrideCheckIDs) plus the restricted checks.
//
// Where checks changed between 1.25 and 1.37 (supported range; older versions are refused):
//  - sysctls: + ip_local_reserved_ports (1.27), + tcp_keepalive_time/intvl/probes, tcp_fin_timeout
//    (1.29), + tcp_rmem/tcp_wmem (1.32), + tcp_slow_start_after_idle/tcp_notsent_lowat (1.37);
//  - seLinuxOptions: + container_engine_t (1.31);
//  - hostProbesAndHostLifecycle: new baseline check, no probe/lifecycle `host` (1.34);
//  - runAsNonRoot, runAsUser, baseline procMount: relaxed for `hostUsers: false` (1.35);
//  - procMount_restricted: new, only Default procMount under restricted even with user namespaces (1.35);
//  - allowPrivilegeEscalation, seccompProfile_restricted, capabilities_restricted exempt pods with
//    `spec.os.name: windows` (1.25, so every supported version).
// Patched into the 1.0 revision, so true at every pinned version on a new enough API server:
// `image` volumes under restricted (API server 1.33+), the appArmorProfile fields (1.30+).
import { Obj, StringMap, visitContainers } from './objects';

/** A Pod Security Standards level. */
export type PssLevel = 'privileged' | 'baseline' | 'restricted';

/** One failed check. */
export interface PssViolation {
  /** The upstream check id (`capabilities_restricted`, ...). */
  readonly check: string;
  /** What is forbidden, with the offending containers or values. */
  readonly detail: string;
}

/** Oldest policy version the model implements. */
export const OLDEST_POLICY_MINOR = 25;
/** Newest policy version upstream has (release-1.37 registers sysctls 1.37). */
export const NEWEST_POLICY_MINOR = 37;

/** The minor of `v1.30` / `1.30`, or 'latest'; throws on anything else. */
export function parsePolicyVersion(text: string | undefined): number | 'latest' {
  if (text === undefined || text === 'latest') return 'latest';
  const m = /^v?1\.(\d+)$/.exec(text);
  if (!m) throw new Error(`not a Pod Security version: ${text}`);
  return Number(m[1]);
}

/** The policy version an API server of `apiServerMinor` applies for a namespace label value. */
export function effectiveMinor(label: string | undefined, apiServerMinor: number): number {
  const v = parsePolicyVersion(label);
  const resolved = v === 'latest' ? apiServerMinor : Math.min(v, apiServerMinor);
  return Math.min(resolved, NEWEST_POLICY_MINOR);
}

/** The enforce level and version a namespace's labels ask for (privileged when unlabelled). */
export function namespacePodSecurity(labels: StringMap, apiServerMinor: number): { level: PssLevel; minor: number } {
  const level = (labels['pod-security.kubernetes.io/enforce'] ?? 'privileged') as PssLevel;
  if (!['privileged', 'baseline', 'restricted'].includes(level)) throw new Error(`not a Pod Security level: ${level}`);
  return { level, minor: effectiveMinor(labels['pod-security.kubernetes.io/enforce-version'], apiServerMinor) };
}

interface Check {
  readonly id: string;
  readonly level: 'baseline' | 'restricted';
  /** Baseline checks this one replaces under restricted. */
  readonly overrides?: readonly string[];
  /** The first policy version the check exists in. */
  readonly since: number;
  readonly run: (pod: Obj, minor: number, apiServerMinor: number) => string | undefined;
}

const spec = (pod: Obj): Obj => pod.spec ?? {};
const sc = (c: Obj): Obj => c.securityContext ?? {};
const podSc = (pod: Obj): Obj => spec(pod).securityContext ?? {};
const isWindows = (pod: Obj): boolean => spec(pod).os?.name === 'windows';
const userNamespace = (pod: Obj): boolean => spec(pod).hostUsers === false;
const names = (list: Obj[]): string => list.map((c) => `"${c.name}"`).join(', ');
const containers = (pod: Obj): Obj[] => visitContainers(spec(pod)).map((v) => v.container);

const CAPABILITIES_BASELINE = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);

const SYSCTLS: ReadonlyArray<[number, readonly string[]]> = [
  [0, ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start']],
  [27, ['net.ipv4.ip_local_reserved_ports']],
  [29, ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes']],
  [32, ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem']],
  [37, ['net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat']],
];

function selinuxTypes(minor: number): Set<string> {
  const types = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t']);
  if (minor >= 31) types.add('container_engine_t');
  return types;
}

// Volume sources allowed under restricted (check_restrictedVolumes.go); `image` since API server 1.33.
const RESTRICTED_VOLUMES = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret'];

const validSeccomp = (type: unknown): boolean => type === 'RuntimeDefault' || type === 'Localhost';
const procMountBad = (c: Obj): boolean => sc(c).procMount !== undefined && sc(c).procMount !== null && sc(c).procMount !== 'Default';

const CHECKS: readonly Check[] = [
  {
    id: 'hostNamespaces',
    level: 'baseline',
    since: 0,
    run: (pod) => {
      const bad = (['hostNetwork', 'hostPID', 'hostIPC'] as const).filter((k) => spec(pod)[k] === true);
      return bad.length ? `${bad.join(', ')}=true` : undefined;
    },
  },
  {
    id: 'privileged',
    level: 'baseline',
    since: 0,
    run: (pod) => {
      const bad = containers(pod).filter((c) => sc(c).privileged === true);
      return bad.length ? `privileged containers ${names(bad)}` : undefined;
    },
  },
  {
    id: 'capabilities_baseline',
    level: 'baseline',
    since: 0,
    run: (pod) => {
      const bad = containers(pod).filter((c) => (sc(c).capabilities?.add ?? []).some((x: string) => !CAPABILITIES_BASELINE.has(x)));
      return bad.length ? `non-default capabilities in ${names(bad)}: ${[...new Set(bad.flatMap((c) => sc(c).capabilities.add.filter((x: string) => !CAPABILITIES_BASELINE.has(x))))].join(', ')}` : undefined;
    },
  },
  {
    id: 'hostPathVolumes',
    level: 'baseline',
    since: 0,
    run: (pod) => {
      const bad = (spec(pod).volumes ?? []).filter((v: Obj) => v.hostPath !== undefined && v.hostPath !== null);
      return bad.length ? `hostPath volumes ${names(bad)}` : undefined;
    },
  },
  {
    id: 'hostPorts',
    level: 'baseline',
    since: 0,
    run: (pod) => {
      const bad = containers(pod).filter((c) => (c.ports ?? []).some((p: Obj) => (p.hostPort ?? 0) !== 0));
      return bad.length ? `host ports in ${names(bad)}` : undefined;
    },
  },
  {
    id: 'appArmorProfile',
    level: 'baseline',
    since: 0,
    run: (pod) => {
      const allowedType = (t: unknown): boolean => t === 'RuntimeDefault' || t === 'Localhost';
      const bad: string[] = [];
      const profile = podSc(pod).appArmorProfile;
      if (profile && !allowedType(profile.type)) bad.push('pod');
      for (const c of containers(pod)) if (sc(c).appArmorProfile && !allowedType(sc(c).appArmorProfile.type)) bad.push(`container "${c.name}"`);
      for (const [k, v] of Object.entries<string>(pod.metadata?.annotations ?? {})) {
        if (k.startsWith('container.apparmor.security.beta.kubernetes.io/') && !(v === '' || v === 'runtime/default' || v.startsWith('localhost/'))) bad.push(`annotation ${k}=${v}`);
      }
      return bad.length ? `forbidden AppArmor profile: ${bad.join(', ')}` : undefined;
    },
  },
  {
    id: 'seLinuxOptions',
    level: 'baseline',
    since: 0,
    run: (pod, minor) => {
      const types = selinuxTypes(minor);
      const bad = (o: Obj | undefined): boolean => o !== undefined && o !== null && (!types.has(o.type ?? '') || !!o.user || !!o.role);
      const setters = [...(bad(podSc(pod).seLinuxOptions) ? ['pod'] : []), ...containers(pod).filter((c) => bad(sc(c).seLinuxOptions)).map((c) => `container "${c.name}"`)];
      return setters.length ? `forbidden seLinuxOptions: ${setters.join(', ')}` : undefined;
    },
  },
  {
    id: 'procMount',
    level: 'baseline',
    since: 0,
    run: (pod, minor) => {
      // 1.35: a pod in a user namespace may unmask /proc under baseline.
      if (minor >= 35 && userNamespace(pod)) return undefined;
      const bad = containers(pod).filter(procMountBad);
      return bad.length ? `procMount in ${names(bad)}` : undefined;
    },
  },
  {
    id: 'seccompProfile_baseline',
    level: 'baseline',
    since: 19,
    run: (pod) => {
      const bad = [...(podSc(pod).seccompProfile?.type === 'Unconfined' ? ['pod'] : []),
        ...containers(pod).filter((c) => sc(c).seccompProfile?.type === 'Unconfined').map((c) => `container "${c.name}"`)];
      return bad.length ? `seccompProfile Unconfined: ${bad.join(', ')}` : undefined;
    },
  },
  {
    id: 'sysctls',
    level: 'baseline',
    since: 0,
    run: (pod, minor) => {
      const allowed = new Set(SYSCTLS.filter(([since]) => since <= minor).flatMap(([, list]) => list));
      const bad = (podSc(pod).sysctls ?? []).map((s: Obj) => s.name).filter((n: string) => !allowed.has(n));
      return bad.length ? `forbidden sysctls ${bad.join(', ')}` : undefined;
    },
  },
  {
    id: 'windowsHostProcess',
    level: 'baseline',
    since: 0,
    run: (pod) => {
      const bad = [...(podSc(pod).windowsOptions?.hostProcess === true ? ['pod'] : []),
        ...containers(pod).filter((c) => sc(c).windowsOptions?.hostProcess === true).map((c) => `container "${c.name}"`)];
      return bad.length ? `hostProcess: ${bad.join(', ')}` : undefined;
    },
  },
  {
    id: 'hostProbesAndHostLifecycle',
    level: 'baseline',
    since: 34,
    run: (pod) => {
      const hosts = (h: Obj | undefined): string[] => (h ? [h.httpGet?.host, h.tcpSocket?.host].filter((x) => typeof x === 'string' && x !== '') : []);
      const handlers = (c: Obj): Array<Obj | undefined> =>
        [c.livenessProbe, c.readinessProbe, c.startupProbe, c.lifecycle?.postStart, c.lifecycle?.preStop];
      const bad = containers(pod).filter((c) => handlers(c).some((h) => hosts(h).length > 0));
      return bad.length ? `probe or lifecycle host in ${names(bad)}` : undefined;
    },
  },
  {
    id: 'restrictedVolumes',
    level: 'restricted',
    since: 0,
    overrides: ['hostPathVolumes'],
    run: (pod, _minor, apiServerMinor) => {
      const allowed = new Set([...RESTRICTED_VOLUMES, ...(apiServerMinor >= 33 ? ['image'] : [])]);
      const bad = (spec(pod).volumes ?? []).filter((v: Obj) => {
        const sources = Object.keys(v).filter((k) => k !== 'name' && v[k] !== undefined && v[k] !== null);
        // A volume with no source is defaulted to emptyDir by the API server.
        return sources.some((k) => !allowed.has(k));
      });
      return bad.length ? `restricted volume types ${names(bad)}` : undefined;
    },
  },
  {
    id: 'allowPrivilegeEscalation',
    level: 'restricted',
    since: 8,
    run: (pod) => {
      if (isWindows(pod)) return undefined;
      const bad = containers(pod).filter((c) => sc(c).allowPrivilegeEscalation !== false);
      return bad.length ? `containers ${names(bad)} must set securityContext.allowPrivilegeEscalation=false` : undefined;
    },
  },
  {
    id: 'runAsNonRoot',
    level: 'restricted',
    since: 0,
    run: (pod, minor) => {
      if (minor >= 35 && userNamespace(pod)) return undefined;
      const podValue = podSc(pod).runAsNonRoot;
      const explicitlyBad = containers(pod).filter((c) => sc(c).runAsNonRoot === false);
      if (podValue === false || explicitlyBad.length) return `runAsNonRoot=false set by ${[...(podValue === false ? ['pod'] : []), ...explicitlyBad.map((c) => `container "${c.name}"`)].join(', ')}`;
      const implicit = containers(pod).filter((c) => sc(c).runAsNonRoot === undefined || sc(c).runAsNonRoot === null).filter(() => podValue !== true);
      return implicit.length ? `pod or containers ${names(implicit)} must set securityContext.runAsNonRoot=true` : undefined;
    },
  },
  {
    id: 'runAsUser',
    level: 'restricted',
    since: 23,
    run: (pod, minor) => {
      if (minor >= 35 && userNamespace(pod)) return undefined;
      const bad = [...(podSc(pod).runAsUser === 0 ? ['pod'] : []), ...containers(pod).filter((c) => sc(c).runAsUser === 0).map((c) => `container "${c.name}"`)];
      return bad.length ? `runAsUser=0 set by ${bad.join(', ')}` : undefined;
    },
  },
  {
    id: 'seccompProfile_restricted',
    level: 'restricted',
    since: 19,
    overrides: ['seccompProfile_baseline'],
    run: (pod) => {
      if (isWindows(pod)) return undefined;
      const podType = podSc(pod).seccompProfile?.type;
      const podBad = podSc(pod).seccompProfile !== undefined && podSc(pod).seccompProfile !== null && !validSeccomp(podType);
      const explicitlyBad = containers(pod).filter((c) => sc(c).seccompProfile && !validSeccomp(sc(c).seccompProfile.type));
      if (podBad || explicitlyBad.length) return `seccompProfile.type must not be ${[podBad ? 'set by the pod' : '', ...explicitlyBad.map((c) => `set by "${c.name}"`)].filter(Boolean).join(', ')}`;
      const podSet = validSeccomp(podType);
      const implicit = containers(pod).filter((c) => !sc(c).seccompProfile && !podSet);
      return implicit.length ? `pod or containers ${names(implicit)} must set securityContext.seccompProfile.type to RuntimeDefault or Localhost` : undefined;
    },
  },
  {
    id: 'capabilities_restricted',
    level: 'restricted',
    since: 22,
    overrides: ['capabilities_baseline'],
    run: (pod) => {
      if (isWindows(pod)) return undefined;
      const missingDrop = containers(pod).filter((c) => !(sc(c).capabilities?.drop ?? []).includes('ALL'));
      const adding = containers(pod).filter((c) => (sc(c).capabilities?.add ?? []).some((x: string) => x !== 'NET_BIND_SERVICE'));
      const parts = [
        ...(missingDrop.length ? [`containers ${names(missingDrop)} must set securityContext.capabilities.drop=["ALL"]`] : []),
        ...(adding.length ? [`containers ${names(adding)} must not add ${[...new Set(adding.flatMap((c) => sc(c).capabilities.add.filter((x: string) => x !== 'NET_BIND_SERVICE')))].join(', ')}`] : []),
      ];
      return parts.length ? parts.join('; ') : undefined;
    },
  },
  {
    id: 'procMount_restricted',
    level: 'restricted',
    since: 35,
    overrides: ['procMount'],
    run: (pod) => {
      const bad = containers(pod).filter(procMountBad);
      return bad.length ? `procMount in ${names(bad)}` : undefined;
    },
  },
];

/**
 * The checks a pod fails at `level` and policy version 1.`minor`, on an API server of
 * 1.`apiServerMinor` (defaults to the policy version). Empty: admitted.
 */
export function evaluatePodSecurity(pod: Obj, level: PssLevel, minor: number, apiServerMinor: number = minor): PssViolation[] {
  if (minor < OLDEST_POLICY_MINOR || minor > NEWEST_POLICY_MINOR) throw new Error(`Pod Security v1.${minor} is outside the modelled 1.${OLDEST_POLICY_MINOR}..1.${NEWEST_POLICY_MINOR}`);
  if (level === 'privileged') return [];
  const active = CHECKS.filter((c) => c.since <= minor && (c.level === 'baseline' || level === 'restricted'));
  const overridden = new Set(level === 'restricted' ? active.flatMap((c) => c.overrides ?? []) : []);
  const out: PssViolation[] = [];
  for (const check of active) {
    if (overridden.has(check.id)) continue;
    const detail = check.run(pod, minor, apiServerMinor);
    if (detail !== undefined) out.push({ check: check.id, detail });
  }
  return out;
}

/** Every check id the model implements (for coverage against upstream fixture names). */
export const CHECK_IDS: readonly string[] = CHECKS.map((c) => c.id);
