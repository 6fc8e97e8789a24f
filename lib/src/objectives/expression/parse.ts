import {
  isConstantNode,
  isFunctionNode,
  isOperatorNode,
  isParenthesisNode,
  isSymbolNode,
  parse,
  type MathNode,
} from "mathjs";
import { invalid, LrlabError } from "../../errors";
import { requireVariables } from "../options";
import { ARITY, CONSTANTS, FUNCTIONS, OPERATORS, SUPPORTED_FUNCTIONS } from "./supported";

const EXAMPLE = `a formula such as "x^2 + 2y^2"`;

/** Node types that parse but are not a real-valued formula, with the token that shows where. */
const UNSUPPORTED_NODES: Readonly<Record<string, [description: string, token: string]>> = {
  AssignmentNode: ["an assignment", "="],
  FunctionAssignmentNode: ["a function definition", "="],
  ConditionalNode: ["a condition", "?"],
  ArrayNode: ["a matrix", "["],
  AccessorNode: ["an index", "["],
  IndexNode: ["an index", "["],
  ObjectNode: ["an object", "{"],
  RangeNode: ["a range", ":"],
  RelationalNode: ["a comparison", "<"],
  BlockNode: ["several statements", ";"],
};

/**
 * An error about `parameter` (the expression or its variables) that quotes the expression and,
 * when `position` (0-based) is known, points at it:
 *
 *     expression must be …, got "x^^2": Value expected (char 3)
 *       x^^2
 *         ^
 */
export function expressionError(
  parameter: "expression" | "variables",
  accepted: string,
  got: unknown,
  problem: string,
  expression: string,
  position = -1,
): LrlabError {
  const pointer = position < 0 ? "" : `\n  ${expression}\n  ${" ".repeat(position)}^`;
  return new LrlabError(`${invalid(parameter, accepted, got).message}: ${problem}${pointer}`);
}

/** Where `token` first stands in `text`; a name only where it is a whole word. -1 if nowhere. */
function locate(text: string, token: string): number {
  if (!/^[\p{L}_]/u.test(token)) return text.indexOf(token);
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.search(new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, "u"));
}

/**
 * Parses `expression` with mathjs and checks that it is a real formula `fromExpression` can
 * differentiate and compile. Variables are `variables` when given (every free symbol must be
 * one of them), else the free symbols in alphabetical order.
 */
export function parseExpression(
  expression: string,
  variables?: readonly string[],
): { tree: MathNode; variables: string[] } {
  if (typeof expression !== "string" || expression.trim() === "") {
    throw invalid("expression", `${EXAMPLE} (a non-empty string)`, expression);
  }
  const fail = (problem: string, token?: string) =>
    expressionError(
      "expression",
      EXAMPLE,
      expression,
      problem,
      expression,
      token === undefined ? -1 : locate(expression, token),
    );

  let tree: MathNode;
  try {
    tree = parse(expression);
  } catch (error) {
    // mathjs reports a 1-based `char`, e.g. "Value expected (char 4)".
    const char = (error as { char?: number }).char;
    const superscriptHint = /[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]/u.test(expression)
      ? "; write powers with ^, such as x^2 for x²"
      : "";
    const problem = `it does not parse: ${(error as Error).message}${superscriptHint}`;
    throw expressionError("expression", EXAMPLE, expression, problem, expression, (char ?? 0) - 1);
  }

  const given = variables === undefined ? undefined : requireVariables(variables);
  const symbols = new Set<string>();
  tree.traverse((node, path) => {
    if (isConstantNode(node)) {
      if (typeof node.value !== "number")
        throw fail(`${String(node)} is not a number`, String(node));
    } else if (isSymbolNode(node)) {
      if (path === "fn") return; // the name of a called function, checked below
      if (node.name in FUNCTIONS) {
        throw fail(`${node.name} is a function: call it as ${node.name}(…)`, node.name);
      }
      symbols.add(node.name);
    } else if (isOperatorNode(node)) {
      if (!OPERATORS.includes(node.fn)) {
        throw fail(`the operator "${node.op}" is not supported; use + - * / ^`, node.op);
      }
    } else if (isFunctionNode(node)) {
      const name = node.fn.name;
      if (!(name in FUNCTIONS) && name !== "pow") {
        throw fail(`unknown function "${name}"; supported functions: ${SUPPORTED_FUNCTIONS}`, name);
      }
      const arity = ARITY[name] ?? [1];
      if (!arity.includes(node.args.length)) {
        const counts = arity.join(" or ");
        throw fail(`${name} takes ${counts} argument(s), got ${node.args.length}`, name);
      }
    } else if (!isParenthesisNode(node)) {
      const [description, token] = UNSUPPORTED_NODES[node.type] ?? [node.type, ""];
      throw fail(`${description} is not supported, only a formula`, token);
    }
  });

  const free = [...symbols].filter((name) => !(name in CONSTANTS) || given?.includes(name));
  if (given === undefined) {
    if (free.length === 0) {
      throw fail(`it has no variable; constants are ${Object.keys(CONSTANTS).join(", ")}`);
    }
    return { tree, variables: free.sort() };
  }
  const unknown = free.find((name) => !given.includes(name));
  if (unknown !== undefined) {
    const accepted = `a list of names that covers every symbol of the expression other than the constants ${Object.keys(CONSTANTS).join(", ")}`;
    const hint = [...unknown].every((letter) => given.includes(letter))
      ? ` (for a product write ${[...unknown].join("*")})`
      : "";
    const problem = `unknown symbol "${unknown}"${hint} in ${JSON.stringify(expression)}`;
    throw expressionError(
      "variables",
      accepted,
      given,
      problem,
      expression,
      locate(expression, unknown),
    );
  }
  return { tree, variables: given };
}
