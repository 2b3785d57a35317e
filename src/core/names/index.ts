/** People, organizations and places: a trained sequence tagger, then document-level linking. */
import type { SeedDocument } from '../document';
import type { NameMention } from '../types';
import { dropPluralAcronyms, markDefinedAcronyms } from './acronyms';
import { markJoinedOrganizations } from './coordination';
import { markAgencyCredits } from './credits';
import { completeOrganizationHeads } from './heads';
import { linkMentions } from './link';
import { mentionsOf } from './mentions';
import { loadNamesModel, type ModelParts, modelFromParts, modelParts, type NamesModel } from './model';
import { privateMemory, sharedMemory } from './packedStrings';
import { markPronounPeople } from './pronouns';
import { markKnownForms } from './propagate';
import { dropFurnitureNames, splitColumnCodes } from './furniture';
import { dropWorkTitleNames } from './works';
import { breakNamesAtWords } from './breaks';
import { markCompanyForms } from './joins';
import { typeByContext } from './contexts';
import { splitSlashedNames } from './slashes';
import { dropLoneWordPeople } from './lone';
import { markLowerCaseCompanies } from './lowerbrands';
import { markResultLines, markSportsTeams, markSquadLists } from './sports';
import { markTableSides } from './sides';
import { markStores } from './stores';
import { dropPriceLineNames } from './deals';
import { dropProductNames } from './products';
import { markCompanyLists } from './lists';
import { dropLetterLabels } from './grouplabels';
import { dropDemonymNames, dropDemonymOrganizations } from './demonyms';
import { dropEventNames } from './events';
import { markStreetsAndRegions } from './places';
import { markVenues } from './venues';
import { markKindOfPlaces, markOfPlaces } from './ofPlaces';
import { joinPortfolios } from './ministries';
import { markCityTeams } from './cityTeams';
import { dropGenusNames } from './species';
import { markWebCompanies } from './webForms';
import { joinStationChannels } from './stations';
import { splitTrailingCountries } from './trailingPlaces';
import { dropRolePrefixes } from './roles';
import { splitJoinedNames } from './split';
import { markHeadlineSubjects } from './subjects';
import { BULK_LINE_CACHE_LIMIT, BULK_WORD_CACHE_LIMIT, NamesTagger, type TaggedLine } from './tagger';
import { dropOfficeTitles, markTitledPeople } from './titles';
import { typeSolarSystemBodies } from './bodies';
import { markCityStates, markStateDatelines } from './datelines';
import { joinOrganizationHeads } from './adjacent';
import type { WordList } from './model';

interface Detector {
  tagger: NamesTagger;
  commonWords: ReadonlySet<string>;
  ordinaryWords: WordList;
}

let detector: Detector | undefined;
let model: NamesModel | undefined;
/** The tagger's line and word cache limits: the editor's unless analyseInBulk was called. */
let cachedLines: number | undefined;
let cachedWords: number | undefined;
/** Where the model's arrays go when this thread decodes it: shared memory once it analyses in bulk (its worker threads get them). */
let allocate = privateMemory;

function loadedModel(): NamesModel {
  model ??= loadNamesModel(allocate);
  return model;
}

/** Loaded on first use, then kept: the model never changes and its word cache pays off per keystroke. */
function loadedDetector(): Detector {
  if (!detector) {
    const model = loadedModel();
    detector = { tagger: new NamesTagger(model, cachedLines, cachedWords), commonWords: model.commonWords, ordinaryWords: model.ordinaryWords };
  }
  return detector;
}

/**
 * For a thread that analyses each document once (the command line's): smaller line and word caches
 * (see BULK_LINE_CACHE_LIMIT, BULK_WORD_CACHE_LIMIT), and the model decoded into memory its worker threads share, or taken from
 * the thread that started this one (`decoded`, from namesModelParts). Before the first analysis.
 */
export function analyseInBulk(decoded?: ModelParts): void {
  cachedLines = BULK_LINE_CACHE_LIMIT;
  cachedWords = BULK_WORD_CACHE_LIMIT;
  allocate = sharedMemory;
  if (decoded) model ??= modelFromParts(decoded);
}

