/** The quotations detector; its parts live in `quotes/`. */
export { detectQuotes } from './quotes/detect';
