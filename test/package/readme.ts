// The README's code blocks, read the way the tests use them: the ten-line example to run, the
// install commands to compare with the package's peers, the cdk8s plugin configuration, and every
// TypeScript snippet to compile.
//
// Snippet convention (an HTML comment on the line right above a ```ts fence, invisible on GitHub):
//
//   <!-- snippet id=tenant -->               names the snippet, so later ones can continue it
//   <!-- snippet continues=tenant            compiled after the named snippet (and what it continues);
//   declare const gateway: HardenedDeployment;
//   -->                                      further lines of the comment are a hidden prelude,
//                                            placed before the snippet's own code
//
// Every snippet is compiled as its own module, so snippets without imports do not share scope.
import * as fs from 'fs';
import * as path from 'path';

export const REPO = path.resolve(__dirname, '../..');

/** One fenced code block of the README. */
export interface CodeBlock {
  /** The fence's language (`ts`, `sh`, `yaml`, ...), empty when none is given. */
  readonly lang: string;
  /** The block's text, dedented by the fence's indentation. */
  readonly code: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The `## ` or `### ` heading the block sits under. */
  readonly heading: string;
  /** The `<!-- snippet ... -->` directives right above the fence, if any. */
  readonly directives?: { readonly id?: string; readonly continues?: string; readonly prelude: string };
}

/** A TypeScript snippet ready to compile: its own code, after what it continues and its prelude. */
export interface Snippet {
  readonly block: CodeBlock;
  /** The module to compile. */
  readonly source: string;
  /** Whether the snippet, with what it continues, uses the Pulumi side. */
  readonly pulumi: boolean;
}

export function readme(): string {
  return fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
}

function dedent(lines: readonly string[], indent: string): string {
  return lines.map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart())).join('\n');
}

/** Every fenced code block of the README, with the snippet directives above it. */
export function codeBlocks(text = readme()): CodeBlock[] {
  const lines = text.split('\n');
  const blocks: CodeBlock[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const h = /^#{2,3} (.*)$/.exec(lines[i]);
    if (h) heading = h[1];
    const open = /^(\s*)```(\S*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, lang] = open;
    let end = i + 1;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end])) end++;
    if (end >= lines.length) throw new Error(`README.md:${i + 1}: the code fence is never closed`);
    blocks.push({ lang, code: dedent(lines.slice(i + 1, end), indent), line: i + 1, heading, directives: directivesAbove(lines, i) });
    i = end;
  }
  return blocks;
}

function directivesAbove(lines: readonly string[], fence: number): CodeBlock['directives'] {
  const last = fence - 1;
  if (last < 0 || !/-->\s*$/.test(lines[last])) return undefined;
  let first = last;
  while (first >= 0 && !/<!--/.test(lines[first])) first--;
  const head = /^(\s*)<!-- snippet\b(.*)$/.exec(lines[first] ?? '');
  if (!head) return undefined;
  const [, indent, rest] = head;
  const oneLine = first === last;
  const attributes = (oneLine ? rest.replace(/-->\s*$/, '') : rest).trim();
  const values: Record<string, string> = {};
  for (const pair of attributes.split(/\s+/).filter(Boolean)) {
    const m = /^(id|continues)=([\w-]+)$/.exec(pair);
    if (!m) throw new Error(`README.md:${first + 1}: unknown snippet directive "${pair}" (use id=NAME or continues=NAME)`);
    values[m[1]] = m[2];
  }
  const prelude = oneLine ? '' : dedent(lines.slice(first + 1, last), indent);
  return { ...values, prelude };
}

/** Every ```ts block as a module to compile, continuations and preludes applied. */
export function tsSnippets(text = readme()): Snippet[] {
  const ts = codeBlocks(text).filter((b) => b.lang === 'ts');
  const byId = new Map<string, CodeBlock>();
  for (const b of ts) {
    const id = b.directives?.id;
    if (!id) continue;
    if (byId.has(id)) throw new Error(`README.md:${b.line}: snippet id "${id}" is also used at line ${byId.get(id)!.line}`);
    byId.set(id, b);
  }
  const bodyOf = (b: CodeBlock, seen: readonly CodeBlock[]): string => {
    if (seen.includes(b)) throw new Error(`README.md:${b.line}: snippet continuations form a cycle`);
    const base = b.directives?.continues;
    const baseBlock = base === undefined ? undefined : byId.get(base);
    if (base !== undefined && !baseBlock) throw new Error(`README.md:${b.line}: continues=${base}, but no snippet has id=${base}`);
    if (baseBlock && baseBlock.line > b.line) throw new Error(`README.md:${b.line}: continues=${base}, which comes later in the README`);
    const parts = [baseBlock ? bodyOf(baseBlock, [...seen, b]) : '', b.directives?.prelude ?? '', b.code];
    return parts.filter(Boolean).join('\n');
  };
  return ts.map((block) => {
    const body = bodyOf(block, []);
    return { block, source: `${body}\nexport {};\n`, pulumi: /['"](kubeward\/pulumi|@pulumi\/[\w-]+)['"]/.test(body) };
  });
}

/** The first TypeScript block under a README heading. */
export function exampleAfter(heading: string, text = readme()): string {
  const block = codeBlocks(text).find((b) => b.lang === 'ts' && b.heading === heading.replace(/^#+ /, ''));
  if (!block) throw new Error(`README.md has no TypeScript block under "${heading}"`);
  return block.code;
}

/** The `npm install` commands of the README's Install section, as package lists. */
export function installCommands(text = readme()): string[][] {
  return codeBlocks(text)
    .filter((b) => b.heading === 'Install' && b.lang === 'sh')
    .flatMap((b) => b.code.split('\n'))
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter((l) => l.startsWith('npm install '))
    .map((l) => l.split(/\s+/).slice(2));
}

/** The cdk8s.yaml fragment that lists kubeward under `validations:`. */
export function pluginConfig(text = readme()): string {
  const block = codeBlocks(text).find((b) => b.lang === 'yaml' && /^validations:/m.test(b.code) && /package: kubeward\b/.test(b.code));
  if (!block) throw new Error('README.md has no cdk8s.yaml block with `validations:` naming kubeward');
  return block.code;
}
