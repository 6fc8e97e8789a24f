import {
  invalid,
  parseOptions,
  requireChoice,
  requireIntegerIn,
  requirePoint,
  REQUIRED,
} from "../../../errors";
import { batchCursor, seededRandom } from "../../../random";
import { spectralRadius } from "../../linear-algebra";
import type { Objective, Vector } from "../../objective";
import type { StochasticOptions } from "../linear-regression";
import { requireMatrix, squareDomain } from "../../options";
import { gradientOutput } from "../../point";
import { NetworkKernel, packData, RELU, SIGMOID, TANH, type PackedData } from "./kernel";

/** A hidden layer's activation. ReLU′(0) = 0, as PyTorch. */
export type Activation = "relu" | "tanh" | "sigmoid";

export interface MlpOptions {
  /** Features: one row of numbers per example, all of the same length. */
  X: readonly (readonly number[])[];
  /** Class labels, one per row: integers 0 … classes − 1. */
  y: readonly number[];
  /** Units per hidden layer, e.g. [32] or [64, 32]: at least one layer of positive integers. */
  hidden: readonly number[];
  /** The hidden layers' activation. */
  activation: Activation;
  /** Number of classes (≥ 2); max label + 1 by default. */
  classes?: number;
}

export interface LogisticRegressionOptions {
  /** Features: one row of numbers per example, all of the same length. */
  X: readonly (readonly number[])[];
  /** Class labels, one per row: integers 0 … classes − 1. */
  y: readonly number[];
  /** Number of classes (≥ 2); max label + 1 by default. */
  classes?: number;
}

/** Examples per mini-batch (1 … m) and the seed of the shuffling, as linearRegression's. */
export type NetworkStochasticOptions = StochasticOptions;

/** Labelled rows to evaluate a network on, of the training data's width. */
export interface LabelledRows {
  X: readonly (readonly number[])[];
  y: readonly number[];
}

/** A mini-batch objective: `nextBatch()` moves to the next batch. */
export interface StochasticObjective extends Objective {
  nextBatch(): void;
}

/**
 * Mean softmax cross-entropy of a fully connected network over a labelled dataset, as a function
 * of one flat parameter vector in PyTorch's layout: for each layer in order, its weight (out × in,
 * row-major, as nn.Linear.weight), then its bias.
 */
export interface Network extends Objective {
  /** Units per layer, inputs to classes, e.g. [64, 32, 10]. */
  readonly layers: readonly number[];
  /** The hidden layers' activation; "none" for logistic regression (no hidden layer). */
  readonly activation: Activation | "none";
  readonly classes: number;
  /** m, the number of training rows. */
  readonly rows: number;
  /**
   * Initial parameters from PyTorch nn.Linear's default distribution: every weight and bias of a
   * layer ~ U(−1/√fan_in, 1/√fan_in). Seeded by lrlab's generator (seed 0 by default): the same
   * seed gives the same vector, but not the numbers torch.manual_seed would.
   */
  init(seed?: number): Float64Array;
  /**
   * The mean loss over the training rows `rows` (all rows by default) and its exact gradient,
   * written into `out` (a new array when absent), in one forward and one backward pass.
   */
  valueAndGradient(params: Vector, out?: Float64Array, rows?: Int32Array): number;
  /** The class (argmax of the logits) of each row of `X`, the training rows by default. */
  predict(params: Vector, X?: readonly (readonly number[])[]): number[];
  /** The fraction of rows classified correctly, in [0, 1], on `data` (the training data by default). */
  accuracy(params: Vector, data?: LabelledRows): number;
  /** Mean cross-entropy and accuracy on `data` (the training data by default). */
  evaluate(params: Vector, data?: LabelledRows): { loss: number; accuracy: number };
  /**
   * The same loss over seeded mini-batches: each epoch shuffles the rows (Fisher–Yates) and
   * `nextBatch()` moves to the next `batchSize` of them. The first batch is drawn at once.
   */
  stochastic(options: NetworkStochasticOptions): StochasticObjective;
}

/** Multinomial logistic regression: a network with no hidden layer, convex in its parameters. */
export interface LogisticRegression extends Network {
  /**
   * An upper bound on the smoothness constant: L = ½·λmax(X̃ᵀX̃/m), X̃ = [X, 1]. Every Hessian of
   * the loss is ≼ L·I (the softmax Hessian with respect to the logits, diag(p) − ppᵀ, has
   * eigenvalues ≤ ½), so full-batch gradient descent with 0 < lr < 2/L decreases the loss at every
   * step. It is only a bound: unlike a quadratic's L, larger learning rates may still converge.
   */
  readonly smoothness: number;
}

