import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CliIo, main } from '../../lib/cli';
import { loadPaths } from '../../lib/policy';

// What the CLI reads: regular files, `-`, and readable pipes named explicitly; never a FIFO met
// while walking (it would block), never a symlink out of the tree unless asked, never `/`.

const GOOD = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: good, namespace: shop}\ndata: {greeting: hello}\n';
const OUTSIDE = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: outside, namespace: shop}\n';
let dir: string;
let tree: string;

function io(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    readStdin: async () => Buffer.alloc(0),
    env: {},
    cwd: dir,
    out: () => out,
    err: () => err,
  };
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-inputs-'));
  tree = path.join(dir, 'tree');
  fs.mkdirSync(path.join(tree, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(tree, 'good.yaml'), GOOD);
  fs.mkdirSync(path.join(dir, 'elsewhere'));
  fs.writeFileSync(path.join(dir, 'elsewhere', 'outside.yaml'), OUTSIDE);
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const names = (r: { objects: Array<{ name: string }> }): string[] => r.objects.map((o) => o.name);

describe('CLI inputs |', () => {
  test('a FIFO found while walking is skipped with a warning and never opened; the rest is audited', () => {
    spawnSync('mkfifo', [path.join(tree, 'sub', 'pipe.yaml')]);
    fs.symlinkSync(path.join(tree, 'sub', 'pipe.yaml'), path.join(tree, 'link-to-pipe.yaml'));
    const result = loadPaths([tree]); // would block forever if it opened the FIFO
    expect(names(result)).toEqual(['good']);
    expect(result.errors).toEqual([
      expect.objectContaining({ kind: 'shape', message: expect.stringMatching(/link-to-pipe\.yaml: symlink to something that is not a regular file .* skipped/) }),
      expect.objectContaining({ kind: 'shape', message: expect.stringMatching(/pipe\.yaml: not a regular file \(a FIFO, socket or device\); it was skipped/) }),
    ]);
  });

  test('a FIFO named on the command line is read (with a writer)', async () => {
    const fifo = path.join(dir, 'named.yaml');
    spawnSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `cat "${path.join(tree, 'good.yaml')}" > "${fifo}"`]);
    const result = loadPaths([fifo]);
    await new Promise((resolve) => writer.on('exit', resolve));
    expect(result.errors).toEqual([]);
    expect(names(result)).toEqual(['good']);
  });

  test('a symlink out of the tree is skipped with a warning, followed with --follow-symlinks', async () => {
    fs.symlinkSync(path.join(dir, 'elsewhere'), path.join(tree, 'sub', 'away'));
    fs.symlinkSync(path.join(dir, 'elsewhere', 'outside.yaml'), path.join(tree, 'outside-link.yaml'));
    const result = loadPaths([tree]);
    expect(names(result)).toEqual(['good']);
    expect(result.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/outside-link\.yaml: symlink out of the tree to .*outside\.yaml; it was not followed \(pass --follow-symlinks/),
      expect.stringMatching(/away: symlink out of the tree to .*elsewhere; it was not followed/),
    ]);
    expect(names(loadPaths([tree], { followSymlinks: true })).sort()).toEqual(['good', 'outside']);

    const a = io();
    expect(await main(['audit', tree, '--format', 'json'], a)).toBe(0);
    expect(JSON.parse(a.out()).summary.objects).toBe(1);
    const b = io();
    await main(['audit', tree, '--format', 'json', '--follow-symlinks'], b);
    expect(JSON.parse(b.out()).summary.objects).toBe(2);
  });

  test('a symlink to / inside the tree does not walk the filesystem, even with --follow-symlinks', () => {
    fs.symlinkSync('/', path.join(tree, 'sub', 'root'));
    fs.symlinkSync(dir, path.join(tree, 'parent'));
    for (const followSymlinks of [false, true]) {
      const start = Date.now();
      const result = loadPaths([tree], { followSymlinks });
      expect(names(result)).toEqual(['good']);
      expect(result.errors.map((e) => e.message)).toEqual(
        expect.arrayContaining([expect.stringMatching(/root: symlink to \/, a directory that contains the tree being walked; it was not followed/)]),
      );
      expect(result.errors.some((e) => /parent: symlink to .*, a directory that contains the tree/.test(e.message))).toBe(true);
      expect(Date.now() - start).toBeLessThan(60000);
    }
  });

  test('symlinks inside the tree are still followed', () => {
    fs.writeFileSync(path.join(tree, 'sub', 'inner.yaml'), GOOD.replace('name: good', 'name: inner'));
    fs.symlinkSync(path.join(tree, 'sub'), path.join(tree, 'alias'));
    const result = loadPaths([path.join(tree, 'alias'), tree]);
    expect(result.errors).toEqual([]);
    expect(names(result).sort()).toEqual(['good', 'inner']);
  });

  test('/dev/stdin and a process substitution (/dev/fd/N) named explicitly are read', () => {
    const good = path.join(tree, 'good.yaml');
    const script = `require(${JSON.stringify(require.resolve('ts-node'))}).register({ transpileOnly: true });
      const { loadPaths } = require(${JSON.stringify(path.resolve(__dirname, '../../lib/policy'))});
      const r = loadPaths(process.argv.slice(1));
      console.log(JSON.stringify({ names: r.objects.map((o) => o.name), errors: r.errors.map((e) => e.message) }));`;
    const res = spawnSync('bash', ['-c', 'node -e "$0" /dev/stdin <(sed s/name:\\ good/name:\\ substituted/ "$1") < "$1"', script, good], { encoding: 'utf8', timeout: 120000 });
    expect(res.stderr).toBe('');
    const out = JSON.parse(res.stdout.trim().split('\n').pop()!);
    expect(out).toEqual({ names: ['good', 'substituted'], errors: [] });
  });
});

