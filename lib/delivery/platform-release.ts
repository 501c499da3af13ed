import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { ApiObject, App, Chart } from 'cdk8s';
import { IConstruct } from 'constructs';
import type { MultiZoneCluster } from '../cluster/multi-zone-cluster';
import { KubewardError } from '../core/errors';
import { VALUE, checkShape, shapeOf } from '../core/props-shape';
import { auditSets, failingFindings } from '../policy/engine';
import { toKubeObject } from '../policy/model/object';
import { AuditOptions } from '../policy/options';
import { Severity } from '../policy/types';

/** Arguments of a PlatformRelease. */
export interface PlatformReleaseArgs {
  /**
   * The cdk8s app whose charts to deploy (every ApiObject of every chart). Give `app` or `charts`.
   * @default - none; one of `app` and `charts` is required
   */
  readonly app?: App;
  /**
   * The charts to deploy, when only part of an app goes to this cluster.
   * @default - none; one of `app` and `charts` is required
   */
  readonly charts?: readonly Chart[];
  /**
   * The Kubernetes provider of the target cluster, e.g. `MultiZoneCluster.provider`.
   */
  readonly provider: k8s.Provider;
  /**
   * The cluster the app goes to, when it is a MultiZoneCluster of the same program. Its
   * `apiGroupInstallers` say what installs each custom API group (the mesh, the backup add-on, the
   * monitoring CRDs, the log agent); every object of such a group then waits for them, so one
   * `pulumi up` can create the cluster and the tenants. An object whose group the cluster does not
   * install, and a LogConfig shipping a namespace the cluster's own stdout LogConfig ships too
   * (not in its `tenantNamespaces`), are refused before anything is registered.
   * @default - none: objects wait for the foundation stage only, and the cluster must already serve their groups
   */
  readonly cluster?: MultiZoneCluster;
  /**
   * The release gate: refuse to register anything when an unsuppressed finding at or above this
   * severity exists. Suppressions with reasons (the `kubeward.dev/suppress` annotation) pass.
   * @default 'low' - kubeward's constructs pass every control, so anything new is a regression
   */
  readonly failOn?: Severity;
  /**
   * Options of the release gate's audit (trusted registries, profile, ...).
   * @default - the catalog defaults
   */
  readonly auditOptions?: AuditOptions;
}

// The declared shape of the args (lib/core/props-shape.ts): a new arg or audit option is added
// here too, and `tsc` insists.
const AUDIT_OPTIONS_SHAPE = shapeOf<AuditOptions>('AuditOptions', {
  profile: VALUE,
  trustedRegistries: VALUE,
  ownershipLabels: VALUE,
  minKubernetesVersion: VALUE,
  kubernetesVersion: VALUE,
  meshRootNamespace: VALUE,
  minSeverity: VALUE,
  skipControls: VALUE,
  maxFindingsPerObject: VALUE,
});
const ARGS_SHAPE = shapeOf<PlatformReleaseArgs>('PlatformReleaseArgs', { app: VALUE, charts: VALUE, provider: VALUE, cluster: VALUE, failOn: VALUE, auditOptions: AUDIT_OPTIONS_SHAPE });

/** API groups every Kubernetes API server serves without an installation. */
const BUILT_IN_GROUPS = new Set(['', 'apps', 'batch', 'autoscaling', 'policy', 'networking.k8s.io', 'rbac.authorization.k8s.io', 'admissionregistration.k8s.io',
  'apiextensions.k8s.io', 'storage.k8s.io', 'coordination.k8s.io', 'discovery.k8s.io', 'scheduling.k8s.io', 'node.k8s.io', 'certificates.k8s.io', 'events.k8s.io',
  'flowcontrol.apiserver.k8s.io']);

/** The API group of a manifest (`''` for the core group). */
function groupOf(o: Record<string, unknown>): string {
  const apiVersion = String(o.apiVersion ?? '');
  return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '';
}

