// Test helpers for rule fixtures: run the whole engine on a manifest set and read one control.
import { audit, AuditOptions, AuditReport, Finding } from '../../lib/policy';

/** Runs the engine and returns the findings of one control (suppressed ones included). */
export function findingsFor(controlId: string, objects: Array<Record<string, unknown>>, options: AuditOptions = {}): Finding[] {
  return audit(objects, options).findings.filter((f) => f.controlId === controlId);
}

/** The status of one control in a report. */
export function statusOf(report: AuditReport, controlId: string): string {
  return report.controls.find((c) => c.id === controlId)!.status;
}

/** Asserts the control passes: in scope, no finding. */
export function expectPass(controlId: string, objects: Array<Record<string, unknown>>, options: AuditOptions = {}): void {
  const report = audit(objects, options);
  const found = report.findings.filter((f) => f.controlId === controlId);
  expect(found).toEqual([]);
  expect(statusOf(report, controlId)).toBe('pass');
}

/** Asserts the control fails, and returns its findings for further checks. */
export function expectFail(controlId: string, objects: Array<Record<string, unknown>>, options: AuditOptions = {}): Finding[] {
  const report = audit(objects, options);
  const found = report.findings.filter((f) => f.controlId === controlId);
  expect(found.length).toBeGreaterThan(0);
  expect(statusOf(report, controlId)).toBe('fail');
  return found;
}

/** Asserts the control does not apply to these objects. */
export function expectNotApplicable(controlId: string, objects: Array<Record<string, unknown>>, options: AuditOptions = {}): void {
  expect(statusOf(audit(objects, options), controlId)).toBe('not-applicable');
}

/** Parts of the fixture Deployment to override. */
export interface DeploymentOverrides {
  pod?: Record<string, unknown>;
  container?: Record<string, unknown>;
  meta?: Record<string, unknown>;
  spec?: Record<string, unknown>;
}

/** A compliant-by-default Deployment to mutate in fixtures. */
export function deployment(overrides: DeploymentOverrides = {}): Record<string, any> {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop', labels: { 'app.kubernetes.io/name': 'web', 'owner': 'shop-team' }, ...overrides.meta },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          serviceAccountName: 'web',
          automountServiceAccountToken: false,
          securityContext: { runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: 'app',
              image: 'ccr.ccs.tencentyun.com/shop/web@sha256:' + 'a'.repeat(64),
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
              readinessProbe: { httpGet: { path: '/ready', port: 8080 } },
              livenessProbe: { httpGet: { path: '/live', port: 8080 } },
              ...overrides.container,
            },
          ],
          ...overrides.pod,
        },
      },
      ...overrides.spec,
    },
  };
}
