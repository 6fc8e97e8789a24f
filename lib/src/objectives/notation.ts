/** Writing formulas as text (which mathjs parses back) and as LaTeX. */

const GREEK_LATEX: Readonly<Record<string, string>> = { θ: "\\theta", α: "\\alpha", β: "\\beta" };

/** A variable name in LaTeX: "θ0" → "\theta_{0}", "x1" → "x_{1}". */
export function latexName(name: string): string {
  const [, letters, digits] = /^(.*?)(\d*)$/u.exec(name)!;
  const base = [...letters].map((letter) => GREEK_LATEX[letter] ?? letter).join(" ");
  return digits === "" ? base : `${base}_{${digits}}`;
}

/**
 * A sum of terms coefficient·monomial with signs and unit coefficients tidied; an empty monomial
 * is a constant term.
 *
 * Example: `polynomial([[3, "x^2"], [-3, "x"], [4, ""]]) // "3x^2 - 3x + 4"`
 */
export function polynomial(terms: readonly (readonly [number, string])[]): string {
  let text = "";
  for (const [coefficient, monomial] of terms) {
    if (coefficient === 0) continue;
    const magnitude = Math.abs(coefficient);
    const term =
      monomial === "" ? String(magnitude) : `${magnitude === 1 ? "" : magnitude}${monomial}`;
    const sign = coefficient < 0 ? "-" : "+";
    text += text === "" ? (coefficient < 0 ? "-" : "") + term : ` ${sign} ${term}`;
  }
  return text === "" ? "0" : text;
}
