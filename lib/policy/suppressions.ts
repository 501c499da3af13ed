// Suppressions are data next to the object they excuse, always with a reason, in the
// annotation `kubeward.dev/suppress: "KW-POD-016: reason; KW-NET-004: another reason"`.

/** The annotation that carries suppressions. */
export const SUPPRESS_ANNOTATION = 'kubeward.dev/suppress';

/** A reason must say something: shorter than this is an error, as in cdk-nag. */
export const MIN_REASON_LENGTH = 10;

/**
 * Controls that no reason can excuse: they hand a workload or a subject the whole node or the
 * whole cluster (privileged, host PID/IPC/network, cluster-admin, system:masters).
 */
export const UNSUPPRESSIBLE: ReadonlySet<string> = new Set([
  'KW-POD-001',
  'KW-POD-002',
  'KW-POD-003',
  'KW-POD-004',
  'KW-RBAC-001',
  'KW-RBAC-011',
]);

/** One parsed suppression. */
export interface Suppression {
  /** The control suppressed. */
  readonly controlId: string;
  /** Why the risk is acceptable (at least 10 characters). */
  readonly reason: string;
}

/** The result of parsing an annotation value: valid suppressions and the errors found. */
export interface ParsedSuppressions {
  /** Valid suppressions: control id to reason. */
  readonly suppressions: ReadonlyMap<string, string>;
  /** What was wrong with the invalid entries, each naming the fix. */
  readonly errors: readonly string[];
}

const ID = /^KW-[A-Z]+-\d{3}$/;

/**
 * Parses a suppression annotation. Entries are separated by `;` followed by a control id, so a
 * reason may itself contain semicolons. Invalid entries (unknown id format, short reason,
 * unsuppressible control) become errors and suppress nothing.
 */
export function parseSuppressions(value: string, knownIds?: ReadonlySet<string>): ParsedSuppressions {
  const suppressions = new Map<string, string>();
  const errors: string[] = [];
  const entries = value.split(/;\s*(?=KW-)/).map((e) => e.trim()).filter((e) => e.length > 0);
  for (const entry of entries) {
    const colon = entry.indexOf(':');
    const id = (colon < 0 ? entry : entry.slice(0, colon)).trim().replace(/;$/, '');
    const reason = colon < 0 ? '' : entry.slice(colon + 1).trim().replace(/;$/, '').trim();
    if (!ID.test(id)) {
      errors.push(`"${entry}" is not "KW-XXX-NNN: reason"; write ${SUPPRESS_ANNOTATION}: "KW-POD-016: why this is acceptable".`);
      continue;
    }
    if (knownIds && !knownIds.has(id)) {
      errors.push(`${id} is not a control of the catalog; run \`kubeward controls\` for the list.`);
      continue;
    }
    if (UNSUPPRESSIBLE.has(id)) {
      errors.push(`${id} cannot be suppressed: it grants node- or cluster-wide control; remove the setting instead.`);
      continue;
    }
    if (reason.length < MIN_REASON_LENGTH) {
      errors.push(
        `the reason for suppressing ${id} ("${reason}") is shorter than ${MIN_REASON_LENGTH} characters; say why the risk is acceptable.`,
      );
      continue;
    }
    suppressions.set(id, reason);
  }
  return { suppressions, errors };
}

/** Formats suppressions as the annotation value (the inverse of parseSuppressions). */
export function formatSuppressions(suppressions: Iterable<Suppression>): string {
  return [...suppressions].map((s) => `${s.controlId}: ${s.reason}`).join('; ');
}
