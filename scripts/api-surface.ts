/* eslint-disable no-bitwise */ // TypeScript compiler flags are bit sets.
// The public API of kubeward, read with the TypeScript compiler API: the names each entry point
// exports (and their kinds), the .d.ts a build emits for them (with @internal declarations
// stripped), and the names public declarations mention without exporting. scripts/docgen.ts
// writes the list to test/api-surface.txt; test/api-surface.test.ts pins it and checks the .d.ts.
import * as path from 'path';
import * as ts from 'typescript';

export const ROOT = path.resolve(__dirname, '..');
/** The package's entry points: module name, and source file. */
export const ENTRIES: ReadonlyArray<readonly [string, string]> = [
  ['kubeward', path.join(ROOT, 'lib', 'index.ts')],
  ['kubeward/pulumi', path.join(ROOT, 'lib', 'pulumi.ts')],
];
/** The checked-in list of public names (one `<entry> <kind> <name>` a line). */
export const SURFACE_FILE = path.join(ROOT, 'test', 'api-surface.txt');

/** The compiler options of the build (tsconfig.json), so stripInternal and declaration emit match `tsc`. */
export function buildOptions(): ts.CompilerOptions {
  const file = path.join(ROOT, 'tsconfig.json');
  const read = ts.readConfigFile(file, (f) => ts.sys.readFile(f));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT, undefined, file).options;
}

export function createApiProgram(options: ts.CompilerOptions = buildOptions()): ts.Program {
  return ts.createProgram(ENTRIES.map(([, f]) => f), { ...options, noEmit: false });
}

export function isInternal(node: ts.Node): boolean {
  return ts.getJSDocTags(node).some((t) => t.tagName.text === 'internal');
}

/** The declaration an export stands for (through re-exports). */
export function targetOf(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

function kindOf(symbol: ts.Symbol): string {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Class) return 'class';
  if (f & ts.SymbolFlags.Enum) return 'enum';
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.Interface) return 'interface';
  if (f & ts.SymbolFlags.TypeAlias) return 'type';
  if (f & ts.SymbolFlags.Variable) return 'const';
  if (f & (ts.SymbolFlags.ValueModule | ts.SymbolFlags.NamespaceModule)) return 'namespace';
  return 'other';
}

export interface ApiEntry {
  readonly entry: string;
  readonly kind: string;
  readonly name: string;
  /** Whether the name exists at run time (a class, function, constant, enum or namespace). */
  readonly value: boolean;
}

/** Every name the entry points export, sorted by entry point, then name. */
export function publicSurface(program: ts.Program): ApiEntry[] {
  const checker = program.getTypeChecker();
  const out: ApiEntry[] = [];
  for (const [entry, file] of ENTRIES) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${file} has no exports`);
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      const target = targetOf(checker, symbol);
      out.push({ entry, kind: kindOf(target), name: symbol.name, value: (target.flags & ts.SymbolFlags.Value) !== 0 });
    }
  }
  return out.sort((a, b) => a.entry.localeCompare(b.entry) || a.name.localeCompare(b.name));
}

/** The pin file's text for a surface. */
export function surfaceText(surface: readonly ApiEntry[]): string {
  const header = [
    '# The public API of kubeward: every name the two entry points export (lib/index.ts is `kubeward`,',
    '# lib/pulumi.ts is `kubeward/pulumi`). test/api-surface.test.ts fails when the code and this list',
    '# disagree; `npm run docgen` rewrites it (and API.md) from the code. Review its diff like code.',
  ];
  return [...header, ...surface.map((e) => `${e.entry} ${e.kind} ${e.name}`)].join('\n') + '\n';
}

/**
 * Emits the declarations a build publishes (stripInternal as in tsconfig.json) into memory, then
 * type-checks them as a consumer would with skipLibCheck off: a public declaration that mentions
 * an @internal (stripped) one shows up as an error here.
 */
export function declarationErrors(program: ts.Program, options: ts.CompilerOptions = buildOptions()): string[] {
  const emitted = new Map<string, string>();
  const result = program.emit(undefined, (fileName, text) => {
    if (fileName.endsWith('.d.ts')) emitted.set(path.resolve(fileName), text);
  }, undefined, true);
  const errors = result.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  const outDir = path.resolve(options.outDir ?? path.join(ROOT, 'build'));
  const host = ts.createCompilerHost({});
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (f) => emitted.get(path.resolve(f)) ?? readFile(f);
  host.fileExists = (f) => emitted.has(path.resolve(f)) || fileExists(f);
  const dirs = new Set([...emitted.keys()].flatMap((f) => {
    const out: string[] = [];
    for (let d = path.dirname(f); d.startsWith(outDir); d = path.dirname(d)) out.push(d);
    return out;
  }));
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (d) => dirs.has(path.resolve(d)) || (directoryExists?.(d) ?? false);
  const roots = ENTRIES.map(([, f]) => path.join(outDir, path.relative(path.join(ROOT, 'lib'), f)).replace(/\.ts$/, '.d.ts'));
  // A consumer's settings: strict, and .d.ts files checked (skipLibCheck off).
  const consumerOptions: ts.CompilerOptions = {
    strict: true, noEmit: true, skipLibCheck: false, types: [], target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, esModuleInterop: true,
  };
  const consumer = ts.createProgram(roots, consumerOptions, host);
  for (const sf of consumer.getSourceFiles()) {
    if (!emitted.has(path.resolve(sf.fileName))) continue;
    for (const d of [...consumer.getSyntacticDiagnostics(sf), ...consumer.getSemanticDiagnostics(sf)]) {
      const { line } = sf.getLineAndCharacterOfPosition(d.start ?? 0);
      errors.push(`${path.relative(outDir, sf.fileName)}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
  }
  return errors;
}

