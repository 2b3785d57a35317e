/**
 * The TextMate grammar, tokenized by the editor's own TextMate engine (vscode-textmate and
 * vscode-oniguruma from the running VS Code's appRoot), since no API exposes syntax scopes.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, workspaceUri } from '../helpers';

interface Token {
  startIndex: number;
  endIndex: number;
  scopes: string[];
}
interface Grammar {
  tokenizeLine(line: string, state: unknown): { tokens: Token[]; ruleStack: unknown };
}
interface TextMate {
  INITIAL: unknown;
  Registry: new (options: { onigLib: Promise<unknown>; loadGrammar(scope: string): Promise<unknown> }) => { loadGrammar(scope: string): Promise<Grammar | null> };
  parseRawGrammar(content: string, path: string): unknown;
}
interface Oniguruma {
  loadWASM(data: ArrayBuffer): Promise<void>;
  OnigScanner: new (patterns: string[]) => unknown;
  OnigString: new (text: string) => unknown;
}

interface SeedGrammar {
  grammar: Grammar;
  /** The rule stack a document starts with. */
  initial: unknown;
}

async function loadSeedGrammar(): Promise<SeedGrammar> {
  const fromEditor = createRequire(join(vscode.env.appRoot, 'package.json'));
  const textmate = fromEditor('vscode-textmate') as TextMate;
  const oniguruma = fromEditor('vscode-oniguruma') as Oniguruma;
  const wasm = readFileSync(fromEditor.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? '';
  const grammarPath = join(extensionPath, 'syntaxes', 'seed.tmLanguage.json');
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scope) => (scope === 'text.seed' ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null),
  });
  const grammar = await registry.loadGrammar('text.seed');
  assert.ok(grammar, 'the seed grammar did not load');
  return { grammar, initial: textmate.INITIAL };
}

/** Every token of the text with its scopes, outermost first. */
function tokenize({ grammar, initial }: SeedGrammar, text: string): { text: string; scopes: string[] }[] {
  let state = initial;
  const out: { text: string; scopes: string[] }[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) out.push({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    state = result.ruleStack;
  }
  return out;
}

export function grammarSuite(): void {
  suite('Grammar', () => {
    let grammar: SeedGrammar;
    suiteSetup(async () => {
      grammar = await loadSeedGrammar();
    });

    const read = async (name: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('seeds', name)));
    const scopesOf = (tokens: { text: string; scopes: string[] }[], text: string) => tokens.filter((token) => token.text.includes(text)).flatMap((token) => token.scopes);

    test('scopes the date header', async () => {
      const tokens = tokenize(grammar, await read('000_93e29ae284e8c2f5.txt'));
      assert.ok(scopesOf(tokens, 'date').includes('keyword.other.date-header.seed'));
      assert.ok(scopesOf(tokens, '2025-08-29').includes('constant.other.date.seed'));
    });

    test('scopes dates, quotations and amounts in the text', async () => {
      const tokens = tokenize(grammar, await read('002_c5cc658af23e45c8.txt'));
      assert.ok(scopesOf(tokens, 'May 8').includes('constant.other.date.seed'), 'May 8');
      assert.ok(scopesOf(tokens, '$244.9 billion').includes('constant.numeric.amount.currency.seed'), '$244.9 billion');
      assert.ok(scopesOf(tokens, 'History and reality').includes('string.quoted.double.curly.seed'), 'curly quotation');
      assert.ok(scopesOf(tokens, '2027').includes('constant.numeric.seed'), 'a plain number');
    });

    test('a straight quote after a digit (an inch mark) opens no quotation', () => {
      const tokens = tokenize(grammar, 'A 5" screen and more text');
      assert.ok(!tokens.some((token) => token.scopes.some((scope) => scope.startsWith('string.quoted'))));
    });
  });
}
