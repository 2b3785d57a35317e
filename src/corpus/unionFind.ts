/**
 * Disjoint sets of positions 0..count-1, by union by size and path halving: a group of thousands
 * (wire copies of one story) stays a shallow tree. The near-duplicate search and its live
 * counterpart group documents with it.
 */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(count: number) {
    this.parent = Int32Array.from({ length: count }, (_, i) => i);
    this.size = new Int32Array(count).fill(1);
  }

  root(i: number): number {
    const { parent } = this;
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  }

  union(a: number, b: number): void {
    let big = this.root(a);
    let small = this.root(b);
    if (big === small) return;
    if (this.size[big]! < this.size[small]!) [big, small] = [small, big];
    this.parent[small] = big;
    this.size[big]! += this.size[small]!;
  }

  /** The names of each set of two or more positions, each sorted, the sets in order of their first name. */
  groupsOf(names: readonly string[]): string[][] {
    const groups = new Map<number, string[]>();
    names.forEach((name, index) => {
      const group = groups.get(this.root(index));
      if (group) group.push(name);
      else groups.set(this.root(index), [name]);
    });
    return [...groups.values()].filter((group) => group.length > 1).map((group) => group.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
  }
}
