import { CATALOG_DEFAULTS, CONTROLS } from './catalog-data';
import { KubewardError } from '../core/errors';
import { parseMinor, targetVersionProblem } from './model/kubernetes-version';
import { ControlInfo, Severity } from './types';

/**
 * Which controls an audit runs.
 * - `restricted`: every control of the catalog.
 * - `baseline`: the Pod Security Standards baseline subset (controls whose PSS reference is baseline).
 * - `cis`: the controls with a CIS Benchmark reference.
 */
export type Profile = 'restricted' | 'baseline' | 'cis';

/** Options of an audit. Every field is optional; defaults come from the catalog. */
export interface AuditOptions {
  /**
   * Which controls run.
   * @default 'restricted' - everything: kubeward's constructs are built to pass all of it.
   */
  readonly profile?: Profile;
  /**
   * Registries images may come from (KW-IMG-003): hosts, optionally with a path prefix, and
   * `*.` wildcards for subdomains.
   * @default ['ccr.ccs.tencentyun.com', '*.tencentcloudcr.com'] - Tencent's registries.
   */
  readonly trustedRegistries?: readonly string[];
  /**
   * Labels every workload and Namespace must carry (KW-AUD-002).
   * @default ['app.kubernetes.io/name', 'owner']
   */
  readonly ownershipLabels?: readonly string[];
  /**
   * Oldest acceptable Kubernetes `major.minor` for clusters (KW-CLU-004).
   * @default '1.30'
   */
  readonly minKubernetesVersion?: string;
  /**
   * The Kubernetes minor the manifests are for (`1.NN`, 1.25 to 1.37). Pod Security controls follow
   * the Pod Security Standards of this version, as Pod Security Admission of such an API server does
   * (a Namespace that pins `pod-security.kubernetes.io/enforce-version` decides for its pods, and
   * `latest` means this version); KW-AUD-003 flags the API versions this version no longer serves
   * or has deprecated.
   * @default '1.34' - the newest minor TKE offers (catalog config_defaults.kubernetes_version).
   */
  readonly kubernetesVersion?: string;
  /**
   * The Istio root namespace, whose selector-less policies cover the whole mesh.
   * @default 'istio-system'
   */
  readonly meshRootNamespace?: string;
  /**
   * Only report findings at or above this severity.
   * @default 'low' - report everything.
   */
  readonly minSeverity?: Severity;
  /**
   * Control ids not to run at all (they show as not evaluated in reports). Prefer suppressions
   * with reasons on the objects concerned; this is for whole-catalog policy decisions.
   * @default []
   */
  readonly skipControls?: readonly string[];
  /**
   * Most findings listed per control and object. Beyond it, one more finding of the same control
   * says how many were left out (they still count in the control's `failed`/`suppressed`), so a
   * Deployment with 100,000 containers yields a report of bounded size instead of a JSON report
   * too long for a JavaScript string.
   * @default 100 - a real pod has at most a few dozen containers, so nothing real is cut.
   */
  readonly maxFindingsPerObject?: number;
}

/** Options with every default applied. */
export interface ResolvedAuditOptions {
  /** Which controls run. */
  readonly profile: Profile;
  /** Registries images may come from (KW-IMG-003). */
  readonly trustedRegistries: readonly string[];
  /** Labels every workload and Namespace must carry (KW-AUD-002). */
  readonly ownershipLabels: readonly string[];
  /** Oldest acceptable cluster `major.minor` (KW-CLU-004). */
  readonly minKubernetesVersion: string;
  /** The Kubernetes minor the audit targets, as `1.NN`. */
  readonly kubernetesVersion: string;
  /** Its minor number (`34` for `1.34`). */
  readonly kubernetesMinor: number;
  /** The Istio root namespace. */
  readonly meshRootNamespace: string;
  /** Namespaces that namespace-level controls skip (catalog convention). */
  readonly systemNamespaces: readonly string[];
  /** Findings below this severity are not reported. */
  readonly minSeverity: Severity;
  /** Control ids that do not run. */
  readonly skipControls: readonly string[];
  /** Most findings listed per control and object. */
  readonly maxFindingsPerObject: number;
}

/** Default of `maxFindingsPerObject`. @internal */
export const DEFAULT_MAX_FINDINGS_PER_OBJECT = 100;

/** Applies the catalog defaults. @internal */
export function resolveOptions(options: AuditOptions = {}): ResolvedAuditOptions {
  const kubernetesVersion = (options.kubernetesVersion ?? CATALOG_DEFAULTS.kubernetesVersion).trim().replace(/^v/, '');
  const problem = targetVersionProblem(kubernetesVersion);
  if (problem) {
    throw new KubewardError('AuditOptions', 'kubernetesVersion', problem, `pass the minor your cluster runs, for example "${CATALOG_DEFAULTS.kubernetesVersion}"`);
  }
  return {
    kubernetesVersion,
    kubernetesMinor: parseMinor(kubernetesVersion) as number,
    profile: options.profile ?? 'restricted',
    trustedRegistries: options.trustedRegistries ?? CATALOG_DEFAULTS.allowedRegistries,
    ownershipLabels: options.ownershipLabels ?? CATALOG_DEFAULTS.ownershipLabels,
    minKubernetesVersion: options.minKubernetesVersion ?? CATALOG_DEFAULTS.minKubernetesVersion,
    meshRootNamespace: options.meshRootNamespace ?? CATALOG_DEFAULTS.meshRootNamespace,
    systemNamespaces: CATALOG_DEFAULTS.systemNamespaces,
    minSeverity: options.minSeverity ?? 'low',
    skipControls: options.skipControls ?? [],
    maxFindingsPerObject: options.maxFindingsPerObject ?? DEFAULT_MAX_FINDINGS_PER_OBJECT,
  };
}

/** Whether a control belongs to a profile. @internal */
export function inProfile(control: ControlInfo, profile: Profile): boolean {
  switch (profile) {
    case 'restricted':
      return true;
    case 'baseline':
      return control.references.pss?.level === 'baseline';
    case 'cis':
      return (control.references.cis?.length ?? 0) > 0;
  }
}

/** The controls of a profile, in catalog order. */
export function controlsOf(profile: Profile): readonly ControlInfo[] {
  return CONTROLS.filter((c) => inProfile(c, profile));
}
