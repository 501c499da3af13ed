import { ApiObject } from 'cdk8s';
import { IConstruct, IValidation } from 'constructs';
import { AuditReport, auditSets, failingFindings } from '../policy/engine';
import { toKubeObject, KubeObject } from '../policy/model/object';
import { AuditOptions, resolveOptions } from '../policy/options';
import type { InputError, Severity } from '../policy/types';

/** Options of a construct-tree audit. */
export interface ConstructAuditOptions extends AuditOptions {
  /**
   * Findings at or above this severity fail (synth with `enforce`, the jest matcher).
   * @default 'low' - every unsuppressed finding fails: kubeward's constructs pass the whole catalog
   */
  readonly failOn?: Severity;
}

/**
 * Every ApiObject under a construct (the construct itself included), rendered with `toJson()`
 * and tagged with its construct path so each finding points back at the code that made it.
 * @internal
 */
export function collectObjects(scope: IConstruct): { objects: KubeObject[]; errors: InputError[] } {
  const objects: KubeObject[] = [];
  const errors: InputError[] = [];
  for (const c of scope.node.findAll()) {
    if (!ApiObject.isApiObject(c)) continue;
    const constructPath = c.node.path;
    const obj = toKubeObject(c.toJson(), { constructPath });
    if (obj) objects.push(obj);
    else errors.push({ kind: 'shape', message: `[${constructPath}] the ApiObject renders without apiVersion or kind; it was not audited.`, source: { constructPath } });
  }
  return { objects, errors };
}

/**
 * Audits every ApiObject of a cdk8s app (all its charts) as one manifest set, so cross-chart
 * relations count (a Namespace in one chart, its NetworkPolicies in another).
 */
export function auditApp(app: IConstruct, options: AuditOptions = {}): AuditReport {
  return auditConstruct(app, options);
}

/** Audits every ApiObject of one chart as one manifest set. */
export function auditChart(chart: IConstruct, options: AuditOptions = {}): AuditReport {
  return auditConstruct(chart, options);
}

/** Audits every ApiObject under any construct as one manifest set. */
export function auditConstruct(scope: IConstruct, options: AuditOptions = {}): AuditReport {
  const { objects, errors } = collectObjects(scope);
  return auditSets([{ objects }], options, errors);
}

/**
 * The messages that fail synth: one `[constructPath] KW-XXX-NNN message` per unsuppressed
 * finding at or above `failOn`, and one per invalid suppression.
 * @internal
 */
export function violationMessages(report: AuditReport, failOn: Severity = 'low'): string[] {
  const messages = failingFindings(report, failOn).map((f) => {
    const where = f.source.constructPath ?? f.source.file ?? `${f.object.kind}/${f.object.name}`;
    return `[${where}] ${f.controlId} ${f.message}`;
  });
  for (const e of report.errors) {
    if (e.kind === 'suppression' || e.kind === 'shape') messages.push(`[${e.source.constructPath ?? ''}] ${e.message}`);
  }
  return messages;
}

/**
 * Enforces the catalog on a cdk8s app or chart at synth time:
 *
 * ```ts
 * Compliance.of(app).enforce({ failOn: 'high' });
 * app.synth(); // throws "Validation failed" listing [construct path] KW-XXX-NNN message
 * ```
 *
 * The audit runs once, when cdk8s validates the tree (after every construct was added), over
 * every ApiObject under the scope as one manifest set.
 */
export class Compliance {
  /** The compliance gate of a scope (one per scope: calling `of` twice returns the same gate). */
  public static of(scope: IConstruct): Compliance {
    const existing = GATES.get(scope);
    if (existing) return existing;
    const gate = new Compliance(scope);
    GATES.set(scope, gate);
    return gate;
  }

  private options?: ConstructAuditOptions;

  private constructor(private readonly scope: IConstruct) {}

  /**
   * Fails synth on every unsuppressed finding at or above `options.failOn`, and on invalid
   * suppressions. Calling it again replaces the options.
   */
  public enforce(options: ConstructAuditOptions = {}): void {
    // Bad options (an unknown kubernetesVersion, say) are refused here, not at synth.
    resolveOptions(options);
    const first = this.options === undefined;
    this.options = options;
    if (!first) return;
    const validation: IValidation = {
      validate: () => {
        const opts = this.options ?? {};
        return violationMessages(auditConstruct(this.scope, opts), opts.failOn ?? 'low');
      },
    };
    this.scope.node.addValidation(validation);
  }

  /** Audits the scope now, without failing anything. */
  public audit(options: AuditOptions = this.options ?? {}): AuditReport {
    return auditConstruct(this.scope, options);
  }
}

const GATES = new WeakMap<IConstruct, Compliance>();