/** Kinds that other objects need to exist first: their namespaces and their definitions. */
const FOUNDATION_KINDS = new Set(['Namespace', 'CustomResourceDefinition']);

/**
 * Deploys a cdk8s app onto a cluster with `@pulumi/kubernetes`, in-process, so `pulumi preview`,
 * CrossGuard and mock tests see every object as its own resource.
 *
 * Order: Namespaces and CustomResourceDefinitions first (stage `foundation`), then everything else,
 * which depends on every foundation resource. Objects are registered under stable logical names
 * (`<apiVersion>/<kind>::<namespace>/<name>`), so a re-run updates them in place instead of
 * replacing them. Before anything is registered, the whole app is validated (construct
 * validations, as `cdk8s synth` does) and audited against the catalog (`failOn`).
 */
export class PlatformRelease extends pulumi.ComponentResource {
  /** Objects registered in the foundation stage (Namespaces, CRDs). */
  public readonly foundation: k8s.yaml.ConfigGroup;
  /** Every other object, registered after the foundation. */
  public readonly workloads: k8s.yaml.ConfigGroup;
  /** How many objects the release deploys. */
  public readonly objectCount: number;

  constructor(name: string, args: PlatformReleaseArgs, opts?: pulumi.ComponentResourceOptions) {
    checkArgs(name, args);
    super('kubeward:delivery:PlatformRelease', name, {}, opts);
    const charts = chartsOf(name, args);
    const objects = synthesize(name, charts);
    gate(name, objects, args.failOn ?? 'low', args.auditOptions);
    const installers = args.cluster ? checkAgainstCluster(name, objects, args.cluster) : undefined;

    const first = objects.filter((o) => FOUNDATION_KINDS.has(String(o.kind)));
    const rest = objects.filter((o) => !FOUNDATION_KINDS.has(String(o.kind)));
    this.objectCount = objects.length;
    this.foundation = new k8s.yaml.ConfigGroup(`${name}-foundation`, { objs: first }, { parent: this, providers: [args.provider] });
    const foundationResources = this.foundation.resources.apply((r) => Object.values(r) as pulumi.Resource[]);
    // A ConfigGroup's children do not inherit its dependsOn; a transformation sets it on each one:
    // the foundation, and for a custom resource what installs its group on the cluster.
    const afterFoundation = (obj: Record<string, unknown>, o: pulumi.CustomResourceOptions): void => {
      const extra = installers?.get(groupOf(obj)) ?? [];
      o.dependsOn = extra.length > 0 ? foundationResources.apply((f) => [...f, ...extra]) : foundationResources;
    };
    this.workloads = new k8s.yaml.ConfigGroup(
      `${name}-workloads`,
      { objs: rest, transformations: [afterFoundation] },
      { parent: this, providers: [args.provider] },
    );
    this.registerOutputs({ objectCount: this.objectCount });
  }
}

/**
 * What each custom group of the app waits for on `cluster`; refuses groups the cluster does not
 * install and stdout the cluster would ship a second time.
 */
