// The package as a stranger installs it: `npm pack` (which compiles lib/ first, see the prepack
// task) and an `npm install` of the tarball into an empty project holding only cdk8s,
// cdk8s-plus-28 and constructs. There the README's ten-line example runs, the CLI works, the
// README's cdk8s plugin configuration loads the plugin, and every TypeScript snippet of the
// README compiles. Then the Pulumi peers are added and `kubeward/pulumi` must resolve its types
// under node10, node16 and bundler resolution.
//
// Speed (this runs in CI on 2 cores): one pack, one install of five packages from the npm cache
// (`npm ci` put them there; the versions are the lockfile's), every TypeScript check in this
// process with parsed declaration files shared between programs. The Pulumi peers and the
// @types packages are linked from the repository's node_modules, not installed: they are not what
// is being tested, and installing @pulumi/* would dominate the run.
import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { exampleAfter, installCommands, pluginConfig, REPO, Snippet, tsSnippets } from './readme';

const repoPkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const lock = JSON.parse(fs.readFileSync(path.join(REPO, 'package-lock.json'), 'utf8')).packages;
/** The version of a package the repository's lockfile installs (so the npm cache has its tarball). */
const locked = (name: string): string => lock[`node_modules/${name}`].version;

const CDK8S_PEERS = ['cdk8s', 'cdk8s-plus-28', 'constructs'];
const LINKED_TYPES = ['@types/node', '@types/jest'];
/** For children that run `npx` or may call npm: the installed package is used, nothing is fetched. */
const OFFLINE = { npm_config_offline: 'true' };
const PULUMI_PEERS = Object.keys(repoPkg.peerDependencies).filter((p) => repoPkg.peerDependenciesMeta?.[p]?.optional);

/** The environment for child npm and node processes: no npm_* settings of a parent `npm test`. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) || keep.has(k.toLowerCase())) env[k] = v;
  return { ...env, NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false', ...extra };
}

type RunOptions = { input?: string; env?: Record<string, string> };
function run(cmd: string, args: readonly string[], cwd: string, options: RunOptions = {}): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: childEnv(options.env), input: options.input ?? '', timeout: 300000, maxBuffer: 64 * 1024 * 1024 });
}

function outputOf(r: SpawnSyncReturns<string>): string {
  return `exit ${r.status}${r.error ? ` (${r.error.message})` : ''}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}

function link(project: string, name: string): void {
  const target = path.join(project, 'node_modules', name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.symlinkSync(path.join(REPO, 'node_modules', name), target, 'dir');
}

// TypeScript, in-process. Declaration files are parsed (and bound) once and shared by every
// program; the key includes the module format TypeScript detected for the file. Diagnostics are
// collected for the files being checked and for kubeward's own declarations, never for the other
// packages' (as skipLibCheck would, but without skipping kubeward's .d.ts).
const parsed = new Map<string, ts.SourceFile>();
function compile(rootNames: readonly string[], options: ts.CompilerOptions): string[] {
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreate) => {
    if (!fileName.includes(`${path.sep}node_modules${path.sep}`)) return getSourceFile(fileName, languageVersionOrOptions, onError, shouldCreate);
    const key = `${fileName}|${JSON.stringify(languageVersionOrOptions)}`;
    let file = parsed.get(key);
    if (!file) {
      file = getSourceFile(fileName, languageVersionOrOptions, onError, shouldCreate);
      if (file) parsed.set(key, file);
    }
    return file;
  };
  const program = ts.createProgram(rootNames, { noEmit: true, strict: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], ...options, skipLibCheck: false }, host);
  const ours = fs.realpathSync(installed) + path.sep;
  const checked = program.getSourceFiles().filter((f) => !f.fileName.includes(`${path.sep}node_modules${path.sep}`) || path.resolve(f.fileName).startsWith(ours));
  expect(checked.filter((f) => f.isDeclarationFile && path.resolve(f.fileName).startsWith(ours)).length).toBeGreaterThan(0);
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...checked.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]),
  ];
  return diagnostics.map((d) => {
    const where = d.file ? `${path.relative(path.dirname(rootNames[0]), d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : '';
    const text = d.file ? `\n    ${d.file.text.split('\n')[d.file.getLineAndCharacterOfPosition(d.start ?? 0).line].trim()}` : '';
    return `${where}TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}${text}`;
  });
}

/** Writes each snippet to `<dir>/readme-L<line>.ts` and compiles them together (each is a module). */
function compileSnippets(dir: string, snippets: readonly Snippet[], options: ts.CompilerOptions): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files = snippets.map((s) => {
    const file = path.join(dir, `readme-L${s.block.line}.ts`);
    fs.writeFileSync(file, s.source);
    return file;
  });
  return compile(files, options);
}

