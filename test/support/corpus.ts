// The labeled conformance corpus (../shared/conformance beside the repo root, third-party fixtures
// that are never committed): its label file and a YAML loader that reads manifests the way the
// catalog's yaml_dialect convention says (YAML 1.2 core schema, empty documents skipped,
// `kind: List` flattened). Tests and benchmarks only: the package itself never reads ../shared.
// A suite that loads the corpus wraps itself in describeIfShared(CONFORMANCE, ...) (./shared.ts).
import * as fs from 'fs';
import * as path from 'path';
import { parse, parseAllDocuments } from 'yaml';
import { CONFORMANCE } from './shared';

/** The conformance corpus folder. */
export const CORPUS_DIR = CONFORMANCE.dir;
/** The label file of the corpus. */
export const EXPECTED_FILE = path.join(CORPUS_DIR, 'expected.yaml');

/** The labels of one corpus file, as written in expected.yaml. */
export interface CorpusLabels {
  /** Path relative to the corpus folder, e.g. `polaris/hostIPCSet/failure.yaml`. */
  readonly file: string;
  /** The peer the fixture comes from. */
  readonly source: string;
  /** Upstream path of the fixture. */
  readonly upstream: string;
  /** Controls the fixture was written to exercise. */
  readonly topic: readonly string[];
  /** Controls that must have at least one unsuppressed finding on the file. */
  readonly fail: readonly string[];
  /** Controls that must have no finding on the file (and are in scope). */
  readonly pass: readonly string[];
  /** expected.yaml `objects`: per-document verdicts of the topic controls in multi-document files. */
  readonly documentVerdicts?: readonly DocumentVerdict[];
}

/** The verdict of the topic controls on one YAML document of a multi-document file. */
export interface DocumentVerdict {
  /** 0-based position of the YAML document in the file. */
  readonly index: number;
  /** Its kind, for readability. */
  readonly kind: string;
  /** Its name, for readability. */
  readonly name: string;
  /** Topic controls that must fail on this document. */
  readonly fail?: readonly string[];
  /** Topic controls that must pass on this document. */
  readonly pass?: readonly string[];
}

/** One corpus file with its labels and its parsed manifests. */
export interface CorpusFile extends CorpusLabels {
  /** Absolute path of the fixture. */
  readonly absPath: string;
  /** The manifests of the file (one manifest set), List items flattened. */
  readonly manifests: ReadonlyArray<Record<string, unknown>>;
  /** For each manifest, the 0-based position of the YAML document it came from. */
  readonly documentIndexes: readonly number[];
}

/** Parse problems of one file (the corpus has none; a loader error is a test failure). */
export class CorpusParseError extends Error {}

/** A manifest and the position of the YAML document it came from. */
export interface ParsedManifest {
  /** The manifest as a plain object. */
  readonly manifest: Record<string, unknown>;
  /** 0-based position of its YAML document (List items share their List's position). */
  readonly documentIndex: number;
}

/** Parses a multi-document YAML text into manifests; see {@link parseManifestDocuments}. */
export function parseManifests(text: string, file = '<text>'): Array<Record<string, unknown>> {
  return parseManifestDocuments(text, file).map((m) => m.manifest);
}

/**
 * Parses a multi-document YAML text into manifests with their document positions: YAML 1.2 core
 * schema, duplicate keys are errors, null or empty documents are skipped, and `kind: List`
 * documents are replaced by their items (in order). Throws CorpusParseError on invalid YAML.
 */
export function parseManifestDocuments(text: string, file = '<text>'): ParsedManifest[] {
  const out: ParsedManifest[] = [];
  const docs = parseAllDocuments(text, { version: '1.2', schema: 'core', uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [docs];
  list.forEach((doc, i) => {
    if (doc.errors.length > 0) throw new CorpusParseError(`${file}: document ${i}: ${doc.errors[0].message}`);
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) return;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new CorpusParseError(`${file}: document ${i} is not a mapping`);
    }
    const obj = value as Record<string, unknown>;
    if (obj.kind === 'List' && Array.isArray(obj.items)) {
      for (const item of obj.items) if (item !== null && typeof item === 'object') out.push({ manifest: item as Record<string, unknown>, documentIndex: i });
    } else {
      out.push({ manifest: obj, documentIndex: i });
    }
  });
  return out;
}

function ids(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

/** Reads expected.yaml: the labels of every corpus file, in file order. */
export function loadLabels(expectedFile = EXPECTED_FILE): CorpusLabels[] {
  const doc = parse(fs.readFileSync(expectedFile, 'utf8')) as { files: Record<string, Record<string, unknown>> };
  return Object.entries(doc.files).map(([file, v]) => ({
    file,
    source: String(v.source ?? ''),
    upstream: String(v.upstream ?? ''),
    topic: ids(v.topic),
    fail: ids(v.fail),
    pass: ids(v.pass),
    ...(Array.isArray(v.objects) ? { documentVerdicts: v.objects as DocumentVerdict[] } : {}),
  }));
}

/** Loads the whole corpus: labels plus the parsed manifests of every labeled file. */
export function loadCorpus(expectedFile = EXPECTED_FILE): CorpusFile[] {
  const dir = path.dirname(expectedFile);
  return loadLabels(expectedFile).map((labels) => {
    const absPath = path.join(dir, labels.file);
    const parsed = parseManifestDocuments(fs.readFileSync(absPath, 'utf8'), labels.file);
    return { ...labels, absPath, manifests: parsed.map((p) => p.manifest), documentIndexes: parsed.map((p) => p.documentIndex) };
  });
}
