// A hand-built AuditReport, so the reporter tests do not depend on which rules exist yet.
import * as path from 'path';
import { AuditReport, CONTROLS, ControlResult, ControlStatus, Finding, resolveOptions } from '../../../lib/policy';

/** Absolute path of a fixture manifest under a fake repository root. */
export const ROOT = path.resolve('/repo');

const STATUS: Record<string, ControlStatus> = {
  'KW-POD-005': 'fail',
  'KW-POD-016': 'suppressed',
  'KW-IMG-003': 'fail',
  'KW-NET-001': 'pass',
  'KW-RBAC-004': 'not-applicable',
};

/** How many controls the sample report leaves not evaluated: every control without a status above. */
export const NOT_EVALUATED = CONTROLS.length - Object.keys(STATUS).length;

function control(id: string, status: ControlStatus, failed = 0, suppressed = 0, evaluated = 1): ControlResult {
  const c = CONTROLS.find((x) => x.id === id)!;
  return { id, title: c.title, severity: c.severity, status, evaluated, failed, suppressed };
}

function finding(id: string, extra: Partial<Finding>): Finding {
  const c = CONTROLS.find((x) => x.id === id)!;
  return {
    controlId: id,
    title: c.title,
    severity: c.severity,
    message: `message for ${id}`,
    object: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' },
    source: { file: path.join(ROOT, 'dist', 'shop.k8s.yaml'), line: 12, documentIndex: 3 },
    ...extra,
  };
}

/** Three findings on one Deployment (one suppressed), one on a ClusterRole-less Pod, one input error. */
export function sampleReport(): AuditReport & { files: number } {
  const findings: Finding[] = [
    finding('KW-POD-005', { container: 'app', field: 'spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation', message: 'container "app" allows privilege escalation; set allowPrivilegeEscalation: false.' }),
    finding('KW-POD-016', { container: 'app', suppressed: { reason: 'the legacy renderer writes caches under /var/cache' } }),
    finding('KW-IMG-003', { container: 'app', message: 'image docker.io/acme/web:1 comes from docker.io, which is not a trusted registry.' }),
    finding('KW-POD-005', {
      object: { apiVersion: 'v1', kind: 'Pod', name: 'debug' },
      source: { file: path.join(ROOT, 'dist', 'debug & <tools>.yaml'), line: 1, documentIndex: 0 },
      container: 'shell',
    }),
  ];
  const controls = CONTROLS.map((c) => {
    const status = STATUS[c.id] ?? 'not-evaluated';
    const failed = findings.filter((f) => f.controlId === c.id && !f.suppressed).length;
    const suppressed = findings.filter((f) => f.controlId === c.id && f.suppressed).length;
    return control(c.id, status, failed, suppressed, status === 'not-applicable' || status === 'not-evaluated' ? 0 : 2);
  });
  return {
    findings,
    errors: [{ kind: 'parse', message: 'dist/broken.yaml:4: unexpected end of flow sequence; document 0 was not read.', source: { file: path.join(ROOT, 'dist', 'broken.yaml'), line: 4, documentIndex: 0 } }],
    notCovered: [
      {
        object: { apiVersion: 'v1', kind: 'Namespace', name: 'legacy' },
        source: { file: path.join(ROOT, 'dist', 'legacy.k8s.yaml'), line: 1, documentIndex: 0 },
        part: 'backup',
        reason: 'stateless batch tenant; its data lives in the warehouse',
      },
    ],
    controls,
    objects: 7,
    resources: 0,
    options: resolveOptions({}),
    files: 3,
  };
}

/** The same report without findings or errors. */
export function cleanReport(): AuditReport & { files: number } {
  const r = sampleReport();
  return { ...r, findings: [], errors: [], notCovered: [], controls: r.controls.map((c) => (c.status === 'fail' || c.status === 'suppressed' ? { ...c, status: 'pass', failed: 0, suppressed: 0 } : c)) };
}
