/** Find All References on a name: every mention of the same entity across the collection. */
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import type { CollectionIndex } from '../collectionIndex';
import { LANGUAGE_ID } from '../commandIds';
import { spanToRange } from '../convert';
import { rangeConverters } from '../otherDocumentRanges';

export function register(analyses: AnalysisService, collection: CollectionIndex): vscode.Disposable {
  return vscode.languages.registerReferenceProvider({ language: LANGUAGE_ID }, {
    async provideReferences(document, position, context) {
      const facts = analyses.get(document).facts;
      const offset = document.offsetAt(position);
      const name = facts?.names.find((mention) => mention.start <= offset && offset < mention.end);
      if (!facts || !name) return [];
      const here = facts.names.filter((mention) => mention.type === name.type && mention.canonical === name.canonical);
      // This document's own mentions come from its live analysis (unsaved edits count), the others from the index.
      const locations = here
        .filter((mention) => context.includeDeclaration || mention !== name)
        .map((mention) => new vscode.Location(document.uri, spanToRange(document, mention)));
      const others = (collection.entities.find(name.canonical, name.type)?.documents ?? []).filter((entry) => entry.file !== document.uri.toString());
      const converters = await rangeConverters(others.map((entry) => vscode.Uri.parse(entry.file)));
      for (const entry of others) {
        const rangeOf = converters.get(entry.file);
        if (rangeOf) locations.push(...entry.mentions.map((mention) => new vscode.Location(vscode.Uri.parse(entry.file), rangeOf(mention))));
      }
      return locations;
    },
  });
}
