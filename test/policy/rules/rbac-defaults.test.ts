import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CliIo, main } from '../../../lib/cli';
import { audit, UNSUPPRESSIBLE } from '../../../lib/policy';
import { toKubeObject } from '../../../lib/policy/model/object';
import { BUILT_IN_CLUSTER_ROLE_BINDINGS, isBuiltInRbacObject } from '../../../lib/policy/model/rbac-defaults';
import { RBAC_DEFAULTS, builtInClusterAdminRole, clusterRoleBinding, named, subject } from '../fixtures/rbac';

// The bootstrapping exemption cannot be claimed with the label: only the API server's own objects
// (name AND content, kubernetes/kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy) get it,
// and unsuppressible controls never give it.

/** The case: cluster-admin bound to everyone and to system:masters, wearing the label. */
function forged(): Record<string, any> {
  return named(clusterRoleBinding('cluster-admin', [subject('Group', 'system:authenticated'), subject('Group', 'system:masters')], RBAC_DEFAULTS), 'cluster-admin');
}

describe('RBAC bootstrapping exemption |', () => {
  test('a labelled ClusterRoleBinding of cluster-admin to system:authenticated and system:masters gets KW-RBAC-001, -011 and -012', () => {
    const ids = new Set(audit([forged()]).findings.map((f) => f.controlId));
    for (const id of ['KW-RBAC-001', 'KW-RBAC-011', 'KW-RBAC-012']) expect(ids).toContain(id);
  });

  test('the CLI exits 1 on it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-rbac-'));
    const file = path.join(dir, 'crb.json');
    fs.writeFileSync(file, JSON.stringify(forged()));
    let out = '';
    const io: CliIo = {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: () => true },
      readStdin: async () => Buffer.alloc(0),
      env: {},
      cwd: dir,
    };
    expect(await main(['audit', file, '--format', 'json'], io)).toBe(1);
    const ids = JSON.parse(out).findings.map((f: { controlId: string }) => f.controlId);
    expect(ids).toEqual(expect.arrayContaining(['KW-RBAC-001', 'KW-RBAC-011', 'KW-RBAC-012']));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the real built-in bindings are recognised by name and content, a copy under another name or with one more subject is not', () => {
    for (const [name, b] of BUILT_IN_CLUSTER_ROLE_BINDINGS) {
      const subjects = b.subjects.map((k) => {
        const parts = k.split('/');
        return parts[0] === 'ServiceAccount' ? subject('ServiceAccount', parts[2], parts[1]) : subject(parts[0] as 'User' | 'Group', parts[1]);
      });
      const real = named(clusterRoleBinding(b.role, subjects, RBAC_DEFAULTS), name);
      expect(isBuiltInRbacObject(toKubeObject(real)!)).toBe(true);
      expect(isBuiltInRbacObject(toKubeObject(named(clusterRoleBinding(b.role, subjects, RBAC_DEFAULTS), `${name}-copy`))!)).toBe(false);
      const more = named(clusterRoleBinding(b.role, [...subjects, subject('User', 'mallory')], RBAC_DEFAULTS), name);
      expect(isBuiltInRbacObject(toKubeObject(more)!)).toBe(false);
      expect(isBuiltInRbacObject(toKubeObject(named(clusterRoleBinding(b.role, subjects), name))!)).toBe(false);
    }
  });

  test('controller bindings bind system:controller:<n> to exactly ServiceAccount kube-system/<n>', () => {
    const n = 'system:controller:job-controller';
    expect(isBuiltInRbacObject(toKubeObject(named(clusterRoleBinding(n, [subject('ServiceAccount', 'job-controller', 'kube-system')], RBAC_DEFAULTS), n))!)).toBe(true);
    expect(isBuiltInRbacObject(toKubeObject(named(clusterRoleBinding(n, [subject('ServiceAccount', 'job-controller', 'shop')], RBAC_DEFAULTS), n))!)).toBe(false);
    expect(isBuiltInRbacObject(toKubeObject(named(clusterRoleBinding('cluster-admin', [subject('ServiceAccount', 'job-controller', 'kube-system')], RBAC_DEFAULTS), n))!)).toBe(false);
  });

  test('unsuppressible controls report even the genuine built-in cluster-admin binding; the built-in role is exempt from role controls only', () => {
    const real = named(clusterRoleBinding('cluster-admin', [subject('Group', 'system:masters')], RBAC_DEFAULTS), 'cluster-admin');
    expect(isBuiltInRbacObject(toKubeObject(real)!)).toBe(true);
    const report = audit([real, builtInClusterAdminRole()]);
    const ids = report.findings.map((f) => f.controlId);
    expect(ids).toEqual(expect.arrayContaining(['KW-RBAC-001', 'KW-RBAC-011']));
    for (const f of report.findings) expect(UNSUPPRESSIBLE.has(f.controlId)).toBe(true);
  });
});
