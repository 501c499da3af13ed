import { CST, Composer, Lexer, LineCounter, Parser, isMap, isSeq } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { KubeObject, toKubeObject } from '../model/object';
import type { InputError } from '../types';
import type { ResolvedLoadOptions } from './options';

/** Objects and errors found in one file. */
export interface ParsedFile {
  /** The objects, `kind: List` flattened, in document order. */
  readonly objects: KubeObject[];
  /** Parse, limit and shape errors, each with file and line. */
  readonly errors: InputError[];
}

/** What the token walk learned about one document. */
interface TokenFacts {
  readonly depth: number;
  readonly hasAlias: boolean;
}

/**
 * Nesting depth of a CST token, walked with an explicit stack: this runs before the `yaml`
 * composer, whose recursion (and, for deep block sequences, regular-expression building) would
 * otherwise overflow the stack or exhaust memory on a 10,000-deep document.
 */
function tokenFacts(token: CST.Token): TokenFacts {
  let depth = 0;
  let hasAlias = false;
  const stack: Array<[CST.Token | undefined, number]> = [[token, 0]];
  while (stack.length > 0) {
    const [t, d] = stack.pop()!;
    if (!t) continue;
    if (d > depth) depth = d;
    switch (t.type) {
      case 'document':
        stack.push([t.value, d]);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        for (const item of t.items) {
          if ('key' in item) stack.push([item.key ?? undefined, d + 1]);
          stack.push([item.value, d + 1]);
        }
        break;
      case 'alias':
        hasAlias = true;
        break;
      default:
        break;
    }
  }
  return { depth, hasAlias };
}

/**
 * Plain scalars are resolved as YAML 1.1, the way the API server reads manifests
 * (sigs.k8s.io/yaml decodes with its go-yaml v2 fork) and the way cdk8s writes them (cdk8s
 * `Yaml.stringify` passes `version: '1.1'` to this same `yaml` package, so it leaves `0o7`, `yes`
 * or `0x1f`-like strings unquoted only when YAML 1.1 reads them as strings). Reading YAML 1.2
 * instead turned a tenant named `0o7` into the number 7 and a name `on` into `true`.
 * Left out of the 1.1 schema: timestamps and base-60 numbers (`1:20`), which go-yaml v2 keeps as
 * strings when decoding into untyped values, as the API server does.
 */
const YAML_1_1 = {
  version: '1.1' as const,
  customTags: (tags: Array<{ tag: string; format?: string }>) => tags.filter((t) => t.tag !== 'tag:yaml.org,2002:timestamp' && t.format !== 'TIME'),
} as unknown as ConstructorParameters<typeof Composer>[0];

/** A pre-scan verdict: why the file must not be parsed, with the line and document concerned. */
interface PreScanProblem {
  readonly message: string;
  /** The limit hit, as the loader option and the CLI flag that raise it. */
  readonly limit: string;
  readonly line: number;
  readonly documentIndex?: number;
}

// How the limit messages name what raises a limit: the loader option, and the CLI flag.
const DEPTH_LIMIT = 'maxDepth, CLI --max-depth';
const DOCUMENTS_LIMIT = 'maxDocuments, CLI --max-documents';

/**
 * One linear pass of the `yaml` lexer (a generator: constant memory besides the text) that counts
 * documents and the nesting of flow collections. It runs before the parser, which keeps every
 * open flow collection and every document's syntax tree in memory: 5,000,000 unclosed `[` or a
 * million one-line documents would otherwise exhaust the heap before any limit could look.
 * Quoted and block scalars are single lexer tokens, so brackets inside them do not count.
 */
