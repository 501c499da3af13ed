// Hostile input: every case must end in a clear error for the bad file, at bounded cost, while
// a good file in the same run is still audited. The files are generated here, never committed.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { auditPaths, formatJson, InputError, loadPaths } from '../../../lib/policy';
import { auditSets } from '../../../lib/policy/engine';
import { containsPrivateKey } from '../../../lib/policy/model/secret-names';

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

  // Issue 13's hostile files, each beside the good file. Timing is measured by bench/hostile.sh,
  // not asserted here; these tests assert the error and that the good file is still audited.
  test('1,000,000 small documents (8 MB): one limit error naming the document limit, counted before parsing', () => {
    const docs = write('docs.yaml', 'a: 1\n---\n'.repeat(1000000));
    const { errors } = loadWithGood(docs);
    expect(errors).toEqual([expect.objectContaining({ kind: 'limit', message: expect.stringMatching(/docs\.yaml:\d+: the file holds more than 100000 YAML documents; the file was not read\. Split it, or raise the limit \(maxDocuments, CLI --max-documents\) if it is trusted\./) })]);
    // The limit is an option.
    const two = write('two.yaml', `${GOOD}---\n${GOOD.replace('name: good', 'name: good2')}`);
    expect(loadPaths([two]).objects).toHaveLength(2);
    expect(loadPaths([two], { maxDocuments: 1 }).errors[0].kind).toBe('limit');
  });

  test('documents under the limit that are all malformed: the errors listed per file are capped, with a count of the rest', () => {
    const n = 5000;
    const docs = write('many-bad.yaml', 'a: 1\n---\n'.repeat(n));
    const { errors } = loadWithGood(docs, { maxErrorsPerFile: 50 });
    expect(errors).toHaveLength(51);
    expect(errors[50].message).toMatch(new RegExp(`${n - 50} more input errors in this file were not listed \\(maxErrorsPerFile is 50\\)`));
  });

  test('a million input errors handed to the engine do not overflow the stack', () => {
    const e: InputError = { kind: 'shape', message: 'x', source: {} };
    expect(auditSets([], {}, Array(1000000).fill(e)).errors).toHaveLength(1000000);
  });

  test('5,000,000 unclosed [ (5 MB): limit error from the pre-scan, before the parser holds them', () => {
    const brackets = write('brackets.yaml', '['.repeat(5000000));
    const { errors } = loadWithGood(brackets);
    expect(errors).toEqual([expect.objectContaining({ kind: 'limit', message: expect.stringMatching(/brackets\.yaml:1: document 0 nests deeper than 128 levels of \[ and \{; the file was not read\. Split it, or raise the limit \(maxDepth, CLI --max-depth\) if it is trusted\./) })]);
  });

  test('brackets inside quoted and block scalars do not count toward the depth', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: brackets}\ndata:\n  a: "${'['.repeat(500)}"\n  b: |\n    ${'{'.repeat(500)}\n`;
    const result = loadPaths([write('quoted.yaml', text)]);
    expect(result.errors).toEqual([]);
    expect(result.objects.map((o) => o.name)).toEqual(['brackets']);
  });

  test('a ConfigMap value of "BEGIN " x 50,000: audited (linear private-key check), no private-key finding; real headers still found', () => {
    const begin = write('begin.json', JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'begin', namespace: 'shop' }, data: { k: 'BEGIN '.repeat(50000) } }));
    const report = auditPaths([begin, good]);
    expect(report.errors).toEqual([]);
    expect(report.objects).toBe(2);
    expect(report.findings.filter((f) => f.controlId === 'KW-POD-026')).toEqual([]);
    expect(containsPrivateKey('BEGIN '.repeat(50000) + 'PRIVATE KEY')).toBe(true);
  });

  test('the linear private-key check decides exactly what the old regular expression did (seeded random texts)', () => {
    const oracle = /BEGIN(?:[ \t]+[A-Za-z0-9]+)*[ \t]+PRIVATE[ \t]+KEY/;
    const words = ['BEGIN', 'PRIVATE', 'KEY', 'KEYS', 'RSA', 'Rsa', '-----BEGIN', 'XBEGIN', 'a-b', 'PRIVATEX', 'KEY-----', 'x\nBEGIN', '', 'BEGIN\n'];
    const seps = [' ', '\t', ' \t ', '  ', '\n', '-', ''];
    let seed = 42;
    const pick = <T>(a: T[]): T => a[Math.floor((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 * a.length)];
    let positives = 0;
    for (let n = 0; n < 20000; n++) {
      let s = pick(seps);
      const k = 1 + (n % 7);
      for (let i = 0; i < k; i++) s += pick(words) + pick(seps);
      const want = oracle.test(s);
      if (want) positives++;
      if (containsPrivateKey(s) !== want) throw new Error(`disagrees on ${JSON.stringify(s)}`);
    }
    expect(positives).toBeGreaterThan(0);
  });

  // bench/hostile.sh runs the full 100,000 containers; 5,000 exercise the same cap in a test's time.
  test('thousands of containers in one Deployment: findings per control and object are capped with a summarizing finding, the JSON report renders', () => {
    const n = 5000;
    const containers = Array.from({ length: n }, (_, i) => ({ name: `c${i}`, image: 'nginx' }));
    const wide = write('wide.json', JSON.stringify({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'wide', namespace: 'shop' }, spec: { selector: { matchLabels: { app: 'w' } }, template: { metadata: { labels: { app: 'w' } }, spec: { containers } } } }));
    const report = auditPaths([wide, good]);
    expect(report.objects).toBe(2);
    const perControl = new Map<string, number>();
    for (const f of report.findings.filter((x) => x.object.name === 'wide')) perControl.set(f.controlId, (perControl.get(f.controlId) ?? 0) + 1);
    expect(Math.max(...perControl.values())).toBe(101);
    const capped = [...perControl].filter(([, count]) => count === 101).map(([id]) => id);
    for (const id of capped) {
      const c = report.controls.find((x) => x.id === id)!;
      expect(c.failed + c.suppressed).toBeGreaterThanOrEqual(n);
      expect(report.findings.filter((f) => f.controlId === id).some((f) => new RegExp(`${c.failed + c.suppressed - 100} more findings of ${id} on this object were not listed \\(maxFindingsPerObject is 100\\)`).test(f.message))).toBe(true);
    }
    expect(() => JSON.parse(formatJson(report))).not.toThrow();
  });
});
