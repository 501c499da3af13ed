// Zero objects is an input error: `helm template ... | kubeward audit -` must not pass when the
// renderer printed nothing, and neither may an empty dist/ folder. `--allow-empty` opts out.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CliIo, main } from '../../lib/cli';

function fakeIo(stdin = ''): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s) },
    readStdin: async () => Buffer.from(stdin),
    env: {},
    cwd: dir,
    out: () => out,
    err: () => err,
  };
}

let dir: string;
let emptyDir: string;
let commentsOnly: string;
let configMap: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-cli-empty-'));
  emptyDir = path.join(dir, 'emptydir');
  fs.mkdirSync(emptyDir);
  commentsOnly = path.join(dir, 'comments.yaml');
  fs.writeFileSync(commentsOnly, '# rendered nothing\n---\n---\n');
  configMap = path.join(dir, 'cm.yaml');
  fs.writeFileSync(configMap, 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings, namespace: shop}\ndata: {a: b}\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const NO_OBJECT = /no Kubernetes object found in (.*) \((\d+) files? read\).*Pass --allow-empty if an empty input is expected\./;

describe('kubeward CLI, empty inputs |', () => {
  test('audit emptydir: exit 2, the error names the directory, the verdict is not PASS', async () => {
    const io = fakeIo();
    expect(await main(['audit', emptyDir], io)).toBe(2);
    const m = NO_OBJECT.exec(io.out());
    expect(m).not.toBeNull();
    expect(m![1]).toBe(emptyDir);
    expect(m![2]).toBe('0');
    expect(io.out()).toMatch(/^ERROR: /m);
    expect(io.out()).not.toMatch(/^PASS/m);
  });

  test('audit - with empty stdin (`kubeward audit - </dev/null`): exit 2, naming <stdin>', async () => {
    const io = fakeIo('');
    expect(await main(['audit', '-'], io)).toBe(2);
    expect(NO_OBJECT.exec(io.out())![1]).toBe('<stdin>');
  });

  test('every input is named, files of comments and separators count as empty', async () => {
    const io = fakeIo('');
    expect(await main(['audit', emptyDir, commentsOnly, '-', '--format', 'json'], io)).toBe(2);
    const json = JSON.parse(io.out());
    expect(json.exitCode).toBe(2);
    expect(json.summary.objects).toBe(0);
    const errors = json.errors.filter((e: any) => NO_OBJECT.test(e.message));
    expect(errors).toHaveLength(1);
    expect(errors[0].kind).toBe('read');
    expect(NO_OBJECT.exec(errors[0].message)!.slice(1)).toEqual([`${emptyDir}, ${commentsOnly}, <stdin>`, '2']);
    // Machine formats keep stdout parseable and say what went wrong on stderr.
    expect(io.err()).toMatch(NO_OBJECT);
  });

  test('the SARIF report marks the run unsuccessful, so code scanning does not read it as clean', async () => {
    const io = fakeIo();
    expect(await main(['audit', emptyDir, '--format', 'sarif'], io)).toBe(2);
    const invocation = JSON.parse(io.out()).runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications.map((n: any) => n.message.text).join('\n')).toMatch(NO_OBJECT);
  });

  test('--allow-empty: exit 0 with no input error', async () => {
    for (const argv of [['audit', emptyDir, '--allow-empty'], ['audit', '-', '--allow-empty', '--format', 'json']]) {
      const io = fakeIo('');
      expect(await main(argv, io)).toBe(0);
      expect(io.out()).not.toMatch(NO_OBJECT);
      expect(io.err()).not.toMatch(NO_OBJECT);
    }
  });

  test('one object anywhere is enough: no empty-input error', async () => {
    const io = fakeIo('');
    await main(['audit', emptyDir, configMap, '-', '--format', 'json'], io);
    const json = JSON.parse(io.out());
    expect(json.summary.objects).toBe(1);
    expect(json.errors).toEqual([]);
  });

  test('images emptydir: exit 2 naming the directory; --allow-empty prints nothing and exits 0', async () => {
    let io = fakeIo();
    expect(await main(['images', emptyDir], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(NO_OBJECT.exec(io.err())![1]).toBe(emptyDir);
    io = fakeIo();
    expect(await main(['images', emptyDir, '--allow-empty'], io)).toBe(0);
    expect(io.out()).toBe('');
    expect(io.err()).toBe('');
  });

  test('--help documents --allow-empty for audit and images', async () => {
    for (const cmd of ['audit', 'images']) {
      const io = fakeIo();
      expect(await main([cmd, '--help'], io)).toBe(0);
      expect(io.out()).toMatch(/--allow-empty +accept inputs that hold no object/);
    }
  });
});
