/**
 * A collection index kept up to date one file at a time: what the extension needs when a document
 * is saved. `create` indexes like `indexCollection` and keeps what the collection facts are made
 * of; `update` and `remove` then re-profile one file and adjust those facts instead of recomputing
 * them from every document:
 * - near-duplicates are searched again only when the file's MinHash signature changed or its
 *   content is shared with another file (an edit outside the prose leaves the groups as they are);
 * - line counts per source change only for the clusters the file was and is in, and only the
 *   lines whose count crossed the repeated-line threshold change other documents' analyses, so
 *   only those documents are analysed again: `update` returns once the saved file is analysed, and
 *   the others are found and analysed in the background, a few at a time (a save can turn hundreds of
 *   documents' furniture lines into repeated ones, seconds of work a reviewer should not wait for).
 * Once `settled()` resolves, the result is the one a full `indexCollection` over the same files in
 * the same order gives.
 */
import {
  countLinesByGroup, type FileError, findNumberingGaps, type GroupLines,
  type RepeatedLine, repeatedLineMinimum,
} from './collection';
import { fnv1aString } from './hash';
import { NearDuplicates } from './nearDuplicates';
import { normalizedLinesWithHashes } from './profile';
import {
  analyzeOne, type CachedAnalysis, collectionIndexOf, type CollectionIndex, duplicateCandidate, duplicateClusters, fail, groupOf,
  forEachConcurrently, type IndexedDocument, type IndexOptions, profileAll, profileOne, type Profiled, repeatedHashesOf,
  type Run, type SeedSource, sortErrors, startRun,
} from './indexer';

interface LiveDocument {
  profiled: Profiled;
  group: string;
  repeatedLineHashes: number[];
  /** Undefined when its analysis failed (the error is in the run's errors). */
  analysis?: CachedAnalysis;
  indexed?: IndexedDocument;
}

interface RepeatedText {
  line: string;
  hash: number;
  group: string;
  /** Documents whose analysis found it. */
  holders: number;
}

/** A group's clusters as they were and as they are: their count, and each one's distinct lines. */
interface GroupDelta {
  clusters: number;
  before: Uint32Array[];
  after: Uint32Array[];
}

/** Adds a cluster as it was (-1) or as it is (+1) to the deltas, once per group it has documents in. */
function tallyCluster(cluster: readonly LiveDocument[], sign: 1 | -1, deltas: Map<string, GroupDelta>): void {
  const byGroup = new Map<string, (readonly number[])[]>();
  for (const document of cluster) {
    const lists = byGroup.get(document.group);
    if (lists) lists.push(document.profiled.profile.lineHashes);
    else byGroup.set(document.group, [document.profiled.profile.lineHashes]);
  }
  for (const [group, lists] of byGroup) {
    let delta = deltas.get(group);
    if (!delta) deltas.set(group, (delta = { clusters: 0, before: [], after: [] }));
    delta.clusters += sign;
    (sign < 0 ? delta.before : delta.after).push(distinctLines(lists));
  }
}

/**
 * The distinct lines of a cluster's documents (each list sorted and distinct), sorted. Typed arrays
 * and a sort rather than a set: most line hashes are too big for small integers, and a set of
 * 150,000 such numbers, for a cluster of thousands, took most of an update.
 */
function distinctLines(lists: readonly (readonly number[])[]): Uint32Array {
  if (lists.length === 1) return Uint32Array.from(lists[0]!);
  const all = sortedConcatenation(lists);
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i]!;
  return all.subarray(0, distinct);
}

function sortedConcatenation(lists: readonly ArrayLike<number>[]): Uint32Array {
  const all = new Uint32Array(lists.reduce((sum, list) => sum + list.length, 0));
  let at = 0;
  for (const list of lists) {
    all.set(list, at);
    at += list.length;
  }
  return all.sort();
}

/** How many more clusters hold each line than before, for the lines where that is not zero. */
function netMoves({ before, after }: GroupDelta): Map<number, number> {
  const old = sortedConcatenation(before);
  const now = sortedConcatenation(after);
  const moves = new Map<number, number>();
  let i = 0;
  let j = 0;
  while (i < old.length || j < now.length) {
    const line = j >= now.length || (i < old.length && old[i]! < now[j]!) ? old[i]! : now[j]!;
    let moved = 0;
    for (; i < old.length && old[i] === line; i++) moved--;
    for (; j < now.length && now[j] === line; j++) moved++;
    if (moved !== 0) moves.set(line, moved);
  }
  return moves;
}

