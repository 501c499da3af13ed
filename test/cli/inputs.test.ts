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
