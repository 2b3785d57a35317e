/**
 * Places a reader knows by name whatever the words around them say: countries, the runtime's
 * time-zone cities, continents and the American states (a page of American local news names its
 * state in every other line: "Texas customers", "Ohio investors").
 */
import { timeZoneCities } from './cities';
import { COUNTRIES } from './countries';

const CONTINENTS_AND_STATES: ReadonlySet<string> = new Set([
  'africa', 'antarctica', 'asia', 'europe', 'north america', 'south america', 'latin america', 'oceania',
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire',
  'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania',
  'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington',
  'west virginia', 'wisconsin', 'wyoming',
]);

/** Whether the lower-cased form (words joined by spaces) names a country, a time-zone city, a continent or an American state. */
export function isKnownPlace(key: string): boolean {
  return COUNTRIES.has(key) || CONTINENTS_AND_STATES.has(key) || timeZoneCities().has(key);
}