const ACTIVATIONS: Record<Activation, number> = { relu: RELU, tanh: TANH, sigmoid: SIGMOID };
const ACTIVATION_CHOICES = Object.keys(ACTIVATIONS) as Activation[];
const ACTIVATION_NAMES: Record<Activation, string> = {
  relu: "ReLU",
  tanh: "tanh",
  sigmoid: "sigmoid",
};
/** `classes` left out: max label + 1. */
const FROM_LABELS = 0;

/**
 * A fully connected classifier: hidden layers with the same activation, then softmax
 * cross-entropy averaged over the rows (as F.cross_entropy). Parameters are one flat vector in
 * PyTorch's layout: per layer, the weight W (out × in, row-major), then the bias b.
 *
 * ```text
 * forward, for each row x with label y:
 *   a⁰ ← x
 *   for l = 1 … L:  zˡ ← Wˡaˡ⁻¹ + bˡ;  aˡ ← φ(zˡ) (l < L)
 *   p ← softmax(zᴸ) = exp(zᴸ − max zᴸ) / Σ exp(zᴸ − max zᴸ)
 *   loss ← (1/m)·Σ_rows (max zᴸ + log Σ exp(zᴸ − max zᴸ) − zᴸ_y)
 * backward (exact backpropagation):
 *   δᴸ ← (p − onehot(y)) / m
 *   for l = L … 1:
 *     ∇Wˡ += δˡ (aˡ⁻¹)ᵀ;  ∇bˡ += δˡ
 *     if l > 1:  δˡ⁻¹ ← (Wˡ)ᵀδˡ ⊙ φ′(aˡ⁻¹)
 * φ′: ReLU [a > 0] (0 at 0, as PyTorch), tanh 1 − a², sigmoid a(1 − a)
 * ```
 *
 * `valueAndGradient(params, out, rows)` does both passes over any mini-batch of rows at once;
 * zero inputs and zero deltas are skipped. `init(seed)` draws PyTorch's default initialization.
 *
 * Example:
 *
 * ```ts
 * const net = objectives.mlp({ X: [[0, 1], [1, 0]], y: [0, 1], hidden: [4], activation: "relu" });
 * net.dim; // → 22
 * ```
 */
export function mlp(options: MlpOptions): Network {
  const parsed = parseOptions(
    "mlp",
    options,
    {
      X: [REQUIRED, requireMatrix],
      y: [REQUIRED, requireLabels],
      hidden: [REQUIRED, requireHidden],
      activation: [REQUIRED, requireActivation],
      classes: [FROM_LABELS, requireClasses],
    },
    '{ X, y, hidden: [32], activation: "relu" }',
  );
  return createNetwork(parsed.X, parsed.y, parsed.hidden, parsed.activation, parsed.classes);
}

/**
 * Multinomial logistic regression: mlp's softmax cross-entropy with no hidden layer (layers
 * [features, classes]), convex in its parameters, with the smoothness bound L = ½·λmax(X̃ᵀX̃/m)
 * (X̃ = [X, 1]): gradient descent with lr < 2/L decreases the loss at every step.
 *
 * ```text
 * z ← Wx + b;  loss ← (1/m)·Σ_rows (log Σ_c exp(z_c) − z_y)
 * ∇W = (1/m)·Σ_rows (softmax(z) − onehot(y)) xᵀ;  ∇b = (1/m)·Σ_rows (softmax(z) − onehot(y))
 * ```
 *
 * Example:
 *
 * ```ts
 * const model = objectives.logisticRegression({ X: [[0, 1], [1, 0], [1, 1]], y: [0, 1, 2] });
 * model.dim; // → 9
 * model.value(new Float64Array(9)); // → Math.log(3)
 * ```
 */
export function logisticRegression(options: LogisticRegressionOptions): LogisticRegression {
  const parsed = parseOptions(
    "logisticRegression",
    options,
    {
      X: [REQUIRED, requireMatrix],
      y: [REQUIRED, requireLabels],
      classes: [FROM_LABELS, requireClasses],
    },
    "{ X: [[0, 1], [1, 0]], y: [0, 1] }",
  );
  const network = createNetwork(parsed.X, parsed.y, [], "none", parsed.classes);
  return Object.assign(network, { smoothness: smoothnessBound(parsed.X) });
}