function preScan(text: string, options: ResolvedLoadOptions): PreScanProblem | undefined {
  let documents = 1;
  let flow = 0;
  let line = 1;
  let previous = '';
  for (const token of new Lexer().lex(text)) {
    if (token.length === 1) {
      if (token === '[' || token === '{') {
        if (++flow > options.maxDepth) {
          return { message: `document ${documents - 1} nests deeper than ${options.maxDepth} levels of [ and {`, limit: DEPTH_LIMIT, line, documentIndex: documents - 1 };
        }
      } else if (token === ']' || token === '}') {
        if (flow > 0) flow--;
      } else if (token === '\n') {
        line++;
      }
    } else {
      if (token === '---' && previous !== CST.SCALAR) {
        flow = 0;
        if (++documents > options.maxDocuments) {
          return { message: `the file holds more than ${options.maxDocuments} YAML documents`, limit: DOCUMENTS_LIMIT, line };
        }
      }
      for (let i = token.indexOf('\n'); i >= 0; i = token.indexOf('\n', i + 1)) line++;
    }
    previous = token;
  }
  if (documents > options.maxDocuments) return { message: `the file holds more than ${options.maxDocuments} YAML documents`, limit: DOCUMENTS_LIMIT, line: 1 };
  return undefined;
}

/** Depth of a plain value, iteratively (aliases can deepen a document after composition). */
function valueDepth(value: unknown, limit: number): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d + 1 > max) max = d + 1;
    if (max > limit) return max;
    for (const child of Object.values(v as object)) stack.push([child, d + 1]);
  }
  return max;
}

/** The first `max` errors and, when more were found, one error saying how many were left out. */
function capErrors(errors: InputError[], file: string, max: number): InputError[] {
  const cap = Math.max(1, max);
  if (errors.length <= cap) return errors;
  const kept = errors.slice(0, cap);
  const left = errors.length - cap;
  // Keep the most serious kind among those left out, so the exit code does not change.
  const kind = errors.slice(cap).some((e) => e.kind !== 'shape') ? errors.slice(cap).find((e) => e.kind !== 'shape')!.kind : 'shape';
  kept.push({ kind, message: `${file}: ${left} more input error${left === 1 ? '' : 's'} in this file were not listed (maxErrorsPerFile is ${cap}). Raise it (CLI --max-errors-per-file) to list them.`, source: { file } });
  return kept;
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return (nl < 0 ? message : message.slice(0, nl)).replace(/ at line \d+, column \d+:?$/, '');
}

function describeValue(v: unknown): string {
  if (Array.isArray(v)) return 'a sequence';
  return typeof v === 'object' ? 'a map' : `a ${typeof v}`;
}

/** A `kind: List` (or a typed list such as `DeploymentList`) whose items are objects to audit. */
function listItems(value: Record<string, unknown>): unknown[] | undefined {
  const kind = value.kind;
  if (typeof kind !== 'string' || !Array.isArray(value.items)) return undefined;
  if (kind === 'List') return value.items;
  // Typed lists from the API server omit apiVersion and kind on their items.
  if (kind.endsWith('List') && kind.length > 4 && value.spec === undefined) return value.items;
  return undefined;
}

/**
 * Parses one file's text: multi-document YAML with YAML 1.1 scalars (see `YAML_1_1`); JSON reads the same. Each
 * document becomes a KubeObject with its file, 1-based line and index; `List` documents are
 * flattened into their items. A bad document is reported and skipped; the other documents of
 * the file are still read.
 */