function checkAgainstCluster(
  name: string, objects: readonly Record<string, unknown>[], cluster: MultiZoneCluster,
): Map<string, readonly pulumi.Resource[]> {
  const out = new Map<string, readonly pulumi.Resource[]>();
  const missing = new Map<string, Set<string>>();
  for (const o of objects) {
    const group = groupOf(o);
    if (BUILT_IN_GROUPS.has(group) || FOUNDATION_KINDS.has(String(o.kind))) continue;
    const installed = cluster.apiGroupInstallers[group];
    if (installed && installed.length > 0) out.set(group, installed);
    else missing.set(group, (missing.get(group) ?? new Set()).add(String(o.kind)));
  }
  if (missing.size > 0) {
    const list = [...missing].map(([g, kinds]) => `${g} (${[...kinds].sort().join(', ')})`).join('; ');
    throw new KubewardError(name, 'cluster', `nothing on cluster ${cluster.plan.clusterName} installs ${list}, so those objects would fail to apply`,
      'let the MultiZoneCluster install them (addons.istio for the Istio groups, addons.tkeBackup for velero.io), or leave those objects out of this release');
  }
  // TKE's log agent ships a container's stdout once per LogConfig that selects it; the cluster's
  // own LogConfig takes every namespace but the system ones and its tenantNamespaces.
  const excluded = new Set(cluster.plan.tenantNamespaces);
  const twice: string[] = [];
  for (const o of objects) {
    if (groupOf(o) !== 'cls.cloud.tencent.com' || o.kind !== 'LogConfig') continue;
    const stdout = ((o.spec as Record<string, any> | undefined)?.inputDetail?.containerStdout ?? {}) as Record<string, unknown>;
    if (typeof stdout.namespace !== 'string') continue;
    for (const ns of stdout.namespace.split(',').map((x) => x.trim()).filter((x) => x.length > 0)) if (!excluded.has(ns)) twice.push(ns);
  }
  if (twice.length > 0) {
    throw new KubewardError(name, 'cluster', `the stdout of namespace(s) ${[...new Set(twice)].sort().join(', ')} would be shipped twice: by the app's LogConfig and by cluster ${cluster.plan.clusterName}'s`,
      'add them to the MultiZoneCluster\'s tenantNamespaces, so the cluster-wide LogConfig leaves them to their tenant');
  }
  return out;
}

/** Refuses missing args and unknown keys (a typo such as `chart` or `failon`) before anything is registered. */
function checkArgs(name: string, args: PlatformReleaseArgs): void {
  if (typeof args !== 'object' || args === null) throw new KubewardError(name, 'args', 'no args were given', 'pass { app, provider }');
  checkShape(name, '', args, ARGS_SHAPE);
}

function chartsOf(name: string, args: PlatformReleaseArgs): readonly Chart[] {
  if (args.app && args.charts) {
    throw new KubewardError(name, 'app', 'both `app` and `charts` are set', 'pass the whole app, or only the charts meant for this cluster');
  }
  if (args.charts) return args.charts;
  if (args.app) return args.app.charts;
  throw new KubewardError(name, 'app', 'nothing to deploy', 'pass `app` (a cdk8s App) or `charts`');
}

/**
 * Runs construct validations once over the charts' trees and renders their ApiObjects, each
 * object only in its closest chart, in construct order (deterministic).
 */
function synthesize(name: string, charts: readonly Chart[]): Record<string, unknown>[] {
  const errors: string[] = [];
  const objects: Record<string, unknown>[] = [];
  for (const chart of charts) {
    for (const c of chart.node.findAll() as IConstruct[]) {
      for (const e of c.node.validate()) errors.push(`[${c.node.path}] ${e}`);
      if (ApiObject.isApiObject(c) && Chart.of(c) === chart) objects.push(c.toJson());
    }
  }
  if (errors.length > 0) {
    throw new KubewardError(name, 'app', `construct validation failed:\n  ${errors.join('\n  ')}`, 'fix the constructs named above');
  }
  return objects;
}

function gate(name: string, objects: Record<string, unknown>[], failOn: Severity, options?: AuditOptions): void {
  const wrapped = objects.flatMap((o, i) => toKubeObject(o, { documentIndex: i }) ?? []);
  const report = auditSets([{ objects: wrapped }], options);
  const failing = failingFindings(report, failOn);
  const badSuppressions = report.errors.filter((e) => e.kind === 'suppression');
  if (failing.length === 0 && badSuppressions.length === 0) return;
  const lines = [
    ...failing.map((f) => `${f.controlId} ${f.object.kind} ${f.object.namespace ?? ''}/${f.object.name}: ${f.message}`),
    ...badSuppressions.map((e) => e.message),
  ];
  throw new KubewardError(
    name,
    'app',
    `the release gate found ${lines.length} problem(s) at or above "${failOn}":\n  ${lines.join('\n  ')}`,
    'fix the objects, or add a kubeward.dev/suppress annotation with a reason where the risk is accepted',
  );
}
