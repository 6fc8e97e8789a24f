/** Small dense linear algebra for the built-ins: matrices are arrays of rows. */

/**
 * The eigenvalues of a symmetric matrix, in increasing order, by cyclic Jacobi rotations (exact to
 * rounding for the small matrices objectives use).
 *
 * Example: `symmetricEigenvalues([[2, 1], [1, 2]]) // [1, 3]`
 */
export function symmetricEigenvalues(matrix: readonly (readonly number[])[]): number[] {
  const n = matrix.length;
  const a = matrix.map((row) => [...row]);
  for (let sweep = 0; sweep < 100; sweep++) {
    let offDiagonal = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) offDiagonal += a[p][q] ** 2;
    if (offDiagonal === 0 || offDiagonal < 1e-30 * frobeniusSquared(a)) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (a[p][q] === 0) continue;
        // Rotate rows and columns p, q so that a[p][q] becomes 0.
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const cos = 1 / Math.sqrt(t * t + 1);
        const sin = t * cos;
        const shift = t * a[p][q];
        a[p][p] -= shift;
        a[q][q] += shift;
        a[p][q] = a[q][p] = 0;
        for (let r = 0; r < n; r++) {
          if (r === p || r === q) continue;
          const arp = a[r][p];
          const arq = a[r][q];
          a[r][p] = a[p][r] = cos * arp - sin * arq;
          a[r][q] = a[q][r] = sin * arp + cos * arq;
        }
      }
    }
  }
  return a.map((row, i) => row[i]).sort((u, v) => u - v);
}

/** L = max |λ|: the Lipschitz constant of the gradient of ½xᵀAx. */
export function spectralRadius(matrix: readonly (readonly number[])[]): number {
  const eigenvalues = symmetricEigenvalues(matrix);
  return Math.max(-eigenvalues[0], eigenvalues[eigenvalues.length - 1]);
}

/**
 * Solves A·x = b by Gaussian elimination with partial pivoting; undefined when A is singular.
 *
 * Example: `solve([[2, 0], [0, 4]], [2, 2]) // [1, 0.5]`
 */
export function solve(
  matrix: readonly (readonly number[])[],
  rhs: readonly number[],
): number[] | undefined {
  const n = matrix.length;
  const a = matrix.map((row, i) => [...row, rhs[i]]);
  const scale = Math.sqrt(frobeniusSquared(matrix));
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let row = column + 1; row < n; row++) {
      if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) pivot = row;
    }
    if (Math.abs(a[pivot][column]) <= 1e-12 * scale) return undefined;
    [a[column], a[pivot]] = [a[pivot], a[column]];
    for (let row = column + 1; row < n; row++) {
      const factor = a[row][column] / a[column][column];
      for (let k = column; k <= n; k++) a[row][k] -= factor * a[column][k];
    }
  }
  const x = new Array<number>(n);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row][n];
    for (let k = row + 1; k < n; k++) sum -= a[row][k] * x[k];
    x[row] = sum / a[row][row];
  }
  return x;
}

function frobeniusSquared(matrix: readonly (readonly number[])[]): number {
  let sum = 0;
  for (const row of matrix) for (const entry of row) sum += entry * entry;
  return sum;
}