export function parseManifests(text: string, file: string, options: ResolvedLoadOptions): ParsedFile {
  const objects: KubeObject[] = [];
  const errors: InputError[] = [];
  const lines = new LineCounter();
  const lineOf = (offset: number | undefined): number => (offset === undefined ? 1 : Math.max(1, lines.linePos(offset).line));
  const problem = preScan(text, options);
  if (problem) {
    return {
      objects,
      errors: [{ kind: 'limit', message: `${file}:${problem.line}: ${problem.message}; the file was not read. Split it, or raise the limit (${problem.limit}) if it is trusted.`, source: { file, line: problem.line, ...(problem.documentIndex !== undefined ? { documentIndex: problem.documentIndex } : {}) } }],
    };
  }
  const tokens = Array.from(new Parser(lines.addNewLine).parse(text));

  // Documents too deep are emptied before composition (and reported); the rest compose normally.
  const facts: TokenFacts[] = [];
  for (const token of tokens) {
    if (token.type !== 'document') continue;
    const f = tokenFacts(token);
    facts.push(f);
    if (f.depth > options.maxDepth) {
      errors.push({
        kind: 'limit',
        message: `${file}:${lineOf(token.offset)}: document ${facts.length - 1} nests deeper than ${options.maxDepth} levels; it was not read. Raise the limit (${DEPTH_LIMIT}) if it is trusted.`,
        source: { file, line: lineOf(token.offset), documentIndex: facts.length - 1 },
      });
      token.value = undefined;
    }
  }

  const docs: Document.Parsed[] = Array.from(new Composer(YAML_1_1).compose(tokens));
  docs.forEach((doc, index) => {
    if (facts[index] && facts[index].depth > options.maxDepth) return;
    const docLine = lineOf(doc.contents?.range?.[0] ?? doc.range?.[0]);
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const line = e.linePos?.[0]?.line ?? docLine;
      const more = doc.errors.length > 1 ? ` (and ${doc.errors.length - 1} more)` : '';
      errors.push({
        kind: 'parse',
        message: `${file}:${line}: ${firstLine(e.message)}${more}; document ${index} was not read.`,
        source: { file, line, documentIndex: index },
      });
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: options.maxAliasCount });
    } catch (e) {
      const alias = e instanceof ReferenceError;
      errors.push({
        kind: 'limit',
        message: alias
          ? `${file}:${docLine}: document ${index} expands more than ${options.maxAliasCount} aliases (a YAML "billion laughs" pattern); it was not read.`
          : `${file}:${docLine}: document ${index} could not be built (${(e as Error).message}); it was not read.`,
        source: { file, line: docLine, documentIndex: index },
      });
      return;
    }
    if (facts[index]?.hasAlias && valueDepth(value, options.maxDepth) > options.maxDepth) {
      errors.push({
        kind: 'limit',
        message: `${file}:${docLine}: document ${index} nests deeper than ${options.maxDepth} levels once its aliases are expanded; it was not read. Raise the limit (${DEPTH_LIMIT}) if it is trusted.`,
        source: { file, line: docLine, documentIndex: index },
      });
      return;
    }
    emit(value, doc.contents ?? undefined, docLine, index);
  });
  return { objects, errors: capErrors(errors, file, options.maxErrorsPerFile) };

  function emit(value: unknown, node: YamlNode | undefined, line: number, index: number, listContext?: Record<string, unknown>): void {
    // An empty document (a stray `---`, or a file of comments) is nothing to audit, not an error.
    if (value === null || value === undefined) return;
    if (typeof value !== 'object' || Array.isArray(value)) {
      errors.push({
        kind: 'shape',
        message: `${file}:${line}: document ${index} is ${describeValue(value)}, not a Kubernetes object; it was not audited.`,
        source: { file, line, documentIndex: index },
      });
      return;
    }
    let raw = value as Record<string, unknown>;
    const items = listItems(raw);
    if (items) {
      const itemsNode = isMap(node) ? node.get('items', true) : undefined;
      items.forEach((item, i) => {
        const itemNode = isSeq(itemsNode) ? (itemsNode.items[i] as YamlNode | undefined) : undefined;
        emit(item, itemNode, itemNode?.range ? lineOf(itemNode.range[0]) : line, i, raw);
      });
      return;
    }
    if (listContext && listContext.kind !== 'List' && raw.apiVersion === undefined && raw.kind === undefined) {
      raw = { apiVersion: listContext.apiVersion, kind: String(listContext.kind).slice(0, -'List'.length), ...raw };
    }
    const obj = toKubeObject(raw, { file, line, documentIndex: index });
    if (obj) {
      objects.push(obj);
    } else {
      errors.push({
        kind: 'shape',
        message: `${file}:${line}: ${listContext ? `item ${index} of the List` : `document ${index}`} has no apiVersion or kind; it was not audited.`,
        source: { file, line, documentIndex: index },
      });
    }
  }
}
