// Limits of the manifest loader. Every limit turns hostile input into a clear `limit` error for
// that file (or document) while the rest of the run goes on, so one bad file never hides the
// findings of the others and never hangs or crashes the process.

/** Options of the manifest loader. */
export interface LoadOptions {
  /**
   * Largest file (or standard input) read, in bytes. Larger files are reported as a `limit`
   * error without being read.
   * @default 16 MiB - ten times the largest manifest bundle we have seen in practice, and small
   * enough that a 50 MB dump cannot stall a CI job.
   */
  readonly maxFileBytes?: number;
  /**
   * Most alias dereferences per YAML document (the "billion laughs" guard of the `yaml` package).
   * @default 100 - Kubernetes manifests rarely use aliases at all.
   */
  readonly maxAliasCount?: number;
  /**
   * Deepest nesting of maps and sequences per document. Deeper documents are a `limit` error,
   * checked on the token stream before anything recursive runs, so no stack can overflow.
   * @default 128 - the deepest upstream CRD we know (Kyverno's ClusterPolicy schema) nests 31 levels.
   */
  readonly maxDepth?: number;
  /**
   * Most YAML documents per file. A file with more is a `limit` error and is not read: it is
   * counted on the lexer's token stream before any document is built, so a million `---` cost
   * one linear pass instead of gigabytes of syntax trees.
   * @default 100,000 - the 50,000-object benchmark corpus is far below it per file; real bundles
   * hold hundreds to a few thousand documents.
   */
  readonly maxDocuments?: number;
  /**
   * Follow symlinks that lead out of a directory being walked (CLI `--follow-symlinks`). Links to
   * a directory that contains the walked one (such as `/`) are never followed.
   * @default false - a link out of the tree is skipped with a warning, so a stray link cannot make
   * an audit read (or hang on) files nobody asked for.
   */
  readonly followSymlinks?: boolean;
  /**
   * Most input errors listed per file; one more error says how many were left out, so a file of
   * 100,000 malformed documents yields a bounded report.
   * @default 100
   */
  readonly maxErrorsPerFile?: number;
  /**
   * Content of standard input when a path is `-`. The CLI reads stdin asynchronously and passes it
   * here; library callers may pass any text.
   * @default - read file descriptor 0 synchronously, up to maxFileBytes
   */
  readonly stdin?: string | Uint8Array;
}

/** Options with every default applied. @internal */
export interface ResolvedLoadOptions {
  /** Largest file read, in bytes. */
  readonly maxFileBytes: number;
  /** Most YAML alias expansions per document. */
  readonly maxAliasCount: number;
  /** Deepest nesting per document. */
  readonly maxDepth: number;
  /** Most documents per file. */
  readonly maxDocuments: number;
  /** Most input errors listed per file. */
  readonly maxErrorsPerFile: number;
  /** What `-` reads, when given. */
  readonly stdin?: string | Uint8Array;
}

/** Default size cap: 16 MiB. @internal */
export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Default alias budget per document. @internal */
export const DEFAULT_MAX_ALIAS_COUNT = 100;
/** Default nesting limit per document. @internal */
export const DEFAULT_MAX_DEPTH = 128;

/** Default document limit per file. @internal */
export const DEFAULT_MAX_DOCUMENTS = 100_000;
/** Default number of input errors listed per file. @internal */
export const DEFAULT_MAX_ERRORS_PER_FILE = 100;

/** Applies the defaults. @internal */
export function resolveLoadOptions(options: LoadOptions = {}): ResolvedLoadOptions {
  return {
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxDocuments: options.maxDocuments ?? DEFAULT_MAX_DOCUMENTS,
    maxErrorsPerFile: options.maxErrorsPerFile ?? DEFAULT_MAX_ERRORS_PER_FILE,
    stdin: options.stdin,
  };
}
