// Builds CLS search conditions from field names and literal values, so no detection writes
// escapes by hand. The subset: `key:value`, `key:(v1 OR v2)`, AND, OR, NOT and parentheses; values
// are literal except for a trailing `*` kept as a prefix wildcard. CLS "Syntax and Rules"
// (https://tencentcloud.com/document/product/614/37803; legacy page 614/30439): keys or values
// with special characters are quoted or escaped with `\`, and a wildcard may not start a value.

/** Characters escaped in a bare value (the syntax's own, and the delimiters of a term). */
const SPECIAL = /[\\:"'()*?\s/=<>!&|^~{}[\]]/g;

/** A key as written in a condition: bare when it is letters, digits, `_`, `.` and `-`, quoted otherwise. */
export function key(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name) ? name : `"${name.replace(/(["\\])/g, '\\$1')}"`;
}

/** A literal value; `prefix*` keeps its trailing `*` as a wildcard. */
export function value(v: string): string {
  if (v.length === 0) throw new Error('an empty value matches nothing');
  const wildcard = v.endsWith('*') && v.length > 1;
  const literal = wildcard ? v.slice(0, -1) : v;
  return `${literal.replace(SPECIAL, (c) => `\\${c}`)}${wildcard ? '*' : ''}`;
}

/** A quoted phrase: the tokens of `text` in order (the field's tokenizer splits both). */
export function phrase(fieldName: string, text: string): string {
  return `${key(fieldName)}:"${text.replace(/(["\\])/g, '\\$1')}"`;
}

/** `key:value`, or `key:(v1 OR v2 ...)` for several values. */
export function term(fieldName: string, ...values: string[]): string {
  if (values.length === 0) throw new Error(`${fieldName}: no value`);
  return values.length === 1 ? `${key(fieldName)}:${value(values[0])}` : `${key(fieldName)}:(${values.map(value).join(' OR ')})`;
}

/** Conditions that must all hold. */
export function all(...parts: string[]): string {
  return parts.filter((p) => p !== '').map(group).join(' AND ');
}

/** Conditions of which one must hold. */
export function any(...parts: string[]): string {
  return `(${parts.map(group).join(' OR ')})`;
}

/** A condition that must not hold (empty when `part` is). */
export function not(part: string): string {
  return part === '' ? '' : `NOT ${group(part)}`;
}

/** Parenthesizes a condition with a top-level operator, so it composes. */
function group(part: string): string {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < part.length; i++) {
    const c = part[i];
    if (c === '\\') { i++; continue; }
    if (c === '"') quoted = !quoted;
    if (quoted) continue;
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && /\s/.test(c)) return `(${part})`;
  }
  return part;
}
