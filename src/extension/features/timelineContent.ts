/**
 * The panel's Timeline: every dated mention of the indexed collection with its sentence, in date
 * order, conflicting dates for the same event marked. The facts records do not hold the text, so
 * each document is read once here, giving the event loop a turn between documents.
 */
import * as vscode from 'vscode';
import { markConflicts, timelineEvents, type TimelineEvent } from '../../corpus/timeline';
import type { TimelineItem } from '../../webview/messages';
import { readSeedText } from '../collection';
import type { CollectionIndex } from '../collectionIndex';

/** Events drawn at most: a page of tens of thousands of entries would freeze the side bar. */
const MAX_EVENTS = 3000;

export async function timelineItems(collection: CollectionIndex): Promise<{ events: TimelineItem[]; total: number }> {
  const events: TimelineEvent[] = [];
  for (const { seeds } of collection.allFolders()) {
    for (const { uri, record } of seeds) {
      const text = await readSeedText(uri);
      if (text.ok) events.push(...timelineEvents(record, text.text));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  const relative = (file: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(file));
  const shown = markConflicts(events).slice(0, MAX_EVENTS).map((event) => ({
    uri: event.file,
    start: event.start,
    end: event.end,
    file: relative(event.file),
    value: event.value,
    text: event.text,
    sentence: event.sentence,
    conflicts: event.conflicts.map((conflict) => ({ file: relative(conflict.file), value: conflict.value })),
  }));
  return { events: shown, total: events.length };
}
