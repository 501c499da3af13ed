// Synthesis benchmark: a platform of 100 and of 1,000 tenants, each with 10 HardenedDeployments,
// against two references measured in the same run:
// - the floor: the very same synthesized objects re-created as raw cdk8s ApiObjects in one chart
//   and synthesized (what any cdk8s program emitting these manifests must at least pay);
// - the naive design: one plain cdk8s Chart per tenant holding cdk8s-plus-28 Deployments and
//   Services, synthesized by cdk8s's App (whose per-chart whole-app passes make it quadratic).
// Every measurement runs in its own child process, so peak RSS and heap state are isolated.
// Times are CPU seconds (user + system, all threads of the child, so GC helpers count) of the
// measured section: build the constructs and synthesize to files. CPU time is what the work
// costs; unlike wall-clock time it is not inflated by other processes sharing the machine (CI
// boxes and developer laptops rarely run a benchmark alone). Wall-clock times are printed too.
// Each measurement is repeated BENCH_RUNS times (default 2), interleaved, and the fastest kept.
// Run: npm run bench:synth
// The last line printed is one JSON object with the figures for 1,000 tenants.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { PlatformApp } from '../lib/app/platform-app';
import { TenantPeer } from '../lib/network';
import { SecureTenant } from '../lib/tenancy';
import { HardenedDeployment } from '../lib/workloads';

const WORKLOADS_PER_TENANT = 10;
const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;

type Mode = 'kubeward' | 'floor' | 'naive';

interface Measurement {
  readonly mode: Mode;
  readonly tenants: number;
  readonly objects: number;
  /** CPU seconds of the measured section. */
  readonly seconds: number;
  /** Wall-clock seconds of the measured section. */
  readonly wallSeconds: number;
  readonly peakRssMiB: number;
}

/** Starts a stopwatch; the returned function gives [cpu seconds, wall seconds] since the start. */
function stopwatch(): () => [number, number] {
  const cpu = process.cpuUsage();
  const wall = process.hrtime.bigint();
  return () => {
    const used = process.cpuUsage(cpu);
    return [(used.user + used.system) / 1e6, Number(process.hrtime.bigint() - wall) / 1e9];
  };
}

/** Creates one tenant of the platform: a SecureTenant with every default on (mesh included). */
function tenantOf(app: App, i: number): SecureTenant {
  const ns = `team-${i}`;
  return new SecureTenant(app, ns, {
    // Ten services at their peak (9 HPA replicas + 3 surge each), each pod with Istio's default sidecar.
    quota: { cpu: '48', memory: '128Gi', limitsCpu: '300', limitsMemory: '160Gi', pods: 300 },
    developers: [`group:${ns}-devs`],
    trustedRegistries: [`ccr.ccs.tencentyun.com/${ns}`],
    mesh: { proxyImage: `ccr.ccs.tencentyun.com/mesh/proxyv2@sha256:${'5e'.repeat(32)}` },
  });
}

/** The kubeward platform: tenants with ten connected services each, as a team would write it. */
function buildPlatform(app: App, tenants: number): void {
  for (let i = 0; i < tenants; i++) {
    const tenant = tenantOf(app, i);
    const ns = tenant.namespaceName;
    let previous: HardenedDeployment | undefined;
    for (let w = 0; w < WORKLOADS_PER_TENANT; w++) {
      const svc = new HardenedDeployment(tenant, `svc-${w}`, {
        image: `ccr.ccs.tencentyun.com/${ns}/svc-${w}@${DIGEST}`,
        port: 8080,
        resources: { cpu: '250m', memory: '256Mi' },
        writablePaths: ['/tmp'],
        probes: { path: '/healthz' },
      });
      if (previous) svc.allowFrom(previous);
      else svc.allowFrom(TenantPeer.ingressGateway());
      previous = svc;
    }
  }
}

/** The naive design: a plain Chart per tenant with cdk8s-plus Deployments and Services. */
function buildNaive(app: App, tenants: number): void {
  for (let i = 0; i < tenants; i++) {
    const ns = `team-${i}`;
    const chart = new Chart(app, ns, { namespace: ns });
    for (let w = 0; w < WORKLOADS_PER_TENANT; w++) {
      const deployment = new kplus.Deployment(chart, `svc-${w}`, {
        replicas: 3,
        containers: [{ image: `ccr.ccs.tencentyun.com/${ns}/svc-${w}@${DIGEST}`, portNumber: 8080, resources: { cpu: { request: kplus.Cpu.millis(250), limit: kplus.Cpu.millis(250) } } }],
      });
      deployment.exposeViaService({ ports: [{ port: 8080 }] });
    }
  }
}

function outdir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `kubeward-bench-${label}-`));
}

function countFiles(dir: string): number {
  return fs.readdirSync(dir).length;
}

