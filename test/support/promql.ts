// A small PromQL evaluator for the instant-query subset our alert rules use, so tests can run a
// rule over the series kube-state-metrics exports and see whether it fires. Semantics follow the
// Prometheus documentation ("Querying basics", "Operators"): a selector keeps the series whose
// labels match every matcher (`=~` is fully anchored); `agg by (l) (v)` groups by l; a binary
// arithmetic operator with `on (l)` matches one series on each side by l (one-to-one unless
// `group_left`, which keeps the left side's labels); a comparison with a scalar filters.
// Not supported (the parser throws): range vectors, functions, `ignoring`, `and`/`or`/`unless`.

/** One sample: its labels (with `__name__`) and value. */
export interface Sample {
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

type Tok = { t: 'id' | 'num' | 'str' | 'op'; v: string };

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  const re = /\s*(?:([A-Za-z_:][A-Za-z0-9_:]*)|(\d+(?:\.\d+)?)|"((?:[^"\\]|\\.)*)"|(=~|!=|!~|==|>=|<=|[{}(),=*><+\-/]))/y;
  let i = 0;
  while (i < src.length) {
    if (/^\s*$/.test(src.slice(i))) break;
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m) throw new Error(`promql: cannot read "${src.slice(i, i + 20)}"`);
    i = re.lastIndex;
    if (m[1] !== undefined) out.push({ t: 'id', v: m[1] });
    else if (m[2] !== undefined) out.push({ t: 'num', v: m[2] });
    else if (m[3] !== undefined) out.push({ t: 'str', v: m[3].replace(/\\(.)/g, '$1') });
    else out.push({ t: 'op', v: m[4] });
  }
  return out;
}

type Node =
  | { k: 'sel'; name: string; matchers: Array<{ l: string; op: string; v: string }> }
  | { k: 'agg'; fn: 'max' | 'sum' | 'min'; by?: string[]; arg: Node }
  | { k: 'bin'; op: string; on?: string[]; groupLeft: boolean; lhs: Node; rhs: Node }
  | { k: 'cmp'; op: string; arg: Node; scalar: number };

/** Parses and evaluates `expr` over `series`; returns the resulting samples. */
export function evaluate(expr: string, series: readonly Sample[]): Sample[] {
  const toks = lex(expr);
  let p = 0;
  const peek = () => toks[p];
  const eat = (v?: string): Tok => {
    const t = toks[p++];
    if (!t || (v !== undefined && t.v !== v)) throw new Error(`promql: expected ${v ?? 'a token'} at ${p - 1} in ${expr}`);
    return t;
  };
  const labelList = (): string[] => {
    eat('(');
    const ls: string[] = [];
    while (peek()?.v !== ')') {
      ls.push(eat().v);
      if (peek()?.v === ',') eat(',');
    }
    eat(')');
    return ls;
  };
  const primary = (): Node => {
    const t = peek();
    if (t?.v === '(') {
      eat('(');
      const n = comparison();
      eat(')');
      return n;
    }
    const id = eat();
    if (id.t !== 'id') throw new Error(`promql: unexpected ${id.v}`);
    if ((id.v === 'max' || id.v === 'sum' || id.v === 'min') && (peek()?.v === 'by' || peek()?.v === '(')) {
      const by = peek()?.v === 'by' ? (eat('by'), labelList()) : undefined;
      eat('(');
      const arg = comparison();
      eat(')');
      return { k: 'agg', fn: id.v, ...(by ? { by } : {}), arg };
    }
    const matchers: Array<{ l: string; op: string; v: string }> = [];
    if (peek()?.v === '{') {
      eat('{');
      while (peek()?.v !== '}') {
        const l = eat().v;
        const op = eat().v;
        const v = eat();
        if (v.t !== 'str' || !['=', '!=', '=~', '!~'].includes(op)) throw new Error(`promql: bad matcher ${l}${op}${v.v}`);
        matchers.push({ l, op, v: v.v });
        if (peek()?.v === ',') eat(',');
      }
      eat('}');
    }
    if (peek()?.v === '[') throw new Error('promql: range vectors are not supported');
    return { k: 'sel', name: id.v, matchers };
  };
  const product = (): Node => {
    let lhs = primary();
    while (peek()?.v === '*' || peek()?.v === '/') {
      const op = eat().v;
      let on: string[] | undefined;
      let groupLeft = false;
      if (peek()?.v === 'on') {
        eat('on');
        on = labelList();
      }
      if (peek()?.v === 'group_left') {
        eat('group_left');
        groupLeft = true;
        if (peek()?.v === '(') labelList();
      }
      lhs = { k: 'bin', op, ...(on ? { on } : {}), groupLeft, lhs, rhs: primary() };
    }
    return lhs;
  };
  function comparison(): Node {
    const arg = product();
    const t = peek();
    if (t && ['>', '<', '==', '>=', '<=', '!='].includes(t.v)) {
      const op = eat().v;
      const n = eat();
      if (n.t !== 'num') throw new Error('promql: only comparisons with a number are supported');
      return { k: 'cmp', op, arg, scalar: Number(n.v) };
    }
    return arg;
  }
  const ast = comparison();
  if (p !== toks.length) throw new Error(`promql: trailing input in ${expr}`);
  return run(ast, series);
}

