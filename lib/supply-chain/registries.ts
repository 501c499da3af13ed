// Trusted registries of a tenant: a registry host (with optional port) and an optional path
// prefix, such as `ccr.ccs.tencentyun.com/payments`. Wildcards are refused: a tenant names the
// registry namespaces it pulls from, and the admission policy matches them as exact prefixes.
import { show } from '../core/checks';
import { KubewardError } from '../core/errors';

const HOST_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
// A registry host needs a dot or a port (otherwise docker reads it as a Docker Hub user), or is localhost.
const REGISTRY = new RegExp(`^(?:(?:${HOST_LABEL})(?:\\.${HOST_LABEL})+(?::\\d{1,5})?|localhost:\\d{1,5})(?:/${PATH_COMPONENT})*$`);

/** Highest TCP port. */
const MAX_PORT = 65535;

/** Whether a string is a registry host (with a port from 1 to 65535, if any) and an optional repository path prefix. @internal */
export function isRegistry(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 255 || !REGISTRY.test(value)) return false;
  const port = /^[^/]*:(\d+)/.exec(value)?.[1];
  return port === undefined || (Number(port) >= 1 && Number(port) <= MAX_PORT);
}

/** Validates a non-empty list of registries (duplicates refused). @internal */
export function resolveRegistries(path: string, prop: string, value: unknown): string[] {
  const fix = 'list registry hosts with an optional path, e.g. ["ccr.ccs.tencentyun.com/payments"]';
  if (!Array.isArray(value) || value.length === 0) {
    throw new KubewardError(path, prop, `${show(value)} is not a non-empty list of registries`, fix);
  }
  const seen = new Set<string>();
  return value.map((r, i) => {
    if (!isRegistry(r)) {
      throw new KubewardError(path, `${prop}[${i}]`, `${show(r)} is not a registry host with optional path (a port, if any, from 1 to 65535; no scheme, tag, wildcard or trailing "/")`, fix);
    }
    if (seen.has(r)) throw new KubewardError(path, `${prop}[${i}]`, `${show(r)} is listed twice`, 'list each registry once');
    seen.add(r);
    return r;
  });
}
