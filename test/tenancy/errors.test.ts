// Bad input is refused with a KubewardError naming the construct path, the prop and the fix,
// before the tenant joins the construct tree (so nothing of it can be synthesized).
import { paymentsProps, testApp } from './fixtures';
import { KubewardError } from '../../lib/core/errors';
import { TenantPeer } from '../../lib/network';
import { SecureTenant, SecureTenantProps } from '../../lib/tenancy';

function failure(fn: () => unknown): KubewardError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(KubewardError);
    return e as KubewardError;
  }
  throw new Error('expected a KubewardError');
}

function refuses(props: Partial<SecureTenantProps> | Record<string, unknown>, prop: RegExp, message: RegExp, id = 'payments'): KubewardError {
  const app = testApp();
  const e = failure(() => new SecureTenant(app, id, { ...paymentsProps(), ...props } as SecureTenantProps));
  expect(e.path).toBe(id);
  expect(e.prop).toMatch(prop);
  expect(e.message).toMatch(message);
  expect(e.fix.length).toBeGreaterThan(10);
  // Nothing was added to the app.
  expect(app.node.children).toHaveLength(0);
  return e;
}

describe('SecureTenant input errors |', () => {
  test('names that are not RFC 1123 labels', () => {
    refuses({}, /^namespace/, /"Payments" is not an RFC 1123 label/, 'Payments');
    refuses({ namespace: 'pay_ments' }, /^namespace$/, /not an RFC 1123 label/);
    refuses({ namespace: 'a'.repeat(64) }, /^namespace$/, /not an RFC 1123 label/);
    refuses({ namespace: 'kube-system' }, /^namespace$/, /system namespace/);
    refuses({ owner: 'team payments' }, /^owner$/, /not a label value/);
  });

  test('two tenants with one namespace name', () => {
    const app = testApp();
    new SecureTenant(app, 'payments', paymentsProps());
    const e = failure(() => new SecureTenant(app, 'payments-2', paymentsProps({ namespace: 'payments' })));
    expect(e.prop).toBe('namespace');
    expect(e.message).toMatch(/namespace payments already belongs to tenant payments/);
    expect(app.node.children).toHaveLength(1);
  });

  test('quota and LimitRange contradictions', () => {
    refuses({ quota: { cpu: '4', memory: '8Gi', pods: 10 }, limits: { max: { cpu: '5' } } }, /^limits\.max\.cpu$/, /5 is above quota\.cpu \(4\)/);
    refuses({ quota: { cpu: '4', memory: '8Gi', limitsCpu: '6', pods: 10 }, limits: { max: { cpu: '7' } } }, /^limits\.max\.cpu$/, /7 is above quota\.limitsCpu \(6\)/);
    refuses({ quota: { cpu: '4', memory: '8Gi', pods: 10 }, limits: { max: { memory: '9000Mi' } } }, /^limits\.max\.memory$/, /9000Mi is above/);
    refuses({ limits: { max: { cpu: '1' }, defaultLimit: { cpu: '1500m' } } }, /^limits\.defaultLimit\.cpu$/, /1500m is above limits\.max\.cpu \(1\)/);
    refuses({ limits: { defaultRequest: { memory: '1Gi' }, defaultLimit: { memory: '512Mi' } } }, /^limits\.defaultRequest\.memory$/, /request above its limit/);
    refuses({ limits: { min: { cpu: '200m' } } }, /^limits\.min\.cpu$/, /200m is above limits\.defaultRequest\.cpu \(100m\)/);
    refuses({ quota: { cpu: '4', memory: '8Gi', limitsCpu: '2', pods: 10 } }, /^quota\.limitsCpu$/, /below quota\.cpu/);
    refuses({ quota: { cpu: '4', memory: '8Gi', pods: 10, services: 2, loadBalancers: 2, nodePorts: 1 } }, /^quota\.loadBalancers$/, /exceed quota\.services/);
  });

  test('a quota or bound below the LimitRange defaults is refused with the fix, never lowers the defaults', () => {
    // The defaults (request 100m/128Mi, limit 500m/512Mi) are what every container without
    // resources gets; a small quota used to lower them silently.
    let e = refuses({ quota: { cpu: '200m', memory: '8Gi', pods: 10 } }, /^quota\.cpu$/, /200m is below the default limits\.defaultLimit\.cpu \(500m\)/);
    expect(e.fix).toMatch(/raise quota\.cpu to at least 500m, or set limits\.defaultLimit\.cpu explicitly to at most 200m/);
    e = refuses({ quota: { cpu: '4', memory: '256Mi', pods: 10 } }, /^quota\.memory$/, /256Mi is below the default limits\.defaultLimit\.memory \(512Mi\)/);
    refuses({ quota: { cpu: '50m', limitsCpu: '4', memory: '8Gi', pods: 10 } }, /^quota\.cpu$/, /50m is below the default limits\.defaultRequest\.cpu \(100m\)/);
    refuses({ quota: { cpu: '4', memory: '8Gi', limitsMemory: '16Gi', pods: 10 }, limits: { max: { memory: '256Mi' } } }, /^limits\.max\.memory$/, /256Mi is below the default limits\.defaultLimit\.memory/);
    refuses({ limits: { defaultLimit: { cpu: '50m' } } }, /^limits\.defaultLimit\.cpu$/, /50m is below the default limits\.defaultRequest\.cpu \(100m\)/);
    // Following the fix works, and what was written is exactly what was asked for.
    const app = testApp();
    // (Without the mesh: a sidecar's own limits would not fit so small a tenant.)
    const small = new SecureTenant(app, 'small', { ...paymentsProps(), mesh: { enabled: false, reason: 'a small batch tenant without sidecars' }, quota: { cpu: '200m', memory: '256Mi', pods: 2 }, limits: { defaultRequest: { cpu: '50m', memory: '64Mi' }, defaultLimit: { cpu: '100m', memory: '128Mi' } } });
    expect(small.settings.quota.limits).toEqual({
      defaultRequest: { cpu: '50m', memory: '64Mi' },
      defaultLimit: { cpu: '100m', memory: '128Mi' },
      min: { cpu: '10m', memory: '16Mi' },
      max: { cpu: '200m', memory: '256Mi' },
    });
  });

  test('quantities are parsed, not guessed', () => {
    refuses({ quota: { cpu: '4 cores', memory: '8Gi', pods: 10 } }, /^quota\.cpu$/, /not a positive Kubernetes quantity/);
    refuses({ quota: { cpu: '4', memory: '8GB', pods: 10 } }, /^quota\.memory$/, /not a positive/);
    refuses({ quota: { cpu: '0', memory: '8Gi', pods: 10 } }, /^quota\.cpu$/, /not a positive/);
    refuses({ quota: { cpu: '4', memory: '8Gi', pods: 1.5 } }, /^quota\.pods$/, /not a whole number/);
    refuses({ quota: { cpu: 4 as unknown as string, memory: '8Gi', pods: 10 } }, /^quota\.cpu$/, /not a positive/);
    refuses({ quota: undefined }, /^quota$/, /not an object/);
  });

  test('registries that are not a host with optional path', () => {
    for (const bad of ['https://ccr.ccs.tencentyun.com/payments', 'ccr.ccs.tencentyun.com/payments/', 'nginx', '*.tencentcloudcr.com', 'ccr.ccs.tencentyun.com/payments:latest', 'CCR.ccs.tencentyun.com']) {
      refuses({ trustedRegistries: [bad] }, /^trustedRegistries\[0\]$/, /not a registry host with optional path/);
    }
    refuses({ trustedRegistries: [] }, /^trustedRegistries$/, /non-empty list/);
  });

  test('registry ports outside 1-65535 are refused; the bounds themselves are accepted', () => {
    for (const bad of ['registry.example.com:99999/payments', 'registry.example.com:65536', 'localhost:0', 'localhost:00000']) {
      refuses({ trustedRegistries: [bad] }, /^trustedRegistries\[0\]$/, /from 1 to 65535/);
    }
    for (const good of ['registry.example.com:65535/payments', 'localhost:1', 'registry.example.com:5000']) {
      expect(() => new SecureTenant(testApp(), 'payments', paymentsProps({ trustedRegistries: [good] }))).not.toThrow();
    }
  });

  test('alerting.ruleLabels: Kubernetes label keys only, and never a label kubeward writes on the PrometheusRule', () => {
    // The labels sit on the PrometheusRule's metadata for prometheus-operator's ruleSelector, a
    // Kubernetes label selector: the key syntax is Kubernetes's.
    for (const key of ['bad key', '__name__', '-release', 'Example.com/team', `${'a'.repeat(64)}`]) {
      refuses({ alerting: { ruleLabels: { [key]: 'x' } } }, new RegExp('^alerting\\.ruleLabels\\.'), /not a valid label key/);
    }
    // Overwriting an ownership or tenant label, with "" or another value, is refused.
    for (const [key, value] of [['owner', ''], ['owner', 'someone-else'], ['app.kubernetes.io/name', 'x'], ['app.kubernetes.io/managed-by', 'helm'], ['kubeward.dev/tenant', 'orders']]) {
      const e = refuses({ alerting: { ruleLabels: { [key]: value } } }, new RegExp(`^alerting\\.ruleLabels\\.${key.replace(/[./]/g, '\\$&')}$`), /would overwrite the label/);
      expect(e.fix).toMatch(/remove/);
    }
    // A label of its own (the ruleSelector's) is kept beside kubeward's.
    const app = testApp();
    const t = new SecureTenant(app, 'payments', paymentsProps({ alerting: { ruleLabels: { release: 'prometheus' } } }));
    const rule = (t.toJson() as Array<Record<string, any>>).find((o) => o.kind === 'PrometheusRule');
    expect(rule?.metadata.labels).toMatchObject({ 'release': 'prometheus', 'owner': 'payments', 'kubeward.dev/tenant': 'payments' });
  });

  test('invalid cron and TTL', () => {
    refuses({ backup: { schedule: '0 2 * *' } }, /^backup\.schedule$/, /4 fields, not 5/);
    refuses({ backup: { schedule: '0 24 * * *' } }, /^backup\.schedule$/, /hour "24" is outside 0-23/);
    refuses({ backup: { schedule: '*/0 * * * *' } }, /^backup\.schedule$/, /step "0"/);
    refuses({ backup: { schedule: '@daily' } }, /^backup\.schedule$/, /"@daily" is a macro, which this schedule does not accept/);
    refuses({ backup: { ttl: '30d' } }, /^backup\.ttl$/, /not a Go duration/);
    refuses({ backup: { ttl: '30m' } }, /^backup\.ttl$/, /shorter than 3600 seconds/);
  });

  test('unknown subject formats and forbidden subjects', () => {
    refuses({ developers: ['alice@example.com'] }, /^developers\[0\]$/, /not a known subject format/);
    refuses({ admins: ['team:payments'] }, /^admins\[0\]$/, /not a known subject format/);
    refuses({ viewers: ['group:system:authenticated'] }, /^viewers\[0\]$/, /KW-RBAC-012/);
    refuses({ admins: ['group:system:masters'] }, /^admins\[0\]$/, /KW-RBAC-011/);
    refuses({ developers: ['serviceaccount:ci/deployer'] }, /^developers\[0\]$/, /belongs to namespace ci.*KW-RBAC-014/);
    refuses({ developers: ['serviceaccount:payments/default'] }, /^developers\[0\]$/, /KW-RBAC-009/);
    refuses({ developers: ['group:devs', 'group:devs'] }, /^developers\[1\]$/, /listed twice/);
  });

  test('opt-outs need a reason, and unknown props are typos', () => {
    refuses({ mesh: { enabled: false } as never }, /^mesh\.reason$/, /does not explain the opt-out/);
    refuses({ backup: { enabled: false, reason: 'no' } }, /^backup\.reason$/, /does not explain/);
    refuses({ network: { defaultDenyEgress: false as never } }, /^network\.defaultDenyEgress$/, /neither true nor an opt-out/);
    refuses({ podSecurity: { level: 'privileged' as never } }, /^podSecurity\.level$/, /never allowed/);
    refuses({ podSecurity: { level: 'baseline' } }, /^podSecurity\.reason$/, /does not explain/);
    refuses({ quotas: {} } as never, /^quotas$/, /not a known option of SecureTenantProps; did you mean "quota"\?/);
  });

  test('unknown props anywhere in the tree name the prop path and the nearest known name', () => {
    refuses({ quota: { cpu: '4', memory: '8Gi', pods: 10, cpus: '8' } as never }, /^quota\.cpus$/, /did you mean "cpu"\?/);
    refuses({ limits: { max: { cpu: '2', memroy: '4Gi' } } as never }, /^limits\.max\.memroy$/, /not a known option of ResourcePair; did you mean "memory"/);
    refuses({ backup: { scheduel: '0 3 * * *' } as never }, /^backup\.scheduel$/, /did you mean "schedule"/);
    refuses({ backup: { enabled: false, reason: 'restores come from the upstream database', ttl: '1h' } as never }, /^backup\.ttl$/, /not a known option of an opt-out/);
    refuses({ network: { defaultDenyIngres: true } as never }, /^network\.defaultDenyIngres$/, /did you mean "defaultDenyIngress"/);
    refuses({ network: { defaultDenyEgress: { enabled: false, reason: 'egress filtered by the VPC firewall', why: 'x' } } as never }, /^network\.defaultDenyEgress\.why$/, /opt-out/);
    refuses({ imagePolicy: { signatureVerification: { publicKey: [] } } as never }, /^imagePolicy\.signatureVerification\.publicKey$/, /did you mean "publicKeys"/);
    refuses({ logging: { retentionDay: 7 } as never }, /^logging\.retentionDay$/, /did you mean "retentionDays"/);
    refuses({ alerting: { runbookBaseURL: 'https://x' } as never }, /^alerting\.runbookBaseURL$/, /did you mean "runbookBaseUrl"/);
    refuses({ podSecurity: { levl: 'baseline' } as never }, /^podSecurity\.levl$/, /did you mean "level"/);
  });

  test('methods refuse unknown options too, and ports take the object shape', () => {
    const app = testApp();
    const payments = new SecureTenant(app, 'payments', paymentsProps());
    let e = failure(() => payments.allowFrom(TenantPeer.ingressGateway(), { port: [{ port: 8080 }] } as never));
    expect([e.path, e.prop]).toEqual(['payments', 'allowFrom.options.port']);
    expect(e.message).toMatch(/did you mean "ports"/);
    e = failure(() => payments.allowFrom(TenantPeer.ingressGateway(), { ports: [8080] } as never));
    expect([e.prop, e.fix]).toEqual(['allowFrom.options.ports[0]', expect.stringMatching(/write \{ port: 8080 \}/)]);
    expect(failure(() => payments.allowFrom(TenantPeer.ingressGateway(), { ports: [{ port: 8080, proto: 'TCP' }] } as never)).prop).toBe('allowFrom.options.ports[0].proto');
    expect(failure(() => payments.allowEgressTo({ name: 'db', cidrs: '10.0.0.0/16', ports: [{ port: 3306 }] } as never)).message).toMatch(/allowEgressTo\.cidrs: .*did you mean "cidr"/);
    expect(failure(() => payments.allowEgressTo({ name: 'db', cidr: '10.0.0.0/16', ports: [3306] } as never)).prop).toBe('allowEgressTo.ports[0]');
    e = failure(() => payments.restoreDrill({ targetNamespce: 'scratch' } as never));
    expect([e.prop, e.message]).toEqual(['restoreDrill.targetNamespce', expect.stringMatching(/did you mean "targetNamespace"/)]);
  });

  test('an allow rule to a tenant that does not exist in the app', () => {
    const app = testApp();
    const payments = new SecureTenant(app, 'payments', paymentsProps());
    const elsewhere = new SecureTenant(testApp(), 'orders', paymentsProps({ trustedRegistries: ['ccr.ccs.tencentyun.com/orders'] }));
    const e = failure(() => payments.allowFrom(elsewhere));
    expect([e.path, e.prop]).toEqual(['payments', 'allowFrom']);
    expect(e.message).toMatch(/tenant orders \(orders\) is not part of this app/);
    expect(failure(() => payments.allowFrom(payments)).message).toMatch(/cannot admit itself/);
  });

  test('allow rules: bad peers, ports and CIDRs', () => {
    const app = testApp();
    const payments = new SecureTenant(app, 'payments', paymentsProps());
    expect(failure(() => payments.allowFrom({} as never)).message).toMatch(/is not a peer/);
    expect(failure(() => TenantPeer.namespace('Istio Ingress')).prop).toBe('name');
    expect(failure(() => payments.allowFrom(TenantPeer.ingressGateway(), { ports: [{ port: 70000 }] })).prop).toBe('allowFrom.options.ports[0].port');
    expect(failure(() => payments.allowFrom(TenantPeer.namespace('legacy', { meshMember: false }))).message).toMatch(/no mesh identity/);
    expect(failure(() => payments.allowFrom(TenantPeer.monitoring(), { ports: [{ port: 8080 }] })).message).toMatch(/outside the mesh/);
    payments.allowFrom(TenantPeer.ingressGateway());
    expect(failure(() => payments.allowFrom(TenantPeer.ingressGateway())).message).toMatch(/already admitted/);
    expect(failure(() => payments.allowEgressTo({ name: 'metadata', cidr: '169.254.169.254/32', ports: [{ port: 80 }] })).message).toMatch(/node metadata range/);
    expect(failure(() => payments.allowEgressTo({ name: 'db', cidr: '10.0.0.1/16', ports: [{ port: 3306 }] })).message).toMatch(/zero host bits/);
    expect(failure(() => payments.allowEgressTo({ name: 'db', cidr: '10.0.0.0/16', ports: [] })).prop).toBe('allowEgressTo.ports');
    expect(failure(() => payments.allowEgressTo({ name: 'DB', cidr: '10.0.0.0/16', ports: [{ port: 1 }] })).prop).toBe('allowEgressTo.name');
  });

  test('a connection refused half-way leaves both tenants unchanged, and a retry is not "already admitted"', () => {
    const app = testApp();
    const payments = new SecureTenant(app, 'payments', paymentsProps());
    const orders = new SecureTenant(app, 'orders', paymentsProps({ trustedRegistries: ['ccr.ccs.tencentyun.com/orders'] }));
    expect(failure(() => payments.allowEgressTo({ name: 'to-tenant-orders', cidr: '10.0.0.0/8', ports: [{ port: 443 }] })).prop).toBe('allowEgressTo.name');
    // Nothing was written by the refused call: orders admits payments once, and only once.
    expect(payments.node.findAll().map((c) => c.node.id).filter((id) => id.includes('to-tenant'))).toEqual([]);
    // Long namespaces sharing a prefix still get one egress policy each in payments.
    const long = (c: string) => `${'n'.repeat(45)}${c}`;
    for (const id of ['a', 'b']) new SecureTenant(app, id, paymentsProps({ namespace: long(id), trustedRegistries: [`ccr.ccs.tencentyun.com/${id}`] })).allowFrom(payments);
    const egress = payments.toJson().filter((o: any) => o.kind === 'NetworkPolicy' && o.metadata.name.startsWith('allow-egress-to-tenant-')).map((o: any) => o.metadata.name);
    expect(new Set(egress).size).toBe(2);
    expect(egress.filter((n: string) => n.length > 63)).toEqual([]);
    // and orders can still admit payments, once
    orders.allowFrom(payments);
    expect(failure(() => orders.allowFrom(payments)).message).toMatch(/already admitted/);
  });
});
