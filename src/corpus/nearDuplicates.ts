/**
 * Near-duplicate groups kept up to date while documents are edited in place: the same groups as
 * `findDuplicateGroups` over the same documents in the same order, without comparing them all again.
 * That search links a document to each of the first BUCKET_REPRESENTATIVES earlier documents of a
 * band bucket it falls in that is similar enough, and to an earlier document with the same
 * content; its groups are the connected parts of those links, whatever order they are found in.
 * So the links are kept per document and band, and an edit re-derives only the links of the
 * buckets the document left or joined (every member's, when it was or becomes a representative).
 */
import { BUCKET_REPRESENTATIVES, type DuplicateCandidate, ROWS_PER_BAND, bandKey, similarEnough } from './collection';
import { SIGNATURE_SIZE } from './profile';
import { UnionFind } from './unionFind';

const BANDS = SIGNATURE_SIZE / ROWS_PER_BAND;
const NO_LINKS: readonly number[] = [];

export class NearDuplicates {
  private readonly files: string[];
  private readonly contents: string[];
  private readonly signatures: Uint32Array;
  private readonly hasSignature: boolean[];
  /** Per band, bucket key -> its documents by position. */
  private readonly buckets = Array.from({ length: BANDS }, () => new Map<number, number[]>());
  /** Per document and band, the earlier representatives it is similar to. */
  private readonly links: (readonly number[])[][];

  /** `documents` in the order the full search takes them. */
  constructor(documents: readonly DuplicateCandidate[]) {
    this.files = documents.map((document) => document.file);
    this.contents = documents.map((document) => document.contentHash);
    this.signatures = new Uint32Array(documents.length * SIGNATURE_SIZE);
    this.hasSignature = documents.map((document, index) => {
      if (document.signature.length !== SIGNATURE_SIZE) return false;
      this.signatures.set(document.signature, index * SIGNATURE_SIZE);
      return true;
    });
    this.links = documents.map(() => new Array<readonly number[]>(BANDS).fill(NO_LINKS));
    for (let index = 0; index < documents.length; index++) {
      if (!this.hasSignature[index]) continue;
      for (let band = 0; band < BANDS; band++) {
        const members = this.bucketOf(index, band, true);
        members.push(index);
        this.link(index, band, members);
      }
    }
  }

  /** The document at `file`'s position, edited. */
  replace(document: DuplicateCandidate): void {
    const index = this.files.indexOf(document.file);
    const had = this.hasSignature[index]!;
    const has = document.signature.length === SIGNATURE_SIZE;
    this.contents[index] = document.contentHash;
    const at = index * SIGNATURE_SIZE;
    if (had && has && document.signature.every((value, i) => value === this.signatures[at + i])) return;
    const relink: number[][] = [];
    if (had) {
      for (let band = 0; band < BANDS; band++) {
        const members = this.bucketOf(index, band, false);
        const position = members.indexOf(index);
        members.splice(position, 1);
        this.links[index]![band] = NO_LINKS;
        if (position < BUCKET_REPRESENTATIVES) relink[band] = members;
        if (members.length === 0) this.buckets[band]!.delete(this.keyOf(index, band));
      }
    }
    this.hasSignature[index] = has;
    if (has) this.signatures.set(document.signature, at);
    else this.signatures.fill(0, at, at + SIGNATURE_SIZE);
    relink.forEach((members, band) => {
      for (const member of members) this.link(member, band, members);
    });
    if (!has) return;
    for (let band = 0; band < BANDS; band++) {
      const members = this.bucketOf(index, band, true);
      let position = members.findIndex((member) => member > index);
      if (position < 0) position = members.length;
      members.splice(position, 0, index);
      // Joining among the representatives changes later members' links; otherwise only its own.
      for (const member of position < BUCKET_REPRESENTATIVES ? members : [index]) this.link(member, band, members);
    }
  }

  /** As `findDuplicateGroups` gives them. */
  groups(): string[][] {
    const sets = new UnionFind(this.files.length);
    const firstWithContent = new Map<string, number>();
    this.contents.forEach((content, index) => {
      const first = firstWithContent.get(content);
      if (first === undefined) firstWithContent.set(content, index);
      else sets.union(index, first);
    });
    this.links.forEach((bands, index) => {
      for (const linked of bands) for (const other of linked) sets.union(index, other);
    });
    return sets.groupsOf(this.files);
  }

  private keyOf(index: number, band: number): number {
    const at = index * SIGNATURE_SIZE + band * ROWS_PER_BAND;
    return bandKey(this.signatures[at]!, this.signatures[at + 1]!);
  }

  private bucketOf(index: number, band: number, create: boolean): number[] {
    const key = this.keyOf(index, band);
    let members = this.buckets[band]!.get(key);
    if (!members) {
      members = [];
      if (create) this.buckets[band]!.set(key, members);
    }
    return members;
  }

  /** A member's links in its bucket: to the representatives before it that it is similar to. */
  private link(member: number, band: number, members: readonly number[]): void {
    const linked: number[] = [];
    for (let i = 0; i < BUCKET_REPRESENTATIVES && i < members.length && members[i]! < member; i++) {
      if (similarEnough(this.signatures, member * SIGNATURE_SIZE, members[i]! * SIGNATURE_SIZE)) linked.push(members[i]!);
    }
    this.links[member]![band] = linked.length > 0 ? linked : NO_LINKS;
  }
}
