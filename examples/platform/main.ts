// Synthesizes the example platform into plain manifests, one file per tenant: `dist/edge.k8s.yaml`,
// `dist/orders.k8s.yaml`, ... Run it with `npm run demo` (which also audits the result), or on its
// own: `npx ts-node --transpile-only --project tsconfig.dev.json examples/platform/main.ts [outdir]`.
import * as fs from 'fs';
import * as path from 'path';
import { Platform, buildPlatform } from './platform';
import { PlatformApp, WrittenDashboards, writeDashboards } from '../../lib';

/** What `synthPlatform` wrote. */
export interface SynthResult {
  /** The app, synthesized. */
  readonly app: PlatformApp;
  /** Its tenants and workloads. */
  readonly platform: Platform;
  /** The manifest files written, one per tenant, sorted. */
  readonly files: string[];
  /** The Grafana dashboards written (JSON files and their ConfigMaps), apart from the manifests. */
  readonly dashboards: WrittenDashboards;
}

/**
 * Builds the platform and writes its manifests to `outdir`. Manifests a previous run left there
 * (`*.k8s.yaml`) are removed first, so a tenant deleted from the program cannot linger in the
 * directory the audit reads.
 * @param outdir output directory
 * @param grafanaDir where the Grafana dashboards go: beside the manifests, not inside them, so that
 *   `kubeward audit <outdir>` reads only Kubernetes objects (the dashboards are Grafana JSON)
 */
export function synthPlatform(outdir: string = 'dist', grafanaDir: string = `${outdir}-grafana`): SynthResult {
  if (fs.existsSync(outdir)) {
    for (const f of fs.readdirSync(outdir)) {
      if (f.endsWith('.k8s.yaml')) fs.rmSync(path.join(outdir, f));
    }
  }
  // PlatformApp writes the same files as cdk8s's App, without App's per-chart whole-tree passes.
  const app = new PlatformApp({ outdir });
  const platform = buildPlatform(app);
  app.synth();
  // Grafana dashboards (one per tenant, one for the platform) for the import described in README "Dashboards".
  const dashboards = writeDashboards(app, grafanaDir);
  const files = fs.readdirSync(outdir).filter((f) => f.endsWith('.k8s.yaml')).sort().map((f) => path.join(outdir, f));
  return { app, platform, files, dashboards };
}

if (require.main === module) {
  const { files } = synthPlatform(process.argv[2] ?? 'dist');
  for (const f of files) process.stdout.write(`${f}\n`);
}
