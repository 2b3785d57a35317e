/**
 * Text for a terminal. A document or a file name may hold escape sequences (ESC ] 0 ; … BEL sets
 * the window title, ESC [ 2 J clears the screen): printed raw, a seed file could drive the
 * reviewer's terminal. Control characters other than line ends and tabs are shown as `\x1B`.
 */
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g; // eslint-disable-line no-control-regex
const CONTROLS_AND_BREAKS = /[\x00-\x1f\x7f-\x9f]/g; // eslint-disable-line no-control-regex

function escaped(character: string): string {
  if (character === '\n') return '\\n';
  if (character === '\t') return '\\t';
  return `\\x${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/** Multi-line output (a summary, a report): its lines and tabs are kept. */
export function terminalText(text: string): string {
  return text.replace(CONTROLS, escaped);
}

/** One line (a message naming a file): a line break in a name is escaped too. */
export function terminalLine(text: string): string {
  return text.replace(CONTROLS_AND_BREAKS, escaped);
}
