import {
  isFunctionNode,
  isOperatorNode,
  isParenthesisNode,
  isSymbolNode,
  type MathNode,
} from "mathjs";
import { FUNCTIONS } from "./supported";

/** Straight-line JavaScript computing several outputs, sharing common subexpressions. */
export interface Program {
  /** One `const tN = …;` line per distinct operation, reading variable i as `v{i}`. */
  readonly body: string;
  /** A JavaScript leaf (literal, variable or temporary) per output. */
  readonly results: readonly string[];
}

/**
 * Compiles mathjs expression trees in `variables` to straight-line JavaScript in which the caller
 * binds variable i to `v{i}`: every operation becomes one temporary, identical operations are
 * computed once, constant subtrees are folded, and small integer powers become products.
 *
 * Example: `x^2 + 3x` in ["x"] → `const t0 = v0 * v0; const t1 = 3 * v0; const t2 = t0 + t1;`,
 * result `t2`.
 */
export function generateProgram(
  trees: readonly MathNode[],
  variables: readonly string[],
  rejectConstant: (text: string) => Error,
): Program {
  const index = new Map(variables.map((name, i) => [name, i]));
  const lines: string[] = [];
  const temporaries = new Map<string, string>();

  const temporary = (code: string): string => {
    let name = temporaries.get(code);
    if (name === undefined) {
      name = `t${temporaries.size}`;
      temporaries.set(code, name);
      lines.push(`const ${name} = ${code};`);
    }
    return name;
  };

  const literal = (value: number): string => (value < 0 ? `(${value})` : String(value));

  const hasVariable = (node: MathNode) => dependsOn(node, variables);

  /** The value of a variable-free subtree, which must be a finite real number. */
  const constant = (node: MathNode): number => {
    const value: unknown = node.evaluate();
    if (typeof value !== "number" || !Number.isFinite(value)) throw rejectConstant(String(node));
    return value;
  };

  /** x^n by repeated squaring for small integer n, else `**`. */
  const power = (base: string, exponent: MathNode): string => {
    const n = hasVariable(exponent) ? NaN : constant(exponent);
    if (n === 0.5) return temporary(`Math.sqrt(${base})`);
    if (!Number.isInteger(n) || Math.abs(n) > 16) return temporary(`${base} ** ${emit(exponent)}`);
    if (n === 0) return "1";
    let result = "";
    let square = base;
    for (let bits = Math.abs(n); bits > 0; bits >>= 1) {
      if (bits & 1) result = result === "" ? square : temporary(`${result} * ${square}`);
      if (bits > 1) square = temporary(`${square} * ${square}`);
    }
    return n < 0 ? temporary(`1 / ${result}`) : result;
  };

  const emit = (node: MathNode): string => {
    if (isParenthesisNode(node)) return emit(node.content);
    if (!hasVariable(node)) return literal(constant(node));
    if (isSymbolNode(node)) return `v${index.get(node.name)}`;
    if (isOperatorNode(node)) {
      const [a, b] = node.args;
      switch (node.fn) {
        case "unaryMinus":
          return temporary(`-${emit(a)}`);
        case "unaryPlus":
          return emit(a);
        case "add":
          return temporary(`${emit(a)} + ${emit(b)}`);
        case "subtract":
          return temporary(`${emit(a)} - ${emit(b)}`);
        case "multiply":
          return temporary(`${emit(a)} * ${emit(b)}`);
        case "divide":
          return temporary(`${emit(a)} / ${emit(b)}`);
        case "pow":
          return power(emit(a), b);
      }
    }
    if (isFunctionNode(node)) {
      const name = node.fn.name;
      if (name === "pow") return power(emit(node.args[0]), node.args[1]);
      if (name in FUNCTIONS) return temporary(FUNCTIONS[name](node.args.map(emit)));
    }
    // parseExpression admits nothing else, and mathjs differentiates into these nodes only.
    throw new Error(`lrlab cannot compile ${node.type} "${String(node)}"`);
  };

  const results = trees.map(emit);
  return { body: lines.join("\n"), results };
}

/** Whether `node` mentions any of `variables`. */
export function dependsOn(node: MathNode, variables: readonly string[]): boolean {
  return node.filter((child) => isSymbolNode(child) && variables.includes(child.name)).length > 0;
}
