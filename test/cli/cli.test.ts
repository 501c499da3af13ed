import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CliIo, main } from '../../lib/cli';
import { CATALOG_DEFAULTS, CONTROLS, toolVersion } from '../../lib/policy';

/** An in-memory CliIo: captured stdout and stderr, optional stdin, a TTY flag and environment. */
function fakeIo(opts: { stdin?: string; tty?: boolean; env?: Record<string, string> } = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => (err += s) },
    readStdin: async () => Buffer.from(opts.stdin ?? ''),
    env: opts.env ?? {},
    cwd: dir,
    out: () => out,
    err: () => err,
  };
}

let dir: string;
let privileged: string;
let clean: string;
let badSuppression: string;

function deployment(name: string, container: Record<string, unknown>, annotations?: Record<string, string>): string {
  return JSON.stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'shop', ...(annotations ? { annotations } : {}) },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          initContainers: [{ name: 'init', image: 'ccr.ccs.tencentyun.com/shop/init:1.0' }],
          containers: [{ name: 'app', image: 'ccr.ccs.tencentyun.com/shop/web:2.1', ...container }],
        },
      },
    },
  });
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-cli-'));
  privileged = path.join(dir, 'privileged.yaml');
  fs.writeFileSync(privileged, deployment('web', { securityContext: { privileged: true } }));
  clean = path.join(dir, 'clean.yaml');
  fs.writeFileSync(clean, deployment('api', {}));
  badSuppression = path.join(dir, 'bad-suppression.yaml');
  fs.writeFileSync(badSuppression, deployment('worker', {}, { 'kubeward.dev/suppress': 'KW-POD-016: too short' }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kubeward CLI |', () => {
  test('--version and --help on every command', async () => {
    let io = fakeIo();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out()).toBe(`${toolVersion()}\n`);
    for (const cmd of [['--help'], ['audit', '--help'], ['controls', '--help'], ['images', '-h']]) {
      io = fakeIo();
      expect(await main(cmd, io)).toBe(0);
      expect(io.out()).toMatch(/Usage/);
      expect(io.err()).toBe('');
    }
  });

  test.each([
    [[], /Usage/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['audit'], /give at least one file or directory/],
    [['audit', 'x.yaml', '--format', 'xml'], /--format must be one of text, json, sarif, junit \(got "xml"\)/],
    [['audit', 'x.yaml', '--fail-on', 'severe'], /--fail-on must be one of critical, high, medium, low/],
    [['audit', 'x.yaml', '--profile', 'strict'], /--profile must be one of restricted, baseline, cis/],
    [['audit', 'x.yaml', '--skip-control', 'KW-XXX-999'], /KW-XXX-999 is not a control of the catalog/],
    [['audit', 'x.yaml', '--bogus'], /Unknown option '--bogus'/],
    [['audit', 'x.yaml', '--max-file-mib', 'lots'], /--max-file-mib must be a positive number/],
    [['audit', 'x.yaml', '--kubernetes-version', '1.34.2'], /--kubernetes-version: "1\.34\.2" is not a Kubernetes minor version/],
    [['audit', 'x.yaml', '--kubernetes-version', '1.24'], /--kubernetes-version: Kubernetes 1\.24 is outside what kubeward knows \(1\.25 to 1\.37\)/],
    [['controls', '--format', 'html'], /--format must be one of text, markdown, json/],
    [['images'], /give at least one file or directory/],
  ])('usage error %j: exit 2, message on stderr, stdout empty', async (argv, message) => {
    const io = fakeIo();
    expect(await main(argv as string[], io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.out()).toBe('');
  });

  test('audit: exit 1 on a finding at or above --fail-on, 0 when the control is skipped', async () => {
    let io = fakeIo();
    expect(await main(['audit', privileged, '--fail-on', 'critical'], io)).toBe(1);
    expect(io.out()).toMatch(/Deployment shop\/web {2}\(.*privileged\.yaml:1\)\n {2}FAIL KW-POD-001 \[critical\]/);
    expect(io.out()).toMatch(/FAIL: 1 unsuppressed finding at or above critical\.\n$/);
    io = fakeIo();
    expect(await main(['audit', privileged, '--fail-on', 'critical', '--skip-control', 'KW-POD-001'], io)).toBe(0);
    expect(io.out()).toMatch(/PASS: no unsuppressed finding at or above critical\.\n$/);
  });

  test('audit: an invalid suppression exits 1 even when nothing fails', async () => {
    const io = fakeIo();
    expect(await main(['audit', badSuppression, '--fail-on', 'critical'], io)).toBe(1);
    expect(io.out()).toMatch(/SUPPRESSION Deployment shop\/worker: kubeward\.dev\/suppress: the reason for suppressing KW-POD-016 \("too short"\) is shorter than 10 characters/);
  });

  test('audit: unreadable input exits 2, and the readable files are still reported', async () => {
    const io = fakeIo();
    expect(await main(['audit', path.join(dir, 'missing.yaml'), privileged, '--format', 'json'], io)).toBe(2);
    const json = JSON.parse(io.out());
    expect(json.exitCode).toBe(2);
    expect(json.findings.map((f: any) => f.controlId)).toContain('KW-POD-001');
    expect(io.err()).toMatch(/kubeward: read: .*missing\.yaml: no such file or directory/);
  });

  test('audit --format sarif --output FILE: the file holds the log, stdout stays empty, stderr summarizes', async () => {
    const io = fakeIo();
    const out = path.join(dir, 'report.sarif');
    expect(await main(['audit', privileged, clean, '--format', 'sarif', '--output', out, '--fail-on', 'critical'], io)).toBe(1);
    expect(io.out()).toBe('');
    const log = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(log.version).toBe('2.1.0');
    const pod001 = log.runs[0].results.filter((r: any) => r.ruleId === 'KW-POD-001');
    expect(pod001).toHaveLength(1);
    // Paths are relative to the working directory the CLI was given.
    expect(pod001[0].locations[0].physicalLocation.artifactLocation.uri).toBe('privileged.yaml');
    expect(io.err()).toMatch(/^kubeward: 2 objects in 2 files: /);
    expect(io.err()).toMatch(/FAIL: \d+ unsuppressed findings? at or above critical\. Report written to .*report\.sarif\.\n$/);
  });

  test('audit -: reads standard input', async () => {
    const io = fakeIo({ stdin: fs.readFileSync(privileged, 'utf8') });
    expect(await main(['audit', '-', '--format', 'json', '--fail-on', 'critical'], io)).toBe(1);
    const json = JSON.parse(io.out());
    expect(json.findings.find((f: any) => f.controlId === 'KW-POD-001').source.file).toBe('<stdin>');
  });

  test('audit --set-per-file and --trusted-registry reach the engine', async () => {
    const io = fakeIo();
    await main(['audit', privileged, clean, '--format', 'json', '--set-per-file', '--trusted-registry', 'registry.example.com', '--profile', 'baseline'], io);
    const json = JSON.parse(io.out());
    expect(json.options.trustedRegistries).toEqual(['registry.example.com']);
    expect(json.options.profile).toBe('baseline');
    expect(json.summary.files).toBe(2);
  });

  test('audit --kubernetes-version reaches the engine: the report names it and the Pod Security checks follow it', async () => {
    const file = path.join(dir, 'sysctl.json');
    const d = JSON.parse(deployment('tuned', {}));
    d.spec.template.spec.securityContext = { sysctls: [{ name: 'net.ipv4.tcp_rmem', value: '4096 87380 6291456' }] };
    fs.writeFileSync(file, JSON.stringify(d));
    const run = async (...extra: string[]): Promise<any> => {
      const io = fakeIo();
      await main(['audit', file, '--format', 'json', ...extra], io);
      return JSON.parse(io.out());
    };
    const old = await run('--kubernetes-version', '1.30');
    expect(old.options.kubernetesVersion).toBe('1.30');
    expect(old.findings.some((f: any) => f.controlId === 'KW-POD-018')).toBe(true);
    const current = await run('--kubernetes-version', 'v1.32');
    expect(current.options.kubernetesVersion).toBe('1.32');
    expect(current.findings.some((f: any) => f.controlId === 'KW-POD-018')).toBe(false);
    expect((await run()).options.kubernetesVersion).toBe(CATALOG_DEFAULTS.kubernetesVersion);
  });

  test('audit --format junit writes XML to stdout', async () => {
    const io = fakeIo();
    await main(['audit', privileged, '--format', 'junit'], io);
    expect(io.out()).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="kubeward"/);
    expect(io.out()).toMatch(/<testsuite name="KW-POD-001 Privileged containers are forbidden" tests="1" failures="1"/);
  });

  test('colour only on a TTY without NO_COLOR', async () => {
    let io = fakeIo({ tty: true });
    await main(['audit', privileged], io);
    expect(io.out()).toContain('\x1b[');
    io = fakeIo({ tty: true, env: { NO_COLOR: '1' } });
    await main(['audit', privileged], io);
    expect(io.out()).not.toContain('\x1b[');
    io = fakeIo({ tty: false });
    await main(['audit', privileged], io);
    expect(io.out()).not.toContain('\x1b[');
  });

  test('controls: text, markdown and json, filtered by profile', async () => {
    let io = fakeIo();
    expect(await main(['controls'], io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines).toHaveLength(CONTROLS.length);
    expect(lines[0]).toMatch(/^KW-POD-001 {3}critical {2}Privileged containers are forbidden$/);
    io = fakeIo();
    await main(['controls', '--format', 'markdown'], io);
    expect(io.out()).toMatch(/^\| id \| severity \| title \| passes when \| standards \|\n\| --- \|/);
    expect(io.out()).toMatch(/\| KW-POD-001 \| critical \| Privileged containers are forbidden \| .* \| PSS baseline; CIS 5\.2\.2 \|/);
    io = fakeIo();
    await main(['controls', '--format', 'json', '--profile', 'baseline'], io);
    const baseline = JSON.parse(io.out());
    expect(baseline.length).toBeGreaterThan(5);
    expect(baseline.length).toBeLessThan(CONTROLS.length);
    expect(baseline.every((c: any) => c.references.pss.level === 'baseline')).toBe(true);
  });

  test('images: every image of every container type, once, sorted', async () => {
    const cron = path.join(dir, 'cron.yaml');
    fs.writeFileSync(
      cron,
      'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: nightly, namespace: shop}\nspec:\n  schedule: "0 1 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n          - {name: job, image: ccr.ccs.tencentyun.com/shop/web:2.1}\n          - {name: side, image: "alpine@sha256:' +
        'b'.repeat(64) +
        '"}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: not-a-workload}\ndata: {image: ignored:1}\n',
    );
    const io = fakeIo();
    expect(await main(['images', privileged, clean, cron], io)).toBe(0);
    expect(io.out()).toBe(`alpine@sha256:${'b'.repeat(64)}\nccr.ccs.tencentyun.com/shop/init:1.0\nccr.ccs.tencentyun.com/shop/web:2.1\n`);
    const missing = fakeIo();
    expect(await main(['images', path.join(dir, 'nope'), cron], missing)).toBe(2);
    expect(missing.out()).toContain('alpine@sha256:');
  });

  test('spawned as a process on the TypeScript source: exit code and clean JSON on stdout', () => {
    const root = path.resolve(__dirname, '../..');
    const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(root, 'lib/cli/main.ts'), 'audit', privileged, '--format', 'json', '--fail-on', 'critical'], {
      cwd: root,
      env: { ...process.env, TS_NODE_PROJECT: path.join(root, 'tsconfig.dev.json') },
      encoding: 'utf8',
      timeout: 60000,
    });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).tool.name).toBe('kubeward');
    expect(result.stderr).toMatch(/^kubeward: 1 object in 1 file: /);
  });
});
