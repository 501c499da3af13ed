// The Kubernetes version an audit targets, and the Pod Security Standards version that applies to
// one pod. Written from the upstream admission code (kubernetes/kubernetes
// staging/src/k8s.io/pod-security-admission: api/helpers.go PolicyToEvaluate and
// policy/registry.go EvaluatePod), independently of the cluster model in test/cluster-model:
//  - a Namespace label `pod-security.kubernetes.io/enforce-version` pins the policy version for the
//    pods in it; `latest`, or no label, means the API server's own version;
//  - a pinned version newer than the API server is evaluated at the API server's version (the
//    registry clamps to the newest version it knows).
// Which check changed at which version is written beside each rule (KW-POD-006, 007, 017, 018, 020,
// 022, 027, 028) with its upstream source.
import { CATALOG_DEFAULTS } from '../catalog-data';
import type { KubeObject } from './object';
import type { RuleContext } from '../rule';

/** The Namespace label that pins the Pod Security Standards version. */
export const ENFORCE_VERSION_LABEL = 'pod-security.kubernetes.io/enforce-version';

/**
 * Oldest Kubernetes minor the engine accepts as a target: 1.25, where Pod Security Admission went
 * GA. Older clusters have no built-in Pod Security admission to follow.
 */
export const OLDEST_TARGET_MINOR = 25;

/**
 * Newest Kubernetes minor whose Pod Security Standards and API removals the rules know (upstream's
 * newest policy version: release-1.37 registers the 1.37 sysctls). A newer target is refused rather
 * than assumed unchanged.
 */
export const NEWEST_TARGET_MINOR = 37;

const MINOR = /^v?1\.(\d+)$/;

/** The minor of `1.34` or `v1.34`, or undefined when the text is not a Kubernetes 1.x minor. */
export function parseMinor(text: string): number | undefined {
  const m = MINOR.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * Why a target version is refused, or undefined when `1.<minor>` is one the engine knows. The text
 * names the accepted range, for error messages.
 */
export function targetVersionProblem(text: string): string | undefined {
  const minor = parseMinor(text);
  if (minor === undefined) return `"${text}" is not a Kubernetes minor version such as "1.34"`;
  if (minor < OLDEST_TARGET_MINOR || minor > NEWEST_TARGET_MINOR) {
    return `Kubernetes ${text} is outside what kubeward knows (1.${OLDEST_TARGET_MINOR} to 1.${NEWEST_TARGET_MINOR})`;
  }
  return undefined;
}

/**
 * The policy version a Namespace label value asks for on an API server of `1.<target>`: `latest`
 * (or no label) is the target; `v1.N` is N, but never newer than the target. A value that is not
 * a version falls back to the target, as for `latest`.
 */
export function enforceMinor(label: string | undefined, target: number): number {
  if (label === undefined) return target;
  const value = label.trim();
  if (value === 'latest') return target;
  const m = /^v1\.(\d+)$/.exec(value);
  return m ? Math.min(Number(m[1]), target) : target;
}

/**
 * The Pod Security Standards minor that applies to a workload: the one its Namespace (an object of
 * the same manifest set) pins, else the audit's target version.
 */
export function podSecurityMinor(obj: KubeObject, ctx: RuleContext): number {
  const target = ctx.options.kubernetesMinor;
  const ns = obj.effectiveNamespace;
  if (ns === undefined) return target;
  const pins = ctx.set.memo('pss:enforce-version', () => {
    const byName = new Map<string, string>();
    for (const n of ctx.set.ofKind('Namespace')) {
      const value = n.labels[ENFORCE_VERSION_LABEL];
      if (value !== undefined) byName.set(n.name, value);
    }
    return byName;
  });
  return enforceMinor(pins.get(ns), target);
}

// Where the Pod Security Standards changed, by policy version. Read from kubernetes/kubernetes
// staging/src/k8s.io/pod-security-admission/policy/check_*.go (each check's Versions list of
// MinimumVersion revisions), newest revisions of release-1.37.

/**
 * From this minor, runAsNonRoot (check_runAsNonRoot.go), runAsUser (check_runAsUser.go) and the
 * baseline procMount check (check_procMount_baseline.go) skip pods with `hostUsers: false`; the
 * restricted level keeps procMount Default through the new procMount_restricted check
 * (check_procMount_restricted.go, MinimumVersion 1.35, overriding procMount). Before 1.35 the
 * relaxation existed only behind the alpha UserNamespacesPodSecurityStandards feature gate (off by
 * default; removed in 1.35), so a default API server did not relax.
 */
export const USER_NAMESPACE_RELAXED_FROM = 35;

/** From this minor, probe and lifecycle handlers may not name a host (check_hostProbesAndhostLifecycle.go). */
export const HOST_PROBES_CHECKED_FROM = 34;

/** From this minor, the SELinux type container_engine_t is allowed (check_seLinuxOptions.go, revision 1.31). */
export const SELINUX_ENGINE_TYPE_FROM = 31;

/**
 * From this API server minor, `image` volumes pass the restricted volume check
 * (check_restrictedVolumes.go: added to the 1.0 revision, so it follows the API server, not the
 * pinned policy version).
 */
export const IMAGE_VOLUMES_FROM = 33;

/**
 * The safe sysctls (check_sysctls.go), by the policy minor that added them: the 1.0 set, then 1.27,
 * 1.29, 1.32 and 1.37.
 */
export const SAFE_SYSCTLS_SINCE: ReadonlyArray<readonly [number, readonly string[]]> = [
  [0, ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.ip_unprivileged_port_start', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range']],
  [27, ['net.ipv4.ip_local_reserved_ports']],
  [29, ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes']],
  [32, ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem']],
  [37, ['net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat']],
];

/** The minor from which a sysctl is safe, or undefined when it never is. */
export function sysctlSafeFrom(name: string): number | undefined {
  return SAFE_SYSCTLS_SINCE.find(([, names]) => names.includes(name))?.[0];
}

/** Whether the pod runs in its own user namespace (`spec.hostUsers: false`). */
export function inUserNamespace(podSpec: Record<string, any>): boolean {
  return podSpec.hostUsers === false;
}

/**
 * The Pod Security Standards version kubeward's constructs pin in `enforce-version`: the version
 * the engine checks them against by default (its default kubernetesVersion, the newest TKE minor).
 * The construct tests audit what the constructs emit at that version, so the pin is the version
 * they were shown to pass.
 */
export const CHECKED_PSS_VERSION = `v${CATALOG_DEFAULTS.kubernetesVersion}`;