describe('CLI limits |', () => {
  // Each limit flag of `kubeward audit` (and `images`) reaches the loader or the engine: a file
  // that passes under the default fails under a smaller limit, and the good file beside it is
  // still audited.
  const good = (): string => path.join(tree, 'good.yaml');
  const write = (name: string, text: string): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const audit = async (...argv: string[]): Promise<{ code: number; json: any; err: string }> => {
    const out = io();
    const code = await main(['audit', '--format', 'json', ...argv], out);
    return { code, json: JSON.parse(out.out()), err: out.err() };
  };

  test('--max-documents: a file of 3 documents is a limit error under 2, read under the default', async () => {
    const three = write('three.yaml', [1, 2, 3].map((i) => GOOD.replace('name: good', `name: doc${i}`)).join('---\n'));
    const limited = await audit('--max-documents', '2', three, good());
    expect(limited.code).toBe(2);
    expect(limited.json.errors).toEqual([
      expect.objectContaining({ kind: 'limit', message: expect.stringMatching(/three\.yaml:\d+: the file holds more than 2 YAML documents; the file was not read\. Split it, or raise the limit \(maxDocuments, CLI --max-documents\)/) }),
    ]);
    expect(limited.json.summary.objects).toBe(1);
    const read = await audit(three, good());
    expect(read.json.errors).toEqual([]);
    expect(read.json.summary.objects).toBe(4);
    // The same flag on `kubeward images`.
    const images = io();
    expect(await main(['images', '--max-documents', '2', three, good()], images)).toBe(2);
    expect(images.err()).toMatch(/kubeward: limit: .*three\.yaml:\d+: the file holds more than 2 YAML documents/);
  });

  test('--max-depth: a document nesting 4 levels is a limit error under 3; the other documents are read', async () => {
    const deep = write('deep.yaml', `${GOOD.replace('name: good', 'name: shallow')}---\napiVersion: example.com/v1\nkind: Deep\nmetadata: {name: deep, namespace: shop}\nspec: {a: {b: {c: 1}}}\n`);
    const limited = await audit('--max-depth', '3', deep, good());
    expect(limited.code).toBe(2);
    expect(limited.json.errors).toEqual([
      expect.objectContaining({ kind: 'limit', message: expect.stringMatching(/deep\.yaml:\d+: document 1 nests deeper than 3 levels; it was not read\. Raise the limit \(maxDepth, CLI --max-depth\)/) }),
    ]);
    expect(limited.json.summary.objects).toBe(2);
    const read = await audit(deep, good());
    expect(read.json.errors).toEqual([]);
    expect(read.json.summary.objects).toBe(3);
  });

  test('--max-errors-per-file: one error listed, then one with the count of the rest', async () => {
    const scalars = ['- a', '42', 'just text'];
    const bad = write('bad.yaml', scalars.join('\n---\n') + '\n');
    const limited = await audit('--max-errors-per-file', '1', bad, good());
    expect(limited.json.errors.map((e: any) => e.message)).toEqual([
      expect.stringMatching(/bad\.yaml:1: document 0 is a sequence, not a Kubernetes object/),
      expect.stringMatching(new RegExp(`bad\\.yaml: ${scalars.length - 1} more input errors in this file were not listed \\(maxErrorsPerFile is 1\\)\\. Raise it \\(CLI --max-errors-per-file\\)`)),
    ]);
    expect(limited.json.summary.objects).toBe(1);
    expect((await audit(bad, good())).json.errors).toHaveLength(scalars.length);
  });

  test('--max-findings-per-object: one finding listed, then one with the count of the rest; the control count stays exact', async () => {
    const containers = ['a', 'b', 'c'];
    const wide = write('wide.json', JSON.stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'wide', namespace: 'shop' },
      spec: { containers: containers.map((name) => ({ name, image: 'ccr.ccs.tencentyun.com/shop/web:2.1', securityContext: { privileged: true } })) },
    }));
    const pod001 = (r: { json: any }): any[] => r.json.findings.filter((f: any) => f.controlId === 'KW-POD-001');
    const limited = await audit('--max-findings-per-object', '1', wide, good());
    expect(limited.code).toBe(1);
    expect(pod001(limited).map((f) => f.message)).toEqual([
      expect.not.stringMatching(/not listed/),
      expect.stringMatching(new RegExp(`^${containers.length - 1} more findings of KW-POD-001 on this object were not listed \\(maxFindingsPerObject is 1\\);.* raise the limit \\(CLI --max-findings-per-object\\)`)),
    ]);
    expect(limited.json.controls.find((c: any) => c.id === 'KW-POD-001').failed).toBe(containers.length);
    expect(limited.json.summary.objects).toBe(2);
    expect(pod001(await audit(wide, good()))).toHaveLength(containers.length);
  });

  test.each([
    ['audit', '--max-depth', '0'],
    ['audit', '--max-documents', '-1'],
    ['audit', '--max-errors-per-file', '1.5'],
    ['audit', '--max-findings-per-object', 'lots'],
    ['audit', '--max-depth', ''],
    ['audit', '--max-documents', '1e3'],
    ['audit', '--max-depth', '99999999999999999999'],
    ['images', '--max-errors-per-file', '0'],
  ])('%s %s %j is a usage error naming the flag and the fix (exit 2)', async (command, flag, value) => {
    const out = io();
    // `--flag=value`, so that parseArgs hands `-1` to the flag instead of reading it as an option.
    expect(await main([command, `${flag}=${value}`, good()], out)).toBe(2);
    expect(out.out()).toBe('');
    expect(out.err()).toMatch(new RegExp(`^kubeward ${command}: ${flag} must be a positive whole number \\(got "${value.replace(/[.]/g, '\\.')}"\\); pass for example ${flag} \\d+ \\(the default\\)\\.\nRun \`kubeward ${command} --help\``));
  });

  test('- and a device named explicitly are read up to the cap: over it, a limit error and the good file is still audited', async () => {
    const stdin = { ...io(), readStdin: async (max: number) => Buffer.from(`# ${'x'.repeat(Math.min(max, 4096))}\n`) };
    expect(await main(['audit', '--format', 'json', '--max-file-mib', '0.001', '-', good()], stdin)).toBe(2);
    expect(JSON.parse(stdin.out()).errors).toEqual([expect.objectContaining({ kind: 'limit', message: expect.stringMatching(/^<stdin>: file is .* over the [\d.]+ MiB limit; it was not read/) })]);
    // /dev/zero never ends: it is read one byte past the cap, then refused.
    const zero = await audit('--max-file-mib', '1', '/dev/zero', good());
    expect(zero.code).toBe(2);
    expect(zero.json.errors).toEqual([expect.objectContaining({ kind: 'limit', message: expect.stringMatching(/^\/dev\/zero: file is more than the 1\.0 MiB limit; it was not read/) })]);
    expect(zero.json.summary.objects).toBe(1);
  });

  test('images has no --max-findings-per-object (it reports no findings)', async () => {
    const out = io();
    expect(await main(['images', '--max-findings-per-object', '1', good()], out)).toBe(2);
    expect(out.err()).toMatch(/Unknown option '--max-findings-per-object'/);
  });
});
