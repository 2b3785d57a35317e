/**
 * Places a reader knows by name whatever the words around them say: countries, the runtime's
 * time-zone cities, continents and the American states (a page of American local news names its
 * state in every other line: "Texas customers", "Ohio investors").
 */
import { timeZoneCities } from './cities';
import { COUNTRIES } from './countries';

/** Continents and the world's regions: no person, company or team is named so. */
const REGIONS: ReadonlySet<string> = new Set([
  'africa', 'antarctica', 'asia', 'europe', 'north america', 'south america', 'latin america', 'central america', 'oceania',
  'americas', 'the americas', 'middle east', 'caribbean', 'scandinavia', 'balkans', 'sub-saharan africa', 'southeast asia',
  'east asia', 'south asia', 'central asia', 'eastern europe', 'western europe', 'north africa', 'west africa', 'east africa',
]);

const STATES: ReadonlySet<string> = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire',
  'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania',
  'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington',
  'west virginia', 'wisconsin', 'wyoming',
]);

/** Whether the lower-cased form (words joined by spaces) names a country, a time-zone city, a continent or an American state. */
export function isKnownPlace(key: string): boolean {
  return COUNTRIES.has(key) || REGIONS.has(key) || STATES.has(key) || timeZoneCities().has(key);
}

/** Whether the lower-cased form names a continent or a region of the world ("Americas", "Middle East"). */
export function isRegion(key: string): boolean {
  return REGIONS.has(key);
}
