/**
 * Cities the JavaScript runtime knows by name: the IANA time-zone database names each zone after
 * its main city ("Asia/Aqtau", "America/New_York"), and Intl lists the zones. Some 350 cities of
 * every continent, at no cost to the bundle. Zones below a region ("America/Indiana/Knox") and
 * Antarctica's research stations ("Casey", "Davis") are named after smaller places or people, and
 * are left out.
 */

const NOT_CITIES = new Set(['Antarctica', 'Etc']);

let cities: ReadonlySet<string> | undefined;

/** Lower-cased city names ("aqtau", "new york"), read from the runtime on first use (about 2 ms). */
export function timeZoneCities(): ReadonlySet<string> {
  cities ??= new Set(zoneNames().flatMap((zone) => {
    const parts = zone.split('/');
    return parts.length === 2 && !NOT_CITIES.has(parts[0]!) ? [parts[1]!.replace(/_/g, ' ').toLowerCase()] : [];
  }));
  return cities;
}

/** The runtime's time zones; none where Intl cannot list them (an older runtime, or ICU without data). */
function zoneNames(): readonly string[] {
  const intl = Intl as { supportedValuesOf?: (key: 'timeZone') => string[] };
  return typeof intl.supportedValuesOf === 'function' ? intl.supportedValuesOf('timeZone') : [];
}
