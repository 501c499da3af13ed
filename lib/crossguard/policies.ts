import type { EnforcementLevel, ReportViolation, StackValidationArgs, StackValidationPolicy } from '@pulumi/policy';
import { fromStack, StackResource } from './resources';
import { CONTROLS } from '../policy/catalog-data';
import { AuditReport, auditSets } from '../policy/engine';
import { toKubeObject } from '../policy/model/object';
import { AuditOptions, inProfile, resolveOptions } from '../policy/options';
import { Severity } from '../policy/types';

/** Options of the CrossGuard policies. */
export interface KubewardPolicyOptions extends AuditOptions {
  /**
   * Enforcement level per severity.
   * @default { critical: 'mandatory', high: 'mandatory', medium: 'advisory', low: 'advisory' } -
   *   block what hands over a node or the cluster, warn about the rest.
   */
  readonly enforcement?: Partial<Record<Severity, EnforcementLevel>>;
  /**
   * Suppressions for cloud resources, which carry no annotations: logical resource name to
   * control id to reason, e.g. `{ prod: { 'KW-CLU-003': 'public endpoint for the CI runners, CIDR-restricted' } }`.
   * The pack runs in its own process, so give here the same reasons as in the program's
   * `MultiZoneCluster` `suppressions` prop.
   * @default {} - nothing is suppressed
   */
  readonly resourceSuppressions?: Readonly<Record<string, Record<string, string>>>;
}

const DEFAULT_ENFORCEMENT: Record<Severity, EnforcementLevel> = {
  critical: 'mandatory',
  high: 'mandatory',
  medium: 'advisory',
  low: 'advisory',
};

/**
 * One CrossGuard policy per catalog control, all backed by the same engine run. Every policy is
 * a stack validation, because many controls relate objects to each other (a Namespace and its
 * NetworkPolicies, a cluster and its EncryptionProtection); the audit runs once per stack and each
 * policy reports the findings of its own control. Suppressed findings are not reported: the
 * `kubeward.dev/suppress` annotation is honoured exactly as by `kubeward audit`.
 *
 * Use it in a policy pack program: `new PolicyPack('kubeward', { policies: kubewardPolicies() })`.
 */
export function kubewardPolicies(options: KubewardPolicyOptions = {}): StackValidationPolicy[] {
  const resolved = resolveOptions(options);
  const enforcement = { ...DEFAULT_ENFORCEMENT, ...options.enforcement };
  // One audit per stack evaluation, shared by all policies. CrossGuard hands each stack policy
  // a fresh resource array, so the cache is keyed by content, not identity.
  let last: { key: string; report: AuditReport } | undefined;
  const auditStack = (resources: readonly StackResource[]): AuditReport => {
    const key = JSON.stringify(
      resources.map((r) => [r.urn, r.type, r.props, Object.entries(r.propertyDependencies ?? {}).map(([k, v]) => [k, v.map((d) => d.urn)])]),
    );
    if (last && last.key === key) return last.report;
    const { objects, sources, cloud } = fromStack(resources, options.resourceSuppressions);
    const wrapped = objects.flatMap((o, i) => toKubeObject(o, sources[i]) ?? []);
    last = { key, report: auditSets([{ objects: wrapped, resources: cloud }], options) };
    return last.report;
  };

  return CONTROLS.filter((c) => inProfile(c, resolved.profile) && !resolved.skipControls.includes(c.id)).map((control) => ({
    name: control.id.toLowerCase(),
    description: `${control.title}. ${control.pass}`,
    enforcementLevel: enforcement[control.severity],
    severity: control.severity,
    remediationSteps: control.fail,
    validateStack: (args: StackValidationArgs, reportViolation: ReportViolation) => {
      const report = auditStack(args.resources as unknown as StackResource[]);
      for (const f of report.findings) {
        if (f.controlId !== control.id || f.suppressed) continue;
        const where = `${f.object.kind} ${f.object.namespace ? `${f.object.namespace}/` : ''}${f.object.name}`;
        reportViolation(`${control.id} ${where}: ${f.message}`, f.source.urn);
      }
    },
  }));
}
