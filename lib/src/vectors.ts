// Sums over plain arrays shared by the optimizers, the schedules and the runners, each summed in
// index order (as optax.tree.norm sums one array), so results are the same wherever they are used.

/** Σ vᵢ², as optax.tree.norm(v, squared=True) sums one array. */
export function sumOfSquares(v: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i] * v[i];
  return sum;
}

/** ‖a − b‖², as optax.tree.norm(tree.sub(a, b), squared=True) on one array. */
export function squaredDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i] - b[i];
    sum += d * d;
  }
  return sum;
}

/** The Euclidean norm ‖v‖. */
export function norm(v: ArrayLike<number>): number {
  return Math.sqrt(sumOfSquares(v));
}

/** True when every entry is a finite number. */
export function allFinite(v: ArrayLike<number>): boolean {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) return false;
  return true;
}
