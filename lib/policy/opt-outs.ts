// Parts of a tenant turned off on purpose. Some have a catalog control (default-deny, the mesh)
// and show up as suppressed findings; others (backup, logging, alerting, the image policy) have
// none, so the engine reads the Namespace's opt-out annotation and lists them in every report as
// "not covered", with the reason: a weakening is never silent.

/** Annotation on a tenant Namespace listing the parts turned off: `backup: reason; logging: reason`. */
export const OPT_OUTS_ANNOTATION = 'kubeward.dev/opt-outs';

/** One part turned off, with the reason given. */
export interface OptedOutPart {
  /** The part, e.g. `backup`, `logging`, `mesh`. */
  readonly part: string;
  /** Why it is off. */
  readonly reason: string;
}

/**
 * Parses the annotation. Entries are separated by `;` followed by a part name and a colon, so a
 * reason may itself contain semicolons.
 */
export function parseOptOuts(value: string): OptedOutPart[] {
  return value
    .split(/;\s*(?=[A-Za-z][\w.-]*\s*:)/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry) => {
      const colon = entry.indexOf(':');
      return colon < 0
        ? { part: entry, reason: '' }
        : { part: entry.slice(0, colon).trim(), reason: entry.slice(colon + 1).trim() };
    });
}

/** Formats opt-outs as the annotation value (the inverse of parseOptOuts). */
export function formatOptOuts(optOuts: Readonly<Record<string, string>>): string {
  return Object.entries(optOuts).map(([part, reason]) => `${part}: ${reason}`).join('; ');
}
