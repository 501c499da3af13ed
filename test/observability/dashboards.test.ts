// Dashboards built with Grafana's SDK: one per tenant (quota, restarts, OOM kills, saturation, and
// Istio request rate, errors and latency for meshed workloads only), one for the platform, written
// as JSON files and as ConfigMaps for the Grafana Helm chart's dashboard sidecar.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { writeDashboards } from '../../lib';
import { HardenedDeployment } from '../../lib/workloads';
import { StubTenant, imageOf } from '../workloads/support/stub-tenant';

type Obj = Record<string, any>;

function build() {
  const app = Testing.app();
  const payments = new StubTenant(app, 'payments', { mesh: true });
  const props = { image: imageOf('payments'), port: 8080, resources: { cpu: '500m', memory: '512Mi' } };
  new HardenedDeployment(payments, 'api', props);
  const batch = new StubTenant(app, 'batch', { mesh: false });
  new HardenedDeployment(batch, 'worker', { ...props, image: imageOf('batch') });
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeward-dash-'));
  const written = writeDashboards(app, outdir);
  const read = (stem: string): Obj => JSON.parse(fs.readFileSync(path.join(outdir, 'dashboards', `${stem}.json`), 'utf8'));
  return { outdir, written, read };
}

const titles = (d: Obj) => (d.panels as Obj[]).filter((p) => p.type !== 'row').map((p) => p.title as string);
const exprs = (d: Obj) => (d.panels as Obj[]).flatMap((p) => (p.targets ?? []).map((t: Obj) => t.expr as string));

describe('dashboards |', () => {
  const { written, read } = build();

  test('one file per tenant and one for the platform', () => {
    expect(written.files.map((f) => path.basename(f))).toEqual(['batch.json', 'payments.json', 'platform.json']);
  });

  test('a tenant dashboard shows quota, restarts, OOM kills, CPU throttling and memory near the limit, in its namespace only', () => {
    const d = read('batch');
    expect(d).toMatchObject({ title: 'Tenant batch', uid: 'kw-tenant-batch' });
    expect(titles(d)).toEqual(expect.arrayContaining(['Quota use', 'Container restarts (1h)', 'Last terminated: OOMKilled', 'CPU throttling (share of CFS periods throttled)', 'Memory working set / limit']));
    for (const e of exprs(d)) expect(e).toContain('namespace="batch"');
    const all = exprs(d).join('\n');
    for (const m of ['kube_resourcequota', 'kube_pod_container_status_restarts_total', 'container_cpu_cfs_throttled_periods_total', 'container_cpu_cfs_periods_total', 'container_memory_working_set_bytes', 'kube_pod_container_resource_limits']) {
      expect(all).toContain(m);
    }
    // Not meshed: no Istio panel (the metrics do not exist there).
    expect(all).not.toContain('istio_');
  });

  test('a meshed workload gets request rate, 5xx ratio and latency from Istio, as the server-side proxy reports them', () => {
    const d = read('payments');
    expect(titles(d)).toEqual(expect.arrayContaining(['api: requests by response code', 'api: 5xx ratio', 'api: latency']));
    const istio = exprs(d).filter((e) => e.includes('istio_'));
    expect(istio.length).toBeGreaterThanOrEqual(5);
    for (const e of istio) expect(e).toContain('reporter="destination", destination_workload_namespace="payments", destination_workload="api"');
  });

  test('panels read the data source chosen in the dashboard variable, so one JSON imports into any Grafana', () => {
    for (const stem of ['platform', 'payments']) {
      const d = read(stem);
      expect((d.templating.list as Obj[]).find((v) => v.name === 'datasource')).toMatchObject({ type: 'datasource', query: 'prometheus' });
      for (const p of (d.panels as Obj[]).filter((x) => x.type !== 'row')) expect(p.datasource).toEqual({ type: 'prometheus', uid: '${datasource}' });
    }
  });

  test('the ConfigMaps carry the sidecar label grafana_dashboard: "1" and the same JSON', () => {
    const maps = parseAllDocuments(written.configMaps).map((x) => x.toJSON() as Obj);
    expect(maps.map((m) => m.metadata.name)).toEqual(['kubeward-dashboard-platform', 'kubeward-dashboard-batch', 'kubeward-dashboard-payments']);
    for (const m of maps) {
      expect(m.metadata.labels.grafana_dashboard).toBe('1');
      expect(m.metadata.namespace).toBe('monitoring');
      const [key, text] = Object.entries<string>(m.data)[0];
      expect(JSON.parse(text).uid).toBe(key === 'platform.json' ? 'kw-platform' : `kw-tenant-${key.replace('.json', '')}`);
    }
  });

  test('the Grafana chart\'s sidecar, with its defaults or with labelValue "1", loads every dashboard', () => {
    // grafana/helm-charts charts/grafana/values.yaml, sidecar.dashboards: label grafana_dashboard,
    // labelValue "" (templates/_pod.tpl then sets no LABEL_VALUE: any value matches, per the
    // kiwigrid/k8s-sidecar README), resource both, searchNamespace null (the sidecar's own
    // namespace); each data key becomes a file, and the chart's file provider reads `*.json`.
    const selects = (sidecar: { label: string; labelValue: string; namespace: string }, m: Obj): boolean => {
      const labels = (m.metadata.labels ?? {}) as Record<string, string>;
      return m.kind === 'ConfigMap' && m.metadata.namespace === sidecar.namespace && sidecar.label in labels && (sidecar.labelValue === '' || labels[sidecar.label] === sidecar.labelValue);
    };
    const maps = parseAllDocuments(written.configMaps).map((x) => x.toJSON() as Obj);
    for (const sidecar of [{ label: 'grafana_dashboard', labelValue: '', namespace: 'monitoring' }, { label: 'grafana_dashboard', labelValue: '1', namespace: 'monitoring' }]) {
      expect(maps.filter((m) => selects(sidecar, m))).toHaveLength(written.files.length);
    }
    const loaded = maps.flatMap((m) => Object.entries<string>(m.data).filter(([k]) => k.endsWith('.json')).map(([k, v]) => [k, JSON.parse(v).uid]));
    expect(loaded.map(([k]) => k).sort()).toEqual(written.files.map((f) => path.basename(f)));
    expect(loaded.map(([, uid]) => uid).sort()).toEqual(written.files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')).uid).sort());
  });
});
