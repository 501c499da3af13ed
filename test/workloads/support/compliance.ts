// Compliance assertions for workload tests: run the real engine over synthesized objects and
// require zero findings, zero input errors, and a pass on every control that should apply
// (controls whose rule is not written yet are reported, not silently accepted, once they land).
import { ALL_RULES, AuditReport, audit } from '../../../lib/policy';
import { describeApiValidityErrors, validateObjects } from '../../../lib/policy/model/api-validity';
import { expectSchemaValid } from '../../support/schemas';

const IMPLEMENTED = new Set(ALL_RULES.map((r) => r.id));

/** Controls every hardened long-running workload (with its companions) is in scope of. */
export const SERVICE_CONTROLS = [
  'KW-POD-001', 'KW-POD-002', 'KW-POD-003', 'KW-POD-004', 'KW-POD-005', 'KW-POD-006', 'KW-POD-007',
  'KW-POD-008', 'KW-POD-009', 'KW-POD-010', 'KW-POD-011', 'KW-POD-012', 'KW-POD-013', 'KW-POD-014',
  'KW-POD-015', 'KW-POD-016', 'KW-POD-017', 'KW-POD-018', 'KW-POD-019', 'KW-POD-020', 'KW-POD-021',
  'KW-POD-022', 'KW-POD-024', 'KW-POD-025', 'KW-POD-027',
  'KW-NET-003', 'KW-NET-004', 'KW-NET-005', 'KW-NET-007', 'KW-NET-008', 'KW-NET-010',
  'KW-RBAC-008', 'KW-RBAC-010',
  'KW-RES-001', 'KW-RES-002', 'KW-RES-003', 'KW-RES-004',
  'KW-IMG-001', 'KW-IMG-002', 'KW-IMG-003', 'KW-IMG-004',
  'KW-HA-001', 'KW-HA-002', 'KW-HA-003', 'KW-HA-004', 'KW-HA-005', 'KW-HA-006', 'KW-HA-007', 'KW-HA-009',
  'KW-AUD-001', 'KW-AUD-002', 'KW-AUD-003',
  'KW-MON-002',
];

/** Controls a hardened CronJob is in scope of. */
export const JOB_CONTROLS = SERVICE_CONTROLS.filter((id) => !id.startsWith('KW-HA-') && !['KW-NET-007', 'KW-NET-008', 'KW-NET-010'].includes(id));

/**
 * Validates the objects against the real schemas (Kubernetes 1.28 and the upstream CRDs, with
 * the namespace required), audits them and asserts: no input error, no finding at all (so no suppression either),
 * and every listed control whose rule exists passes (it was in scope and found nothing).
 */
export function expectCompliant(objects: ReadonlyArray<Record<string, unknown>>, applicable: readonly string[]): AuditReport {
  expectSchemaValid(objects, { requireNamespace: true });
  expect(describeApiValidityErrors(validateObjects(objects))).toBe('');
  const report = audit(objects as Array<Record<string, unknown>>);
  expect(report.errors).toEqual([]);
  expect(report.findings.map((f) => `${f.controlId} ${f.object.kind}/${f.object.name}: ${f.message}`)).toEqual([]);
  const notPassing = applicable
    .filter((id) => IMPLEMENTED.has(id))
    .map((id) => [id, report.controls.find((c) => c.id === id)?.status])
    .filter(([, status]) => status !== 'pass');
  expect(notPassing).toEqual([]);
  return report;
}

/** Objects of a given kind. */
export function ofKind(objects: ReadonlyArray<Record<string, any>>, kind: string): Array<Record<string, any>> {
  return objects.filter((o) => o.kind === kind);
}

/** The one object of a kind (fails when there are zero or several). */
export function one(objects: ReadonlyArray<Record<string, any>>, kind: string): Record<string, any> {
  const found = ofKind(objects, kind);
  expect(found).toHaveLength(1);
  return found[0];
}
