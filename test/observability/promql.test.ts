// Every PromQL expression kubeward emits parses with Prometheus' own grammar
// (@prometheus-io/lezer-promql, the parser of the Prometheus UI's editor), and names only metrics
// that kube-state-metrics, cAdvisor, the Kubernetes components or Istio document
// (known-metrics.json, each with its source) or that kubeward itself records. The expressions are
// collected from what the example platform really produces, not from a list kept by hand: the
// PrometheusRules and dashboards of the synthesized cdk8s app (examples/platform/main.ts), and
// every `expr` of the Pulumi program (examples/platform/index.ts: TMP alert groups and the like).
// eslint-disable-next-line import/order
import { registered, settle } from '../cluster/mocks';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parser } from '@prometheus-io/lezer-promql';
import * as pulumi from '@pulumi/pulumi';
import { parseAllDocuments } from 'yaml';
import KNOWN from './known-metrics.json';
import { synthPlatform } from '../../examples/platform/main';
import { PLAN_CONFIG } from '../../examples/platform/plan';

type Obj = Record<string, any>;

/** One emitted expression and where it came from. */
interface Emitted {
  readonly where: string;
  readonly expr: string;
}

/** Error nodes and metric names of an expression, from its parse tree. */
function analyse(expr: string): { errors: string[]; metrics: string[] } {
  const tree = parser.parse(expr);
  const errors: string[] = [];
  const metrics: string[] = [];
  tree.iterate({
    enter: (n) => {
      if (n.type.isError) errors.push(`at ${n.from}: "${expr.slice(Math.max(0, n.from - 10), n.to + 10)}"`);
      // The metric name of a selector is the Identifier directly under VectorSelector.
      if (n.name === 'Identifier' && n.node.parent?.name === 'VectorSelector') metrics.push(expr.slice(n.from, n.to));
    },
  });
  return { errors, metrics };
}

/** Every string under a key `key`, anywhere in a value, with its path. */
function collect(value: unknown, key: string, where: string, out: Emitted[]): void {
  if (Array.isArray(value)) {value.forEach((v, i) => collect(v, key, `${where}[${i}]`, out));} else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === key && typeof v === 'string') out.push({ where: `${where}.${k}`, expr: v });
      else collect(v, key, `${where}.${k}`, out);
    }
  }
}

function readObjects(file: string): Obj[] {
  return parseAllDocuments(fs.readFileSync(file, 'utf8')).map((d) => d.toJSON()).filter((o) => o !== null);
}

describe('PromQL kubeward emits |', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeward-promql-'));
  const { files, dashboards } = synthPlatform(outdir, `${outdir}-grafana`);
  const objects = [...files, path.join(`${outdir}-grafana`, 'dashboards', 'grafana-dashboards.yaml')].flatMap(readObjects);
  const emitted: Emitted[] = [];
  const recorded = new Set<string>();
  for (const o of objects) {
    const id = `${o.kind} ${o.metadata?.namespace ?? ''}/${o.metadata?.name}`;
    if (o.kind === 'PrometheusRule') {
      collect(o.spec, 'expr', id, emitted);
      for (const g of o.spec.groups ?? []) for (const r of g.rules ?? []) if (r.record) recorded.add(r.record);
    }
    // Dashboards shipped as ConfigMaps for Grafana's dashboard sidecar: their panels' queries.
    if (o.kind === 'ConfigMap') {
      for (const [k, v] of Object.entries<string>(o.data ?? {})) if (k.endsWith('.json')) collect(JSON.parse(v), 'expr', `${id} ${k}`, emitted);
    }
  }
  // Dashboards written as files (dist-grafana/dashboards/*.json) for a managed Grafana's import.
  for (const f of dashboards.files) {
    collect(JSON.parse(fs.readFileSync(f, 'utf8')), 'expr', `dashboards/${path.basename(f)}`, emitted);
  }

  const cloud: Emitted[] = [];
  beforeAll(async () => {
    // The stack config the program requires (Velero's COS credentials, a placeholder), under the
    // project name of these mocks.
    const config = Object.fromEntries(Object.entries(PLAN_CONFIG).map(([k, v]) => [`kubeward:${k.slice(k.indexOf(':') + 1)}`, v]));
    pulumi.runtime.setAllConfig({ ...pulumi.runtime.allConfig(), ...config }, Object.keys(config));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../examples/platform/index');
    await settle();
    for (const r of registered) collect(r.inputs, 'expr', `${r.type} ${r.name}`, cloud);
  });

  test('the example platform emits alerts, recording rules and the cluster\'s alert group', () => {
    expect(emitted.length).toBeGreaterThan(0);
    expect(dashboards.files.length).toBeGreaterThan(0);
    expect(recorded.size).toBeGreaterThan(0);
    expect(cloud.map((e) => e.where.split(' ')[0])).toContain('tencentcloud:Monitor/tmpAlertGroup:TmpAlertGroup');
    process.stdout.write(`PromQL checked: ${emitted.length} from the manifests, ${cloud.length} from the Pulumi program; ${recorded.size} recorded series\n`);
  });

  test('every expression parses without error nodes', () => {
    const bad = [...emitted, ...cloud].map((e) => ({ ...e, errors: analyse(e.expr).errors })).filter((e) => e.errors.length > 0);
    expect(bad).toEqual([]);
  });

  test('every metric named is documented upstream (known-metrics.json) or recorded by kubeward', () => {
    const known = new Set([...Object.keys(KNOWN.metrics), ...recorded]);
    const unknown = [...emitted, ...cloud].flatMap((e) => analyse(e.expr).metrics.filter((m) => !known.has(m)).map((m) => `${m} in ${e.where}`));
    expect(unknown).toEqual([]);
  });

  test('every metric of the allow-list is named by at least one emitted expression, so the list cannot drift', () => {
    const named = new Set([...emitted, ...cloud].flatMap((e) => analyse(e.expr).metrics));
    expect(Object.keys(KNOWN.metrics).filter((m) => !named.has(m))).toEqual([]);
  });

  test('the metric names come from the parse tree: a selector, a range and a function argument are all seen', () => {
    expect(analyse('sum(rate(a_total{x="1"}[5m])) / b and on (n) abs(c:rec)').metrics.sort()).toEqual(['a_total', 'b', 'c:rec']);
    expect(analyse('sum(rate(a_total[5m]').errors.length).toBeGreaterThan(0);
  });

  test('every entry of the allow-list names its source', () => {
    for (const [name, src] of Object.entries<Record<string, string>>(KNOWN.metrics)) {
      expect([name, typeof src.doc]).toEqual([name, 'string']);
      expect([name, Boolean(src.repo ?? src.url)]).toEqual([name, true]);
    }
  });
});
