import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { ApiObject, App, Chart } from 'cdk8s';
import { IConstruct } from 'constructs';
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
const ARGS_SHAPE = shapeOf<PlatformReleaseArgs>('PlatformReleaseArgs', { app: VALUE, charts: VALUE, provider: VALUE, failOn: VALUE, auditOptions: AUDIT_OPTIONS_SHAPE });

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

    const first = objects.filter((o) => FOUNDATION_KINDS.has(String(o.kind)));
    const rest = objects.filter((o) => !FOUNDATION_KINDS.has(String(o.kind)));
    this.objectCount = objects.length;
    this.foundation = new k8s.yaml.ConfigGroup(`${name}-foundation`, { objs: first }, { parent: this, providers: [args.provider] });
    const foundationResources = this.foundation.resources.apply((r) => Object.values(r) as pulumi.Resource[]);
    // A ConfigGroup's children do not inherit its dependsOn; a transformation sets it on each one.
    const afterFoundation = (_obj: unknown, o: pulumi.CustomResourceOptions): void => {
      o.dependsOn = foundationResources;
    };
    this.workloads = new k8s.yaml.ConfigGroup(
      `${name}-workloads`,
      { objs: rest, transformations: [afterFoundation] },
      { parent: this, providers: [args.provider] },
    );
    this.registerOutputs({ objectCount: this.objectCount });
  }
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
