/**
 * Ridge-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares): exact, deterministic, and fast for a few dozen features. The bias (column 0) is not penalised.
 */
const ITERATIONS = 25;
const TOLERANCE = 1e-8;

export function fitLogistic(data: { rows: readonly Float64Array[]; labels: readonly number[] }, ridge: number): number[] {
  const width = data.rows[0]?.length ?? 0;
  let weights = new Array<number>(width).fill(0);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const gradient = weights.map((w, j) => (j === 0 ? 0 : ridge * w));
    const hessian = Array.from({ length: width }, (_, j) => {
      const row = new Float64Array(width);
      if (j > 0) row[j] = ridge;
      return row;
    });
    data.rows.forEach((x, n) => {
      let sum = 0;
      for (let j = 0; j < width; j++) sum += weights[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-sum));
      const error = p - data.labels[n]!;
      const curvature = Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j < width; j++) {
        const xj = x[j]!;
        if (xj === 0) continue;
        gradient[j]! += error * xj;
        const hj = hessian[j]!;
        for (let k = 0; k < width; k++) hj[k]! += curvature * xj * x[k]!;
      }
    });
    const step = solve(hessian, gradient);
    weights = weights.map((w, j) => w - step[j]!);
    if (step.reduce((largest, s) => Math.max(largest, Math.abs(s)), 0) < TOLERANCE) break;
  }
  return weights;
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small, symmetric, positive definite). */
function solve(matrix: Float64Array[], vector: number[]): number[] {
  const size = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let column = 0; column < size; column++) {
    let pivot = column;
    for (let row = column + 1; row < size; row++) if (Math.abs(a[row]![column]!) > Math.abs(a[pivot]![column]!)) pivot = row;
    [a[column], a[pivot]] = [a[pivot]!, a[column]!];
    const lead = a[column]!;
    for (let row = column + 1; row < size; row++) {
      const factor = a[row]![column]! / lead[column]!;
      if (factor === 0) continue;
      for (let k = column; k <= size; k++) a[row]![k]! -= factor * lead[k]!;
    }
  }
  const x = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row--) {
    let sum = a[row]![size]!;
    for (let k = row + 1; k < size; k++) sum -= a[row]![k]! * x[k]!;
    x[row] = sum / a[row]![row]!;
  }
  return x;
}
