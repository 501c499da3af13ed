// Image reference parsing, following the distribution reference grammar closely enough for the
// IMG controls: registry host, repository path, tag and digest.

/** A parsed image reference. @internal */
export interface ImageRef {
  /** The reference as written. */
  readonly raw: string;
  /**
   * Registry host (with port) when the first path component looks like a host
   * (contains `.` or `:`, or is `localhost`); undefined for implicit Docker Hub references.
   */
  readonly registry?: string;
  /** Repository path without registry, tag or digest. */
  readonly repository: string;
  /** Tag (text after `:` in the last path segment), if any. */
  readonly tag?: string;
  /** Digest (`sha256:...`), if any. */
  readonly digest?: string;
}

/** Parses an image reference. Never throws; odd input yields a best-effort parse. @internal */
export function parseImage(raw: string): ImageRef {
  let rest = raw.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { raw, registry, repository: rest, tag: tag || undefined, digest: digest || undefined };
}

const SHA256 = /^sha256:[0-9a-f]{64}$/;
const SHA512 = /^sha512:[0-9a-f]{128}$/;

/** Whether the digest is a well-formed sha256 or sha512 digest (lowercase hex, exact length). */
export function isPinnedDigest(digest: string | undefined): boolean {
  return digest !== undefined && (SHA256.test(digest) || SHA512.test(digest));
}

/**
 * Whether a registry host matches an allowed-registry pattern. A pattern is a host, optionally
 * with a path prefix (`ccr.ccs.tencentyun.com/payments`), and may start with `*.` to match any
 * subdomain (`*.tencentcloudcr.com`).
 */
export function registryAllowed(image: ImageRef, patterns: readonly string[]): boolean {
  if (!image.registry) return false;
  const host = image.registry.toLowerCase();
  const full = `${host}/${image.repository}`;
  return patterns.some((p) => {
    const pattern = p.toLowerCase().replace(/\/+$/, '');
    const slash = pattern.indexOf('/');
    const patHost = slash < 0 ? pattern : pattern.slice(0, slash);
    const patPath = slash < 0 ? '' : pattern.slice(slash);
    const hostOk = patHost.startsWith('*.') ? host.endsWith(patHost.slice(1)) && host.length > patHost.length - 1 : host === patHost;
    if (!hostOk) return false;
    if (!patPath) return true;
    const rest = full.slice(host.length);
    return rest === patPath || rest.startsWith(`${patPath}/`);
  });
}
