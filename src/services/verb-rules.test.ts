// One access path: every verb states its rule through authorize(). A verb is a function of
// src/services that an edge (src/web, src/cli, src/jobs, src/runtime.ts) calls and that takes a ServiceContext;
// it passes when its body calls authorize(), directly or through a helper of src/services that
// does (openCase, say). Read from the source with the TypeScript parser, so a new verb is checked
// the day it is written, and a helper an edge calls directly has to state a rule too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..');
const EDGES = ['web', 'cli', 'jobs'].map((d) => path.join(SRC, d));
// src/runtime.ts opens the register for the CLI and the server, so it is an edge too.
const SERVICES = path.join(SRC, 'services');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

function parse(file: string, text = readFileSync(file, 'utf8')): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

interface Fn {
  file: string;
  name: string;
  exported: boolean;
  takesContext: boolean;
  calls: Set<string>;
}

function calledNames(node: ts.Node): Set<string> {
  const names = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression)) names.add(n.expression.text);
    ts.forEachChild(n, visit);
  };
  visit(node);
  return names;
}

const CONTEXT = /\bServiceContext\b/;

/** Functions declared at the top level of a module (declarations and `const f = (…) => …`). */
export function functionsOf(sf: ts.SourceFile): Fn[] {
  const fns: Fn[] = [];
  const add = (name: string, exported: boolean, fn: ts.SignatureDeclaration & { body?: ts.Node | undefined }): void => {
    const first = fn.parameters[0];
    const takesContext = first !== undefined && CONTEXT.test(first.type?.getText(sf) ?? '');
    fns.push({ file: sf.fileName, name, exported, takesContext, calls: fn.body ? calledNames(fn.body) : new Set() });
  };
  for (const st of sf.statements) {
    const exported = ts.canHaveModifiers(st) && (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isFunctionDeclaration(st) && st.name) add(st.name.text, exported, st);
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        const init = d.initializer;
        if (ts.isIdentifier(d.name) && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) add(d.name.text, exported, init);
      }
    }
  }
  return fns;
}

/** Names of every function that reaches authorize(), through any chain of calls within src/services. */
export function authorizingNames(fns: readonly Fn[]): Set<string> {
  const yes = new Set<string>(['authorize']);
  let grew = true;
  while (grew) {
    grew = false;
    for (const f of fns) {
      if (!yes.has(f.name) && [...f.calls].some((c) => yes.has(c))) {
        yes.add(f.name);
        grew = true;
      }
    }
  }
  return yes;
}

function intoServices(file: string, specifier: string): boolean {
  const target = path.resolve(path.dirname(file), specifier);
  return target === SERVICES || target.startsWith(SERVICES + path.sep);
}

function bindingNames(b: ts.BindingName, out: string[]): void {
  if (ts.isIdentifier(b)) return;
  for (const el of b.elements) {
    if (ts.isOmittedExpression(el)) continue;
    if (el.propertyName && ts.isIdentifier(el.propertyName)) out.push(el.propertyName.text);
    else if (ts.isIdentifier(el.name)) out.push(el.name.text);
    bindingNames(el.name, out);
  }
}

/**
 * Names an edge module takes from src/services: static imports, and lazy ones
 * (`const { verb } = await import('../services/…')`, also inside Promise.all).
 */
function importedFromServices(file: string): string[] {
  const names: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier) && intoServices(file, n.moduleSpecifier.text)) {
      const bindings = n.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) names.push((el.propertyName ?? el.name).text);
      if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
    }
    if (ts.isVariableDeclaration(n) && n.initializer) {
      let lazy = false;
      const find = (m: ts.Node): void => {
        if (ts.isCallExpression(m) && m.expression.kind === ts.SyntaxKind.ImportKeyword) {
          const arg = m.arguments[0];
          if (arg && ts.isStringLiteral(arg) && intoServices(file, arg.text)) lazy = true;
        }
        ts.forEachChild(m, find);
      };
      find(n.initializer);
      if (lazy) bindingNames(n.name, names);
    }
    ts.forEachChild(n, visit);
  };
  visit(parse(file));
  return names;
}

const serviceFns = sourceFiles(SERVICES).flatMap((f) => functionsOf(parse(f)));
const authorizing = authorizingNames(serviceFns);
const edgeFiles = [...EDGES.flatMap(sourceFiles), path.join(SRC, 'runtime.ts')];
const edgeNames = new Set(edgeFiles.flatMap(importedFromServices));
// Not verbs, though edges call them: they return no register data and decide nothing.
const PLUMBING: Record<string, string> = {
  withTransaction: 'opens the transaction the verbs inside it share',
  loadCaseResource: 'the route guard reads the per-case rule (who is recused, shared, named) to call can() before the verb runs',
  checkHealth: 'answers a process manager "ok" or "failing" per check; reads no record',
  serveBackupSocket: "listens for the operator's `candor backup`; each request runs createBackup, which authorizes",
};
const verbs = serviceFns.filter((f) => f.exported && f.takesContext && edgeNames.has(f.name) && !(f.name in PLUMBING));

describe('every verb states its rule through authorize()', () => {
  it('finds the verbs (the walk is not empty or broken)', () => {
    expect(edgeNames.has('*'), 'an edge imports a service module whole; import its verbs by name').toBe(false);
    expect(verbs.length).toBeGreaterThan(60);
    const names = new Set(verbs.map((v) => v.name));
    for (const known of ['createCase', 'resolveCase', 'getCase', 'verifyAuditChain', 'getStatistics', 'publishRelease']) {
      expect(names, known).toContain(known);
    }
  });

  it('every verb calls authorize()', () => {
    const missing = verbs.filter((v) => !authorizing.has(v.name)).map((v) => `${path.relative(SRC, v.file)}: ${v.name}`);
    expect(missing).toEqual([]);
  });

  it('no service decides access by the actor kind itself', () => {
    const offenders = sourceFiles(SERVICES)
      .filter((f) => /actor\.kind\s*[!=]==\s*'system'/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('the check itself: a verb without authorize() is caught, one through a helper passes', () => {
    const sf = parse(
      'x.ts',
      `import type { ServiceContext } from './context';
       async function open(ctx: ServiceContext, id: string) { authorize(ctx, 'read:case'); return id; }
       export async function good(ctx: ServiceContext, input: { id: string }) { return open(ctx, input.id); }
       export const bad = async (ctx: ServiceContext, input: { id: string }) => input.id;`,
    );
    const fns = functionsOf(sf);
    const yes = authorizingNames(fns);
    expect(fns.filter((f) => f.exported && f.takesContext).map((f) => f.name)).toEqual(['good', 'bad']);
    expect(yes.has('good')).toBe(true);
    expect(yes.has('bad')).toBe(false);
  });
});
