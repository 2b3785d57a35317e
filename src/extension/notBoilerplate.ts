/**
 * Lines the reviewer marked "Not boilerplate", kept in `.sourcereview.yaml` at the root of each
 * workspace folder so the exception holds across documents and sessions.
 */
import * as vscode from 'vscode';
import { isMap, isSeq, parseDocument, YAMLSeq, type Document, type YAMLError } from 'yaml';
// The engine's normalization, so an exception matches a line however the engine's detectors see it.
import { normalizeLine } from '../core/boilerplate/normalize';
import type { BoilerplateRegion } from '../core/types';

export const EXCEPTIONS_FILE = '.sourcereview.yaml';
const EXCEPTIONS_KEY = 'notBoilerplate';
const HEADER = ' Source Review: lines marked "Not boilerplate" (normalized: lower case, punctuation and extra spaces removed).';

/** Normalized non-blank lines of a region of `text`. */
export function regionLines(text: string, region: BoilerplateRegion): string[] {
  return text
    .slice(region.start, region.end)
    .split(/\r\n|\r|\n/)
    .map(normalizeLine)
    .filter((line) => line !== '');
}

export class NotBoilerplateStore implements vscode.Disposable {
  private readonly linesByFolder = new Map<string, Set<string>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly watcher: vscode.FileSystemWatcher;
  readonly onDidChange = this.changed.event;

  constructor() {
    this.watcher = vscode.workspace.createFileSystemWatcher(`**/${EXCEPTIONS_FILE}`);
    const reload = () => void this.load();
    this.watcher.onDidChange(reload);
    this.watcher.onDidCreate(reload);
    this.watcher.onDidDelete(reload);
  }

  async load(): Promise<void> {
    this.linesByFolder.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const lines = await readExceptionLines(vscode.Uri.joinPath(folder.uri, EXCEPTIONS_FILE));
      this.linesByFolder.set(folder.uri.toString(), new Set(lines));
    }
    this.changed.fire();
  }

  /** True when every line of the region was marked "Not boilerplate". */
  isException(document: vscode.TextDocument, region: BoilerplateRegion): boolean {
    const excepted = this.linesFor(document.uri);
    if (excepted.size === 0) return false;
    const lines = regionLines(document.getText(), region);
    return lines.length > 0 && lines.every((line) => excepted.has(line));
  }

  async add(document: vscode.TextDocument, region: BoilerplateRegion): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showWarningMessage('Source Review: open a folder to record "Not boilerplate" exceptions.');
      return;
    }
    const file = vscode.Uri.joinPath(folder.uri, EXCEPTIONS_FILE);
    const existing = await readText(file);
    const yamlDocument: Document = parseDocument(existing ?? '');
    if (yamlDocument.errors.length > 0) {
      void vscode.window.showErrorMessage(`Source Review: ${describeYamlError(file, yamlDocument.errors[0])}; not changed.`);
      return;
    }
    if (existing === null) yamlDocument.commentBefore = HEADER;
    if (!isMap(yamlDocument.contents)) yamlDocument.contents = yamlDocument.createNode({});
    let list = yamlDocument.get(EXCEPTIONS_KEY);
    if (!isSeq(list)) {
      list = new YAMLSeq();
      yamlDocument.set(EXCEPTIONS_KEY, list);
    }
    const seq = list as YAMLSeq;
    const known = new Set(seq.items.map((item) => String(item && typeof item === 'object' && 'value' in item ? item.value : item)));
    for (const line of regionLines(document.getText(), region)) {
      if (!known.has(line)) seq.add(yamlDocument.createNode(line));
      known.add(line);
      this.linesFor(document.uri).add(line);
    }
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(yamlDocument.toString()));
    this.changed.fire();
  }

  private linesFor(uri: vscode.Uri): Set<string> {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
    const key = folder?.uri.toString() ?? '';
    let lines = this.linesByFolder.get(key);
    if (!lines) {
      lines = new Set();
      this.linesByFolder.set(key, lines);
    }
    return lines;
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }
}

async function readText(file: vscode.Uri): Promise<string | null> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  } catch {
    return null;
  }
}

async function readExceptionLines(file: vscode.Uri): Promise<string[]> {
  const text = await readText(file);
  if (text === null) return [];
  const parsed = parseDocument(text);
  if (parsed.errors.length > 0) {
    void vscode.window.showWarningMessage(`Source Review: ${describeYamlError(file, parsed.errors[0])}; its exceptions are ignored until it is fixed.`);
    return [];
  }
  const list: unknown = parsed.toJS()?.[EXCEPTIONS_KEY];
  return Array.isArray(list) ? list.filter((line): line is string => typeof line === 'string').map(normalizeLine) : [];
}

export function describeYamlError(file: vscode.Uri, error: YAMLError | undefined): string {
  const position = error?.linePos?.[0];
  const where = position ? `${position.line}:${position.col}` : '';
  return `${vscode.workspace.asRelativePath(file)}${where ? `:${where}` : ''} is not valid YAML (${error?.message.split('\n')[0] ?? 'unknown error'})`;
}
