// An evaluator of the CLS query subset kubeward's security alarms emit, so tests can run each
// alarm over recorded audit records and see whether it fires. It follows CLS's documented rules
// (CLS "Syntax and Rules", https://tencentcloud.com/document/product/614/37803, and the legacy
// syntax page 614/30439; "Trigger Condition Expression", 614/39576) for exactly this subset, and
// refuses anything else, so a detection that strays outside it fails its test instead of being
// evaluated by rules CLS may not share:
//
//   query      := search [ '|' sql ]
//   search     := or ;  or := and ('OR' and)* ;  and := unary ('AND' unary)* ;  unary := 'NOT' unary | primary
//   primary    := '(' or ')' | key ':' values
//   key        := bare | "quoted"                      (a key of the topic's key-value index)
//   values     := value | '(' value ('OR' value)* ')'
//   value      := bare | "phrase"                      (bare: `\` escapes; unescaped `*`/`?` are wildcards,
//                                                       never first; phrase: the field's tokens in order)
//   sql        := select count(*) as <a>
//               | select "<key>" as <a>, count(*) as <c> group by <a> having count(*) >= <n>
//   condition  := $1.<name> (> | >= | == | < | <=) <number>   (__QUERYCOUNT__: matching logs, or SQL rows)
//
// Matching works on segments, as CLS does: a text value is split on its field's tokenizer (no
// tokenizer: the whole value is one term), a bare term equals one segment (or its wildcard pattern
// matches one), a phrase is a run of consecutive segments; a long field compares numbers. A field
// the index does not hold matches nothing in CLS; here it is an error, since it means a dead alarm.
// Precedence NOT > AND > OR; implicit AND (juxtaposition) is refused: kubeward never emits it.
//
// How a record looks in CLS: nested objects by dotted paths, a list as its JSON text (see
// lib/cluster/detections/trail-index.ts for why that is an assumption).
import type { TrailIndex } from '../../lib/cluster/detections';

type Lexeme =
  | { kind: 'open' | 'close' | 'colon' }
  | { kind: 'word'; chars: Array<{ c: string; literal: boolean }> }
  | { kind: 'quoted'; text: string };

type Node =
  | { op: 'and' | 'or'; left: Node; right: Node }
  | { op: 'not'; inner: Node }
  | { op: 'term'; key: string; values: Value[] };

type Value = { kind: 'bare'; chars: Array<{ c: string; literal: boolean }> } | { kind: 'phrase'; text: string };

/** A record as CLS holds it: field name to value. */
export type ClsRecord = Record<string, string | number | boolean>;

/** Flattens a JSON record the way this evaluator assumes CLS holds it: dotted paths, lists as JSON text. */
export function clsView(record: object, prefix = '', out: ClsRecord = {}): ClsRecord {
  for (const [k, v] of Object.entries(record)) {
    const name = prefix ? `${prefix}.${k}` : k;
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) out[name] = JSON.stringify(v);
    else if (typeof v === 'object') clsView(v as object, name, out);
    else out[name] = v as string | number | boolean;
  }
  return out;
}

function lex(text: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '(') { out.push({ kind: 'open' }); i++; continue; }
    if (c === ')') { out.push({ kind: 'close' }); i++; continue; }
    if (c === ':') { out.push({ kind: 'colon' }); i++; continue; }
    if (c === '"') {
      let s = '';
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\') i++;
        s += text[i++];
      }
      if (text[i] !== '"') throw new Error(`unterminated quote in ${text}`);
      i++;
      out.push({ kind: 'quoted', text: s });
      continue;
    }
    const chars: Array<{ c: string; literal: boolean }> = [];
    while (i < text.length && !/[\s():"]/.test(text[i])) {
      if (text[i] === '\\') {
        if (i + 1 >= text.length) throw new Error(`dangling escape in ${text}`);
        chars.push({ c: text[i + 1], literal: true });
        i += 2;
      } else {
        chars.push({ c: text[i], literal: false });
        i++;
      }
    }
    out.push({ kind: 'word', chars });
  }
  return out;
}