/** Whether a sorted list of line hashes holds `hash`. */
function holds(sorted: readonly number[], hash: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] === hash) return true;
    if (sorted[middle]! < hash) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** A file's near-duplicate group (undefined when it has none), as it is or as it was before an update. */
type GroupLookup = (file: string) => readonly string[] | undefined;

/**
 * Whether a sorted list of line hashes holds any of `hashes` (also given as a list): a few looked up
 * in it when they are few, as a save usually flips a line or two and the documents of a source are
 * thousands of a hundred lines each.
 */
function holdsAny(sorted: readonly number[], hashes: ReadonlySet<number>, list: readonly number[]): boolean {
  if (list.length * 16 < sorted.length) return list.some((hash) => holds(sorted, hash));
  return sorted.some((hash) => hashes.has(hash));
}

/**
 * What one update changed: the saved document analysed again (none when its analysis stands or it
 * was removed); `index()` gives the collection now, and after `settled()` every document it changed.
 */
export interface LiveUpdate {
  analysed: IndexedDocument[];
}

/** Documents analysed in the background between two turns of the event loop, so a save waits for one batch at most. */
const SETTLING_BATCH = 4;

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class LiveCollection {
  /** Every file given, in order (failed ones too: the numbering gaps count them). */
  private readonly files: string[];
  /** Profiled documents in the order a full run would see them: the near-duplicate search depends on it. */
  private readonly order: string[] = [];
  private readonly documents = new Map<string, LiveDocument>();
  private readonly sharedContent = new Map<string, number>();
  private near = new NearDuplicates([]);
  private duplicates: string[][] = [];
  private membersOf = new Map<string, readonly string[]>();
  private readonly groupNow: GroupLookup = (file) => this.membersOf.get(file);
  private lines = new Map<string, GroupLines>();
  /** Per group, the lines repeated enough to be furniture, and the minimum they were judged by. */
  private readonly repeated = new Map<string, { hashes: Set<number>; minimum: number }>();
  private readonly texts = new Map<string, RepeatedText>();
  /** Undefined when the list of files changed since they were found. */
  private gapsOfFiles: string[] | undefined;
  /** Documents whose repeated lines changed and that are not analysed again yet. */
  private readonly unsettled = new Set<string>();
  /** Per group, lines that became or stopped being repeated, whose holders are not marked unsettled yet (see markHolders). */
  private readonly flippedLines = new Map<string, Set<number>>();
  private settlingRun: Promise<void> | undefined;
  /** Updates in progress: the background analysis waits for them. */
  private updating = 0;

  private constructor(
    private readonly run: Run,
    sources: readonly SeedSource[],
  ) {
    this.files = sources.map((source) => source.file);
  }

  /** Indexes every source; rejects with the signal's reason when cancelled. */
  static async create(sources: readonly SeedSource[], options: IndexOptions = {}): Promise<LiveCollection> {
    const live = new LiveCollection(startRun(options), sources);
    const profiled = await profileAll(sources, live.run);
    for (const d of profiled) {
      live.order.push(d.source.file);
      live.add(d);
    }
    live.near = new NearDuplicates(live.order.map((file) => duplicateCandidate(live.documents.get(file)!.profiled)));
    live.findDuplicates();
    const clusters = duplicateClusters(live.duplicates);
    const candidates = live.order.map((file, index) => {
      const document = live.documents.get(file)!;
      return { group: document.group, cluster: clusters.get(file) ?? index, lineHashes: document.profiled.profile.lineHashes };
    });
    live.lines = countLinesByGroup(candidates);
    for (const group of live.lines.keys()) live.judgeGroup(group);
    await live.analyse(live.order);
    return live;
  }

  /** The collection as `indexCollection` would give it now. */
  index(): CollectionIndex {
    const indexed = this.order.flatMap((file) => this.documents.get(file)?.indexed ?? []);
    const errors = sortErrors([...this.run.errors]);
    const repeatedLines: RepeatedLine[] = [];
    for (const text of this.texts.values()) {
      const repeated = this.repeated.get(text.group)?.hashes.has(text.hash);
      repeatedLines.push({ line: text.line, source: text.group, documents: repeated ? this.lines.get(text.group)?.counts.get(text.hash) ?? 0 : 0 });
    }
    return collectionIndexOf(indexed, errors, this.gaps(), this.duplicates, repeatedLines);
  }

  /**
   * What the engine is given for `file` besides its text, as this index gives it: INDEX.yaml's
   * publication date and the lines of `text` its source repeats. An unsaved copy analysed with them
   * gets the facts the index will have once it is saved.
   */
  analysisInputsFor(file: string, text: string): { published: string | null; repeatedLines: string[] } {
    const group = this.documents.get(file)?.group;
    const hashes = group === undefined ? undefined : this.repeated.get(group)?.hashes;
    return { published: this.run.options.inputs?.get(file)?.published ?? null, repeatedLines: hashes ? normalizedLinesWithHashes(text, hashes) : [] };
  }

  /** Numbering gaps change only with the list of files (10,000 names take milliseconds to parse). */
  private gaps(): string[] {
    this.gapsOfFiles ??= findNumberingGaps(this.files).map((gap) => gap.label);
    return this.gapsOfFiles;
  }

  /**
   * A file saved or created: profiled and analysed again, with every document whose repeated lines
   * changed. A created file takes its place among the others in name order.
   */
  async update(source: SeedSource): Promise<LiveUpdate> {
    this.updating++;
    try {
      return await this.updateNow(source);
    } finally {
      this.updating--;
    }
  }

  /** Resolves once every document changed by the updates so far is analysed again (at once if none is waiting). */
  settled(): Promise<void> {
    return this.settlingRun ?? Promise.resolve();
  }

  /** Whether no document waits to be analysed again, or is being analysed, in the background. */
  get isSettled(): boolean {
    return this.settlingRun === undefined;
  }

  /** How many documents wait to be analysed again in the background. */
  get waiting(): number {
    this.markHolders();
    return this.unsettled.size;
  }

  /** Stops the background analysis: for a collection replaced by a new one. */
  dispose(): void {
    this.unsettled.clear();
    this.flippedLines.clear();
  }

  private async updateNow(source: SeedSource): Promise<LiveUpdate> {
    this.forgetError(source.file);
    if (!this.files.includes(source.file)) {
      // Where a folder listing in name order puts it, so the result is a fresh index of that listing.
      const after = this.files.findIndex((file) => file.localeCompare(source.file) > 0);
      this.files.splice(after < 0 ? this.files.length : after, 0, source.file);
      this.gapsOfFiles = undefined;
    }
    let profiled: Profiled | undefined;
    try {
      profiled = await profileOne(source, this.run);
    } catch (error) {
      fail(this.run, source.file, error);
    }
    const before = this.documents.get(source.file);
    if (profiled && before && before.profiled.contentHash === profiled.contentHash && before.indexed) return { analysed: [] };
    return this.replace(source.file, profiled);
  }

  /** A file deleted. */
  async remove(file: string): Promise<LiveUpdate> {
    this.forgetError(file);
    const at = this.files.indexOf(file);
    if (at >= 0) this.files.splice(at, 1);
    this.gapsOfFiles = undefined;
    this.updating++;
    try {
      return await this.replace(file, undefined);
    } finally {
      this.updating--;
    }
  }

  private async replace(file: string, profiled: Profiled | undefined): Promise<LiveUpdate> {
    const before = this.documents.get(file);
    const signatureChanged = !before || !profiled || before.profiled.profile.signature.join() !== profiled.profile.signature.join();
    const contentShared = (before !== undefined && this.sharedContent.get(before.profiled.contentHash)! > 1) ||
      (profiled !== undefined && (this.sharedContent.get(profiled.contentHash) ?? 0) > (before?.profiled.contentHash === profiled.contentHash ? 1 : 0));
    if (before) {
      this.drop(file, before);
      if (before.analysis) this.countTexts(before.group, before.analysis, -1);
    }
    if (!before && profiled) this.place(file);
    if (profiled) this.add(profiled);
    else if (before) this.order.splice(this.order.indexOf(file), 1);
    if (before && profiled) this.near.replace(duplicateCandidate(profiled));
    else this.near = new NearDuplicates(this.order.map((other) => duplicateCandidate(this.documents.get(other)!.profiled)));
    const { changed: changedGroups, membersBefore } = signatureChanged || contentShared ? this.findDuplicates() : { changed: [], membersBefore: this.groupNow };
    const after = this.documents.get(file);
    const changedLines = new Map<string, Set<number>>();
    if (before && after && changedGroups.length === 0 && before.group === after.group) this.countEdit(before, after, changedLines);
    else this.recountClusters(file, before, membersBefore, changedGroups, changedLines);
    const flipped = new Map<string, Set<number>>();
    for (const [group, hashes] of changedLines) flipped.set(group, this.judgeGroup(group, hashes));

    for (const [group, hashes] of flipped) {
      if (hashes.size === 0) continue;
      const pending = this.flippedLines.get(group);
      if (pending) for (const hash of hashes) pending.add(hash);
      else this.flippedLines.set(group, hashes);
    }
    this.unsettled.delete(file);
    const analysed = profiled ? await this.analyse([file]) : [];
    // Only a cancelled run rejects (a file that fails is an error of the index): nothing more is analysed then.
    this.settlingRun ??= this.settle().catch(() => this.dispose()).finally(() => (this.settlingRun = undefined));
    return { analysed };
  }

  /**
   * Analyses the waiting documents a batch at a time, yielding between batches to the saves that
   * arrived: a later save adds the documents it changes, and each is analysed with the repeated
   * lines of the moment (one analysed too early is marked again by the save that changed it).
   */
  private async settle(): Promise<void> {
    while (this.unsettled.size > 0 || this.flippedLines.size > 0) {
      await nextTurn();
      if (this.updating > 0) continue;
      this.markHolders();
      const batch = [...this.unsettled].slice(0, SETTLING_BATCH);
      for (const file of batch) this.unsettled.delete(file);
      await this.analyse(batch.filter((file) => this.documents.has(file)));
    }
  }

  /**
   * Marks for analysis the documents holding a line that became or stopped being repeated, unless
   * analysed with the repeated lines of now already (the saved file is). Done after the save
   * returns: finding them means looking through every document of the source, thousands.
   */
  private markHolders(): void {
    for (const [group, hashes] of this.flippedLines) {
      const list = [...hashes];
      const repeated = this.repeated.get(group)?.hashes;
      for (const file of this.order) {
        const document = this.documents.get(file)!;
        if (document.group !== group || !holdsAny(document.profiled.profile.lineHashes, hashes, list)) continue;
        if (!document.analysis || repeatedHashesOf(document.profiled, repeated).join() !== document.repeatedLineHashes.join()) this.unsettled.add(file);
      }
    }
    this.flippedLines.clear();
  }

  /**
   * A document edited in place, its cluster and group as they were: only lines it gained or lost can
   * change count, and only when no other member of its cluster holds them (a wire story copied
   * thousands of times is one cluster; recounting all its lines would take most of the update).
   */
  private countEdit(before: LiveDocument, after: LiveDocument, changed: Map<string, Set<number>>): void {
    const file = after.profiled.source.file;
    const others = (this.membersOf.get(file) ?? []).flatMap((member) => {
      const document = member === file ? undefined : this.documents.get(member);
      return document?.group === after.group ? [document.profiled.profile.lineHashes] : [];
    });
    const counts = this.lines.get(after.group)!.counts;
    const changedInGroup = changed.get(after.group) ?? new Set<number>();
    changed.set(after.group, changedInGroup);
    const lost = new Set(before.profiled.profile.lineHashes);
    for (const hash of after.profiled.profile.lineHashes) lost.delete(hash);
    const gained = new Set(after.profiled.profile.lineHashes);
    for (const hash of before.profiled.profile.lineHashes) gained.delete(hash);
    for (const [hashes, delta] of [[lost, -1], [gained, 1]] as const) {
      for (const hash of hashes) {
        if (others.some((lineHashes) => holds(lineHashes, hash))) continue;
        const count = (counts.get(hash) ?? 0) + delta;
        if (count > 0) counts.set(hash, count);
        else counts.delete(hash);
        changedInGroup.add(hash);
      }
    }
  }

  /** Takes away the lines of every cluster the change touches as they were, and adds them as they are. */
  private recountClusters(file: string, before: LiveDocument | undefined, oldMembers: GroupLookup, changedGroups: readonly (readonly string[])[], changed: Map<string, Set<number>>): void {
    const touched = new Set([file, ...(oldMembers(file) ?? []), ...changedGroups.flat()]);
    const documentAsWas = (member: string): LiveDocument | undefined => (member === file ? before : this.documents.get(member));
    const clustersOf = (membersOf: GroupLookup, documentOf: (member: string) => LiveDocument | undefined): LiveDocument[][] => {
      const clusters = new Map<string, LiveDocument[]>();
      for (const member of touched) {
        const members = membersOf(member) ?? [member];
        if (!clusters.has(members[0]!)) clusters.set(members[0]!, members.flatMap((other) => documentOf(other) ?? []));
      }
      return [...clusters.values()];
    };
    // Net changes only: a cluster of thousands (wire copies, or stories that share half their
    // sentences) is mostly the same before and after, and its counts would move down and back up.
    const deltas = new Map<string, GroupDelta>();
    for (const cluster of clustersOf(oldMembers, documentAsWas)) tallyCluster(cluster, -1, deltas);
    for (const cluster of clustersOf(this.groupNow, (member) => this.documents.get(member))) tallyCluster(cluster, +1, deltas);
    for (const [group, delta] of deltas) this.applyDelta(group, delta, changed);
  }

  /** A new document goes where a full run would profile it: in the order of the files. */
  private place(file: string): void {
    const position = new Map(this.files.map((name, index) => [name, index]));
    const at = position.get(file)!;
    const next = this.order.findIndex((other) => position.get(other)! > at);
    this.order.splice(next < 0 ? this.order.length : next, 0, file);
  }

  private add(profiled: Profiled): void {
    const file = profiled.source.file;
    this.documents.set(file, { profiled, group: groupOf(profiled, this.run), repeatedLineHashes: [] });
    this.sharedContent.set(profiled.contentHash, (this.sharedContent.get(profiled.contentHash) ?? 0) + 1);
  }

  /** Forgets the document; its place in `order` stays for its next version. */
  private drop(file: string, document: LiveDocument): void {
    this.documents.delete(file);
    const shared = this.sharedContent.get(document.profiled.contentHash)! - 1;
    if (shared > 0) this.sharedContent.set(document.profiled.contentHash, shared);
    else this.sharedContent.delete(document.profiled.contentHash);
  }

  /**
   * The near-duplicate groups now; returns the groups that changed, as they were and as they are,
   * and each file's group as it was. After an edit the search reports the groups it changed, and
   * only their members' entries change (rebuilding every file's entry and comparing every group
   * took most of a save's bookkeeping in a collection of 10,000).
   */
  private findDuplicates(): { changed: string[][]; membersBefore: GroupLookup } {
    const previous = this.duplicates;
    const membersBefore = this.membersOf;
    this.duplicates = this.near.groups();
    // Made here, after a search over every document, rather than on the next save.
    this.near.followEdits();
    const change = this.near.lastChange();
    if (change) {
      const changedMembers = new Map<string, readonly string[] | undefined>();
      for (const members of change.after) for (const member of members) changedMembers.set(member, undefined);
      for (const members of change.before) for (const member of members) changedMembers.set(member, members);
      for (const [member] of changedMembers) this.membersOf.delete(member);
      for (const members of change.after) for (const member of members) this.membersOf.set(member, members);
      return { changed: [...change.before, ...change.after], membersBefore: (file) => (changedMembers.has(file) ? changedMembers.get(file) : this.membersOf.get(file)) };
    }
    this.membersOf = new Map(this.duplicates.flatMap((members) => members.map((member) => [member, members] as const)));
    const key = (members: readonly string[]): string => members.join('\n');
    const before = new Set(previous.map(key));
    const now = new Set(this.duplicates.map(key));
    return { changed: [...previous.filter((members) => !now.has(key(members))), ...this.duplicates.filter((members) => !before.has(key(members)))], membersBefore: (file) => membersBefore.get(file) };
  }

  /** Applies a group's net change of clusters and line counts, and notes the lines whose count moved. */
  private applyDelta(group: string, delta: GroupDelta, changed: Map<string, Set<number>>): void {
    let lines = this.lines.get(group);
    if (!lines) this.lines.set(group, (lines = { counts: new Map(), clusters: 0 }));
    lines.clusters += delta.clusters;
    const changedInGroup = changed.get(group) ?? new Set<number>();
    changed.set(group, changedInGroup);
    for (const [hash, moved] of netMoves(delta)) {
      const count = (lines.counts.get(hash) ?? 0) + moved;
      if (count > 0) lines.counts.set(hash, count);
      else lines.counts.delete(hash);
      changedInGroup.add(hash);
    }
  }

  /**
   * Brings the group's repeated lines up to date with its counts; `changed` limits the lines looked
   * at, unless the threshold itself moved. Returns the lines that became or stopped being repeated.
   */
  private judgeGroup(group: string, changed?: ReadonlySet<number>): Set<number> {
    const lines = this.lines.get(group) ?? { counts: new Map<number, number>(), clusters: 0 };
    const minimum = repeatedLineMinimum(lines.clusters);
    let judged = this.repeated.get(group);
    if (!judged) this.repeated.set(group, (judged = { hashes: new Set(), minimum }));
    const candidates = changed && judged.minimum === minimum ? changed : new Set([...lines.counts.keys(), ...judged.hashes]);
    judged.minimum = minimum;
    const flipped = new Set<number>();
    for (const hash of candidates) {
      const repeated = (lines.counts.get(hash) ?? 0) >= minimum;
      if (repeated === judged.hashes.has(hash)) continue;
      if (repeated) judged.hashes.add(hash);
      else judged.hashes.delete(hash);
      flipped.add(hash);
    }
    return flipped;
  }

  /**
   * Analyses the files whose repeated lines are not those of their last analysis (from the cache
   * when made with the same ones), and counts their repeated lines' texts.
   */
  private async analyse(files: readonly string[]): Promise<IndexedDocument[]> {
    let done = 0;
    const analysed = await forEachConcurrently(files, this.run.options, async (file) => {
      try {
        return await this.analyseOne(file);
      } finally {
        this.run.options.onProgress?.({ phase: 'analyzing', done: ++done, total: files.length });
      }
    });
    return analysed.filter((indexed): indexed is IndexedDocument => indexed !== undefined);
  }

  private async analyseOne(file: string): Promise<IndexedDocument | undefined> {
    const document = this.documents.get(file)!;
    const repeatedLineHashes = repeatedHashesOf(document.profiled, this.repeated.get(document.group)?.hashes);
    if (document.analysis && repeatedLineHashes.join() === document.repeatedLineHashes.join()) return undefined;
    if (document.analysis) this.countTexts(document.group, document.analysis, -1);
    document.repeatedLineHashes = repeatedLineHashes;
    document.analysis = document.indexed = undefined;
    this.forgetError(file);
    try {
      const { indexed, analysis } = await analyzeOne(document.profiled, repeatedLineHashes, this.run);
      // Superseded meanwhile: the file was saved again, or is analysed with newer repeated lines.
      if (this.documents.get(file) !== document || document.repeatedLineHashes !== repeatedLineHashes) return undefined;
      Object.assign(document, { indexed, analysis });
      this.countTexts(document.group, analysis, +1);
      return indexed;
    } catch (error) {
      fail(this.run, file, error);
      return undefined;
    }
  }

  private countTexts(group: string, analysis: CachedAnalysis, delta: 1 | -1): void {
    for (const line of analysis.repeatedLines) {
      const key = `${group}\u0000${line}`;
      const text = this.texts.get(key) ?? { line, hash: fnv1aString(line), group, holders: 0 };
      text.holders += delta;
      if (text.holders > 0) this.texts.set(key, text);
      else this.texts.delete(key);
    }
  }

  private forgetError(file: string): void {
    const errors: FileError[] = this.run.errors.filter((error) => error.file !== file);
    this.run.errors.splice(0, this.run.errors.length, ...errors);
  }
}
