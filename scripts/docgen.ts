/* eslint-disable no-bitwise */ // TypeScript compiler flags are bit sets.
// Generates API.md from the TSDoc of everything lib/index.ts exports.
// Uses the TypeScript compiler API (already a dev dependency) instead of a docs toolchain:
// the output is one deterministic Markdown file that CI regenerates and diffs.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { SURFACE_FILE, isInternal, publicSurface, surfaceText } from './api-surface';

const root = path.resolve(__dirname, '..');
// The two public entry points: `kubeward` (engine + cdk8s) and `kubeward/pulumi`.
const entries: Array<[string, string]> = [
  ['kubeward', path.join(root, 'lib', 'index.ts')],
  ['kubeward/pulumi', path.join(root, 'lib', 'pulumi.ts')],
];
const program = ts.createProgram(entries.map(([, f]) => f), {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  strict: true,
  skipLibCheck: true,
  esModuleInterop: true,
  resolveJsonModule: true,
});
const checker = program.getTypeChecker();

/** Renders a symbol's TSDoc: summary text plus @default / @see / @example tags. */
function docOf(symbol: ts.Symbol): string {
  const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  const tags = symbol
    .getJsDocTags(checker)
    .filter((t) => ['default', 'see', 'example', 'deprecated', 'returns'].includes(t.name))
    .map((t) => {
      const text = ts.displayPartsToString(t.text ?? []).trim();
      return t.name === 'example' ? `\n\n*Example*\n\n${text}` : `\n\n*@${t.name}* ${text}`;
    });
  return (summary + tags.join('')).trim();
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function typeText(node: ts.Node | undefined, symbol: ts.Symbol): string {
  const type = node ? checker.getTypeOfSymbolAtLocation(symbol, node) : checker.getDeclaredTypeOfSymbol(symbol);
  return checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope);
}

function isPublic(decl: ts.Declaration): boolean {
  const flags = ts.getCombinedModifierFlags(decl);
  if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) return false;
  const name = (decl as ts.NamedDeclaration).name;
  if (name && ts.isPrivateIdentifier(name)) return false;
  // @internal members are not part of the public API.
  return !ts.getJSDocTags(decl).some((t) => t.tagName.text === 'internal');
}

function membersTable(symbols: ts.Symbol[], title: string): string[] {
  const rows = symbols
    .filter((m) => m.declarations?.some(isPublic))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((m) => {
      const decl = m.declarations![0];
      const optional = (m.flags & ts.SymbolFlags.Optional) !== 0 ? '?' : '';
      const readonly = ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Readonly ? 'readonly ' : '';
      return `| \`${readonly}${m.name}${optional}\` | \`${oneLine(typeText(decl, m))}\` | ${oneLine(docOf(m))} |`;
    });
  if (rows.length === 0) return [];
  return [`**${title}**`, '', '| Name | Type | Description |', '| --- | --- | --- |', ...rows, ''];
}

function signatures(symbol: ts.Symbol, decl: ts.Node, label: string): string[] {
  const type = checker.getTypeOfSymbolAtLocation(symbol, decl);
  return type.getCallSignatures().map((sig) => `\`\`\`ts\n${label}${checker.signatureToString(sig, undefined, ts.TypeFormatFlags.NoTruncation)}\n\`\`\``);
}

