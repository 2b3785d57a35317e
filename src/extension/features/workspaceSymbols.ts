/** Go to Symbol in Workspace: the collection's entities, one symbol per document that mentions them. */
import * as vscode from 'vscode';
import type { Entity } from '../../corpus/entities';
import type { NameType } from '../../core/types';
import type { CollectionIndex } from '../collectionIndex';
import { rangeConverters } from '../otherDocumentRanges';

/** Symbols returned at most: the editor shows a list, and reading many documents costs time. */
const MAX_SYMBOLS = 200;

const SYMBOL_KIND: Record<NameType, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Constant,
  organization: vscode.SymbolKind.Module,
  place: vscode.SymbolKind.Namespace,
};

export function register(collection: CollectionIndex): vscode.Disposable {
  return vscode.languages.registerWorkspaceSymbolProvider({
    async provideWorkspaceSymbols(query, token) {
      const needle = query.trim().toLowerCase();
      const entries = collection.entities
        .all()
        .filter((entity) => needle === '' || [entity.canonical, ...entity.aliases].some((name) => name.toLowerCase().includes(needle)))
        .flatMap((entity) => entity.documents.map((document) => ({ entity, document })))
        .slice(0, MAX_SYMBOLS);
      const converters = await rangeConverters(entries.map(({ document }) => vscode.Uri.parse(document.file)));
      if (token.isCancellationRequested) return [];
      return entries.flatMap(({ entity, document }) => {
        const rangeOf = converters.get(document.file);
        const first = document.mentions[0];
        if (!rangeOf || !first) return [];
        const uri = vscode.Uri.parse(document.file);
        return [new vscode.SymbolInformation(entity.canonical, SYMBOL_KIND[entity.type], describe(entity, uri), new vscode.Location(uri, rangeOf(first)))];
      });
    },
  });
}

/** The container column: where, and how often. */
function describe(entity: Entity, uri: vscode.Uri): string {
  const mentions = entity.documents.find((document) => document.file === uri.toString())?.mentions.length ?? 0;
  return `${entity.type} · ${vscode.workspace.asRelativePath(uri)} · ${mentions} mention${mentions === 1 ? '' : 's'}`;
}
