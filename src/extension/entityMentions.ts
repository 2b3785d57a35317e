/** Entities with their first mention, for the panel's "reveal" (core's entityCounts has counts only). No vscode. */
import type { FactsRecord, NameMention, NameType } from '../core/types';

export interface EntityCount {
  canonical: string;
  type: NameType;
  mentions: number;
  /** The first mention, where "reveal" goes. */
  first: NameMention;
}

/** Entities of one type, most mentioned first. */
export function entityMentions(facts: FactsRecord, type: NameType): EntityCount[] {
  const byCanonical = new Map<string, EntityCount>();
  for (const name of facts.names) {
    if (name.type !== type) continue;
    const known = byCanonical.get(name.canonical);
    if (known) known.mentions++;
    else byCanonical.set(name.canonical, { canonical: name.canonical, type, mentions: 1, first: name });
  }
  return [...byCanonical.values()].sort((a, b) => b.mentions - a.mentions || a.canonical.localeCompare(b.canonical));
}
