/** Entity-level (exact span and type) precision, recall and F1 of BIO label sequences, per type. */
import { LABELS } from '../src/core/names/features';

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}
export type Scores = Map<string, Counts>;

interface Entity {
  start: number;
  end: number;
  type: string;
}

export function entitiesOf(labels: Uint8Array): Entity[] {
  const entities: Entity[] = [];
  labels.forEach((label, index) => {
    const name = LABELS[label]!;
    if (name.startsWith('B-')) entities.push({ start: index, end: index + 1, type: name.slice(2) });
    else if (name.startsWith('I-')) entities[entities.length - 1]!.end = index + 1;
  });
  return entities;
}

export function countEntities(gold: Uint8Array, predicted: Uint8Array, scores: Scores): void {
  const goldEntities = entitiesOf(gold);
  const predictedKeys = new Set(entitiesOf(predicted).map((entity) => `${entity.start}:${entity.end}:${entity.type}`));
  const add = (type: string, field: keyof Counts) => {
    for (const key of [type, 'all']) {
      const counts = scores.get(key) ?? { gold: 0, predicted: 0, correct: 0 };
      counts[field]++;
      scores.set(key, counts);
    }
  };
  for (const entity of goldEntities) {
    add(entity.type, 'gold');
    if (predictedKeys.has(`${entity.start}:${entity.end}:${entity.type}`)) add(entity.type, 'correct');
  }
  for (const entity of entitiesOf(predicted)) add(entity.type, 'predicted');
}

export function formatScores(scores: Scores): string {
  return [...scores.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([type, { gold, predicted, correct }]) => {
      const precision = correct / Math.max(predicted, 1);
      const recall = correct / Math.max(gold, 1);
      const f1 = (2 * precision * recall) / Math.max(precision + recall, 1e-9);
      return `  ${type.padEnd(13)} P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (gold ${gold})`;
    })
    .join('\n');
}
