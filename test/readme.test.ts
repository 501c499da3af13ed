import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'cdk8s';
import * as ts from 'typescript';
import { auditPaths, writeDashboards } from '../lib';
import { codeBlocks, exampleAfter, installCommands, pluginConfig, readme, tsSnippets } from './package/readme';
import { AUDIT_HELP, CONTROLS_HELP, IMAGES_HELP } from '../lib/cli/help';
import { SECURITY_DETECTIONS } from '../lib/cluster/detections';
import { GRAFANA_DASHBOARD_LABEL } from '../lib/observability/dashboards';

// The fast half of the README checks, on the TypeScript sources; test/package/ runs the same
// blocks against the packed tarball.
const repo = path.resolve(__dirname, '..');

describe('README |', () => {
  test('the ten-line example runs as written and synthesizes a compliant tenant', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeward-readme-'));
    const source = exampleAfter('## Ten lines')
      .replace(/from 'kubeward'/g, `from ${JSON.stringify(path.join(repo, 'lib'))}`)
      .replace('new App()', `new App({ outdir: ${JSON.stringify(outdir)} })`);
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    new Function('require', 'exports', js)(require, {});
    expect(fs.readdirSync(outdir)).toEqual(['payments.k8s.yaml']);
    const report = auditPaths([outdir]);
    expect(report.errors).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.controls.filter((c) => c.status === 'pass').length).toBeGreaterThan(40);
  });

  test('the snippet directives are well-formed: every continuation names an earlier snippet, ids are unique', () => {
    const snippets = tsSnippets();
    expect(snippets.length).toBe(codeBlocks().filter((b) => b.lang === 'ts').length);
    // A continuation compiles with the code it continues in front of it.
    for (const s of snippets.filter((x) => x.block.directives?.continues)) {
      const base = snippets.find((x) => x.block.directives?.id === s.block.directives!.continues)!;
      expect(s.source.startsWith(base.source.replace(/export \{\};\n$/, ''))).toBe(true);
    }
  });

  test('every option of every command help is documented in that command\'s README section', () => {
    // The options of a help text are its `  --flag` / `  -h, --help` lines (examples such as
    // trivy's flags in the images help are not options of kubeward).
    const optionsOf = (help: string): string[] => [...help.matchAll(/^ {2}(?:(-[a-z]), )?(--[a-z][a-z0-9-]*)/gm)].flatMap((m) => (m[1] ? [m[1], m[2]] : [m[2]]));
    // A command's section runs from its `#### \`kubeward <command>` heading to the next heading of that level or above.
    const section = (command: string): string => {
      const text = readme();
      const start = text.indexOf(`#### \`kubeward ${command}`);
      expect(start).toBeGreaterThanOrEqual(0);
      const body = text.indexOf('\n', start) + 1;
      const end = text.slice(body).search(/^#{2,4} /m);
      return end < 0 ? text.slice(start) : text.slice(start, body + end);
    };
    for (const [command, help] of [['audit', AUDIT_HELP], ['images', IMAGES_HELP], ['controls', CONTROLS_HELP]] as const) {
      const options = optionsOf(help);
      expect(options).toEqual(expect.arrayContaining(['--help']));
      const documented = section(command);
      // -h/--help is documented once for every command (`kubeward <command> --help`), and has a row in audit's table below.
      const missing = options.filter((flag) => flag !== '-h' && flag !== '--help' && !new RegExp(`\`${flag}[\` ]`).test(documented));
      expect({ command, missing }).toEqual({ command, missing: [] });
    }
    // Every option of audit has a row of its own in the options table.
    const rows = section('audit').split('\n').filter((l) => l.startsWith('| `-'));
    const rowless = optionsOf(AUDIT_HELP).filter((flag) => !rows.some((r) => new RegExp(`^\\| (?:\`-h\`, )?\`${flag}[\` ]`).test(r)));
    expect(rowless).toEqual([]);
  });

  test('the install commands and the cdk8s plugin configuration are where the package test looks for them', () => {
    expect(installCommands()).toHaveLength(2);
    expect(pluginConfig()).toMatch(/^\s*- package: kubeward\n\s*version: \d+\.\d+\.\d+\b/m);
  });

  test('the security alarm table has a row for every detection, and "What is created" counts them', () => {
    const text = fs.readFileSync(path.join(repo, 'README.md'), 'utf8');
    const rows = [...text.matchAll(/^\| `([a-z-]+)` \| (?:Kubernetes audit|CloudAudit) \|/gm)].map((m) => m[1]);
    expect(rows).toEqual(SECURITY_DETECTIONS.map((d) => d.id));
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
    expect(text).toContain(`${words[SECURITY_DETECTIONS.length]} detections (below)`);
  });

  test('the Dashboards section names the files writeDashboards writes, the sidecar label and the example\'s directory', () => {
    const section = /^### Dashboards\n([\s\S]*?)^### /m.exec(fs.readFileSync(path.join(repo, 'README.md'), 'utf8'))![1];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeward-readme-dash-'));
    writeDashboards(Testing.app(), dir);
    // An app without tenants: the platform's dashboard and the ConfigMaps file.
    expect(fs.readdirSync(path.join(dir, 'dashboards')).sort()).toEqual(['grafana-dashboards.yaml', 'platform.json']);
    for (const f of ['grafana-dashboards.yaml', 'platform.json']) expect(section).toContain(`dir/dashboards/${f}`);
    const [[label, value]] = Object.entries(GRAFANA_DASHBOARD_LABEL);
    expect(section).toContain(`\`${label}: "${value}"\``);
    expect(section).toContain('kubectl apply -f dist-grafana/dashboards/grafana-dashboards.yaml');
    expect(section).toContain('/api/dashboards/db');
    expect(section).toContain('overwrite: true');
  });
});
