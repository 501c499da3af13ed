// Hostile input: every case must end in a clear error for the bad file, at bounded cost, while
// a good file in the same run is still audited. The files are generated here, never committed.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { auditPaths, InputError, loadPaths } from '../../../lib/policy';

const GOOD = `apiVersion: v1
kind: ConfigMap
metadata:
  name: good
  namespace: shop
data:
  greeting: hello
`;

let dir: string;
let good: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-hostile-'));
  good = path.join(dir, 'good.yaml');
  fs.writeFileSync(good, GOOD);
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

/** Loads the bad file and the good file in one run; asserts the good one still comes through. */
function loadWithGood(bad: string, options = {}): { errors: InputError[]; ms: number } {
  const start = Date.now();
  const result = loadPaths([bad, good], options);
  const ms = Date.now() - start;
  expect(result.objects.map((o) => o.name)).toContain('good');
  return { errors: result.errors, ms };
}

describe('hostile input |', () => {
  test('YAML alias bomb: limit error naming the alias guard, other files still audited', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const bomb = write('bomb.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n  ${levels.join('\n  ')}\n`);
    const { errors, ms } = loadWithGood(bomb);
    expect(errors).toHaveLength(1);
    expect(errors[0].kind).toBe('limit');
    expect(errors[0].message).toMatch(/bomb\.yaml:1: document 0 expands more than 100 aliases/);
    expect(ms).toBeLessThan(5000);

    const report = auditPaths([bomb, good]);
    expect(report.errors.map((e) => e.kind)).toEqual(['limit']);
    expect(report.objects).toBe(1);
  });

  test('a 50 MB file: limit error without reading it; the cap is an option', () => {
    const big = path.join(dir, 'big.yaml');
    const fd = fs.openSync(big, 'w');
    const line = Buffer.from('# padding padding padding padding padding padding padding padding\n');
    const block = Buffer.concat(Array(1024).fill(line));
    for (let written = 0; written < 50 * 1024 * 1024; written += block.length) fs.writeSync(fd, block);
    fs.closeSync(fd);
    const { errors, ms } = loadWithGood(big);
    expect(errors).toEqual([
      expect.objectContaining({ kind: 'limit', message: expect.stringMatching(/big\.yaml: file is 5\d\.\d MiB, over the 16\.0 MiB limit; it was not read/) }),
    ]);
    expect(ms).toBeLessThan(2000);
    // A smaller cap applies to small files too.
    const capped = loadPaths([good], { maxFileBytes: 10 });
    expect(capped.errors[0].kind).toBe('limit');
    expect(capped.objects).toEqual([]);
  });

  test('binary data (NUL bytes): parse error saying it is binary', () => {
    const bin = write('image.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const { errors } = loadWithGood(bin);
    expect(errors).toEqual([expect.objectContaining({ kind: 'parse', message: expect.stringMatching(/image\.yaml: file contains a NUL byte at offset 8: it is binary data/) })]);
  });

  test('UTF-16 text: parse error asking for UTF-8', () => {
    const utf16 = write('utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('apiVersion: v1\n', 'utf16le')]));
    const { errors } = loadWithGood(utf16);
    expect(errors[0].message).toMatch(/utf16\.yaml: file is UTF-16 encoded; save it as UTF-8/);
  });

  test.each([
    ['YAML flow sequences', 'deep-flow.yaml', '['.repeat(10000) + ']'.repeat(10000)],
    ['YAML block sequences', 'deep-block.yaml', '- '.repeat(10000) + 'x\n'],
    ['JSON objects', 'deep.json', '{"a":'.repeat(10000) + '1' + '}'.repeat(10000)],
    ['JSON arrays inside an object', 'deep-array.json', '{"apiVersion":"v1","kind":"ConfigMap","data":' + '['.repeat(10000) + ']'.repeat(10000) + '}'],
  ])('10,000-deep nesting (%s): limit error, no stack overflow', (_label, name, content) => {
    const deep = write(name, content);
    const { errors, ms } = loadWithGood(deep);
    expect(errors).toEqual([expect.objectContaining({ kind: 'limit', message: expect.stringMatching(/document 0 nests deeper than 128 levels/) })]);
    expect(ms).toBeLessThan(5000);
  });

  test('nesting within the limit still loads (the limit is an option)', () => {
    const ok = write('ok.json', '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"nested"},"data":{"x":' + '['.repeat(50) + ']'.repeat(50) + '}}');
    expect(loadPaths([ok]).objects.map((o) => o.name)).toEqual(['nested']);
    expect(loadPaths([ok], { maxDepth: 20 }).errors[0].kind).toBe('limit');
  });

  test('aliases that deepen a document past the limit are caught after expansion', () => {
    const chain = ['a0: &a0 ' + '['.repeat(60) + ']'.repeat(60)];
    for (let i = 1; i < 5; i++) chain.push(`a${i}: &a${i} ${'['.repeat(60)}*a${i - 1}${']'.repeat(60)}`);
    const deep = write('alias-deep.yaml', chain.join('\n') + '\n');
    const { errors } = loadWithGood(deep);
    expect(errors[0]).toEqual(expect.objectContaining({ kind: 'limit', message: expect.stringMatching(/once its aliases are expanded/) }));
  });

  test('invalid UTF-8: parse error asking for UTF-8', () => {
    const latin1 = write('latin1.yaml', Buffer.concat([Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: caf'), Buffer.from([0xe9]), Buffer.from('}\n')]));
    const { errors } = loadWithGood(latin1);
    expect(errors).toEqual([expect.objectContaining({ kind: 'parse', message: expect.stringMatching(/latin1\.yaml: file is not valid UTF-8/) })]);
  });

  test('empty file, and a file of comments and separators: no objects and no error', () => {
    const empty = write('empty.yaml', '');
    const comments = write('comments.yaml', '# nothing yet\n---\n---\n');
    const result = loadPaths([empty, comments, good]);
    expect(result.errors).toEqual([]);
    expect(result.objects.map((o) => o.name)).toEqual(['good']);
    expect(result.files).toBe(3);
  });

  test('a directory of 10,000 files loads in bounded time, in sorted order', () => {
    const many = path.join(dir, 'many');
    fs.mkdirSync(many);
    for (let i = 0; i < 10000; i++) {
      fs.writeFileSync(path.join(many, `cm-${String(i).padStart(5, '0')}.yaml`), `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm-${i}, namespace: shop}\n`);
    }
    const start = Date.now();
    const report = auditPaths([many, good]);
    const ms = Date.now() - start;
    expect(report.files).toBe(10001);
    expect(report.objects).toBe(10001);
    expect(report.errors).toEqual([]);
    expect(ms).toBeLessThan(30000);
    const names = loadPaths([many]).objects.slice(0, 3).map((o) => o.name);
    expect(names).toEqual(['cm-0', 'cm-1', 'cm-2']);
  });

  test('a symlink loop: read error naming the loop, no hang, the rest still read', () => {
    const tree = path.join(dir, 'tree');
    fs.mkdirSync(path.join(tree, 'sub'), { recursive: true });
    fs.copyFileSync(good, path.join(tree, 'sub', 'inner.yaml'));
    fs.symlinkSync(tree, path.join(tree, 'sub', 'back-to-top'));
    fs.symlinkSync('self', path.join(tree, 'self'));
    const start = Date.now();
    const result = loadPaths([tree, good]);
    expect(Date.now() - start).toBeLessThan(2000);
    expect(result.objects.map((o) => o.source.file)).toEqual([path.join(tree, 'sub', 'inner.yaml'), good]);
    const messages = result.errors.map((e) => e.message);
    expect(result.errors.every((e) => e.kind === 'read')).toBe(true);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/back-to-top: symlink loop: it points to .*tree, a directory that contains it/),
        expect.stringMatching(/self: symlink loop/),
      ]),
    );
  });

  test('a missing path is a read error; the other paths are still read', () => {
    const result = loadPaths([path.join(dir, 'nope.yaml'), good]);
    expect(result.errors).toEqual([expect.objectContaining({ kind: 'read', message: expect.stringMatching(/nope\.yaml: no such file or directory/) })]);
    expect(result.objects).toHaveLength(1);
  });
});
