/** The dates detector; its rules live in `./dates/`. */
export { detectDates } from './dates/detect';