const wordText = (l: Lexeme): string | undefined => (l.kind === 'word' ? l.chars.map((x) => x.c).join('') : undefined);
const isKeyword = (l: Lexeme | undefined, k: string): boolean =>
  l !== undefined && l.kind === 'word' && l.chars.every((x) => !x.literal) && wordText(l) === k;

/** Parses a search condition of the subset. */
export function parseSearch(text: string): Node | 'all' {
  if (text.trim() === '*') return 'all';
  const toks = lex(text);
  let pos = 0;
  const peek = (): Lexeme | undefined => toks[pos];
  const expect = (kind: Lexeme['kind']): Lexeme => {
    const t = toks[pos++];
    if (!t || t.kind !== kind) throw new Error(`expected ${kind} at token ${pos} of: ${text}`);
    return t;
  };
  const value = (): Value => {
    const t = toks[pos++];
    if (t?.kind === 'quoted') return { kind: 'phrase', text: t.text };
    if (t?.kind === 'word' && !['AND', 'OR', 'NOT'].some((k) => isKeyword(t, k))) return { kind: 'bare', chars: t.chars };
    throw new Error(`expected a value at token ${pos} of: ${text}`);
  };
  const primary = (): Node => {
    const t = peek();
    if (t?.kind === 'open') {
      pos++;
      const inner = or();
      expect('close');
      return inner;
    }
    const k = toks[pos++];
    let key: string;
    if (k?.kind === 'quoted') key = k.text;
    else if (k?.kind === 'word' && k.chars.every((x) => !x.literal)) key = wordText(k)!;
    else throw new Error(`expected a key at token ${pos} of: ${text}`);
    expect('colon');
    const values: Value[] = [];
    if (peek()?.kind === 'open') {
      pos++;
      values.push(value());
      while (isKeyword(peek(), 'OR')) {
        pos++;
        values.push(value());
      }
      expect('close');
    } else {
      values.push(value());
    }
    return { op: 'term', key, values };
  };
  const unary = (): Node => {
    if (isKeyword(peek(), 'NOT')) {
      pos++;
      return { op: 'not', inner: unary() };
    }
    return primary();
  };
  const and = (): Node => {
    let left = unary();
    while (isKeyword(peek(), 'AND')) {
      pos++;
      left = { op: 'and', left, right: unary() };
    }
    return left;
  };
  function or(): Node {
    let left = and();
    while (isKeyword(peek(), 'OR')) {
      pos++;
      left = { op: 'or', left, right: and() };
    }
    return left;
  }
  const tree = or();
  if (pos !== toks.length) throw new Error(`unexpected token ${pos} (implicit AND is outside the subset) in: ${text}`);
  return tree;
}

