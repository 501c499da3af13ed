// A small PromQL evaluator for the instant-query subset our alert rules use, so tests can run a
// rule over the series kube-state-metrics exports and see whether it fires. Semantics follow the
// Prometheus documentation ("Querying basics", "Operators"): a selector keeps the series whose
// labels match every matcher (`=~` is fully anchored); `agg by (l) (v)` groups by l; a binary
// arithmetic operator with `on (l)` matches one series on each side by l (one-to-one unless
// `group_left`, which keeps the left side's labels); a comparison with a scalar filters.
// `a and b` keeps the series of a that have a match in b; `+`/`-` and comparisons also take a
// vector on both sides (one-to-one on all labels but the name) or a number on one side; `abs`;
// `avg_over_time` / `stddev_over_time` (population standard deviation, as Prometheus computes it)
// over a range selector, whose samples are the `history` of each series (the window's length is
// not checked: the test supplies the history the window holds).
// Not supported (the parser throws): other functions, `ignoring`, `or`/`unless`.

/** One sample: its labels (with `__name__`) and value. */
export interface Sample {
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
  /** The samples of the series in a range selector's window (oldest first), for `*_over_time`. */
  readonly history?: readonly number[];
}

type Tok = { t: 'id' | 'num' | 'str' | 'op'; v: string };

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  const re = /\s*(?:([A-Za-z_:][A-Za-z0-9_:]*)|(\d+(?:\.\d+)?(?:[smhdwy]\b)?)|"((?:[^"\\]|\\.)*)"|(=~|!=|!~|==|>=|<=|[{}(),=*><+\-/[\]]))/y;
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
  | { k: 'cmp'; op: string; arg: Node; rhs: Node }
  | { k: 'num'; value: number }
  | { k: 'fn'; fn: 'abs' | 'avg_over_time' | 'stddev_over_time'; arg: Node }
  | { k: 'and'; lhs: Node; rhs: Node };

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
      const n = logical();
      eat(')');
      return n;
    }
    if (t?.t === 'num') {
      eat();
      return { k: 'num', value: Number(t.v) };
    }
    const id = eat();
    if (id.t !== 'id') throw new Error(`promql: unexpected ${id.v}`);
    if ((id.v === 'abs' || id.v === 'avg_over_time' || id.v === 'stddev_over_time') && peek()?.v === '(') {
      eat('(');
      const arg = id.v === 'abs' ? logical() : primary();
      if (id.v !== 'abs') {
        // A range selector: `sel[duration]`.
        eat('[');
        if (eat().t !== 'num') throw new Error('promql: a range needs a duration');
        eat(']');
      }
      eat(')');
      return { k: 'fn', fn: id.v, arg };
    }
    if ((id.v === 'max' || id.v === 'sum' || id.v === 'min') && (peek()?.v === 'by' || peek()?.v === '(')) {
      const by = peek()?.v === 'by' ? (eat('by'), labelList()) : undefined;
      eat('(');
      const arg = logical();
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
  const additive = (): Node => {
    let lhs = product();
    while (peek()?.v === '+' || peek()?.v === '-') {
      const op = eat().v;
      lhs = { k: 'bin', op, groupLeft: false, lhs, rhs: product() };
    }
    return lhs;
  };
  function comparison(): Node {
    const arg = additive();
    const t = peek();
    if (t && ['>', '<', '==', '>=', '<=', '!='].includes(t.v)) {
      const op = eat().v;
      return { k: 'cmp', op, arg, rhs: additive() };
    }
    return arg;
  }
  function logical(): Node {
    let lhs = comparison();
    while (peek()?.v === 'and') {
      eat('and');
      lhs = { k: 'and', lhs, rhs: comparison() };
    }
    return lhs;
  }
  const ast = logical();
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

type Value = Sample[] | number;

function vec(v: Value, what: string): Sample[] {
  if (typeof v === 'number') throw new Error(`promql: ${what} needs a vector, not a number`);
  return v;
}

const ARITH: Record<string, (a: number, b: number) => number> = { '*': (a, b) => a * b, '/': (a, b) => a / b, '+': (a, b) => a + b, '-': (a, b) => a - b };
const COMPARE: Record<string, (a: number, b: number) => boolean> = { '>': (a, b) => a > b, '<': (a, b) => a < b, '==': (a, b) => a === b, '>=': (a, b) => a >= b, '<=': (a, b) => a <= b, '!=': (a, b) => a !== b };

/** One-to-one (or group_left) matching of two vectors; `combine` returns the value or undefined to drop. */
function match(
  lhs: Sample[], rhs: Sample[], on: readonly string[] | undefined, groupLeft: boolean,
  combine: (l: Sample, r: Sample) => number | undefined, keepName: boolean,
): Sample[] {
  const sig = (s: Sample) => key(on ? pick(s.labels, on) : withoutName(s.labels));
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
    if (!groupLeft) {
      if (seen.has(sig(s))) throw new Error('promql: one-to-one matching found duplicate series on the left side');
      seen.add(sig(s));
    }
    const v = combine(s, r);
    if (v !== undefined) out.push({ labels: keepName ? s.labels : withoutName(s.labels), value: v });
  }
  return out;
}

function run(n: Node, series: readonly Sample[]): Sample[] {
  return vec(value(n, series), 'the expression');
}

function value(n: Node, series: readonly Sample[]): Value {
  switch (n.k) {
    case 'num':
      return n.value;
    case 'sel':
      return series.filter((s) => s.labels.__name__ === n.name && n.matchers.every((m) => matches(s, m)));
    case 'fn': {
      const arg = vec(value(n.arg, series), n.fn);
      if (n.fn === 'abs') return arg.map((s) => ({ labels: withoutName(s.labels), value: Math.abs(s.value) }));
      return arg.filter((s) => (s.history ?? []).length > 0).map((s) => {
        const h = s.history!;
        const mean = h.reduce((a, b) => a + b, 0) / h.length;
        const v = n.fn === 'avg_over_time' ? mean : Math.sqrt(h.reduce((a, b) => a + (b - mean) ** 2, 0) / h.length);
        return { labels: withoutName(s.labels), value: v };
      });
    }
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
      const lhs = value(n.lhs, series);
      const rhs = value(n.rhs, series);
      const f = ARITH[n.op]!;
      if (typeof lhs === 'number' && typeof rhs === 'number') return f(lhs, rhs);
      if (typeof rhs === 'number') return vec(lhs, n.op).map((s) => ({ labels: withoutName(s.labels), value: f(s.value, rhs) }));
      if (typeof lhs === 'number') return rhs.map((s) => ({ labels: withoutName(s.labels), value: f(lhs, s.value) }));
      return match(lhs, rhs, n.on, n.groupLeft, (l, r) => f(l.value, r.value), false);
    }
    case 'cmp': {
      const lhs = vec(value(n.arg, series), 'a comparison');
      const rhs = value(n.rhs, series);
      const test = COMPARE[n.op]!;
      // A filtering comparison keeps the left side's samples (and, against a number, its name).
      if (typeof rhs === 'number') return lhs.filter((s) => test(s.value, rhs));
      return match(lhs, rhs, undefined, false, (l, r) => (test(l.value, r.value) ? l.value : undefined), false);
    }
    case 'and': {
      const lhs = vec(value(n.lhs, series), 'and');
      const keys = new Set(vec(value(n.rhs, series), 'and').map((s) => key(withoutName(s.labels))));
      return lhs.filter((s) => keys.has(key(withoutName(s.labels))));
    }
  }
}
