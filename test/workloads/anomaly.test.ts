// Anomaly rules: each serving workload records its request rate, error ratio (in the mesh) and CPU
// use, keeps a week of them as its baseline, and alerts when the current value is several standard
// deviations away. The rules run here, in test/support/promql.ts, over a synthetic week of the
// recorded series: they fire on a spike and stay quiet on steady traffic and on idle services.
import { Testing } from 'cdk8s';
import { one } from './support/compliance';
import { StubTenant, imageOf } from './support/stub-tenant';
import { HardenedDeployment, HardenedStatefulSet } from '../../lib/workloads';
import { ANOMALY_SERIES, DEFAULT_ANOMALY } from '../../lib/workloads/anomaly';
import { Sample, evaluate } from '../support/promql';

type Rule = { record?: string; alert?: string; expr: string; labels?: Record<string, string>; annotations?: Record<string, string> };

function build(mesh: boolean, kind: 'Deployment' | 'StatefulSet' = 'Deployment') {
  const app = Testing.app();
  const tenant = new StubTenant(app, 'payments', { mesh });
  const props = { image: imageOf('payments'), port: 8080, resources: { cpu: '500m', memory: '512Mi' } };
  if (kind === 'Deployment') new HardenedDeployment(tenant, 'api', props);
  else new HardenedStatefulSet(tenant, 'api', props);
  const rule = one(tenant.toJson() as Array<Record<string, any>>, 'PrometheusRule');
  const group = (rule.spec.groups as Array<{ name: string; rules: Rule[] }>).find((g) => g.name.endsWith('.anomaly'));
  return group?.rules ?? [];
}

const labels = { namespace: 'payments', workload: 'api' };

/** The recorded series with a week of history; the baseline rules run over it as Prometheus would. */
function recorded(rules: Rule[], history: Record<string, number[]>, now: Record<string, number>): Sample[] {
  const raw: Sample[] = Object.entries(now).map(([name, value]) => ({ labels: { __name__: name, ...labels }, value, history: history[name] }));
  const baseline = rules.filter((r) => r.record && /:(avg|stddev)_/.test(r.record)).flatMap((r) =>
    evaluate(r.expr, raw).map((s) => ({ labels: { ...s.labels, ...r.labels, __name__: r.record! }, value: s.value })));
  return [...raw, ...baseline];
}

/** A week of 5-minute samples around `mean`, with a daily rhythm of +-amplitude and a little noise. */
function week(mean: number, amplitude: number): number[] {
  const out: number[] = [];
  let seed = 7;
  for (let i = 0; i < 7 * 24 * 12; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const noise = ((seed / 2 ** 31) - 0.5) * amplitude * 0.2;
    out.push(mean + amplitude * Math.sin((2 * Math.PI * i) / (24 * 12)) + noise);
  }
  return out;
}

function firing(rules: Rule[], series: Sample[]): string[] {
  return rules.filter((r) => r.alert).filter((r) => evaluate(r.expr, series).length > 0).map((r) => r.alert!).sort();
}

describe('anomaly rules |', () => {
  const R = ANOMALY_SERIES.requests;
  const E = ANOMALY_SERIES.errors;
  const C = ANOMALY_SERIES.cpu;
  const rules = build(true);
  const history = { [R]: week(50, 10), [E]: week(0.002, 0.001), [C]: week(0.4, 0.1) };
  const steady = { [R]: 55, [E]: 0.0025, [C]: 0.45 };

  test('a meshed workload records request rate, error ratio and CPU, each with a week of mean and standard deviation', () => {
    const records = rules.filter((r) => r.record).map((r) => r.record);
    for (const s of [R, E, C]) expect(records).toEqual(expect.arrayContaining([s, `${s}:avg_1w`, `${s}:stddev_1w`]));
    expect(rules.find((r) => r.record === R)!.expr).toContain('istio_requests_total{reporter="destination",destination_workload_namespace="payments",destination_workload="api"}');
    expect(rules.find((r) => r.record === C)!.expr).toContain('pod=~"api-[a-z0-9]+-[a-z0-9]{5}"');
    for (const r of rules) expect(r.labels).toMatchObject(labels);
    for (const r of rules.filter((x) => x.alert)) {
      expect(r.labels!.severity).toBe('warning');
      expect(r.annotations!.summary).toContain('payments/api');
    }
  });

  test('outside the mesh only CPU is watched (Istio metrics do not exist there)', () => {
    const plain = build(false);
    expect(plain.filter((r) => r.alert).map((r) => r.alert)).toEqual(['DeploymentCpuAnomaly']);
    expect(plain.map((r) => r.expr).join('\n')).not.toContain('istio_');
  });

  test('a StatefulSet matches its pods by ordinal', () => {
    const sts = build(false, 'StatefulSet');
    expect(sts.find((r) => r.record === C)!.expr).toContain('pod=~"api-[0-9]+"');
  });

  test('steady traffic fires nothing', () => {
    expect(firing(rules, recorded(rules, history, steady))).toEqual([]);
  });

  test('a traffic spike, a traffic drop, an error burst and a CPU runaway each fire their alert', () => {
    expect(firing(rules, recorded(rules, history, { ...steady, [R]: 200 }))).toEqual(['DeploymentRequestRateAnomaly']);
    expect(firing(rules, recorded(rules, history, { ...steady, [R]: 2 }))).toEqual(['DeploymentRequestRateAnomaly']);
    expect(firing(rules, recorded(rules, history, { ...steady, [E]: 0.08 }))).toEqual(['DeploymentErrorRateAnomaly']);
    expect(firing(rules, recorded(rules, history, { ...steady, [C]: 1.5 }))).toEqual(['DeploymentCpuAnomaly']);
  });

  test('an idle service does not page: a jump from a tiny baseline is under the traffic and CPU guards', () => {
    const idle = { [R]: week(0.05, 0.01), [E]: week(0, 0), [C]: week(0.01, 0.002) };
    // Ten times the usual rate and CPU, and every request failing, but on almost no traffic.
    expect(firing(rules, recorded(rules, idle, { [R]: 0.5, [E]: 1, [C]: 0.04 }))).toEqual([]);
    expect(DEFAULT_ANOMALY.minRequestsPerSecond).toBeGreaterThan(0.5);
  });

  test('a perfectly flat baseline (no deviation) needs the minimum relative change before it fires', () => {
    const flat = { [R]: Array(100).fill(50), [E]: Array(100).fill(0), [C]: Array(100).fill(0.4) };
    expect(firing(rules, recorded(rules, flat, { [R]: 52, [E]: 0.001, [C]: 0.42 }))).toEqual([]);
    expect(firing(rules, recorded(rules, flat, { [R]: 70, [E]: 0.05, [C]: 0.6 })).sort()).toEqual(['DeploymentCpuAnomaly', 'DeploymentErrorRateAnomaly', 'DeploymentRequestRateAnomaly']);
  });
});