function matches(s: Sample, m: { l: string; op: string; v: string }): boolean {
  const have = s.labels[m.l] ?? '';
  switch (m.op) {
    case '=': return have === m.v;
    case '!=': return have !== m.v;
    case '=~': return new RegExp(`^(?:${m.v})$`).test(have);
    default: return !new RegExp(`^(?:${m.v})$`).test(have);
  }
}

function pick(labels: Readonly<Record<string, string>>, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) if (labels[k] !== undefined) out[k] = labels[k];
  return out;
}

function withoutName(labels: Readonly<Record<string, string>>): Record<string, string> {
  const { __name__: _drop, ...rest } = labels;
  return rest;
}

const key = (labels: Readonly<Record<string, string>>) => JSON.stringify(Object.keys(labels).sort().map((k) => [k, labels[k]]));

function run(n: Node, series: readonly Sample[]): Sample[] {
  switch (n.k) {
    case 'sel':
      return series.filter((s) => s.labels.__name__ === n.name && n.matchers.every((m) => matches(s, m)));
    case 'agg': {
      const groups = new Map<string, { labels: Record<string, string>; values: number[] }>();
      for (const s of run(n.arg, series)) {
        const labels = n.by ? pick(s.labels, n.by) : {};
        const g = groups.get(key(labels)) ?? { labels, values: [] };
        g.values.push(s.value);
        groups.set(key(labels), g);
      }
      const f = n.fn === 'max' ? (v: number[]) => Math.max(...v) : n.fn === 'min' ? (v: number[]) => Math.min(...v) : (v: number[]) => v.reduce((a, b) => a + b, 0);
      return [...groups.values()].map((g) => ({ labels: g.labels, value: f(g.values) }));
    }
    case 'bin': {
      const lhs = run(n.lhs, series);
      const rhs = run(n.rhs, series);
      const sig = (s: Sample) => key(n.on ? pick(s.labels, n.on) : withoutName(s.labels));
      const right = new Map<string, Sample>();
      for (const s of rhs) {
        if (right.has(sig(s))) throw new Error('promql: many-to-many matching: the right side has duplicate series for a match');
        right.set(sig(s), s);
      }
      const seen = new Set<string>();
      const out: Sample[] = [];
      for (const s of lhs) {
        const r = right.get(sig(s));
        if (!r) continue;
        if (!n.groupLeft) {
          if (seen.has(sig(s))) throw new Error('promql: one-to-one matching found duplicate series on the left side');
          seen.add(sig(s));
        }
        out.push({ labels: withoutName(s.labels), value: n.op === '*' ? s.value * r.value : s.value / r.value });
      }
      return out;
    }
    case 'cmp': {
      const test = { '>': (a: number) => a > n.scalar, '<': (a: number) => a < n.scalar, '==': (a: number) => a === n.scalar, '>=': (a: number) => a >= n.scalar, '<=': (a: number) => a <= n.scalar, '!=': (a: number) => a !== n.scalar }[n.op]!;
      return run(n.arg, series).filter((s) => test(s.value));
    }
  }
}
