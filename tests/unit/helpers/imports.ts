// Every import of a source file, read with the TypeScript parser (not regular expressions, which would also match
// import-like text inside strings and comments). Used by the architecture and registry tests.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface ImportRef {
  /** The importing file, relative to the repository root (e.g. 'src/widgets/knn/session.ts'). */
  file: string;
  line: number;
  /** As written: '../../core/models', 'd3', '../widgets/*\/index.ts' (a glob), '../../workers/cnn.worker.ts'. */
  spec: string;
  /** Erased at build time (`import type`, `export type`, or every named binding marked `type`, or `import('x').T`). */
  typeOnly: boolean;
  /** Loaded later, not when the file is: `import('…')`, `new URL('…', import.meta.url)`, a non-eager glob. */
  lazy: boolean;
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The repository-relative path an import points to (query such as ?url removed), or null for a package. */
export function resolveImport(ref: Pick<ImportRef, 'file' | 'spec'>): string | null {
  if (!ref.spec.startsWith('.')) return null;
  return relative(ROOT, resolve(ROOT, dirname(ref.file), ref.spec.replace(/\?.*$/, ''))).split('\\').join('/');
}

/** The package an import names ('d3', '@tensorflow/tfjs', 'svelte'), or null for a relative import. */
export function packageOf(spec: string): string | null {
  if (spec.startsWith('.')) return null;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The script blocks of a .svelte file (with their line offsets), or the whole file for .ts. */
function scripts(file: string, text: string): { code: string; lineOffset: number }[] {
  if (!file.endsWith('.svelte')) return [{ code: text, lineOffset: 0 }];
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => ({
    code: m[1],
    lineOffset: text.slice(0, m.index + m[0].indexOf('>') + 1).split('\n').length - 1,
  }));
}

const stringArg = (n: ts.Node | undefined): string | null =>
  n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : null;

const isImportMeta = (n: ts.Node) => ts.isMetaProperty(n) && n.keywordToken === ts.SyntaxKind.ImportKeyword && n.name.text === 'meta';

/** The imports in one file's text (file is the repository-relative path, used for .svelte detection and reports). */
export function importsIn(file: string, text: string): ImportRef[] {
  const out: ImportRef[] = [];
  for (const { code, lineOffset } of scripts(file, text)) {
    const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const add = (node: ts.Node, spec: string, typeOnly: boolean, lazy: boolean) =>
      out.push({ file, spec, typeOnly, lazy, line: lineOffset + sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node)) {
        const c = node.importClause;
        const named = c?.namedBindings && ts.isNamedImports(c.namedBindings) ? c.namedBindings.elements : null;
        const allTyped = !!c && !c.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly);
        add(node, stringArg(node.moduleSpecifier)!, !!c && (c.isTypeOnly || allTyped), false);
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
        const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : null;
        add(node, stringArg(node.moduleSpecifier)!, node.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly)), false);
      } else if (ts.isImportTypeNode(node)) {
        const arg = node.argument;
        const spec = ts.isLiteralTypeNode(arg) ? stringArg(arg.literal) : null;
        if (spec) add(node, spec, true, false);
      } else if (ts.isCallExpression(node)) {
        const spec = stringArg(node.arguments[0]);
        if (spec && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node, spec, false, true);
        // import.meta.glob('pattern', { eager: true }): the matched files, loaded at once only when eager
        const callee = node.expression;
        if (spec && ts.isPropertyAccessExpression(callee) && callee.name.text === 'glob' && isImportMeta(callee.expression)) {
          const opts = node.arguments[1];
          const eager = !!opts && ts.isObjectLiteralExpression(opts) && opts.properties.some(
            (p) => ts.isPropertyAssignment(p) && p.name.getText(sf) === 'eager' && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          add(node, spec, false, !eager);
        }
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL') {
        // new URL('./x.worker.ts', import.meta.url): a worker or an asset, bundled and loaded on demand
        const spec = stringArg(node.arguments?.[0]);
        const base = node.arguments?.[1];
        if (spec && base && ts.isPropertyAccessExpression(base) && base.name.text === 'url' && isImportMeta(base.expression)) add(node, spec, false, true);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Every .ts and .svelte file under a repository-relative directory (declaration files excluded). */
export function sourceFiles(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(join(ROOT, d)).flatMap((name) => {
      const p = `${d}/${name}`;
      if (statSync(join(ROOT, p)).isDirectory()) return walk(p);
      return /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
    });
  return walk(dir).sort();
}

export function importsOf(file: string): ImportRef[] {
  return importsIn(file, readFileSync(join(ROOT, file), 'utf8'));
}

/** Resolves an extensionless relative import to the file it loads ('../params' → 'src/params/index.ts'). */
export function fileOf(path: string): string | null {
  for (const cand of [path, `${path}.ts`, `${path}/index.ts`]) {
    try {
      if (statSync(join(ROOT, cand)).isFile()) return cand;
    } catch {
      /* try the next form */
    }
  }
  return null;
}
