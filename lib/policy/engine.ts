import { CONTROLS } from './catalog-data';
import { ManifestSet } from './model/manifest-set';
import { KubeObject, isWorkload, refOf, toKubeObject } from './model/object';
import { podTemplateOf } from './model/workload';
import { OPT_OUTS_ANNOTATION, parseOptOuts } from './opt-outs';
import { AuditOptions, ResolvedAuditOptions, inProfile, resolveOptions } from './options';
import { CloudRule, KubeRule, Rule, RuleContext } from './rule';
import { ALL_RULES } from './rules';
import { SUPPRESS_ANNOTATION, parseSuppressions } from './suppressions';
import {
  CloudResource,
  ControlInfo,
  Finding,
  InputError,
  NOT_APPLICABLE,
  ObjectSource,
  RuleOutcome,
  Severity,
  severityRank,
} from './types';

/**
 * How a control fared over the whole audit.
 * - `pass`: at least one object was in scope and none failed.
 * - `fail`: at least one unsuppressed finding.
 * - `suppressed`: findings exist, every one suppressed with a reason.
 * - `not-applicable`: no object of the input was in the control's scope.
 * - `not-evaluated`: the profile or options left the control out.
 */
export type ControlStatus = 'pass' | 'fail' | 'suppressed' | 'not-applicable' | 'not-evaluated';

/** Per-control summary of an audit. */
export interface ControlResult {
  /** Control id. */
  readonly id: string;
  /** Control title. */
  readonly title: string;
  /** Control severity. */
  readonly severity: Severity;
  /** How the control fared over the whole audit. */
  readonly status: ControlStatus;
  /** Objects (or cloud resources) that were in scope. */
  readonly evaluated: number;
  /** Unsuppressed findings. */
  readonly failed: number;
  /** Suppressed findings. */
  readonly suppressed: number;
}

/** A part of the platform that was turned off on purpose, so no control covers it. */
export interface NotCovered {
  /** The object that records the opt-out (a tenant's Namespace). */
  readonly object: Finding['object'];
  /** Where it came from. */
  readonly source: ObjectSource;
  /** The part turned off, e.g. `backup`. */
  readonly part: string;
  /** Why, as given by the user. */
  readonly reason: string;
}

/** The result of an audit. */
export interface AuditReport {
  /** Every finding, suppressed ones included (marked), in input order. */
  readonly findings: readonly Finding[];
  /** Problems with the input: unreadable files, parse errors, invalid suppressions. */
  readonly errors: readonly InputError[];
  /** Parts turned off with a reason (annotation `kubeward.dev/opt-outs`), which no control covers. */
  readonly notCovered: readonly NotCovered[];
  /** One entry per control of the catalog, in catalog order. */
  readonly controls: readonly ControlResult[];
  /** Kubernetes objects audited. */
  readonly objects: number;
  /** Cloud resources audited. */
  readonly resources: number;
  /** The options in force. */
  readonly options: ResolvedAuditOptions;
}

/** Input of one manifest set: plain objects (or already wrapped ones) and cloud resources. */
export interface ManifestSetInput {
  /** Kubernetes objects: plain objects, or KubeObjects from the loader. */
  readonly objects?: ReadonlyArray<KubeObject | Record<string, unknown>>;
  /** Cloud resources with their Pulumi inputs. */
  readonly resources?: readonly CloudResource[];
}

const CONTROL_BY_ID = new Map(CONTROLS.map((c) => [c.id, c]));
const KNOWN_IDS: ReadonlySet<string> = new Set(CONTROL_BY_ID.keys());

function isKubeObject(v: unknown): v is KubeObject {
  return typeof v === 'object' && v !== null && 'raw' in v && 'gk' in v && 'source' in v;
}

/** Wraps plain objects into a ManifestSet, reporting objects without apiVersion or kind. @internal */
export function toManifestSet(input: ManifestSetInput, errors: InputError[] = []): ManifestSet {
  const objects: KubeObject[] = [];
  (input.objects ?? []).forEach((o, i) => {
    if (isKubeObject(o)) {
      objects.push(o);
      return;
    }
    const wrapped = toKubeObject(o, { documentIndex: i });
    if (wrapped) objects.push(wrapped);
    else errors.push({ kind: 'shape', message: `object #${i} has no string apiVersion and kind; it was not audited.`, source: { documentIndex: i } });
  });
  return new ManifestSet(objects, input.resources ?? []);
}

