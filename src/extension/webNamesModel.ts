/**
 * The names model for VS Code for the Web. Its extension host is a web worker that cannot read files
 * beside the bundle, so the web bundle does not inline the model (that shipped it twice and put the
 * .vsix over 2 MB): the model file is read through the editor's file system before the engine is
 * first loaded, and the engine's model module reads it from here (scripts/build.mjs, the browser
 * bundle's plugin).
 */
export interface NamesModelFile {
  model: unknown;
  ordinary: unknown;
}

let file: NamesModelFile | undefined;

/** Reads dist/names-model.json once; later calls return at once. */
export async function readNamesModel(read: () => Thenable<Uint8Array>): Promise<void> {
  file ??= JSON.parse(new TextDecoder().decode(await read())) as NamesModelFile;
}

export function namesModelFile(): NamesModelFile {
  if (!file) throw new Error('the names model was used before it was read (readNamesModel)');
  return file;
}
