/**
 * Entities across documents: each document names an entity by its own canonical form ("Vladimir
 * Putin" in one, only "Putin" in another). Two canonical forms are the same entity when they are
 * equal (ignoring case), or when one is a known alias of exactly one fuller entity of the same
 * type: a form another document used for it ("Putin" within a document whose canonical is
 * "Vladimir Putin"), or, for people, its surname; that fuller entity may itself be such an alias.
 *
 * The index is kept per document, so a saved document is replaced without reading the others:
 * an entity is put together when asked for, from the documents that name it.
 */
import type { FactsRecord, NameMention, NameType, Span } from '../core/types';
import { isArticleMention } from './article';

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

/** A document's name, with the keys it is looked up by. */
interface IndexedName {
  name: NameMention;
  key: string;
  aliasKeys: string[];
}

interface NamedDocument {
  /** Its place among the documents: a replaced document keeps it, so the order is the one given. */
  order: number;
  names: IndexedName[];
}

export class EntityIndex {
  private readonly documents = new Map<string, NamedDocument>();
  private nextOrder = 0;
  /** Per entity key, the documents naming it, with how many of their names do. */
  private readonly namedIn = new Map<string, Map<string, number>>();
  /** Per alias key, the entity keys it is an alias of (with counts), and the reverse. */
  private readonly ownersOf = new Map<string, Map<string, number>>();
  private readonly aliasesOwned = new Map<string, Map<string, number>>();
  /** Entities put together since the last change. */
  private readonly built = new Map<string, Entity>();
  private everyEntity: Entity[] | undefined;

  constructor(records: Iterable<FactsRecord>) {
    for (const record of records) this.replace(record.file ?? '', record);
  }

  /** A document added, changed (it keeps its place) or, without a record, removed. */
  replace(file: string, record: FactsRecord | undefined): void {
    const before = this.documents.get(file);
    if (before) for (const name of before.names) this.count(file, name, -1);
    this.built.clear();
    this.everyEntity = undefined;
    if (!record) {
      this.documents.delete(file);
      return;
    }
    // Names in boilerplate belong to other stories (related headlines): they refer nowhere.
    const names = record.names.filter(isArticleMention).map((name) => ({ name, key: entityKey(name.canonical, name.type), aliasKeys: aliasesOf(name.canonical, name.text, name.type).map((alias) => entityKey(alias, name.type)) }));
    this.documents.set(file, { order: before?.order ?? this.nextOrder++, names });
    for (const name of names) this.count(file, name, +1);
  }

  /** The entity a document's canonical name refers to. */
  find(canonical: string, type: NameType): Entity | undefined {
    const key = entityKey(canonical, type);
    return this.namedIn.has(key) ? this.entityOf(this.rootOf(key)) : undefined;
  }

  /** Every entity once, most documents first. */
  all(): Entity[] {
    this.everyEntity ??= this.buildAll().sort((a, b) => b.documents.length - a.documents.length || a.canonical.localeCompare(b.canonical));
    return this.everyEntity;
  }

  /** What entityOf gives for every root, in one pass over the documents rather than one per entity. */
  private buildAll(): Entity[] {
    const roots = new Map([...this.namedIn.keys()].map((key) => [key, this.rootOf(key)]));
    const ordered = [...this.documents].sort(([, a], [, b]) => a.order - b.order);
    const entities = new Map<string, EntityAssembly>();
    for (const [, document] of ordered) {
      for (const { name, key } of document.names) {
        if (key === roots.get(key) && !entities.has(key)) entities.set(key, new EntityAssembly(key, name));
      }
    }
    for (const [file, document] of ordered) {
      for (const name of document.names) entities.get(roots.get(name.key)!)!.add(file, name);
    }
    return [...entities].map(([root, assembly]) => {
      const entity = assembly.finish();
      this.built.set(root, entity);
      return entity;
    });
  }

  private count(file: string, { key, aliasKeys }: IndexedName, delta: 1 | -1): void {
    add(this.namedIn, key, file, delta);
    for (const alias of aliasKeys) {
      add(this.ownersOf, alias, key, delta);
      add(this.aliasesOwned, key, alias, delta);
    }
  }

  /** The one other entity a key is an alias of, if exactly one. */
  private ownerOf(key: string): string | undefined {
    const owners = [...(this.ownersOf.get(key)?.keys() ?? [])].filter((owner) => owner !== key);
    return owners.length === 1 ? owners[0] : undefined;
  }

  /** The entity a key belongs to: its owner's, followed to an entity of its own (a cycle leaves the key alone). */
  private rootOf(key: string): string {
    const seen = new Set([key]);
    let root = key;
    for (let owner = this.ownerOf(root); owner !== undefined && this.namedIn.has(owner); owner = this.ownerOf(root)) {
      if (seen.has(owner)) return key;
      seen.add((root = owner));
    }
    return root;
  }

  /** The root's entity, from the documents naming it or one of the keys that belong to it. */
  private entityOf(root: string): Entity {
    const cached = this.built.get(root);
    if (cached) return cached;
    const members = new Set([root]);
    for (const member of members) {
      for (const alias of this.aliasesOwned.get(member)?.keys() ?? []) {
        if (!members.has(alias) && this.namedIn.has(alias) && this.rootOf(alias) === root) members.add(alias);
      }
    }
    const files = new Set([...members].flatMap((member) => [...this.namedIn.get(member)!.keys()]));
    const ordered = [...files].map((file) => [file, this.documents.get(file)!] as const).sort(([, a], [, b]) => a.order - b.order);
    const first = ordered.find(([, document]) => document.names.some((name) => name.key === root))!;
    const assembly = new EntityAssembly(root, first[1].names.find((name) => name.key === root)!.name);
    for (const [file, document] of ordered) {
      for (const name of document.names) if (members.has(name.key)) assembly.add(file, name);
    }
    const entity = assembly.finish();
    this.built.set(root, entity);
    return entity;
  }
}

/** One entity put together from its documents' names, taken in document order. */
class EntityAssembly {
  private readonly entity: Entity;
  private readonly aliases = new Set<string>();

  /** `own`: the first name whose key is the root's, which gives the entity its canonical name and type. */
  constructor(
    private readonly root: string,
    own: NameMention,
  ) {
    this.entity = { canonical: own.canonical, type: own.type, aliases: [], documents: [] };
  }

  add(file: string, { name, key }: IndexedName): void {
    const { entity } = this;
    const mention = { start: name.start, end: name.end, text: name.text };
    const last = entity.documents[entity.documents.length - 1];
    if (last?.file === file) last.mentions.push(mention);
    else entity.documents.push({ file, mentions: [mention] });
    if (name.canonical !== entity.canonical && key !== this.root) this.aliases.add(name.canonical);
    if (name.text !== entity.canonical) this.aliases.add(name.text);
  }

  finish(): Entity {
    this.entity.aliases = [...this.aliases];
    return this.entity;
  }
}

/** Adds `delta` to the count of `inner` under `outer`, forgetting counts that reach zero. */
function add(counts: Map<string, Map<string, number>>, outer: string, inner: string, delta: number): void {
  const byInner = counts.get(outer) ?? new Map<string, number>();
  const count = (byInner.get(inner) ?? 0) + delta;
  if (count > 0) byInner.set(inner, count);
  else byInner.delete(inner);
  if (byInner.size > 0) counts.set(outer, byInner);
  else counts.delete(outer);
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