/** The rules the engine will run, after profile and skip options. */
function activeRules(options: ResolvedAuditOptions): { kube: KubeRule[]; cloud: CloudRule[] } {
  const kube: KubeRule[] = [];
  const cloud: CloudRule[] = [];
  for (const rule of ALL_RULES) {
    const control = CONTROL_BY_ID.get(rule.id);
    if (!control || !inProfile(control, options.profile) || options.skipControls.includes(rule.id)) continue;
    if (rule.target === 'kube') kube.push(rule);
    else cloud.push(rule);
  }
  return { kube, cloud };
}

/** Dispatch table: for each group-qualified kind, the kube rules that look at it. */
class Dispatcher {
  private readonly cache = new Map<string, KubeRule[]>();
  constructor(private readonly rules: readonly KubeRule[]) {}

  public rulesFor(obj: KubeObject): KubeRule[] {
    const key = `${obj.gk}|${obj.namespaced ? 'n' : 'c'}`;
    let hit = this.cache.get(key);
    if (!hit) {
      const workload = isWorkload(obj);
      hit = this.rules.filter((r) =>
        r.kinds.some((k) => k === obj.gk || k === '*' || (k === '*workload' && workload) || (k === '*namespaced' && obj.namespaced)),
      );
      this.cache.set(key, hit);
    }
    return hit;
  }
}

/** Collects findings, statistics and errors for one audit run. */
class Collector {
  public readonly findings: Finding[] = [];
  public readonly errors: InputError[] = [];
  public readonly notCovered: NotCovered[] = [];
  public objects = 0;
  public resources = 0;
  private readonly evaluated = new Map<string, number>();
  private readonly failed = new Map<string, number>();
  private readonly suppressed = new Map<string, number>();

  constructor(private readonly options: ResolvedAuditOptions) {}

  public record(
    rule: Rule,
    outcome: RuleOutcome,
    ref: Finding['object'],
    source: ObjectSource,
    suppressions: ReadonlyMap<string, string>,
  ): void {
    if (outcome === NOT_APPLICABLE) return;
    bump(this.evaluated, rule.id);
    if (outcome.length === 0) return;
    const control = CONTROL_BY_ID.get(rule.id) as ControlInfo;
    if (severityRank(control.severity) < severityRank(this.options.minSeverity)) return;
    const reason = suppressions.get(rule.id);
    const cap = Math.max(1, this.options.maxFindingsPerObject);
    outcome.forEach((v, i) => {
      bump(reason !== undefined ? this.suppressed : this.failed, rule.id);
      if (i > cap) return;
      if (i === cap) {
        v = {
          message: `${outcome.length - cap} more finding${outcome.length - cap === 1 ? '' : 's'} of ${control.id} on this object were not listed (maxFindingsPerObject is ${cap}); fix the ones above and audit again, or raise the limit (CLI --max-findings-per-object) to list them.`,
        };
      }
      this.findings.push({
        controlId: control.id,
        title: control.title,
        severity: control.severity,
        message: v.message,
        object: ref,
        source,
        ...(v.field ? { field: v.field } : {}),
        ...(v.container ? { container: v.container } : {}),
        ...(reason !== undefined ? { suppressed: { reason } } : {}),
      });
    });
  }