function createNetwork(
  X: readonly (readonly number[])[],
  y: readonly number[],
  hidden: readonly number[],
  activation: Activation | "none",
  requestedClasses: number,
): Network {
  const m = X.length;
  const width = X[0].length;
  if (y.length !== m) {
    throw invalid("y", `an array of ${m} labels (one per row of X)`, y);
  }
  // A loop, not Math.max(...y): spreading ~100k labels or more overflows the call stack.
  let maxLabel = 0;
  for (const label of y) if (label > maxLabel) maxLabel = label;
  const classes = requestedClasses === FROM_LABELS ? maxLabel + 1 : requestedClasses;
  if (requestedClasses === FROM_LABELS && classes < 2) {
    throw invalid("y", "labels of at least 2 classes (classes = max label + 1 ≥ 2)", y);
  }
  if (maxLabel >= classes) {
    const i = y.indexOf(maxLabel);
    throw invalid(`y[${i}]`, `a class label from 0 to ${classes - 1} (classes = ${classes})`, y[i]);
  }
  const layers = [width, ...hidden, classes];
  const kernel = new NetworkKernel(layers, activation === "none" ? RELU : ACTIVATIONS[activation]);
  const dim = kernel.dim;
  const training = packData(X, y);
  const everyRow = Int32Array.from({ length: m }, (_, i) => i);
  /** Non-Float64Array parameters are copied here, so the kernel sees one array type. */
  const copied = new Float64Array(dim);
  const paramsArray = (params: Vector, parameter: string): Float64Array => {
    requirePoint(params, dim, parameter);
    if (params instanceof Float64Array) return params;
    copied.set(params as ArrayLike<number>);
    return copied;
  };
  const checkRows = (rows: Int32Array): Int32Array => {
    if (!(rows instanceof Int32Array) || rows.length === 0) {
      throw invalid("rows", `a non-empty Int32Array of row indices from 0 to ${m - 1}`, rows);
    }
    for (let i = 0; i < rows.length; i++) {
      if (!(rows[i] >= 0 && rows[i] < m)) {
        throw invalid(`rows[${i}]`, `a row index from 0 to ${m - 1}`, rows[i]);
      }
    }
    return rows;
  };
  const dataOf = (data: LabelledRows | undefined): PackedData => {
    if (data === undefined) return training;
    if (typeof data !== "object" || data === null) {
      throw invalid("data", "an object { X, y } of labelled rows", data);
    }
    const rows = requireMatrix("data.X", data.X, undefined, width);
    if (!Array.isArray(data.y) || data.y.length !== rows.length) {
      throw invalid("data.y", `an array of ${rows.length} labels (one per row of data.X)`, data.y);
    }
    data.y.forEach((label, i) => {
      if (!Number.isInteger(label) || label < 0 || label >= classes) {
        throw invalid(`data.y[${i}]`, `a class label from 0 to ${classes - 1}`, label);
      }
    });
    return packData(rows, data.y);
  };
  const rowsOf = (data: PackedData) =>
    data === training ? everyRow : Int32Array.from({ length: data.rows }, (_, i) => i);

  const architecture = layers.join("-");
  const name = activation === "none" ? "logistic regression" : `mlp ${architecture} ${activation}`;
  const model =
    activation === "none"
      ? `multinomial logistic regression (${width} features, ${classes} classes)`
      : `a ${architecture} ${ACTIVATION_NAMES[activation]} network`;
  let variables: readonly string[] | undefined;
  let domain: readonly (readonly [number, number])[] | undefined;

  /** The Objective's value and gradient over the training rows `rows()` picks at each call. */
  const lossOver = (rows: () => Int32Array) => ({
    value: (params: Vector) =>
      kernel.run(paramsArray(params, "x"), training, rows(), undefined, undefined),
    gradient(params: Vector, out?: Float64Array) {
      const grad = gradientOutput(out, dim);
      kernel.run(paramsArray(params, "x"), training, rows(), grad, undefined);
      return grad;
    },
  });
  const evaluate = (params: Vector, data?: LabelledRows) => {
    const packed = dataOf(data);
    const predicted = new Int32Array(packed.rows);
    const loss = kernel.run(
      paramsArray(params, "params"),
      packed,
      rowsOf(packed),
      undefined,
      predicted,
    );
    const labels = packed.labels as Int32Array;
    let correct = 0;
    for (let i = 0; i < predicted.length; i++) if (predicted[i] === labels[i]) correct++;
    return { loss, accuracy: correct / predicted.length };
  };

  const network: Network = {
    name,
    dim,
    get variables() {
      return (variables ??= parameterNames(layers));
    },
    get domain() {
      return (domain ??= squareDomain(dim, -1, 1));
    },
    formula: `softmax cross-entropy of ${model}, m = ${m}`,
    latex:
      `\\frac{1}{m}\\sum_{i=1}^{m} -\\log \\operatorname{softmax}\\big(f_\\theta(x_i)\\big)_{y_i},` +
      `\\quad f_\\theta = \\text{${model}},\\ m = ${m}`,
    layers,
    activation,
    classes,
    rows: m,
    ...lossOver(() => everyRow),
    init(seed = 0) {
      const random = seededRandom(seed);
      const params = new Float64Array(dim);
      let offset = 0;
      for (let l = 0; l + 1 < layers.length; l++) {
        const bound = 1 / Math.sqrt(layers[l]);
        const count = layers[l + 1] * (layers[l] + 1);
        for (let i = 0; i < count; i++) params[offset++] = (2 * random() - 1) * bound;
      }
      return params;
    },
    valueAndGradient(params, out, rows) {
      const p = paramsArray(params, "params");
      const grad = gradientOutput(out, dim);
      return kernel.run(
        p,
        training,
        rows === undefined ? everyRow : checkRows(rows),
        grad,
        undefined,
      );
    },
    predict(params, X) {
      const packed =
        X === undefined ? training : packData(requireMatrix("X", X, undefined, width), undefined);
      const predicted = new Int32Array(packed.rows);
      kernel.run(paramsArray(params, "params"), packed, rowsOf(packed), undefined, predicted);
      return Array.from(predicted);
    },
    accuracy(params, data) {
      return evaluate(params, data).accuracy;
    },
    evaluate,
    stochastic(stochasticOptions) {
      const { batchSize, seed, batch, nextBatch } = batchCursor(
        stochasticOptions,
        m,
        "rows",
        "{ batchSize: 32 }",
      );
      return {
        name: `${name} (mini-batches of ${batchSize}, seed ${seed})`,
        dim,
        get variables() {
          return network.variables;
        },
        get domain() {
          return network.domain;
        },
        formula: network.formula,
        latex: network.latex,
        ...lossOver(batch),
        nextBatch,
      };
    },
  };
  return network;
}

