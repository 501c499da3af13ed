// A cdk8s App that synthesizes in linear time. cdk8s's App renders each chart through
// `chart.toJson()`, which calls `App._synthChart`, which re-validates the whole app and re-derives
// every dependency of the whole app for that one chart: with one chart per tenant, synthesis is
// quadratic in the number of tenants (1,000 tenants → 1,000 full-tree passes). PlatformApp
// validates once, resolves dependencies once, then renders each chart from its own subtree. The
// output is byte-identical to App's for the same program (test/app/platform-app.test.ts).
import * as fs from 'fs';
import * as path from 'path';
import { ApiObject, App, AppProps, Chart, DependencyGraph, Names, Yaml, YamlOutputType } from 'cdk8s';
import { IConstruct } from 'constructs';

/**
 * Drop-in replacement for cdk8s `App` for platforms with many charts (one `SecureTenant` per
 * team): same props, same files, same YAML, without the per-chart whole-app passes.
 */
export class PlatformApp extends App {
  private readonly recordMetadata: boolean;

  constructor(props: AppProps = {}) {
    super(props);
    // App keeps this flag private; derive it the same way so the metadata file matches.
    this.recordMetadata = props.recordConstructMetadata ?? process.env.CDK8S_RECORD_CONSTRUCT_METADATA === 'true';
  }

  /** Synthesizes all manifests to the output directory, as `App.synth()` does. */
  public synth(): void {
    fs.mkdirSync(this.outdir, { recursive: true });
    const all = this.node.findAll();
    // Same order as App.synth: validate, then derive dependencies.
    validateAll(all);
    const hasDependantCharts = resolveDependencies(all);
    const charts = this.charts;
    const ext = this.outputFileExtension;
    switch (this.yamlOutputType) {
      case YamlOutputType.FILE_PER_APP: {
        const docs = charts.flatMap((c) => renderChart(c));
        if (charts.length > 0) Yaml.save(path.join(this.outdir, `app${ext}`), docs);
        break;
      }
      case YamlOutputType.FILE_PER_CHART: {
        const namer = chartNamer(hasDependantCharts);
        for (const chart of charts) Yaml.save(path.join(this.outdir, namer(chart) + ext), renderChart(chart));
        break;
      }
      case YamlOutputType.FILE_PER_RESOURCE: {
        for (const chart of charts) {
          for (const obj of renderChart(chart)) {
            if (obj === undefined) continue;
            Yaml.save(path.join(this.outdir, resourceFileName(obj) + ext), [obj]);
          }
        }
        break;
      }
      case YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE: {
        const namer = chartNamer(hasDependantCharts);
        for (const chart of charts) {
          const dir = path.join(this.outdir, namer(chart));
          fs.mkdirSync(dir, { recursive: true });
          for (const obj of chartApiObjects(chart)) {
            Yaml.save(path.join(dir, `${`${obj.kind}.${obj.metadata.name}`.replace(/[^0-9a-zA-Z-_.]/g, '')}${ext}`), [obj.toJson()]);
          }
        }
        break;
      }
      default:
        break;
    }
    if (this.recordMetadata) {
      const resources: Record<string, { path: string }> = {};
      for (const obj of this.charts.flatMap(chartApiObjects)) resources[obj.name] = { path: obj.node.path };
      fs.writeFileSync(path.join(this.outdir, 'construct-metadata.json'), JSON.stringify({ version: '1.0.0', resources }));
    }
  }

  /** Synthesizes the app into one YAML string, as `App.synthYaml()` does. */
  public synthYaml(): string {
    const all = this.node.findAll();
    // Same order as App.synthYaml: derive dependencies, then validate.
    resolveDependencies(all);
    validateAll(all);
    return Yaml.stringify(...this.charts.flatMap((c) => renderChart(c)));
  }

  /**
   * The manifests of every chart in synthesis order, without writing files (for audits and
   * tests): validation and dependency resolution run once for the whole app.
   */
  public synthObjects(): Array<Record<string, unknown>> {
    const all = this.node.findAll();
    resolveDependencies(all);
    validateAll(all);
    return this.charts.flatMap((c) => renderChart(c));
  }
}

/** The API objects a chart renders itself (not those of nested charts), in dependency order. */
function chartApiObjects(chart: Chart): ApiObject[] {
  return new DependencyGraph(chart.node)
    .topology()
    .filter((x): x is ApiObject => x instanceof ApiObject)
    .filter((x) => Chart.of(x) === chart);
}

/**
 * Renders one chart. A chart class that overrides `toJson` keeps its behaviour (at App's cost);
 * a plain chart is rendered from its subtree only, which is all `toJson` would do once the app
 * is validated and its dependencies resolved.
 */
function renderChart(chart: Chart): any[] {
  if (chart.toJson !== Chart.prototype.toJson) return Object.values(chart.toJson());
  return chartApiObjects(chart).map((o) => o.toJson());
}

function validateAll(all: readonly IConstruct[]): void {
  const errors: string[] = [];
  for (const c of all) {
    for (const e of c.node.validate()) errors.push(`[${c.node.path}] ${e}`);
  }
  if (errors.length > 0) throw new Error(`Validation failed with the following errors:\n  ${errors.join('\n  ')}`);
}

/**
 * The dependency derivation of cdk8s's App, run once: nested charts become chart dependencies,
 * construct dependencies across charts become chart dependencies, and construct dependencies
 * become dependencies between their API objects. Returns whether any chart depends on another.
 */
function resolveDependencies(all: readonly IConstruct[]): boolean {
  let hasDependantCharts = false;
  const subtree = new Map<IConstruct, IConstruct[]>();
  const findAll = (c: IConstruct): IConstruct[] => {
    let hit = subtree.get(c);
    if (!hit) subtree.set(c, (hit = c.node.findAll()));
    return hit;
  };
  for (const parent of all) {
    if (!(parent instanceof Chart)) continue;
    for (const child of parent.node.children) {
      if (child instanceof Chart) {
        parent.node.addDependency(child);
        hasDependantCharts = true;
      }
    }
  }
  const deps: Array<{ source: IConstruct; target: IConstruct }> = [];
  for (const c of all) for (const d of c.node.dependencies) deps.push({ source: c, target: d });
  for (const dep of deps) {
    const sourceChart = Chart.of(dep.source);
    const targetChart = Chart.of(dep.target);
    if (sourceChart !== targetChart) {
      sourceChart.node.addDependency(targetChart);
      hasDependantCharts = true;
    }
  }
  // App re-reads the dependency list after the step above, which may have added chart edges.
  const deps2: Array<{ source: IConstruct; target: IConstruct }> = [];
  for (const c of all) for (const d of c.node.dependencies) deps2.push({ source: c, target: d });
  for (const dep of deps2) {
    const sourceChart = Chart.of(dep.source);
    const targetChart = Chart.of(dep.target);
    const targets = findAll(dep.target).filter((c) => c instanceof ApiObject && Chart.of(c) === targetChart);
    const sources = findAll(dep.source).filter((c) => c instanceof ApiObject && Chart.of(c) === sourceChart);
    for (const t of targets) for (const s of sources) if (t !== s) s.node.addDependency(t);
  }
  return hasDependantCharts;
}

function chartNamer(indexed: boolean): (chart: Chart) => string {
  let index = 0;
  return (chart) => {
    const base = Names.toDnsLabel(chart);
    if (!indexed) return base;
    return `${(index++).toString().padStart(4, '0')}-${base}`;
  };
}

function resourceFileName(obj: any): string {
  return `${obj.kind}.${obj.metadata.name}`.replace(/[^0-9a-zA-Z-_.]/g, '');
}