function segments(v: string, tokenizer: string): string[] {
  if (tokenizer === '') return [v];
  const out: string[] = [];
  let cur = '';
  for (const c of v) {
    if (tokenizer.includes(c)) {
      if (cur) out.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Every field name a search condition reads. */
export function keysOf(node: Node | 'all'): string[] {
  if (node === 'all') return [];
  switch (node.op) {
    case 'term': return [node.key];
    case 'not': return keysOf(node.inner);
    default: return [...keysOf(node.left), ...keysOf(node.right)];
  }
}

function matches(node: Node | 'all', record: ClsRecord, index: TrailIndex): boolean {
  if (node === 'all') return true;
  switch (node.op) {
    case 'and': return matches(node.left, record, index) && matches(node.right, record, index);
    case 'or': return matches(node.left, record, index) || matches(node.right, record, index);
    case 'not': return !matches(node.inner, record, index);
    default: return matchesTerm(node, record, index);
  }
}

function matchesTerm(node: Extract<Node, { op: 'term' }>, record: ClsRecord, index: TrailIndex): boolean {
  const field = index.fields.find((f) => f.key === node.key);
  if (!field) throw new Error(`"${node.key}" is not in the topic's key-value index, so CLS never matches it`);
  const raw = record[node.key];
  if (raw === undefined) return false;
  return node.values.some((v) => {
    if (field.type === 'long') {
      const text = v.kind === 'phrase' ? v.text : v.chars.map((x) => x.c).join('');
      if (!/^-?\d+$/.test(text)) throw new Error(`${node.key} is a long field; "${text}" is not a number`);
      return Number(raw) === Number(text);
    }
    const fold = (s: string): string => (index.caseSensitive ? s : s.toLowerCase());
    const segs = segments(String(raw), field.tokenizer).map(fold);
    if (v.kind === 'phrase') {
      const want = segments(v.text, field.tokenizer).map(fold);
      return want.length > 0 && segs.some((_, i) => want.every((w, j) => segs[i + j] === w));
    }
    if (!v.chars[0].literal && (v.chars[0].c === '*' || v.chars[0].c === '?')) throw new Error(`${node.key}: a value may not start with a wildcard`);
    if (field.tokenizer !== '' && v.chars.some((x) => field.tokenizer.includes(x.c))) {
      throw new Error(`${node.key}: a bare term holding a delimiter of its field is outside the subset`);
    }
    const pattern = v.chars.map((x) => (x.literal ? x.c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : x.c === '*' ? '.*' : x.c === '?' ? '.' : x.c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
    const re = new RegExp(`^${fold(pattern)}$`, 's');
    return segs.some((s) => re.test(s));
  });
}

/** The rows a query returns over records (no SQL: the matching records themselves). */
export interface QueryResult {
  /** `$N.__QUERYCOUNT__`: matching records without SQL, result rows with it. */
  readonly queryCount: number;
  /** SQL result rows (column to value), or the matching records. */
  readonly rows: ReadonlyArray<Record<string, string | number | boolean>>;
}

/** Runs a query of the subset over records as CLS holds them. */
export function runQuery(query: string, records: readonly ClsRecord[], index: TrailIndex): QueryResult {
  const bar = query.indexOf(' | ');
  const searchText = bar < 0 ? query : query.slice(0, bar);
  const sql = bar < 0 ? undefined : query.slice(bar + 3).trim();
  const tree = parseSearch(searchText);
  const hits = records.filter((r) => matches(tree, r, index));
  if (sql === undefined) return { queryCount: hits.length, rows: hits };
  const total = /^select count\(\*\) as (\w+)$/.exec(sql);
  if (total) return { queryCount: 1, rows: [{ [total[1]]: hits.length }] };
  const grouped = /^select "([^"]+)" as (\w+), count\(\*\) as (\w+) group by (\w+) having count\(\*\) >= (\d+)$/.exec(sql);
  if (!grouped || grouped[4] !== grouped[2]) throw new Error(`SQL outside the subset: ${sql}`);
  const [, key, alias, countAlias, , min] = grouped;
  const field = index.fields.find((f) => f.key === key);
  if (!field?.sql) throw new Error(`"${key}" has no SQL statistics in the index (sqlFlag), so CLS cannot group by it`);
  const counts = new Map<string | number | boolean, number>();
  for (const r of hits) if (r[key] !== undefined) counts.set(r[key], (counts.get(r[key]) ?? 0) + 1);
  const rows = [...counts].filter(([, n]) => n >= Number(min)).map(([v, n]) => ({ [alias]: v, [countAlias]: n }));
  return { queryCount: rows.length, rows };
}

/** Evaluates a trigger condition of the subset (`$1.<name> <op> <number>`) on a query result. */
export function conditionHolds(condition: string, result: QueryResult): boolean {
  const m = /^\$1\.(\w+) (>=|>|==|<=|<) (-?\d+(?:\.\d+)?)$/.exec(condition.trim());
  if (!m) throw new Error(`condition outside the subset: ${condition}`);
  const [, name, op, num] = m;
  const cmp = (x: number): boolean => {
    const n = Number(num);
    return op === '>' ? x > n : op === '>=' ? x >= n : op === '==' ? x === n : op === '<' ? x < n : x <= n;
  };
  if (name === '__QUERYCOUNT__') return cmp(result.queryCount);
  return result.rows.some((r) => typeof r[name] === 'number' && cmp(r[name] as number));
}
