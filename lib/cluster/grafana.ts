// A Tencent Managed Grafana instance for the cluster, bound to its managed Prometheus (TMP), so
// the dashboards kubeward writes (lib/observability/dashboards.ts: one per tenant and one for the
// platform, in dist/dashboards) have a Grafana with the cluster's metrics as data source to be
// imported into. The Tencent Cloud provider creates the instance and the binding
// (`tencentcloud:Monitor/grafanaInstance:GrafanaInstance`,
// `tencentcloud:Monitor/tmpManageGrafanaAttachment:TmpManageGrafanaAttachment`); it cannot create
// dashboards, which is why they ship as files.
//
// Provider facts (providers/tencentcloud/provider-subset.json): the instance takes instanceName
// (required), vpcId, subnetIds, enableInternet, grafanaInitPassword and tags, and outputs
// instanceId, internalUrl and rootUrl; the attachment takes grafanaId and instanceId (the TMP
// instance), both ForceNew.
//
// Not used: `Monitor/grafanaIntegration` adds Tencent Cloud service integrations (Cloud Monitor
// data sources) configured by a JSON `content` the provider does not keep secret; the TMP data
// source comes from the attachment, so kubeward needs no integration and writes no credential.
import * as pulumi from '@pulumi/pulumi';
import type { AddChild } from './security-alarms';
import { isRecord, show } from '../core/checks';
import { KubewardError } from '../core/errors';
import { ObjectShape, VALUE, checkShape, optOutOr, shapeOf } from '../core/props-shape';
import * as tc from '../tencentcloud';

/** The cluster's managed Grafana. */
export interface GrafanaProps {
  /**
   * Set to true (or omit) to keep Grafana; `{ enabled: false, reason }` turns it off.
   * @default true - on: without it the TMP metrics have no dashboards and the anomaly and
   * saturation signals are only alerts
   */
  readonly enabled?: true;
  /**
   * Name of the Grafana instance.
   * @default - `<clusterName>-grafana`
   */
  readonly instanceName?: string;
  /**
   * The initial admin password, as a Pulumi secret.
   * @default - none: sign in through the Tencent Cloud console (CAM), so no shared admin password
   * exists to leak
   */
  readonly adminPassword?: pulumi.Input<string>;
}

/** Turns the managed Grafana off, with the reason (e.g. "self-hosted Grafana reads the TMP API"). */
export interface GrafanaOptOut {
  /** Turns Grafana off. */
  readonly enabled: false;
  /** Why this cluster goes without it (at least 10 characters, one line). */
  readonly reason: string;
}

/** The declared shape of `grafana` (see lib/core/props-shape.ts). @internal */
export const GRAFANA_SHAPE: ObjectShape = shapeOf<GrafanaProps>('GrafanaProps', { enabled: VALUE, instanceName: VALUE, adminPassword: VALUE });

/** `grafana` with every default applied; undefined when turned off. @internal */
export interface ResolvedGrafana {
  /** Instance name. */
  readonly instanceName: string;
  /** The initial admin password, when given. */
  readonly adminPassword?: pulumi.Input<string>;
}

/**
 * Validates `grafana` of MultiZoneClusterProps. @internal
 * @param path construct path (the component name) for errors
 * @param clusterName the cluster's name, stem of the instance name
 * @param value the prop as given
 */
export function resolveGrafana(path: string, clusterName: string, value: unknown): ResolvedGrafana | undefined {
  if (value === undefined) return { instanceName: `${clusterName}-grafana` };
  if (!isRecord(value)) {
    throw new KubewardError(path, 'grafana', `${show(value)} is not an object`, 'omit grafana to keep the managed Grafana, pass { instanceName }, or turn it off with { enabled: false, reason: "why" }');
  }
  checkShape(path, 'grafana', value, optOutOr(GRAFANA_SHAPE));
  const o = value;
  if (o.enabled === false) {
    const reason = o.reason;
    if (typeof reason !== 'string' || reason.trim().length < 10 || /[\r\n]/.test(reason)) {
      throw new KubewardError(path, 'grafana.reason', `${JSON.stringify(reason)} is not a one-line reason of at least 10 characters`, 'say why the cluster goes without a managed Grafana, e.g. "dashboards live in the central Grafana of team obs"');
    }
    return undefined;
  }
  if (o.enabled !== undefined && o.enabled !== true) {
    throw new KubewardError(path, 'grafana.enabled', `${JSON.stringify(o.enabled)} is not true`, 'omit enabled, or turn Grafana off with { enabled: false, reason: "why" }');
  }
  const instanceName = o.instanceName ?? `${clusterName}-grafana`;
  // The console's rule for instance names; a longer name fails only at apply time.
  if (typeof instanceName !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_-]{0,59}$/.test(instanceName)) {
    throw new KubewardError(path, 'grafana.instanceName', `${JSON.stringify(instanceName)} is not 1 to 60 letters, digits, "-" or "_"`, 'write e.g. "prod-grafana"');
  }
  // A password known now must be a non-empty string; an Output or a promise (a Pulumi secret, the
  // usual case) is only known at deployment and is passed on as it is.
  const password = o.adminPassword;
  if (password !== undefined && !pulumi.Output.isInstance(password) && !(password instanceof Promise) && (typeof password !== 'string' || password.length === 0)) {
    throw new KubewardError(path, 'grafana.adminPassword', `${typeof password === 'string' ? 'an empty string' : `a ${typeof password}`} is not a password`, 'pass a secret, e.g. config.requireSecret("grafanaPassword"), or omit it to sign in through the console');
  }
  return { instanceName, ...(o.adminPassword !== undefined ? { adminPassword: o.adminPassword as pulumi.Input<string> } : {}) };
}

/** What addGrafana needs of the cluster. @internal */
export interface GrafanaPlacement {
  /** VPC of the cluster. */
  readonly vpcId: pulumi.Input<string>;
  /** One subnet of the cluster (the TMP instance's). */
  readonly subnetId: pulumi.Input<string>;
  /** TMP instance id. */
  readonly prometheusInstanceId: pulumi.Input<string>;
  /** Tags of the cluster's resources. */
  readonly tags: Record<string, string>;
}

/**
 * Registers the Grafana instance, private to the cluster's VPC, and binds it to the TMP instance. @internal
 * @returns the instance
 */
export function addGrafana(add: AddChild, name: string, g: ResolvedGrafana, at: GrafanaPlacement): tc.monitor.GrafanaInstance {
  const grafana = add(tc.monitor.GrafanaInstance, `${name}-grafana`, {
    instanceName: g.instanceName,
    vpcId: at.vpcId,
    subnetIds: [at.subnetId],
    // Dashboards show workload names, error rates and capacity: reachable from the VPC (or a VPN)
    // only, like the API server.
    enableInternet: false,
    ...(g.adminPassword !== undefined ? { grafanaInitPassword: g.adminPassword } : {}),
    // Keep the instance recoverable from the recycle bin after a mistaken delete.
    isDestroy: false,
    tags: at.tags,
  });
  add(tc.monitor.TmpManageGrafanaAttachment, `${name}-grafana-prometheus`, { grafanaId: grafana.instanceId, instanceId: at.prometheusInstanceId });
  return grafana;
}
