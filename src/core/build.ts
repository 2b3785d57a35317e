/**
 * Identifies the engine's build: a hash of the engine and collection sources (and the names
 * model) that scripts/build.mjs writes into every bundle. Cached analyses made by another build
 * are recomputed; a rebuild of unchanged sources keeps them.
 */
declare const __ENGINE_BUILD__: string | undefined;

/** 'unbundled' when running from sources (tests): nothing there is cached across builds. */
export const ENGINE_BUILD: string = typeof __ENGINE_BUILD__ === 'string' ? __ENGINE_BUILD__ : 'unbundled';
