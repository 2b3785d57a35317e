/** A strict RFC 4180 reader for tests: CRLF records, quoted fields with doubled quotes; anything else throws. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let at = 0;
  while (at < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[at] === '"') {
        at++;
        for (;;) {
          const quote = text.indexOf('"', at);
          if (quote < 0) throw new Error(`unclosed quote at ${at}`);
          field += text.slice(at, quote);
          at = quote + 1;
          if (text[at] !== '"') break;
          field += '"';
          at++;
        }
      } else {
        const end = text.slice(at).search(/[,\r\n"]/);
        field = end < 0 ? text.slice(at) : text.slice(at, at + end);
        at += field.length;
        if (text[at] === '"') throw new Error(`quote inside an unquoted field at ${at}`);
      }
      record.push(field);
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text.startsWith('\r\n', at)) {
        at += 2;
        break;
      }
      throw new Error(`expected a comma or CRLF at ${at}`);
    }
    records.push(record);
  }
  return records;
}