  public controlResults(active: ReadonlySet<string>): ControlResult[] {
    return CONTROLS.map((c) => {
      const evaluated = this.evaluated.get(c.id) ?? 0;
      const failed = this.failed.get(c.id) ?? 0;
      const suppressed = this.suppressed.get(c.id) ?? 0;
      let status: ControlStatus;
      if (!active.has(c.id)) status = 'not-evaluated';
      else if (failed > 0) status = 'fail';
      else if (suppressed > 0) status = 'suppressed';
      else if (evaluated > 0) status = 'pass';
      else status = 'not-applicable';
      return { id: c.id, title: c.title, severity: c.severity, status, evaluated, failed, suppressed };
    });
  }
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

function describe(obj: KubeObject): string {
  return `${obj.kind} ${obj.namespace ? `${obj.namespace}/` : ''}${obj.name || '(unnamed)'}`;
}

/** Suppressions of an object: its own annotation, plus its pod template's for workloads. */
function suppressionsOf(obj: KubeObject, errors: InputError[]): ReadonlyMap<string, string> {
  const values: string[] = [];
  if (obj.annotations[SUPPRESS_ANNOTATION]) values.push(obj.annotations[SUPPRESS_ANNOTATION]);
  if (isWorkload(obj) && obj.gk !== 'Pod') {
    const tpl = podTemplateOf(obj)?.annotations[SUPPRESS_ANNOTATION];
    if (tpl) values.push(tpl);
  }
  if (values.length === 0) return EMPTY;
  const merged = new Map<string, string>();
  for (const value of values) {
    const parsed = parseSuppressions(value, KNOWN_IDS);
    for (const e of parsed.errors) {
      errors.push({ kind: 'suppression', message: `${describe(obj)}: ${SUPPRESS_ANNOTATION}: ${e}`, source: obj.source });
    }
    for (const [k, v] of parsed.suppressions) merged.set(k, v);
  }
  return merged;
}

function cloudSuppressions(r: CloudResource, errors: InputError[]): ReadonlyMap<string, string> {
  if (!r.suppressions || Object.keys(r.suppressions).length === 0) return EMPTY;
  const value = Object.entries(r.suppressions).map(([id, reason]) => `${id}: ${reason}`).join('; ');
  const parsed = parseSuppressions(value, KNOWN_IDS);
  for (const e of parsed.errors) {
    errors.push({ kind: 'suppression', message: `${r.type} ${r.name}: ${e}`, source: r.source ?? { urn: r.name } });
  }
  return parsed.suppressions;
}

const EMPTY: ReadonlyMap<string, string> = new Map();

/**
 * Audits manifest sets against the catalog. Cross-object controls only relate objects within
 * the same set. Rules that throw on malformed input are reported as shape errors for that
 * object; the rest of the audit goes on.
 * @internal
 */
export function auditSets(
  sets: ReadonlyArray<ManifestSet | ManifestSetInput>,
  options: AuditOptions = {},
  inputErrors: readonly InputError[] = [],
): AuditReport {
  const resolved = resolveOptions(options);
  const { kube, cloud } = activeRules(resolved);
  const dispatcher = new Dispatcher(kube);
  const out = new Collector(resolved);
  // A loop, not push(...inputErrors): spreading a million errors overflows the call stack.
  for (const e of inputErrors) out.errors.push(e);
  for (const input of sets) {
    const set = input instanceof ManifestSet ? input : toManifestSet(input, out.errors);
    const ctx: RuleContext = { set, options: resolved };
    for (const obj of set.objects) {
      out.objects++;
      const optOuts = obj.annotations[OPT_OUTS_ANNOTATION];
      if (optOuts) {
        for (const o of parseOptOuts(optOuts)) out.notCovered.push({ object: refOf(obj), source: obj.source, ...o });
      }
      const rules = dispatcher.rulesFor(obj);
      if (rules.length === 0) continue;
      const suppressions = suppressionsOf(obj, out.errors);
      const ref = refOf(obj);
      for (const rule of rules) {
        let outcome: RuleOutcome;
        try {
          outcome = rule.evaluate(obj, ctx);
        } catch (e) {
          out.errors.push({ kind: 'shape', message: `${describe(obj)}: ${rule.id} could not evaluate this object (${(e as Error).message}); check that its fields have the types Kubernetes expects.`, source: obj.source });
          continue;
        }
        out.record(rule, outcome, ref, obj.source, suppressions);
      }
    }
    for (const res of set.resources) {
      out.resources++;
      const rules = cloud.filter((r) => r.types.includes(res.type));
      if (rules.length === 0) continue;
      const suppressions = cloudSuppressions(res, out.errors);
      const ref = { apiVersion: res.type, kind: res.type.split(':').pop() ?? res.type, name: res.name };
      for (const rule of rules) {
        out.record(rule, rule.evaluate(res, ctx), ref, res.source ?? { urn: res.name }, suppressions);
      }
    }
  }
  const active = new Set([...kube, ...cloud].map((r) => r.id));
  return {
    findings: out.findings,
    errors: out.errors,
    notCovered: out.notCovered,
    controls: out.controlResults(active),
    objects: out.objects,
    resources: out.resources,
    options: resolved,
  };
}

/** Audits one manifest set of plain objects (and optional cloud resources). */
export function audit(input: ManifestSetInput | ReadonlyArray<Record<string, unknown>>, options: AuditOptions = {}): AuditReport {
  const set: ManifestSetInput = Array.isArray(input) ? { objects: input as ReadonlyArray<Record<string, unknown>> } : (input as ManifestSetInput);
  return auditSets([set], options);
}

/** Unsuppressed findings at or above a severity. */
export function failingFindings(report: AuditReport, failOn: Severity = 'low'): Finding[] {
  return report.findings.filter((f) => !f.suppressed && severityRank(f.severity) >= severityRank(failOn));
}

/**
 * The CI exit code of a report: 2 when some input could not be read or parsed, 1 when an
 * unsuppressed finding at or above `failOn` exists or a suppression is invalid, else 0.
 */
export function exitCodeOf(report: AuditReport, failOn: Severity = 'low'): 0 | 1 | 2 {
  if (report.errors.some((e) => e.kind === 'read' || e.kind === 'parse' || e.kind === 'limit')) return 2;
  if (report.errors.some((e) => e.kind === 'suppression')) return 1;
  return failingFindings(report, failOn).length > 0 ? 1 : 0;
}