/**
 * Names declared in lib/ that a public declaration's signature mentions but no entry point
 * exports: a user would see them in types and API.md but could not import them.
 */
export function forgottenExports(program: ts.Program): string[] {
  const checker = program.getTypeChecker();
  const lib = path.join(ROOT, 'lib') + path.sep;
  const exported = new Set<ts.Symbol>();
  const roots: ts.Symbol[] = [];
  for (const [, file] of ENTRIES) {
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
    for (const s of checker.getExportsOfModule(moduleSymbol)) {
      const target = targetOf(checker, s);
      exported.add(target);
      roots.push(target);
    }
  }
  // Names reachable through an exported namespace (`tencentcloud.vpc.Instance`) are exported too.
  const addNamespace = (ns: ts.Symbol): void => {
    for (const s of checker.getExportsOfModule(ns)) {
      const target = targetOf(checker, s);
      if (exported.has(target) && target !== ns) continue;
      exported.add(target);
      if (target.flags & ts.SymbolFlags.ValueModule) addNamespace(target);
    }
  };
  for (const root of roots) if (root.flags & ts.SymbolFlags.ValueModule) addNamespace(root);
  const missing = new Map<string, Set<string>>();
  const visit = (node: ts.Node, owner: string): void => {
    // Bodies and initializers are implementation, not signature.
    if (ts.isBlock(node) || (ts.isPropertyDeclaration(node) && !node.type && node.initializer)) return;
    if (ts.isClassElement(node) || ts.isTypeElement(node)) {
      const flags = ts.getCombinedModifierFlags(node as ts.Declaration);
      if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected) || isInternal(node)) return;
      if (node.name && ts.isPrivateIdentifier(node.name)) return;
    }
    if (ts.isTypeReferenceNode(node) || ts.isExpressionWithTypeArguments(node) || ts.isTypeQueryNode(node)) {
      const name = ts.isTypeReferenceNode(node) ? node.typeName : ts.isTypeQueryNode(node) ? node.exprName : node.expression;
      const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(name) ? name.name : name);
      const target = symbol && targetOf(checker, symbol);
      const decl = target?.declarations?.[0];
      const ours = !!decl && decl.getSourceFile().fileName.startsWith(lib);
      if (target && decl && ours && !exported.has(target) && !(target.flags & ts.SymbolFlags.TypeParameter)) {
        const inModuleScope = !!decl.parent && (ts.isSourceFile(decl.parent) || ts.isModuleBlock(decl.parent));
        if (inModuleScope && !ts.isImportSpecifier(decl) && !ts.isNamespaceImport(decl)) {
          if (!missing.has(target.name)) missing.set(target.name, new Set());
          missing.get(target.name)!.add(owner);
        }
      }
    }
    ts.forEachChild(node, (c) => visit(c, owner));
  };
  for (const root of roots) {
    for (const decl of root.declarations ?? []) {
      if (!decl.getSourceFile().fileName.startsWith(lib)) continue;
      // An exported const without a type annotation has the initializer's type; its declared type is all a user sees.
      if (ts.isVariableDeclaration(decl) && !decl.type) continue;
      visit(decl, root.name);
    }
  }
  return [...missing].map(([name, owners]) => `${name} (in ${[...owners].sort().join(', ')})`).sort();
}
