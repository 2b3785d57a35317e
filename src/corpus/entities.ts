/**
 * Entities across documents: each document names an entity by its own canonical form ("Vladimir
 * Putin" in one, only "Putin" in another). Two canonical forms are the same entity when they are
 * equal (ignoring case), or when one is a known alias of exactly one fuller entity of the same
 * type: a form another document used for it ("Putin" within a document whose canonical is
 * "Vladimir Putin"), or, for people, its surname.
 */
import type { FactsRecord, NameType, Span } from '../core/types';

export interface EntityMention extends Span {
  text: string;
}

export interface EntityDocument {
  file: string;
  mentions: EntityMention[];
}

export interface Entity {
  canonical: string;
  type: NameType;
  /** Every other form used for it, across documents. */
  aliases: string[];
  documents: EntityDocument[];
}

export class EntityIndex {
  private readonly byKey = new Map<string, Entity>();

  constructor(records: Iterable<FactsRecord>) {
    const perDocument = [...records].map((record) => ({ file: record.file ?? '', names: record.names }));
    const aliasOwners = new Map<string, Set<string>>();
    for (const { names } of perDocument) {
      for (const name of names) {
        const key = entityKey(name.canonical, name.type);
        if (!this.byKey.has(key)) this.byKey.set(key, { canonical: name.canonical, type: name.type, aliases: [], documents: [] });
        for (const alias of aliasesOf(name.canonical, name.text, name.type)) {
          const owners = aliasOwners.get(entityKey(alias, name.type)) ?? new Set<string>();
          owners.add(key);
          aliasOwners.set(entityKey(alias, name.type), owners);
        }
      }
    }
    this.mergeAliases(aliasOwners);
    for (const { file, names } of perDocument) {
      for (const { canonical, type, start, end, text } of names) {
        const entity = this.byKey.get(entityKey(canonical, type))!;
        if (text !== entity.canonical && !entity.aliases.includes(text)) entity.aliases.push(text);
        // Documents are visited one at a time, so this document's entry, if any, is the last one.
        let document = entity.documents[entity.documents.length - 1];
        if (document?.file !== file) entity.documents.push((document = { file, mentions: [] }));
        document.mentions.push({ start, end, text });
      }
    }
  }

  /** The entity a document's canonical name refers to. */
  find(canonical: string, type: NameType): Entity | undefined {
    return this.byKey.get(entityKey(canonical, type));
  }

  /** Every entity once, most documents first. */
  all(): Entity[] {
    return [...new Set(this.byKey.values())].sort((a, b) => b.documents.length - a.documents.length || a.canonical.localeCompare(b.canonical));
  }

  /** A short canonical that is an alias of exactly one other entity becomes that entity. */
  private mergeAliases(aliasOwners: Map<string, Set<string>>): void {
    for (const [key, entity] of this.byKey) {
      const owners = [...(aliasOwners.get(key) ?? [])].filter((owner) => owner !== key);
      if (owners.length !== 1) continue;
      const target = this.byKey.get(owners[0]!)!;
      if (target === entity) continue;
      if (!target.aliases.includes(entity.canonical)) target.aliases.push(entity.canonical);
      this.byKey.set(key, target);
    }
  }
}

function aliasesOf(canonical: string, text: string, type: NameType): string[] {
  const aliases = text.toLowerCase() !== canonical.toLowerCase() ? [text] : [];
  const words = canonical.split(/\s+/);
  if (type === 'person' && words.length > 1) aliases.push(words[words.length - 1]!);
  return aliases;
}

function entityKey(name: string, type: NameType): string {
  return `${type}:${name.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}
