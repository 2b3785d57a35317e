/**
 * MinHash slots per document signature (src/corpus/profile.ts makes them, nearDuplicates.ts compares
 * them). A file of its own so the near-duplicate search, which the extension loads at activation, does
 * not pull in the profiler and with it the boilerplate engine.
 */
export const SIGNATURE_SIZE = 24;
