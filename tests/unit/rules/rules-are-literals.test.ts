// Every rule version is written out as data in its jurisdiction's file. A module that computes a
// legal fact (a factory taking flags, a condition, a mapped list) can change an old version when a
// new one is edited, so this reads each module's source and refuses any computation. Named
// constants shared between versions are allowed; so are the builders of shared.ts, which only
// fill defaults.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const RULES = join(import.meta.dirname, '../../../src/rules');
const NOT_RULE_DATA = new Set(['types.ts', 'shared.ts', 'index.ts', 'jurisdiction-names.ts']);

/** The builders of shared.ts: each returns its arguments with defaults filled, nothing derived. */
const ALLOWED_CALLS = new Set([
  'obligation', 'coverage', 'governmentOnlyCoverage', 'residents', 'calendarDays', 'businessDays', 'hours', 'withoutDelay',
  'immediately', 'afterIndividuals', 'toll', 'restart', 'earlierOf', 'beforeIndividuals', 'AKESARI_BILL', 'primary', 'secondary',
]);
const COMPUTING_OPERATORS = new Set([
  ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken,
  ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken, ts.SyntaxKind.LessThanToken, ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanEqualsToken, ts.SyntaxKind.PlusToken,
  ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken,
]);

function ruleModules(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return ruleModules(join(dir, e.name), `${prefix}${e.name}/`);
    if (!e.name.endsWith('.ts') || (prefix === '' && NOT_RULE_DATA.has(e.name)) || e.name === 'index.ts') return [];
    return [`${prefix}${e.name}`];
  });
}

/** Each place the module computes rather than states, as `line: what`. */
export function computations(source: string, fileName = 'rule.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) => found.push(`${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) at(node, 'a function');
    else if (ts.isConditionalExpression(node)) at(node, 'a conditional');
    else if (ts.isIfStatement(node) || ts.isSwitchStatement(node) || ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node) || ts.isWhileStatement(node)) at(node, 'control flow');
    else if (ts.isBinaryExpression(node) && COMPUTING_OPERATORS.has(node.operatorToken.kind)) at(node, `the operator ${node.operatorToken.getText()}`);
    else if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) at(node, 'a negation');
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : null;
      if (!name || !ALLOWED_CALLS.has(name)) at(node, `a call to ${callee.getText()}`);
    } else if (ts.isNewExpression(node)) at(node, 'a constructor call');
    else if (ts.isTemplateExpression(node)) {
      for (const span of node.templateSpans) if (!ts.isIdentifier(span.expression)) at(span.expression, 'a computed value inside a template');
    } else if (ts.isVariableDeclarationList(node) && !(node.flags & ts.NodeFlags.Const)) at(node, 'a variable that can change');
    else if (ts.isClassDeclaration(node)) at(node, 'a class');
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('rule modules are plain data', () => {
  it('the check itself catches a factory, a condition and a mapped list', () => {
    expect(computations("const individuals = (fixed: boolean) => obligation({ id: 'x' });")).toEqual(['1: a function']);
    expect(computations("const d = era === '2020' ? 30 : 45;")).toEqual(expect.arrayContaining(['1: a conditional', '1: the operator ===']));
    expect(computations('const list = BASE.filter((e) => e);')).toContain('1: a call to BASE.filter');
    expect(computations('const text = `${a ? b : c} days`;')).toContain('1: a computed value inside a template');
    expect(computations("const ok = { days: 45, list: [...SHARED, 'x'], text: `${NAMED} more` };")).toEqual([]);
    expect(computations("const x = obligation({ id: 'y', deadline: calendarDays(30, 'discovered') });")).toEqual([]);
  });

  const modules = ruleModules(RULES);
  it('finds every jurisdiction and regime module', () => {
    expect(modules.length).toBeGreaterThanOrEqual(63);
  });

  it.each(modules)('%s states its facts without computing them', (name) => {
    expect(computations(readFileSync(join(RULES, name), 'utf8'), name)).toEqual([]);
  });
});