/** One measurement (runs inside a child process). */
function measure(mode: Mode, tenants: number): Measurement {
  const dir = outdir(mode);
  try {
    let objects = 0;
    let elapsed: () => [number, number];
    let times: [number, number];
    if (mode === 'floor') {
      // Produce the objects with kubeward first (not timed), then drop everything but the JSON.
      let source: PlatformApp | undefined = new PlatformApp({ outdir: dir });
      buildPlatform(source, tenants);
      const manifests = source.synthObjects();
      source = undefined;
      (globalThis as { gc?: () => void }).gc?.();
      elapsed = stopwatch();
      const app = new App({ outdir: dir });
      const chart = new Chart(app, 'floor');
      manifests.forEach((m, i) => new ApiObject(chart, `o${i}`, m as never));
      app.synth();
      times = elapsed();
      objects = manifests.length;
    } else if (mode === 'kubeward') {
      elapsed = stopwatch();
      const app = new PlatformApp({ outdir: dir });
      buildPlatform(app, tenants);
      app.synth();
      times = elapsed();
      objects = app.node.findAll().filter((c) => c instanceof ApiObject).length;
    } else {
      elapsed = stopwatch();
      const app = new App({ outdir: dir });
      buildNaive(app, tenants);
      app.synth();
      times = elapsed();
      objects = app.node.findAll().filter((c) => c instanceof ApiObject).length;
    }
    if (countFiles(dir) === 0) throw new Error(`${mode}: nothing was written`);
    return { mode, tenants, objects, seconds: times[0], wallSeconds: times[1], peakRssMiB: process.resourceUsage().maxRSS / 1024 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs one measurement in a fresh child process (isolated heap and RSS). */
function inChild(mode: Mode, tenants: number): Measurement {
  const out = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', '-r', 'ts-node/register/transpile-only', __filename, '--child', mode, String(tenants)], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, TS_NODE_PROJECT: path.resolve(__dirname, '../tsconfig.dev.json') },
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Measurement;
}

/** The fastest of several runs (CPU and wall time each at their minimum), with the highest peak RSS. */
function best(runs: readonly Measurement[]): Measurement {
  return {
    ...runs[0],
    seconds: Math.min(...runs.map((r) => r.seconds)),
    wallSeconds: Math.min(...runs.map((r) => r.wallSeconds)),
    peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)),
  };
}

function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function main(): void {
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? '2'));
  const sizes = [100, 1000];
  const modes: Mode[] = ['kubeward', 'floor', 'naive'];
  const all = new Map<string, Measurement[]>();
  // Interleaved rounds: a burst of load on the machine hits every mode, not one of them.
  for (let r = 0; r < runs; r++) {
    for (const tenants of sizes) {
      for (const mode of modes) {
        const m = inChild(mode, tenants);
        const key = `${mode}@${tenants}`;
        all.set(key, [...(all.get(key) ?? []), m]);
        console.log(`run ${r + 1}/${runs}  ${mode.padEnd(8)} ${String(tenants).padStart(5)} tenants  ${String(m.objects).padStart(7)} objects  cpu ${m.seconds.toFixed(2).padStart(7)} s  wall ${m.wallSeconds.toFixed(2).padStart(7)} s  peak RSS ${m.peakRssMiB.toFixed(0).padStart(5)} MiB`);
      }
    }
  }
  const table = new Map([...all].map(([k, v]) => [k, best(v)]));
  const get = (mode: Mode, tenants: number) => table.get(`${mode}@${tenants}`)!;
  console.log('best of runs:');
  for (const tenants of sizes) {
    for (const mode of modes) {
      const m = get(mode, tenants);
      console.log(`  ${mode.padEnd(8)} ${String(tenants).padStart(5)} tenants  ${String(m.objects).padStart(7)} objects  cpu ${m.seconds.toFixed(2).padStart(7)} s  wall ${m.wallSeconds.toFixed(2).padStart(7)} s  peak RSS ${m.peakRssMiB.toFixed(0).padStart(5)} MiB`);
    }
  }
  const k = get('kubeward', 1000);
  const summary = {
    tenants: 1000,
    objects: k.objects,
    synthSeconds: round(k.seconds),
    peakRssMiB: round(k.peakRssMiB, 1),
    floorRatio: round(k.seconds / get('floor', 1000).seconds),
    naiveRatio: round(k.seconds / get('naive', 1000).seconds),
    scaling: round(k.seconds / get('kubeward', 100).seconds),
  };
  const wall = {
    floorRatio: round(k.wallSeconds / get('floor', 1000).wallSeconds),
    naiveRatio: round(k.wallSeconds / get('naive', 1000).wallSeconds),
    scaling: round(k.wallSeconds / get('kubeward', 100).wallSeconds),
  };
  console.log(`wall-clock ratios: floorRatio ${wall.floorRatio}, naiveRatio ${wall.naiveRatio}, scaling ${wall.scaling}`);
  console.log(`goals: floorRatio <= 1.5 (${summary.floorRatio}), scaling <= 11 (${summary.scaling}), peak RSS <= 1536 MiB (${summary.peakRssMiB})`);
  console.log(JSON.stringify(summary));
}

if (process.argv[2] === '--child') {
  const result = measure(process.argv[3] as Mode, Number(process.argv[4]));
  console.log(JSON.stringify(result));
} else {
  main();
}
