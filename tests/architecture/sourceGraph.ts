/**
 * The import graph of src/, read from the source text with the TypeScript parser: static imports and
 * re-exports, dynamic `import('…')`, and in .astro files both the frontmatter and the bundled `<script>` blocks.
 * The architecture tests (architecture.test.ts) assert the layer rules of docs/architecture.md over it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Where in a file an import sits: server-side code (a .ts module or an .astro frontmatter), or a browser `<script>`. */
export type ImportPlace = 'module' | 'frontmatter' | 'script';

export interface SourceImport {
  /** The specifier as written, e.g. '../../lib/io/siteData.ts' or 'maplibre-gl'. */
  specifier: string;
  /** Repo-relative path of the file it resolves to, for relative specifiers; null for packages. */
  target: string | null;
  /** Names imported, for `import { a, b } from` (empty for namespace, default-only or side-effect imports). */
  names: string[];
  /** `import type` or every binding type-only: erased from the bundle. */
  typeOnly: boolean;
  dynamic: boolean;
  place: ImportPlace;
}

export interface SourceFile {
  /** Repo-relative, e.g. 'src/client/atlas/map.ts'. */
  path: string;
  /** The code the TypeScript parser saw (an .astro file's frontmatter and scripts). */
  sources: ts.SourceFile[];
  imports: SourceImport[];
}

export function listSourceFiles(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return listSourceFiles(full);
    return /\.(ts|mts|mjs|js|astro)$/.test(name) && !name.endsWith('.d.ts') ? [relative(ROOT, full)] : [];
  });
}

/** The TypeScript parts of an .astro file: its frontmatter, then each bundled (not is:inline) `<script>`. */
function astroParts(text: string): { place: ImportPlace; code: string }[] {
  const parts: { place: ImportPlace; code: string }[] = [];
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) parts.push({ place: 'frontmatter', code: front[1]! });
  for (const m of text.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    if (!/\bis:inline\b/.test(m[1] ?? '')) parts.push({ place: 'script', code: m[2]! });
  }
  return parts;
}

function resolveSpecifier(fromPath: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(ROOT, dirname(fromPath), specifier.replace(/\?.*$/, ''));
  const found = [base, `${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
  return relative(ROOT, found ?? base);
}

function importsOf(source: ts.SourceFile, path: string, place: ImportPlace): SourceImport[] {
  const found: SourceImport[] = [];
  const add = (specifier: string, names: string[], typeOnly: boolean, dynamic: boolean) =>
    found.push({ specifier, target: resolveSpecifier(path, specifier), names, typeOnly, dynamic, place });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const named = bindings && ts.isNamedImports(bindings) ? bindings.elements : [];
      const names = named.map((e) => (e.propertyName ?? e.name).text);
      const typeOnly =
        clause !== undefined &&
        (clause.phaseModifier === ts.SyntaxKind.TypeKeyword ||
          (!clause.name && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, names, typeOnly, false);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, [], node.isTypeOnly, false);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      add(node.arguments[0].text, [], false, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function readSourceFile(path: string): SourceFile {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const parts = path.endsWith('.astro') ? astroParts(text) : [{ place: 'module' as const, code: text }];
  const sources = parts.map((p, i) => ts.createSourceFile(`${path}#${i}`, p.code, ts.ScriptTarget.Latest, true));
  return { path, sources, imports: sources.flatMap((s, i) => importsOf(s, path, parts[i]!.place)) };
}

/** Every file of src/, read once. */
export function readSourceGraph(): Map<string, SourceFile> {
  return new Map(listSourceFiles().map((path) => [path, readSourceFile(path)]));
}

/** Identifiers read as free variables (not declared in the file, not a property name): e.g. `document`. */
export function freeIdentifiers(source: ts.SourceFile, names: ReadonlySet<string>): ts.Identifier[] {
  const declared = new Set<string>();
  const used: ts.Identifier[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && names.has(node.text)) {
      const parent = node.parent;
      const isDeclaration =
        (ts.isVariableDeclaration(parent) ||
          ts.isParameter(parent) ||
          ts.isFunctionDeclaration(parent) ||
          ts.isBindingElement(parent) ||
          ts.isImportSpecifier(parent) ||
          ts.isImportClause(parent)) &&
        parent.name === node;
      const isPropertyName =
        ((ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) &&
          parent.name === node) ||
        ts.isQualifiedName(parent);
      if (isDeclaration) declared.add(node.text);
      else if (!isPropertyName) used.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return used.filter((id) => !declared.has(id.text));
}

/** Line of a node, 1-based, within the part of the file the parser saw. */
export function lineOf(node: ts.Node): number {
  return node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1;
}
