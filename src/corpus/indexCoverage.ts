/**
 * Whether a collection index accounts for every seed file of its folders. Write INDEX and Summarize
 * Collection read the index the background indexer keeps; that index can miss files it has not
 * reached: its first run not finished, cancelled or failed, a file created since, a file event
 * still waiting. They must index those folders first (or write nothing for them), never write an
 * INDEX.yaml that lacks documents.
 */

/** The seed files found in a folder, by name. */
export interface FolderListing {
  folder: string;
  files: readonly string[];
}

/** What a folder's index holds: the files it indexed and the files it could not index (with a reason). */
export interface FolderAccount {
  indexed: readonly string[];
  failed: readonly string[];
}

/**
 * Whether the folder's index is not the index of exactly the listed files: never indexed, a listed
 * file neither indexed nor failed, or a file indexed that is no longer there.
 */
export function needsIndexing(files: readonly string[], account: FolderAccount | undefined): boolean {
  if (!account) return true;
  const accounted = new Set([...account.indexed, ...account.failed]);
  const listed = new Set(files);
  return files.some((file) => !accounted.has(file)) || account.indexed.some((file) => !listed.has(file));
}

/** The listed folders whose index does not account for their files, in listing order. */
export function foldersToComplete(listings: readonly FolderListing[], accountOf: (folder: string) => FolderAccount | undefined): string[] {
  return listings.filter(({ folder, files }) => needsIndexing(files, accountOf(folder))).map(({ folder }) => folder);
}
