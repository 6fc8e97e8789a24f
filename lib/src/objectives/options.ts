import { invalid } from "../errors";

type Domain = readonly (readonly [number, number])[];

/** x, y, z for up to three variables, else x1 … xn. */
export function defaultVariables(dim: number): string[] {
  if (dim <= 3) return ["x", "y", "z"].slice(0, dim);
  return Array.from({ length: dim }, (_, i) => `x${i + 1}`);
}

const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** Distinct names such as "x" or "θ0", `dim` of them when `dim` is given. */
export function requireVariables(variables: readonly string[], dim?: number): string[] {
  const accepted = `a list of ${dim ?? "one or more"} distinct names such as ["x", "y"]`;
  if (
    !Array.isArray(variables) ||
    variables.length === 0 ||
    (dim ?? variables.length) !== variables.length
  ) {
    throw invalid("variables", accepted, variables);
  }
  for (const name of variables) {
    if (typeof name !== "string" || !IDENTIFIER.test(name)) {
      throw invalid("variables", `${accepted} (a letter, then letters, digits or _)`, variables);
    }
  }
  if (new Set(variables).size !== variables.length) {
    throw invalid("variables", accepted, variables);
  }
  return [...variables];
}

/** One finite [min, max] pair with min < max per variable. */
export function requireDomain(domain: Domain, dim: number): Domain {
  const accepted = `${dim} pair${dim === 1 ? "" : "s"} [min, max] of finite numbers with min < max`;
  const valid =
    Array.isArray(domain) &&
    domain.length === dim &&
    domain.every(
      (range) =>
        Array.isArray(range) &&
        range.length === 2 &&
        Number.isFinite(range[0]) &&
        Number.isFinite(range[1]) &&
        range[0] < range[1],
    );
  if (!valid) throw invalid("domain", accepted, domain);
  return domain.map(([min, max]) => [min, max] as const);
}

/** A display name: any string, e.g. "my loss". */
export function requireName(parameter: string, name: string): string {
  if (typeof name !== "string") throw invalid(parameter, 'a string such as "my loss"', name);
  return name;
}

/** The same range for every variable. */
export function squareDomain(dim: number, min: number, max: number): Domain {
  return Array.from({ length: dim }, () => [min, max] as const);
}

/** A matrix given as rows: `rows` × `columns` finite numbers (any size where not given). */
export function requireMatrix(
  parameter: string,
  matrix: readonly (readonly number[])[],
  rows?: number,
  columns?: number,
): number[][] {
  const shape = `${rows ?? "m"} × ${columns ?? "n"}`;
  const accepted = `a ${shape} matrix given as an array of rows of finite numbers`;
  if (!Array.isArray(matrix) || matrix.length === 0 || (rows ?? matrix.length) !== matrix.length) {
    throw invalid(parameter, accepted, matrix);
  }
  const width = columns ?? (Array.isArray(matrix[0]) ? matrix[0].length : 0);
  matrix.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== width || width === 0) {
      throw invalid(`${parameter}[${i}]`, `a row of ${width || "n ≥ 1"} finite numbers`, row);
    }
    row.forEach((entry, j) => {
      if (!Number.isFinite(entry))
        throw invalid(`${parameter}[${i}][${j}]`, "a finite number", entry);
    });
  });
  return matrix.map((row) => [...row]);
}
