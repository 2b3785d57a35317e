/** People, organizations and places: a trained sequence tagger, then document-level linking. */
import type { SeedDocument } from '../document';
import type { NameMention } from '../types';
import { linkMentions } from './link';
import { mentionsOf } from './mentions';
import { loadNamesModel } from './model';
import { splitJoinedNames } from './split';
import { NamesTagger } from './tagger';

let tagger: NamesTagger | undefined;

export function detectNames(document: SeedDocument): NameMention[] {
  // Loaded on first use, then kept: the model never changes and its word cache pays off per keystroke.
  tagger ??= new NamesTagger(loadNamesModel());
  return linkMentions(splitJoinedNames(mentionsOf(tagger.tag(document))), document.text);
}