/** "W1[0,0]", …, "b1[0]", … per layer, 1-based layers and 0-based indices (as PyTorch's). */
function parameterNames(layers: readonly number[]): string[] {
  const names: string[] = [];
  for (let l = 0; l + 1 < layers.length; l++) {
    for (let j = 0; j < layers[l + 1]; j++) {
      for (let k = 0; k < layers[l]; k++) names.push(`W${l + 1}[${j},${k}]`);
    }
    for (let j = 0; j < layers[l + 1]; j++) names.push(`b${l + 1}[${j}]`);
  }
  return names;
}

/** ½·λmax(X̃ᵀX̃/m) with X̃ = [X, 1]: exact (Jacobi) up to 128 columns, else by power iteration. */
function smoothnessBound(X: readonly (readonly number[])[]): number {
  const m = X.length;
  const n = X[0].length + 1;
  const gram = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const row of X) {
    const extended = [...row, 1];
    for (let j = 0; j < n; j++) {
      const v = extended[j];
      if (v === 0) continue;
      const target = gram[j];
      for (let k = j; k < n; k++) target[k] += v * extended[k];
    }
  }
  for (let j = 0; j < n; j++) {
    for (let k = j; k < n; k++) gram[k][j] = gram[j][k] = gram[j][k] / m;
  }
  if (n <= 128) return spectralRadius(gram) / 2;
  // The Gram matrix is positive semi-definite: power iteration from a positive vector converges
  // to λmax from below; iterate until the Rayleigh quotient stops moving.
  let vector = new Array<number>(n).fill(1 / Math.sqrt(n));
  let lambda = 0;
  for (let iteration = 0; iteration < 10000; iteration++) {
    const next = gram.map((row) => row.reduce((sum, v, k) => sum + v * vector[k], 0));
    const norm = Math.hypot(...next);
    if (norm === 0) return 0;
    const estimate = next.reduce((sum, v, k) => sum + v * vector[k], 0);
    vector = next.map((v) => v / norm);
    if (Math.abs(estimate - lambda) <= 1e-14 * estimate) return estimate / 2;
    lambda = estimate;
  }
  return lambda / 2;
}

// The option checks, each named by the spec table's key.

function requireLabels(parameter: string, y: readonly number[]): readonly number[] {
  if (!Array.isArray(y) || y.length === 0) {
    throw invalid(parameter, "an array of class labels (integers 0, 1, 2, …), one per row of X", y);
  }
  y.forEach((label, i) => {
    if (!Number.isInteger(label) || label < 0) {
      throw invalid(`${parameter}[${i}]`, "a class label: an integer ≥ 0", label);
    }
  });
  return [...y];
}

function requireHidden(parameter: string, hidden: readonly number[]): readonly number[] {
  const accepted = "an array of positive integers (units per hidden layer) such as [32]";
  if (!Array.isArray(hidden)) throw invalid(parameter, accepted, hidden);
  if (hidden.length === 0) {
    throw invalid(
      parameter,
      "at least one hidden layer such as [32]; for none, use objectives.logisticRegression({ X, y })",
      hidden,
    );
  }
  hidden.forEach((units, i) => {
    if (!Number.isInteger(units) || units <= 0) {
      throw invalid(`${parameter}[${i}]`, "a positive integer (units in that layer)", units);
    }
  });
  return [...hidden];
}

function requireActivation(parameter: string, activation: Activation): Activation {
  return requireChoice(parameter, activation, ACTIVATION_CHOICES);
}

function requireClasses(parameter: string, classes: number): number {
  return requireIntegerIn(parameter, classes, 2, Infinity);
}
