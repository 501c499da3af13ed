import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { auditPaths, loadPaths, loadText, STDIN_NAME } from '../../../lib/policy';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-load-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(rel: string, content: string): string {
  const p = path.join(dir, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

describe('manifest loader |', () => {
  test('multi-document YAML: each object has its file, 1-based line and document index', () => {
    const text = '# header comment\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: a, namespace: shop}\n---\n\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: b\n';
    const result = loadText(text, 'sa.yaml');
    expect(result.errors).toEqual([]);
    expect(result.objects.map((o) => [o.name, o.source])).toEqual([
      ['a', { file: 'sa.yaml', line: 2, documentIndex: 0 }],
      ['b', { file: 'sa.yaml', line: 7, documentIndex: 1 }],
    ]);
  });

  test('YAML 1.1 scalars as the API server reads them: yes/on are booleans, 0o10 stays a string', () => {
    const { objects } = loadText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: yes, b: on, c: 0o10}\n', 'c.yaml');
    expect(objects[0].raw.data).toEqual({ a: true, b: true, c: '0o10' });
  });

  test('kind: List and typed lists are flattened, items keep their own lines', () => {
    const list = JSON.stringify(
      {
        apiVersion: 'v1',
        kind: 'List',
        items: [
          { apiVersion: 'v1', kind: 'Service', metadata: { name: 's1' } },
          { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd1' } },
        ],
      },
      null,
      2,
    );
    const result = loadText(list, 'list.json');
    expect(result.objects.map((o) => [o.gk, o.name, o.source.line])).toEqual([
      ['Service', 's1', 5],
      ['apps/Deployment', 'd1', 12],
    ]);
    const typed = loadText('apiVersion: apps/v1\nkind: DeploymentList\nitems:\n- metadata: {name: x}\n- metadata: {name: z}\n', 'typed.yaml');
    expect(typed.objects.map((o) => [o.gk, o.name, o.source.line])).toEqual([
      ['apps/Deployment', 'x', 4],
      ['apps/Deployment', 'z', 5],
    ]);
  });

  test('a parse error names file and line and skips only that document', () => {
    const result = loadText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\n---\nkey: [unclosed\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: after}\n', 'mixed.yaml');
    expect(result.objects.map((o) => o.name)).toEqual(['ok', 'after']);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toEqual(expect.objectContaining({ kind: 'parse', source: expect.objectContaining({ file: 'mixed.yaml', line: 5, documentIndex: 1 }) }));
    expect(result.errors[0].message).toMatch(/^mixed\.yaml:5: /);
  });

  test('objects without apiVersion or kind, and non-map documents, are shape errors', () => {
    const result = loadText('metadata: {name: x}\n---\n- a\n- b\n---\n42\n', 'odd.yaml');
    expect(result.objects).toEqual([]);
    expect(result.errors.map((e) => [e.kind, e.source.line])).toEqual([
      ['shape', 1],
      ['shape', 3],
      ['shape', 6],
    ]);
  });

  test('directories are walked recursively in sorted order; hidden entries and non-manifests are skipped', () => {
    const root = path.join(dir, 'walk');
    write('walk/b/z.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bz}\n');
    write('walk/a.yml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n');
    write('walk/B.json', '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"B"}}');
    write('walk/.github/workflows/ci.yml', 'on: push\n');
    write('walk/README.md', '# not a manifest\n');
    write('walk/node_modules/pkg/x.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: dep}\n');
    const result = loadPaths([root]);
    expect(result.errors).toEqual([]);
    expect(result.objects.map((o) => o.name)).toEqual(['B', 'a', 'bz']);
    expect(result.files).toBe(3);
  });

  test('a file named twice, or reached through a symlink, is read once', () => {
    const f = write('once/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: once}\n');
    fs.symlinkSync(f, path.join(dir, 'once', 'link.yaml'));
    expect(loadPaths([f, path.join(dir, 'once')]).objects).toHaveLength(1);
  });

  test('`-` reads standard input (given as text by the caller)', () => {
    const result = loadPaths(['-'], { stdin: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: from-stdin}\n' });
    expect(result.objects.map((o) => [o.name, o.source.file])).toEqual([['from-stdin', STDIN_NAME]]);
  });

  test('auditPaths: one manifest set by default, one per file with setPerFile', () => {
    // A Deployment and the PodDisruptionBudget covering it, in two files: KW-HA-004 relates them
    // only when they are in the same set.
    const dep = write(
      'sets/dep.yaml',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec:\n  replicas: 3\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: app, image: nginx}]}\n',
    );
    const pdb = write('sets/pdb.yaml', 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: web, namespace: shop}\nspec:\n  maxUnavailable: 1\n  selector: {matchLabels: {app: web}}\n');
    const together = auditPaths([dep, pdb]);
    const apart = auditPaths([dep, pdb], { setPerFile: true });
    expect(together.files).toBe(2);
    expect(together.objects).toBe(2);
    const ha004 = (r: typeof together): number => r.findings.filter((f) => f.controlId === 'KW-HA-004').length;
    expect(together.controls.find((c) => c.id === 'KW-HA-004')?.evaluated).toBeGreaterThan(0);
    expect(ha004(together)).toBe(0);
    expect(ha004(apart)).toBe(1);
  });
});
