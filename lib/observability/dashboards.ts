// Grafana dashboards as code, built with Grafana's own TypeScript SDK
// (@grafana/grafana-foundation-sdk): one per tenant namespace (quota use, restarts and OOM kills,
// saturation: CPU throttling and memory near the limit; and, for each meshed workload, request
// rate, errors and latency from Istio's standard metrics) and one for the platform. The Tencent
// Cloud provider cannot create dashboards, so the platform writes them as files
// (`dist/dashboards/*.json`, for the managed Grafana's import) and as ConfigMaps for a self-hosted
// Grafana's dashboard sidecar.
//
// Facts: the Grafana Helm chart's dashboard sidecar (off until sidecar.dashboards.enabled) loads
// the ConfigMaps and Secrets that carry the label `grafana_dashboard` (grafana/helm-charts
// charts/grafana/values.yaml, sidecar.dashboards.label). Its labelValue defaults to "", and then
// the chart's templates/_pod.tpl sets no LABEL_VALUE, which kiwigrid/k8s-sidecar (README) reads as
// "any value"; the value "1" kubeward writes also matches a sidecar set to labelValue "1", the
// common setting. It writes each data key as a file, and the chart's file provider loads the
// `.json` ones. It searches Grafana's own namespace unless sidecar.dashboards.searchNamespace
// names others (or ALL). test/observability/dashboards.test.ts checks the ConfigMaps against these
// defaults. Metric names
// and sources: test/observability/known-metrics.json (every query here is parsed by
// test/observability/promql.test.ts).
import * as fs from 'fs';
import * as path from 'path';
import { DashboardBuilder, DatasourceVariableBuilder, RowBuilder } from '@grafana/grafana-foundation-sdk/dashboard';
import { DataqueryBuilder } from '@grafana/grafana-foundation-sdk/prometheus';
import { PanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import { IConstruct } from 'constructs';
import { stringify } from 'yaml';

/** A workload shown on its tenant's dashboard. */
export interface DashboardWorkload {
  /** Workload name (Istio's destination_workload). */
  readonly name: string;
  /** Whether its pods are in the mesh (only then do Istio's metrics exist for it). */
  readonly meshed: boolean;
}

/** The Grafana Helm chart's dashboard sidecar label and value (grafana/helm-charts charts/grafana/values.yaml). @internal */
export const GRAFANA_DASHBOARD_LABEL = { grafana_dashboard: '1' } as const;

// Every panel reads the data source chosen in the dashboard's variable, so the same JSON imports
// into the managed Grafana (bound to TMP) or a self-hosted one.
const DS = { type: 'prometheus', uid: '${datasource}' };

function panel(title: string, unit: string, queries: Array<[string, string]>): PanelBuilder {
  const p = new PanelBuilder().title(title).unit(unit).datasource(DS).height(8).span(12);
  for (const [expr, legend] of queries) p.withTarget(new DataqueryBuilder().expr(expr).legendFormat(legend));
  return p;
}

function base(uid: string, title: string, tags: string[]): DashboardBuilder {
  return new DashboardBuilder(title)
    .uid(uid)
    .tags(['kubeward', ...tags])
    .refresh('1m')
    .time({ from: 'now-6h', to: 'now' })
    .withVariable(new DatasourceVariableBuilder('datasource').label('Data source').type('prometheus'));
}

/** Grafana dashboard uids are at most 40 characters. */
function uidOf(stem: string): string {
  return `kw-${stem}`.slice(0, 40).replace(/-+$/, '');
}

/** The dashboard of one tenant namespace, as Grafana dashboard JSON. @internal */
export function tenantDashboard(namespace: string, workloads: readonly DashboardWorkload[]): Record<string, unknown> {
  const ns = `namespace="${namespace}"`;
  const c = `${ns}, container!=""`;
  const d = base(uidOf(`tenant-${namespace}`), `Tenant ${namespace}`, ['tenant', namespace])
    .withRow(new RowBuilder('Quota and stability'))
    .withPanel(panel('Quota use', 'percentunit', [[`kube_resourcequota{${ns}, type="used"} / ignoring(type) (kube_resourcequota{${ns}, type="hard"} > 0)`, '{{resource}}']]))
    .withPanel(panel('Container restarts (1h)', 'short', [[`sum by (pod, container) (increase(kube_pod_container_status_restarts_total{${ns}}[1h]))`, '{{pod}}/{{container}}']]))
    .withPanel(panel('Last terminated: OOMKilled', 'short', [[`max by (pod, container) (kube_pod_container_status_last_terminated_reason{${ns}, reason="OOMKilled"})`, '{{pod}}/{{container}}']]))
    .withRow(new RowBuilder('Saturation'))
    .withPanel(panel('CPU throttling (share of CFS periods throttled)', 'percentunit', [[
      `sum by (pod, container) (rate(container_cpu_cfs_throttled_periods_total{${c}}[5m])) / sum by (pod, container) (rate(container_cpu_cfs_periods_total{${c}}[5m]))`,
      '{{pod}}/{{container}}',
    ]]))
    .withPanel(panel('Memory working set / limit', 'percentunit', [[
      `max by (pod, container) (container_memory_working_set_bytes{${c}}) / max by (pod, container) (kube_pod_container_resource_limits{${ns}, resource="memory"} > 0)`,
      '{{pod}}/{{container}}',
    ]]))
    .withPanel(panel('CPU use (cores)', 'short', [[`sum by (pod) (rate(container_cpu_usage_seconds_total{${c}}[5m]))`, '{{pod}}']]));
  const meshed = workloads.filter((w) => w.meshed);
  if (meshed.length > 0) d.withRow(new RowBuilder('Mesh traffic (Istio standard metrics, server side)'));
  for (const w of meshed) {
    const sel = `reporter="destination", destination_workload_namespace="${namespace}", destination_workload="${w.name}"`;
    const q = (p: number) => [`histogram_quantile(${p}, sum by (le) (rate(istio_request_duration_milliseconds_bucket{${sel}}[5m])))`, `p${Math.round(p * 100)}`] as [string, string];
    d.withPanel(panel(`${w.name}: requests by response code`, 'reqps', [[`sum by (response_code) (rate(istio_requests_total{${sel}}[5m]))`, '{{response_code}}']]))
      .withPanel(panel(`${w.name}: 5xx ratio`, 'percentunit', [[`sum(rate(istio_requests_total{${sel}, response_code=~"5.."}[5m])) / sum(rate(istio_requests_total{${sel}}[5m]))`, '5xx']]))
      .withPanel(panel(`${w.name}: latency`, 'ms', [q(0.5), q(0.95), q(0.99)]));
  }
  return d.build() as unknown as Record<string, unknown>;
}

/** The platform dashboard: nodes, the API server, and every tenant side by side. @internal */
export function platformDashboard(): Record<string, unknown> {
  return base(uidOf('platform'), 'Platform', ['platform'])
    .withRow(new RowBuilder('Nodes and control plane'))
    .withPanel(panel('Ready nodes', 'short', [['sum(kube_node_status_condition{condition="Ready", status="true"})', 'ready']]))
    .withPanel(panel('Node pressure conditions', 'short', [['sum by (condition) (kube_node_status_condition{condition=~"MemoryPressure|DiskPressure|PIDPressure", status="true"})', '{{condition}}']]))
    .withPanel(panel('API server 5xx ratio', 'percentunit', [['sum(rate(apiserver_request_total{code=~"5.."}[5m])) / sum(rate(apiserver_request_total[5m]))', '5xx']]))
    .withRow(new RowBuilder('Tenants'))
    .withPanel(panel('Highest quota use per namespace', 'percentunit', [['max by (namespace) (kube_resourcequota{type="used"} / ignoring(type) (kube_resourcequota{type="hard"} > 0))', '{{namespace}}']]))
    .withPanel(panel('Restarts per namespace (1h)', 'short', [['sum by (namespace) (increase(kube_pod_container_status_restarts_total[1h]))', '{{namespace}}']]))
    .withPanel(panel('CPU use per namespace (cores)', 'short', [['sum by (namespace) (rate(container_cpu_usage_seconds_total{container!=""}[5m]))', '{{namespace}}']]))
    .withPanel(panel('Pods not running per namespace', 'short', [['sum by (namespace) (kube_pod_status_phase{phase=~"Pending|Unknown|Failed"})', '{{namespace}}']]))
    .build() as unknown as Record<string, unknown>;
}

/** Finds the tenants and workloads of a construct tree, by the fields they expose (no import of their classes). */
function inventory(root: IConstruct): Map<string, DashboardWorkload[]> {
  const byNamespace = new Map<string, DashboardWorkload[]>();
  for (const c of root.node.findAll()) {
    const x = c as unknown as Record<string, unknown>;
    // A tenant (ITenant): its namespace name and namespace labels.
    if (typeof x.namespaceName === 'string' && typeof x.namespaceLabels === 'object' && !byNamespace.has(x.namespaceName)) byNamespace.set(x.namespaceName, []);
    // A hardened workload (its peerKey is `workload:<namespace>/<name>`).
    let key: unknown;
    try {
      key = x.peerKey;
    } catch {
      key = undefined;
    }
    if (typeof key === 'string' && key.startsWith('workload:') && typeof x.namespace === 'string' && typeof x.name === 'string') {
      const list = byNamespace.get(x.namespace) ?? [];
      list.push({ name: x.name, meshed: x.meshEnabled === true });
      byNamespace.set(x.namespace, list);
    }
  }
  return byNamespace;
}

/** What writeDashboards wrote. */
export interface WrittenDashboards {
  /** The dashboard JSON files, sorted. */
  readonly files: string[];
  /** The multi-document YAML of ConfigMaps for a self-hosted Grafana's dashboard sidecar. */
  readonly configMaps: string;
}

/**
 * Writes the dashboards of every tenant in a cdk8s app (and the platform's) to
 * `<outdir>/dashboards/<namespace>.json` and `platform.json`, and, for a self-hosted Grafana, the
 * same dashboards as ConfigMaps labelled `grafana_dashboard: "1"` in
 * `<outdir>/dashboards/grafana-dashboards.yaml` (apply it to Grafana's namespace). Call it after
 * the tenants and workloads are defined.
 * @param root the app (or any scope holding the tenants)
 * @param outdir the output directory of the app
 * @param grafanaNamespace the namespace of the self-hosted Grafana, for the ConfigMaps
 */
export function writeDashboards(root: IConstruct, outdir: string, grafanaNamespace: string = 'monitoring'): WrittenDashboards {
  const dir = path.join(outdir, 'dashboards');
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.json')) fs.rmSync(path.join(dir, f));
  const dashboards: Array<[string, Record<string, unknown>]> = [['platform', platformDashboard()]];
  for (const [ns, workloads] of [...inventory(root)].sort(([a], [b]) => a.localeCompare(b))) {
    dashboards.push([ns, tenantDashboard(ns, [...workloads].sort((a, b) => a.name.localeCompare(b.name)))]);
  }
  const files: string[] = [];
  const maps: string[] = [];
  for (const [stem, json] of dashboards) {
    const text = `${JSON.stringify(json, null, 2)}\n`;
    const file = path.join(dir, `${stem}.json`);
    fs.writeFileSync(file, text);
    files.push(file);
    maps.push(stringify({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `kubeward-dashboard-${stem}`.slice(0, 63).replace(/-+$/, ''), namespace: grafanaNamespace, labels: { ...GRAFANA_DASHBOARD_LABEL, 'app.kubernetes.io/managed-by': 'kubeward' } },
      data: { [`${stem}.json`]: text },
    }));
  }
  const configMaps = maps.join('---\n');
  fs.writeFileSync(path.join(dir, 'grafana-dashboards.yaml'), configMaps);
  return { files: files.sort(), configMaps };
}
