import { CONTROLS } from '../policy/catalog-data';
import { failingFindings } from '../policy/engine';
import { auditPaths } from '../policy/input';
import { AuditOptions, resolveOptions } from '../policy/options';
import { Finding, Severity } from '../policy/types';

/**
 * The parts of the cdk8s CLI's validation context that the plugin uses. Typed structurally so
 * kubeward needs no runtime dependency on cdk8s-cli.
 */
export interface ValidationContextLike {
  /** Paths of the synthesized manifests. */
  readonly manifests: readonly string[];
  /** The report to fill. */
  readonly report: {
    addViolation(violation: {
      ruleName: string;
      recommendation: string;
      fix: string;
      violatingResources: Array<{ resourceName: string; locations: string[]; manifestPath: string }>;
    }): void;
    submit(status: 'success' | 'failure', metadata?: Record<string, string>): void;
  };
}

/** Properties given under `properties:` in cdk8s.yaml. */
export interface KubewardValidationProps extends AuditOptions {
  /**
   * Fail `cdk8s synth` (exit code 2) when an unsuppressed finding at or above this severity exists.
   * @default 'low' - every finding fails: kubeward's constructs pass the whole catalog
   */
  readonly failOn?: Severity;
}

const CONTROL_BY_ID = new Map(CONTROLS.map((c) => [c.id, c]));

/**
 * kubeward as a cdk8s CLI validation plugin. List it in `cdk8s.yaml`:
 *
 * ```yaml
 * validations:
 *   - package: kubeward
 *     version: 0.1.0
 *     class: KubewardValidation
 *     properties:
 *       failOn: high
 * ```
 *
 * `cdk8s synth` then audits every synthesized manifest as one manifest set and prints one row per
 * control with the violating resources (mapped to construct paths by the CLI). Suppressed findings
 * are not violations.
 */
export class KubewardValidation {
  private readonly props: KubewardValidationProps;

  constructor(props: KubewardValidationProps = {}) {
    // Refuse bad properties (an unknown kubernetesVersion, say) when the CLI loads the plugin.
    resolveOptions(props);
    this.props = props;
  }

  /** Called by the cdk8s CLI after synthesis. */
  public validate(context: ValidationContextLike): void {
    // The same loader as `kubeward audit`: size, alias and depth limits apply here too.
    const report = auditPaths(context.manifests, this.props);
    const failing = failingFindings(report, this.props.failOn ?? 'low');
    const byControl = new Map<string, Finding[]>();
    for (const f of failing) {
      const list = byControl.get(f.controlId) ?? [];
      list.push(f);
      byControl.set(f.controlId, list);
    }
    for (const [id, findings] of byControl) {
      const control = CONTROL_BY_ID.get(id)!;
      context.report.addViolation({
        ruleName: `${id} ${control.title}`,
        recommendation: control.pass,
        fix: findings[0].message,
        violatingResources: findings.map((f) => ({
          resourceName: f.object.name,
          locations: [f.field ?? 'metadata'],
          manifestPath: f.source.file ?? '',
        })),
      });
    }
    // Unreadable manifests and invalid suppressions fail too: neither may pass as clean.
    for (const e of report.errors) {
      context.report.addViolation({
        ruleName: e.kind === 'suppression' ? 'kubeward suppression' : `kubeward input (${e.kind})`,
        recommendation:
          e.kind === 'suppression'
            ? 'Every suppression names a control and says why, in at least 10 characters.'
            : 'Every synthesized manifest must be readable Kubernetes YAML.',
        fix: e.message,
        violatingResources: [{ resourceName: '', locations: [e.source.line ? `line ${e.source.line}` : 'file'], manifestPath: e.source.file ?? '' }],
      });
    }
    context.report.submit(failing.length === 0 && report.errors.length === 0 ? 'success' : 'failure', {
      controls: String(report.controls.filter((c) => c.status !== 'not-evaluated').length),
      findings: String(failing.length),
    });
  }
}