/** The decoded model, for a worker thread's analyseInBulk. */
export function namesModelParts(): ModelParts {
  return modelParts(loadedModel());
}

/** Lower-case words the names model holds for ordinary English words, for the page header's byline test: one parse of the model file. */
export function ordinaryNameWords(): ReadonlySet<string> {
  return loadedDetector().commonWords;
}

export function detectNames(document: SeedDocument): NameMention[] {
  const { tagger, commonWords, ordinaryWords } = loadedDetector();
  // Cues 1996 news could not teach the tagger: words that end a name, titles before names, headline subjects, organizations'
  // last words, names joined to organizations, agency credits, acronyms defined in brackets, pronouns
  // that say person, names the document gives elsewhere, site furniture, table columns and titles of works (one file each);
  // then streets and compass points, names joined by slashes, list labels ("Group C"), one-word "people" that are English
  // words, the words around a name that type all its mentions, and companies named in lower case ("my6sense") or after a selling word ("Available from Amazon")
  // and sports teams named by their record or a player's position ("the Huskies (4-7)", "Huskies quarterback");
  // no names in a shop listing's product-and-price line ("Sonos Move for $400"), no events ("Victory Parade"); lists of companies ("Ford, Macy's, NBC");
  // no plural acronyms ("LEDs"); planets and moons are places ("Jupiter"); no maker's or model's names in a product's name ("Audi e-tron Sportback");
  // the city and state of an American dateline are places ("Dekalb, Ill. —"), and so are a city and its state's code anywhere ("Tampa, FL"); an office before a person's name is no organization;
  // squad lists name people ("Defenders - Dan Petrescu, Daniel Prodan"), result lines teams ("New York 103 MIAMI 85"), and so do standings rows ("BALTIMORE 71 63 .530") and a cricket side's innings ("Kent 244 (C. Hooper 58)");
  // an organization right before one ending in an organization's head word is its first word ("House" "Intelligence Committee");
  // a people's adjective alone is no organization ("Chinese President Xi Jinping"), once organizations are joined; a name after a
  // lower-case kind of place and "of" is that place for the whole document ("the town of Tavildara").
  let lines: readonly TaggedLine[] = joinStationChannels(markWebCompanies(markCityTeams(joinPortfolios(markOfPlaces(markVenues(markStreetsAndRegions(dropDemonymNames(markCompanyForms(breakNamesAtWords(tagger.tag(document), commonWords))))))), document.text, [commonWords, ordinaryWords])));
  lines = markPronounPeople(markTitledPeople(lines, commonWords, ordinaryWords), commonWords);
  lines = markJoinedOrganizations(completeOrganizationHeads(markHeadlineSubjects(lines, commonWords), commonWords));
  lines = markDefinedAcronyms(markAgencyCredits(lines, commonWords));
  lines = dropFurnitureNames(dropWorkTitleNames(markKnownForms(splitSlashedNames(splitColumnCodes(lines)), commonWords), commonWords, ordinaryWords));
  lines = dropLetterLabels(lines, commonWords);
  const tagged = dropRolePrefixes(splitTrailingCountries(dropOfficeTitles(dropProductNames(dropEventNames(dropPriceLineNames(splitJoinedNames(mentionsOf(lines)), document.text), document.text), document.text, [commonWords, ordinaryWords]), document.text), document.text));
  const mentions = markSquadLists(typeByContext(markCompanyLists(dropPluralAcronyms(dropLoneWordPeople(tagged, ordinaryWords, document.text)), document.text), document.text), document.text);
  const typed = dropGenusNames(typeSolarSystemBodies(markTableSides(markResultLines(markSportsTeams(markStores(markLowerCaseCompanies(mentions, document.text), document.text), document.text), document.text), document.text), document.text), document.text, [commonWords, ordinaryWords]);
  return linkMentions(markKindOfPlaces(dropDemonymOrganizations(joinOrganizationHeads(markCityStates(markStateDatelines(typed, document.text), document.text, commonWords), document.text)), document.text), document.text);
}