const SNIPPET_OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  esModuleInterop: true,
  types: ['node', 'jest'],
};

let work: string;
let project: string;
let packed: { name: string; version: string; size: number; unpackedSize: number; files: { path: string }[] };
let installed: string;
let npmLs: SpawnSyncReturns<string>;
const started = Date.now();

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeward-package-'));
  // `npm pack` runs the prepack task: a clean compile of lib/ into build/.
  const pack = run('npm', ['pack', '--json', '--pack-destination', work], REPO);
  if (pack.status !== 0) throw new Error(`npm pack failed (a compile error stops it):\n${outputOf(pack)}`);
  packed = JSON.parse(pack.stdout.slice(pack.stdout.search(/^\[/m)))[0];
  const tarball = path.join(work, `${packed.name}-${packed.version}.tgz`);

  project = path.join(work, 'app');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'scratch-app', version: '1.0.0', private: true }, null, 2));
  const install = run('npm', ['install', tarball, ...CDK8S_PEERS.map((p) => `${p}@${locked(p)}`), '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], project);
  if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${outputOf(install)}`);
  installed = path.join(project, 'node_modules', 'kubeward');
  npmLs = run('npm', ['ls', '--all', '--offline'], project);
  // Types for the snippets that use process or jest's expect (the test's own, not kubeward's).
  for (const t of LINKED_TYPES) link(project, t);
}, 600000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
  process.stdout.write(`test/package: packed, installed and checked in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
});

