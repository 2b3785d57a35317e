/**
 * CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, and a field holding
 * a comma, a double quote, a CR or an LF enclosed in double quotes with its quotes doubled. Every
 * spreadsheet reads that; titles of scraped pages hold all four.
 */

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record, CRLF included. */
export function csvRecord(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
