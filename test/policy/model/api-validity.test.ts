// The API-server-equivalent validity layer: each rule refuses what the API server refuses and
// accepts what it accepts.
import { ANNOTATIONS_MAX_BYTES, isPortName, validateObjects } from '../../../lib/policy/model/api-validity';

const meta = (name: string, extra: Record<string, unknown> = {}) => ({ name, namespace: 'team', ...extra });
const deployment = (labels: Record<string, string>, selector: Record<string, unknown>, containers: unknown[] = [{ name: 'app', image: 'x' }]) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: meta('web'),
  spec: { selector, template: { metadata: { labels }, spec: { containers } } },
});
const problems = (objects: unknown[]) => validateObjects(objects).map((e) => `${e.object} ${e.field}: ${e.problem}`);

describe('API-server validity |', () => {
  test('names per kind: Namespace a DNS label, Service a DNS-1035 label, others subdomains, RBAC path segments', () => {
    expect(problems([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a.b' } },
      { apiVersion: 'v1', kind: 'Service', metadata: meta('1api') },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('Bad_Name') },
      { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta('a/b') },
      { apiVersion: 'batch/v1', kind: 'CronJob', metadata: meta('c'.repeat(53)), spec: {} },
    ])).toHaveLength(5);
    expect(problems([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } },
      { apiVersion: 'v1', kind: 'Service', metadata: meta('api') },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('tls.example.com') },
      { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta('system:team:Reader') },
      { apiVersion: 'batch/v1', kind: 'CronJob', metadata: meta('c'.repeat(52)), spec: {} },
    ])).toEqual([]);
  });

  test('label keys and values, annotation keys and their total size', () => {
    expect(problems([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('a', { labels: { 'bad key': 'x', 'ok': '-x' } }) }])).toHaveLength(2);
    const big = 'x'.repeat(ANNOTATIONS_MAX_BYTES);
    expect(problems([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('a', { annotations: { a: big } }) }])).toHaveLength(1);
    expect(problems([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('a', { annotations: { a: big.slice(1) } }) }])).toEqual([]);
  });

  test('one object per kind, namespace and name (policy names unique per namespace)', () => {
    const np = (ns: string) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'allow-from-monitoring', namespace: ns } });
    expect(problems([np('a'), np('b')])).toEqual([]);
    expect(problems([np('a'), np('a')])).toEqual([expect.stringContaining('a second NetworkPolicy')]);
  });

  test('selector must be non-empty and select the template', () => {
    expect(problems([deployment({ app: 'web' }, { matchLabels: { app: 'web' } })])).toEqual([]);
    expect(problems([deployment({ app: 'web' }, { matchLabels: { app: 'api' } })])).toHaveLength(1);
    expect(problems([deployment({ app: 'web' }, {})])).toHaveLength(1);
    expect(problems([deployment({ app: 'web' }, { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] })])).toHaveLength(1);
    expect(problems([deployment({ app: 'web' }, { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] })])).toEqual([]);
  });

  test('containers: unique names, IANA port names unique in the pod, no port twice in a container', () => {
    const c = (name: string, ports: unknown[]) => ({ name, image: 'x', ports });
    const sel = { matchLabels: { app: 'web' } };
    expect(problems([deployment({ app: 'web' }, sel, [c('app', []), c('app', [])])])).toHaveLength(1);
    expect(problems([deployment({ app: 'web' }, sel, [c('app', [{ name: 'http', containerPort: 80 }]), c('side', [{ name: 'http', containerPort: 81 }])])])).toHaveLength(1);
    expect(problems([deployment({ app: 'web' }, sel, [c('app', [{ containerPort: 80 }, { containerPort: 80 }])])])).toHaveLength(1);
    expect(problems([deployment({ app: 'web' }, sel, [c('app', [{ containerPort: 80 }, { containerPort: 80, protocol: 'UDP' }])])])).toEqual([]);
    expect(['http', 'metrics', 'h2c', 'a1'].filter((n) => !isPortName(n))).toEqual([]);
    expect(['', 'http--x', '-http', '1234', 'metrics-exporter', 'HTTP'].filter(isPortName)).toEqual([]);
  });

  test('Service ports: named when several, names unique, (port, protocol) unique', () => {
    const svc = (ports: unknown[]) => ({ apiVersion: 'v1', kind: 'Service', metadata: meta('api'), spec: { ports } });
    expect(problems([svc([{ port: 80 }])])).toEqual([]);
    expect(problems([svc([{ name: 'http', port: 80 }, { name: 'metrics', port: 80 }])])).toEqual([expect.stringContaining('port 80/TCP used twice')]);
    expect(problems([svc([{ name: 'http', port: 80 }, { name: 'http', port: 81 }])])).toHaveLength(1);
    expect(problems([svc([{ port: 80 }, { name: 'm', port: 81 }])])).toHaveLength(1);
    expect(problems([svc([{ name: 'dns', port: 53 }, { name: 'dns-udp', port: 53, protocol: 'UDP' }])])).toEqual([]);
  });
});