function renderClass(symbol: ts.Symbol, decl: ts.ClassDeclaration): string[] {
  const out: string[] = [];
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  const staticType = checker.getTypeOfSymbolAtLocation(symbol, decl);
  for (const sig of staticType.getConstructSignatures()) {
    out.push(`\`\`\`ts\nnew ${symbol.name}${checker.signatureToString(sig, undefined, ts.TypeFormatFlags.NoTruncation).replace(/ => .*$/, '')}\n\`\`\``, '');
  }
  const instance = checker.getPropertiesOfType(type).filter((p) => p.declarations?.some((d) => d.parent === decl));
  const props = instance.filter((p) => p.flags & ts.SymbolFlags.Property || p.flags & ts.SymbolFlags.GetAccessor);
  const methods = instance.filter((p) => p.flags & ts.SymbolFlags.Method);
  out.push(...membersTable(props, 'Properties'));
  if (methods.length) {
    out.push('**Methods**', '');
    for (const m of methods.filter((x) => x.declarations?.some(isPublic)).sort((a, b) => a.name.localeCompare(b.name))) {
      out.push(`- \`${m.name}\`: ${oneLine(docOf(m))}`, '', ...signatures(m, m.declarations![0], m.name), '');
    }
  }
  const statics = checker
    .getPropertiesOfType(staticType)
    .filter((p) => p.declarations?.some((d) => d.parent === decl && isPublic(d)) && p.name !== 'prototype');
  if (statics.length) {
    out.push('**Static members**', '');
    for (const m of statics.sort((a, b) => a.name.localeCompare(b.name))) {
      out.push(`- \`${symbol.name}.${m.name}\`: ${oneLine(docOf(m))}`, '');
    }
  }
  return out;
}

function render(symbol: ts.Symbol): { kind: string; lines: string[] } | undefined {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const decl = target.declarations?.[0];
  // @internal declarations are stripped from the published .d.ts, so they are not documented either.
  if (!decl || isInternal(ts.isVariableDeclaration(decl) ? decl.parent.parent : decl)) return undefined;
  const lines: string[] = [`### ${symbol.name}`, ''];
  const doc = docOf(target);
  if (doc) lines.push(doc, '');
  if (ts.isClassDeclaration(decl)) return { kind: 'Classes', lines: [...lines, ...renderClass(target, decl)] };
  if (ts.isInterfaceDeclaration(decl)) {
    const props = checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(target));
    return { kind: 'Interfaces', lines: [...lines, ...membersTable(props, 'Properties')] };
  }
  if (ts.isFunctionDeclaration(decl)) return { kind: 'Functions', lines: [...lines, ...signatures(target, decl, symbol.name), ''] };
  if (ts.isTypeAliasDeclaration(decl)) {
    return { kind: 'Types', lines: [...lines, '```ts', `type ${symbol.name} = ${decl.type.getText()}`, '```', ''] };
  }
  if (ts.isEnumDeclaration(decl)) {
    return { kind: 'Enums', lines: [...lines, ...decl.members.map((m) => `- \`${m.name.getText()}\``), ''] };
  }
  if (ts.isVariableDeclaration(decl)) {
    const text = oneLine(typeText(decl, target));
    return { kind: 'Constants', lines: [...lines, '```ts', `const ${symbol.name}: ${text.length > 300 ? text.slice(0, 300) + '…' : text}`, '```', ''] };
  }
  return undefined;
}

const order = ['Classes', 'Interfaces', 'Functions', 'Types', 'Enums', 'Constants'];
const out: string[] = [
  '# API Reference',
  '',
  '<!-- Generated by `npm run docgen` from the TSDoc of the exports of lib/index.ts and lib/pulumi.ts. Do not edit by hand. -->',
  '',
];
let count = 0;
for (const [moduleName, file] of entries) {
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${file} has no exports`);
  const sections = new Map<string, string[][]>(order.map((k) => [k, []]));
  for (const symbol of checker.getExportsOfModule(moduleSymbol).sort((a, b) => a.name.localeCompare(b.name))) {
    const r = render(symbol);
    if (r) sections.get(r.kind)!.push(r.lines.map((l) => (l.startsWith('### ') ? `#${l}` : l)));
  }
  out.push(`## \`${moduleName}\``, '');
  for (const kind of order) {
    const items = sections.get(kind)!;
    if (items.length === 0) continue;
    out.push(`### ${kind}`, '');
    for (const item of items) out.push(...item);
    count += items.length;
  }
}
fs.writeFileSync(path.join(root, 'API.md'), out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n');
console.log(`API.md: ${count} exported symbols documented`);
// The pinned list of public names (test/api-surface.test.ts compares it with the entry points).
const surface = publicSurface(program);
fs.writeFileSync(SURFACE_FILE, surfaceText(surface));
console.log(`${path.relative(root, SURFACE_FILE)}: ${surface.length} public names`);
