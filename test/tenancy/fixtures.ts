// Shared fixtures of the tenancy tests: the issue's example tenant and small helpers.
import { App, Testing } from 'cdk8s';
import { ALL_RULES, AuditReport, audit } from '../../lib/policy';
import { describeApiValidityErrors, validateObjects } from '../../lib/policy/model/api-validity';
import { SecureTenant, SecureTenantProps } from '../../lib/tenancy';

/** The proxy image the test mesh injects (a mirrored Istio proxyv2, pinned by digest). */
export const PROXY_IMAGE = `ccr.ccs.tencentyun.com/mesh/proxyv2:1.22.1@sha256:${'5e'.repeat(32)}`;

/** The props of the issue's example tenant (self-installed Istio with its CNI node agent). */
export function paymentsProps(overrides: Partial<SecureTenantProps> = {}): SecureTenantProps {
  return {
    quota: { cpu: '40', memory: '128Gi', pods: 300 },
    mesh: { proxyImage: PROXY_IMAGE },
    admins: ['group:payments-admins'],
    developers: ['group:payments-devs'],
    viewers: ['group:auditors'],
    trustedRegistries: ['ccr.ccs.tencentyun.com/payments'],
    ...overrides,
  };
}

/** A fresh app for a test. */
export function testApp(): App {
  return Testing.app();
}

/** Creates a tenant in a fresh app and returns it with its synthesized objects. */
export function synthTenant(props: SecureTenantProps = paymentsProps(), id = 'payments'): { tenant: SecureTenant; objects: any[] } {
  const tenant = new SecureTenant(testApp(), id, props);
  return { tenant, objects: tenant.toJson() };
}

/** Objects of a kind. */
export function ofKind(objects: readonly any[], kind: string): any[] {
  return objects.filter((o) => o.kind === kind);
}

/** The object of a kind and name (fails when absent). */
export function find(objects: readonly any[], kind: string, name: string): any {
  const o = objects.find((x) => x.kind === kind && x.metadata?.name === name);
  if (!o) throw new Error(`no ${kind}/${name} in ${objects.map((x) => `${x.kind}/${x.metadata?.name}`).join(', ')}`);
  return o;
}

/** Ids of the controls whose rule is implemented. */
export const IMPLEMENTED: ReadonlySet<string> = new Set(ALL_RULES.map((r) => r.id));

/** Controls a default tenant is in scope of (and must pass). */
export const TENANT_CONTROLS: readonly string[] = [
  'KW-POD-023',
  'KW-NET-001', 'KW-NET-002', 'KW-NET-003', 'KW-NET-004', 'KW-NET-005', 'KW-NET-006',
  'KW-RBAC-001', 'KW-RBAC-002', 'KW-RBAC-003', 'KW-RBAC-004', 'KW-RBAC-006', 'KW-RBAC-007', 'KW-RBAC-009',
  'KW-RBAC-010', 'KW-RBAC-011', 'KW-RBAC-012', 'KW-RBAC-013', 'KW-RBAC-014',
  'KW-RES-005', 'KW-RES-006',
  'KW-AUD-001', 'KW-AUD-002', 'KW-AUD-003',
  'KW-MON-002',
  'KW-MESH-001', 'KW-MESH-002', 'KW-MESH-003', 'KW-MESH-005', 'KW-MESH-006',
];

/** The mesh controls that need a meshed namespace or Istio objects. */
export const MESH_CONTROLS: readonly string[] = ['KW-MESH-001', 'KW-MESH-002', 'KW-MESH-003', 'KW-MESH-005', 'KW-MESH-006'];

/** Findings as readable lines. */
export function findingLines(report: AuditReport): string[] {
  return report.findings.map((f) => `${f.controlId}${f.suppressed ? ' (suppressed)' : ''} ${f.object.kind}/${f.object.name}: ${f.message}`);
}

/**
 * Audits objects and asserts: no input error, no finding except suppressed ones of the listed
 * `suppressed` controls (which must show as suppressed), and exactly the other `applicable`
 * controls (those implemented) pass while every other control does not apply.
 */
export function expectCompliant(objects: readonly any[], applicable: readonly string[], suppressed: readonly string[] = []): AuditReport {
  expect(describeApiValidityErrors(validateObjects(objects))).toBe('');
  const report = audit(objects as Array<Record<string, unknown>>);
  expect(report.errors).toEqual([]);
  expect(findingLines(report).filter((l) => !suppressed.some((id) => l.startsWith(`${id} (suppressed)`)))).toEqual([]);
  const expected = applicable.filter((id) => IMPLEMENTED.has(id));
  const passing = report.controls.filter((c) => c.status === 'pass').map((c) => c.id).sort();
  expect(passing).toEqual(expected.filter((id) => !suppressed.includes(id)).sort());
  for (const id of suppressed.filter((x) => IMPLEMENTED.has(x))) expect([id, report.controls.find((c) => c.id === id)?.status]).toEqual([id, 'suppressed']);
  for (const c of report.controls) {
    if (!applicable.includes(c.id) && !suppressed.includes(c.id)) expect([c.id, c.status]).toEqual([c.id, IMPLEMENTED.has(c.id) ? 'not-applicable' : 'not-evaluated']);
  }
  return report;
}