describe('the packed package |', () => {
  test('holds compiled JS and .d.ts for every lib source and both entry points, the CLI, README, LICENSE and API.md, and nothing else', () => {
    const files = packed.files.map((f) => f.path).sort();
    expect(packed.version).toBe('0.1.0');
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'API.md', 'bin/kubeward', 'build/index.js', 'build/index.d.ts', 'build/pulumi.js', 'build/pulumi.d.ts']));
    const allowed = /^(package\.json|README\.md|LICENSE|API\.md|bin\/kubeward|build\/.+\.(js|d\.ts|json))$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    // Every source of lib/ is shipped compiled, with its declarations.
    const sources: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) sources.push(path.relative(path.join(REPO, 'lib'), p).split(path.sep).join('/'));
      }
    };
    walk(path.join(REPO, 'lib'));
    const missing = sources.flatMap((s) => [`build/${s.replace(/\.ts$/, '.js')}`, `build/${s.replace(/\.ts$/, '.d.ts')}`]).filter((f) => !files.includes(f));
    expect(missing).toEqual([]);
  });

  test('every require() in the package resolves inside it, to a dependency or peer it declares, or to Node itself', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
    const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
    const problems: string[] = [];
    for (const rel of packed.files.map((f) => f.path).filter((f) => f.endsWith('.js') || f === 'bin/kubeward')) {
      const file = path.join(installed, rel);
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/\brequire\((["'])([^"']+)\1\)/g)) {
        const spec = m[2];
        if (spec.startsWith('.')) {
          const base = path.resolve(path.dirname(file), spec);
          const found = [base, `${base}.js`, `${base}.json`, path.join(base, 'index.js')].some((f) => fs.existsSync(f) && fs.statSync(f).isFile());
          if (!found || !base.startsWith(installed + path.sep)) problems.push(`${rel}: require('${spec}') is not in the package`);
        } else {
          const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
          if (!declared.has(name) && !builtinModules.includes(spec.replace(/^node:/, ''))) problems.push(`${rel}: require('${spec}') is neither declared nor built in`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('package.json: optional Pulumi peers, required cdk8s peers, both entry points with types', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
    expect([...PULUMI_PEERS].sort()).toEqual(['@pulumi/kubernetes', '@pulumi/policy', '@pulumi/pulumi']);
    expect(Object.keys(pkg.peerDependencies).filter((p) => !PULUMI_PEERS.includes(p)).sort()).toEqual([...CDK8S_PEERS].sort());
    for (const entry of ['.', './pulumi']) {
      for (const field of ['types', 'default']) expect(fs.existsSync(path.join(installed, pkg.exports[entry][field]))).toBe(true);
    }
    for (const target of pkg.typesVersions['*'].pulumi) expect(fs.existsSync(path.join(installed, target))).toBe(true);
  });
});

describe('installed with only cdk8s, cdk8s-plus-28 and constructs |', () => {
  test('no Pulumi package is installed and no peer is missing', () => {
    expect(fs.existsSync(path.join(project, 'node_modules', '@pulumi'))).toBe(false);
    for (const p of PULUMI_PEERS) expect(() => require.resolve(p, { paths: [project] })).toThrow();
    expect(npmLs.status).toBe(0);
    expect(npmLs.stdout).toMatch(/kubeward@0\.1\.0/);
  });

  test("the README's install commands name the package and exactly its peers: the cdk8s ones, then all", () => {
    const [cdk8sOnly, withPulumi] = installCommands();
    expect(cdk8sOnly.sort()).toEqual(['kubeward', ...CDK8S_PEERS].sort());
    expect(withPulumi.sort()).toEqual(['kubeward', ...Object.keys(repoPkg.peerDependencies)].sort());
  });

  test("the README's ten-line example runs and synthesizes a tenant the installed CLI passes", () => {
    const js = ts.transpileModule(exampleAfter('## Ten lines'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    fs.writeFileSync(path.join(project, 'example.js'), js);
    const example = run(process.execPath, ['example.js'], project);
    expect(outputOf(example)).toMatch(/^exit 0/);
    expect(fs.readdirSync(path.join(project, 'dist'))).toEqual(['payments.k8s.yaml']);
    const audit = run('npx', ['kubeward', 'audit', 'dist'], project, { env: OFFLINE });
    expect(outputOf(audit)).toMatch(/^exit 0/);
    expect(audit.stdout).toMatch(/ 0 findings /);
    expect(audit.stdout).toMatch(/^PASS/m);
  });

  test('`npx kubeward --version` prints the package version; an empty input fails', () => {
    const version = run('npx', ['kubeward', '--version'], project, { env: OFFLINE });
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(`${repoPkg.version}\n`);
    expect(version.stdout).toBe('0.1.0\n');
    const empty = run('npx', ['kubeward', 'audit', '-'], project, { input: '', env: OFFLINE });
    expect(empty.status).toBe(2);
    expect(empty.stdout).toMatch(/no Kubernetes object found in <stdin>/);
  });

  test("the README's cdk8s.yaml plugin configuration names this version and loads KubewardValidation from the package", () => {
    const config = pluginConfig();
    expect(/version: (\S+)/.exec(config)![1]).toBe(packed.version);
    // The cdk8s CLI installs `package@version` into <plugins-dir>/<package>/<version>; the
    // installed tarball stands there, so nothing is fetched (npm is offline for the child).
    const pluginDir = path.join(project, '.cdk8s-plugins', 'kubeward', packed.version, 'node_modules');
    fs.mkdirSync(pluginDir, { recursive: true });
    fs.symlinkSync(installed, path.join(pluginDir, 'kubeward'), 'dir');
    fs.writeFileSync(path.join(project, 'cdk8s.yaml'), `language: typescript\napp: node example.js\n${config}\n`);
    const cdk8s = path.join(REPO, 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s');
    const synth = run(process.execPath, [cdk8s, 'synth', '--plugins-dir', path.join(project, '.cdk8s-plugins'), '--validation-reports-output-file', 'report.json'], project, {
      env: { CI: 'true', ...OFFLINE },
    });
    expect(outputOf(synth)).toMatch(/^exit 0/);
    expect(synth.stdout + synth.stderr).not.toMatch(/Installing validation plugin/);
    const report = JSON.parse(fs.readFileSync(path.join(project, 'report.json'), 'utf8'));
    expect(report.reports).toHaveLength(1);
    expect(report.reports[0].summary.status).toBe('success');
    expect(JSON.stringify(report.reports[0])).toMatch(/kubeward/);
  });

  test("every cdk8s-side TypeScript snippet of the README compiles against the installed package, and kubeward's declarations type-check without Pulumi", () => {
    const snippets = tsSnippets().filter((s) => !s.pulumi);
    expect(snippets.length).toBeGreaterThan(0);
    expect(compileSnippets(path.join(project, 'snippets'), snippets, SNIPPET_OPTIONS)).toEqual([]);
  });
});

describe('with the Pulumi peers added |', () => {
  beforeAll(() => {
    for (const p of PULUMI_PEERS) link(project, p);
  });

  test('kubeward/pulumi resolves its types under node10, node16 (CommonJS and ESM) and bundler resolution', () => {
    const dir = path.join(project, 'resolution');
    fs.mkdirSync(dir);
    // Each check fails if the module, or a type of it that comes from Pulumi, resolves to nothing.
    const probe = `import { MultiZoneCluster, kubewardPolicies } from 'kubeward/pulumi';
import { SecureTenant } from 'kubeward';
type IsAny<T> = 0 extends 1 & T ? true : false;
export const component: IsAny<typeof MultiZoneCluster> = false;
export const pulumiOutput: IsAny<MultiZoneCluster['kubeconfig']> = false;
export const policies: IsAny<ReturnType<typeof kubewardPolicies>> = false;
export const construct: IsAny<typeof SecureTenant> = false;
// @ts-expect-error a subpath the package does not export: proves this mode reports resolution errors
import { nothing } from 'kubeward/nothing';
void nothing;
`;
    const modes: [string, ts.CompilerOptions, string[]][] = [
      ['node10', { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10 }, ['probe.ts']],
      ['node16', { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }, ['probe.cts', 'probe.mts']],
      ['bundler', { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }, ['probe.ts']],
    ];
    const result: Record<string, string[]> = {};
    for (const [mode, options, names] of modes) {
      const files = names.map((n) => path.join(dir, mode, n));
      for (const f of files) {
        fs.mkdirSync(path.dirname(f), { recursive: true });
        fs.writeFileSync(f, probe);
      }
      result[mode] = compile(files, { ...options, types: [] });
    }
    expect(result).toEqual({ node10: [], node16: [], bundler: [] });
  });

  test('every Pulumi-side TypeScript snippet of the README compiles against the installed package', () => {
    const snippets = tsSnippets().filter((s) => s.pulumi);
    expect(snippets.length).toBeGreaterThan(0);
    expect(compileSnippets(path.join(project, 'snippets-pulumi'), snippets, SNIPPET_OPTIONS)).toEqual([]);
  });

  test("require('kubeward/pulumi') loads the Pulumi side from the compiled package", () => {
    const r = run(process.execPath, ['-e', "const p = require('kubeward/pulumi'); console.log(typeof p.MultiZoneCluster, typeof p.kubewardPolicies)"], project);
    expect(outputOf(r)).toMatch(/^exit 0/);
    expect(r.stdout).toBe('function function\n');
  });
});
