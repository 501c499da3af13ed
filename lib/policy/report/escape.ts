// Terminal-safe text. File names, object names, suppression reasons and messages come from the
// input, so a name with a newline or an ANSI escape could forge report lines (a fake `PASS:`) or
// repaint the terminal. Every user-controlled string a text reporter prints goes through
// `printable`, which shows such characters escaped instead of interpreting them.

// C0 controls (tab included: it can align a forged line), DEL, C1 controls, line and paragraph
// separators, and the bidirectional overrides and isolates that reorder what is displayed.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The string with every control, line-breaking or reordering character shown as an escape
 * (`\n`, `\x1b`, `\u2028`), so it prints on one line exactly as it is. A backslash is doubled
 * only when the string had to be escaped at all, so ordinary Windows paths stay readable while
 * an escaped string is unambiguous.
 * @internal
 */
export function printable(s: string): string {
  UNPRINTABLE.lastIndex = 0;
  if (!UNPRINTABLE.test(s)) return s;
  return s.replace(/\\/g, '\\\\').replace(UNPRINTABLE, (c) => {
    if (NAMED[c]) return NAMED[c];
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
