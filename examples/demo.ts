// `npm run demo`: synthesizes the example platform (examples/platform) into dist/, one manifest
// file per tenant, then audits what was written with the same loader and engine as
// `kubeward audit dist` and prints the compliance report. Exit code 0 when every control passes
// or does not apply, 1 when a finding remains, 2 when a file could not be read.
import * as path from 'path';
import { auditPaths, exitCodeOf, formatText } from '../lib';
import { synthPlatform } from './platform/main';

/** Runs the demo in `outdir` and returns its exit code. */
export function demo(outdir: string = 'dist', out: { write(s: string): unknown } = process.stdout): number {
  const { platform, files } = synthPlatform(outdir);
  const tenants = Object.values(platform.tenants).map((t) => t.namespaceName);
  const workloads = Object.values(platform.workloads).map((w) => `${w.namespace}/${w.name}`);
  out.write(`Synthesized ${tenants.length} tenants (${tenants.join(', ')}) with ${workloads.length} workloads (${workloads.join(', ')}):\n`);
  for (const f of files) out.write(`  ${path.relative(process.cwd(), path.resolve(f))}\n`);
  out.write(`\nCompliance report (kubeward audit ${outdir}):\n\n`);
  const report = auditPaths([outdir]);
  out.write(formatText(report, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR }));
  const pass = report.controls.filter((c) => c.status === 'pass').map((c) => c.id);
  const families = new Map<string, number>();
  for (const id of pass) families.set(id.split('-')[1], (families.get(id.split('-')[1]) ?? 0) + 1);
  const perFamily = [...families].map(([family, n]) => `${family} ${n}`).join(', ');
  out.write(`\n${pass.length} controls were in scope and pass (${perFamily}).\n`);
  out.write('The cluster controls (KW-CLU-*, KW-MON-003) apply to the Tencent Cloud resources: the CrossGuard pack checks them\n');
  out.write('in `pulumi preview`, and `npm run plan` lists what the Pulumi program would create.\n');
  return exitCodeOf(report);
}

if (require.main === module) {
  process.exitCode = demo(process.argv[2] ?? 'dist');
}
