import { describe, expect, it } from "vitest";
import { checkGradient } from "../../../lib/src/objectives/check-gradient";
import { objectives } from "../../../lib/src/objectives/builtins";
import { seededRandom } from "../../../lib/src/random";
import { errorOf } from "../datasets/helpers";

/** 30 rows × 5 features with some exact zeros, labels 0 … 2. */
function dataset(rows = 30, features = 5, classes = 3) {
  const random = seededRandom(11);
  const X = Array.from({ length: rows }, () =>
    Array.from({ length: features }, () => (random() < 0.3 ? 0 : 4 * random() - 2)),
  );
  const y = X.map((_, i) => (i < classes ? i : Math.floor(random() * classes)));
  return { X, y };
}

const { X, y } = dataset();

describe("objectives.mlp", () => {
  const net = objectives.mlp({ X, y, hidden: [7, 4], activation: "tanh" });

  it("describes the network", () => {
    expect(net.layers).toEqual([5, 7, 4, 3]);
    expect(net.classes).toBe(3);
    expect(net.rows).toBe(30);
    expect(net.activation).toBe("tanh");
    expect(net.dim).toBe(7 * 5 + 7 + 4 * 7 + 4 + 3 * 4 + 3);
    expect(net.variables).toHaveLength(net.dim);
    expect(net.variables.slice(0, 2)).toEqual(["W1[0,0]", "W1[0,1]"]);
    expect(net.variables[35]).toBe("b1[0]");
    expect(net.variables[net.dim - 1]).toBe("b3[2]");
    expect(net.domain).toHaveLength(net.dim);
    expect(net.formula).toBe("softmax cross-entropy of a 5-7-4-3 tanh network, m = 30");
    expect(net.latex).toContain("\\frac{1}{m}");
  });

  it("the docs' example", () => {
    const small = objectives.mlp({
      X: [
        [0, 1],
        [1, 0],
      ],
      y: [0, 1],
      hidden: [4],
      activation: "relu",
    });
    expect(small.dim).toBe(22);
  });

  it.each(["relu", "tanh", "sigmoid"] as const)(
    "%s: the gradient matches central differences at random points",
    (activation) => {
      const model = objectives.mlp({ X, y, hidden: [6], activation, classes: 4 });
      for (let seed = 1; seed <= 3; seed++) {
        const check = checkGradient(model, model.init(seed), { tolerance: 1e-7 });
        expect(check.maxRelativeError).toBeLessThan(1e-7);
      }
    },
  );

  it("valueAndGradient agrees with value and gradient, and on a subset of rows", () => {
    const params = net.init(3);
    const out = new Float64Array(net.dim);
    expect(net.valueAndGradient(params, out)).toBeCloseTo(net.value(params), 14);
    const full = net.gradient(params);
    out.forEach((v, i) => expect(v).toBeCloseTo(full[i], 14));
    // Rows 0…9 as their own dataset.
    const subset = objectives.mlp({
      X: X.slice(0, 10),
      y: y.slice(0, 10),
      hidden: [7, 4],
      activation: "tanh",
      classes: 3,
    });
    const rows = Int32Array.from([9, 3, 0, 1, 2, 4, 5, 6, 7, 8]);
    const loss = net.valueAndGradient(params, out, rows);
    expect(loss).toBeCloseTo(subset.value(params), 14);
    const expected = subset.gradient(params);
    out.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 14));
    // Plain arrays of parameters work too, and a new gradient array is returned when out is absent.
    expect(net.valueAndGradient(Array.from(params))).toBeCloseTo(net.value(params), 14);
  });

  it("gives large batches (several chunks of rows) the same loss and gradient", () => {
    const big = dataset(1200, 4, 3);
    const model = objectives.mlp({ ...big, hidden: [5], activation: "relu" });
    const params = model.init(1);
    const grad = model.gradient(params);
    // A numerically independent evaluation: the mean of per-row gradients.
    const sum = new Float64Array(model.dim);
    let loss = 0;
    const one = new Float64Array(model.dim);
    for (let r = 0; r < big.y.length; r++) {
      loss += model.valueAndGradient(params, one, Int32Array.of(r));
      one.forEach((v, i) => (sum[i] += v));
    }
    expect(model.value(params)).toBeCloseTo(loss / big.y.length, 12);
    grad.forEach((v, i) => expect(v).toBeCloseTo(sum[i] / big.y.length, 12));
  });

  it("ReLU′(0) = 0: a unit with zero weights and bias gets no gradient", () => {
    const model = objectives.mlp({ X, y, hidden: [3], activation: "relu" });
    const params = model.init(4);
    params.fill(0, 0, 5); // W1[0, :]
    params[15] = 0; // b1[0]
    const grad = model.gradient(params);
    expect(Array.from(grad.subarray(0, 5))).toEqual([0, 0, 0, 0, 0]);
    expect(grad[15]).toBe(0);
  });

  it("init: PyTorch's U(−1/√fan_in, 1/√fan_in) per layer, seeded", () => {
    const wide = objectives.mlp({ X, y, hidden: [400], activation: "relu" });
    const params = wide.init(5);
    expect(Array.from(wide.init(5))).toEqual(Array.from(params));
    expect(Array.from(wide.init(6))).not.toEqual(Array.from(params));
    expect(Array.from(wide.init())).toEqual(Array.from(wide.init(0)));
    const layer1 = params.subarray(0, 400 * 5 + 400);
    const layer2 = params.subarray(400 * 5 + 400);
    for (const [values, fanIn] of [
      [layer1, 5],
      [layer2, 400],
    ] as const) {
      const bound = 1 / Math.sqrt(fanIn);
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
      expect(Math.max(...values)).toBeLessThanOrEqual(bound);
      expect(Math.min(...values)).toBeGreaterThanOrEqual(-bound);
      expect(Math.max(...values)).toBeGreaterThan(0.95 * bound);
      // U(−a, a): mean 0, variance a²/3, within a few standard errors.
      expect(Math.abs(mean)).toBeLessThan((4 * bound) / Math.sqrt(3 * values.length));
      expect(variance / ((bound * bound) / 3)).toBeGreaterThan(0.9);
      expect(variance / ((bound * bound) / 3)).toBeLessThan(1.1);
    }
  });

  it("predict, accuracy and evaluate", () => {
    const params = net.init(2);
    const predicted = net.predict(params);
    expect(predicted).toHaveLength(30);
    predicted.forEach((c) => expect([0, 1, 2]).toContain(c));
    const correct = predicted.filter((c, i) => c === y[i]).length / 30;
    expect(net.accuracy(params)).toBe(correct);
    const evaluation = net.evaluate(params);
    expect(evaluation.accuracy).toBe(correct);
    expect(evaluation.loss).toBeCloseTo(net.value(params), 14);
    // Other rows: the first five as new data.
    const data = { X: X.slice(0, 5), y: y.slice(0, 5) };
    expect(net.predict(params, data.X)).toEqual(predicted.slice(0, 5));
    expect(net.evaluate(params, data).accuracy).toBe(
      predicted.slice(0, 5).filter((c, i) => c === y[i]).length / 5,
    );
  });

  it("training with gradient descent reaches full training accuracy on separable data", () => {
    const points = Array.from({ length: 40 }, (_, i) => [Math.cos(i), Math.sin(i)]);
    const labels = points.map(([a, b]) => (a * b > 0 ? 1 : 0));
    const model = objectives.mlp({ X: points, y: labels, hidden: [16], activation: "tanh" });
    const params = model.init(1);
    const grad = new Float64Array(model.dim);
    for (let t = 0; t < 3000; t++) {
      model.valueAndGradient(params, grad);
      params.forEach((v, i) => (params[i] = v - 0.5 * grad[i]));
    }
    expect(model.accuracy(params)).toBe(1);
  });

  it("stochastic: seeded shuffles, batchSize rows per batch, the same loss per batch", () => {
    const stochastic = net.stochastic({ batchSize: 8, seed: 3 });
    const again = net.stochastic({ batchSize: 8, seed: 3 });
    const params = net.init(1);
    expect(stochastic.dim).toBe(net.dim);
    expect(stochastic.name).toBe("mlp 5-7-4-3 tanh (mini-batches of 8, seed 3)");
    // An epoch of 30 rows: batches of 8, 8, 8, 6 whose mean losses weigh back to the full loss.
    let weighted = 0;
    const sizes = [8, 8, 8, 6];
    for (const size of sizes) {
      expect(stochastic.value(params)).toBe(again.value(params));
      weighted += stochastic.value(params) * size;
      stochastic.nextBatch();
      again.nextBatch();
    }
    expect(weighted / 30).toBeCloseTo(net.value(params), 12);
    const other = net.stochastic({ batchSize: 8, seed: 4 });
    expect(other.value(params)).not.toBe(stochastic.value(params));
    expect(checkGradient(stochastic, params).passed).toBe(true);
  });
});

describe("objectives.logisticRegression", () => {
  const model = objectives.logisticRegression({ X, y });

  it("is the network with no hidden layer", () => {
    expect(model.layers).toEqual([5, 3]);
    expect(model.activation).toBe("none");
    expect(model.dim).toBe(18);
    expect(model.formula).toBe(
      "softmax cross-entropy of multinomial logistic regression (5 features, 3 classes), m = 30",
    );
    expect(checkGradient(model, model.init(1)).passed).toBe(true);
  });

  it("the docs' example: log 3 at zero", () => {
    const small = objectives.logisticRegression({
      X: [
        [0, 1],
        [1, 0],
        [1, 1],
      ],
      y: [0, 1, 2],
    });
    expect(small.dim).toBe(9);
    expect(small.value(new Float64Array(9))).toBeCloseTo(Math.log(3), 15);
  });

  it("smoothness bounds the curvature: ½·λmax(X̃ᵀX̃/m), above every directional second derivative", () => {
    const n = 6;
    const gram = Array.from({ length: n }, (_, j) =>
      Array.from(
        { length: n },
        (__, k) => X.reduce((s, row) => s + [...row, 1][j] * [...row, 1][k], 0) / X.length,
      ),
    );
    // Power iteration as an independent check of λmax.
    let v = new Array(n).fill(1);
    let lambda = 0;
    for (let t = 0; t < 2000; t++) {
      const w = gram.map((row) => row.reduce((s, g, k) => s + g * v[k], 0));
      lambda = Math.hypot(...w) / Math.hypot(...v);
      v = w.map((e) => e / Math.hypot(...w));
    }
    expect(model.smoothness).toBeCloseTo(lambda / 2, 10);
    // Second differences along random directions never exceed L.
    const random = seededRandom(9);
    for (let trial = 0; trial < 20; trial++) {
      const point = model.init(trial);
      const direction = Array.from({ length: model.dim }, () => random() - 0.5);
      const norm = Math.hypot(...direction);
      const h = 1e-3;
      const at = (s: number) => model.value(point.map((p, i) => p + (s * h * direction[i]) / norm));
      const curvature = (at(1) - 2 * at(0) + at(-1)) / (h * h);
      expect(curvature).toBeLessThanOrEqual(model.smoothness * (1 + 1e-6));
    }
  });

  it("gradient descent with lr < 2/L decreases the loss at every step", () => {
    const params = new Float64Array(model.dim);
    const grad = new Float64Array(model.dim);
    const lr = 1.9 / model.smoothness;
    let previous = model.valueAndGradient(params, grad);
    for (let t = 0; t < 200; t++) {
      params.forEach((v, i) => (params[i] = v - lr * grad[i]));
      const loss = model.valueAndGradient(params, grad);
      expect(loss).toBeLessThanOrEqual(previous);
      previous = loss;
    }
  });

  it("classes larger than max label + 1", () => {
    const wider = objectives.logisticRegression({ X, y, classes: 5 });
    expect(wider.layers).toEqual([5, 5]);
    expect(wider.value(new Float64Array(wider.dim))).toBeCloseTo(Math.log(5), 14);
  });

  it("counts the classes of more labels than a call's arguments can hold", () => {
    const many = Array.from({ length: 300_000 }, (_, i) => i % 3);
    const model = objectives.logisticRegression({ X: many.map((label) => [label]), y: many });
    expect(model.classes).toBe(3);
  });
});

describe("bad input is a clear LrlabError", () => {
  const base = { X, y, hidden: [4], activation: "relu" as const };
  const net = objectives.mlp(base);

  it("options: not an object, unknown names, missing required ones", () => {
    expect(errorOf(() => objectives.mlp(undefined as never)).message).toMatch(
      /^mlp options must be an object such as \{ X, y, hidden: \[32\], activation: "relu" \}/,
    );
    expect(errorOf(() => objectives.mlp({ ...base, hiddens: [3] } as never)).message).toMatch(
      /^mlp option must be one of X, y, hidden, activation, classes, got "hiddens"/,
    );
    expect(errorOf(() => objectives.mlp({ X, y, hidden: [4] } as never)).message).toMatch(
      /^activation must be one of "relu", "tanh", "sigmoid", got undefined/,
    );
    expect(
      errorOf(() => objectives.logisticRegression({ X, y, hidden: [3] } as never)).message,
    ).toMatch(/^logisticRegression option must be one of X, y, classes/);
  });

  it("rows of different lengths, naming the row", () => {
    expect(
      errorOf(() => objectives.mlp({ ...base, X: [[1, 2], [3, 4], [5]], y: [0, 1, 0] })).message,
    ).toBe("X[2] must be a row of 2 finite numbers, got [5] (length 1)");
    expect(errorOf(() => objectives.mlp({ ...base, X: [], y: [] })).message).toMatch(
      /^X must be a m × n/,
    );
  });

  it("labels: not integers, negative, the wrong count, a single class", () => {
    expect(errorOf(() => objectives.mlp({ ...base, y: [...y.slice(0, 29), 1.5] })).message).toBe(
      "y[29] must be a class label: an integer ≥ 0, got 1.5",
    );
    expect(errorOf(() => objectives.mlp({ ...base, y: [-1, ...y.slice(1)] })).message).toMatch(
      /^y\[0\]/,
    );
    expect(errorOf(() => objectives.mlp({ ...base, y: y.slice(1) })).message).toMatch(
      /^y must be an array of 30 labels \(one per row of X\)/,
    );
    expect(errorOf(() => objectives.mlp({ ...base, y: y.map(() => 0) })).message).toMatch(
      /^y must be labels of at least 2 classes/,
    );
  });

  it("classes: < 2, or smaller than max label + 1", () => {
    expect(errorOf(() => objectives.mlp({ ...base, classes: 1 })).message).toBe(
      "classes must be an integer ≥ 2, got 1",
    );
    expect(errorOf(() => objectives.mlp({ ...base, classes: 2 })).message).toMatch(
      /^y\[\d+\] must be a class label from 0 to 1 \(classes = 2\), got 2/,
    );
  });

  it("hidden: empty (pointing to logisticRegression), zero units, not an array", () => {
    expect(errorOf(() => objectives.mlp({ ...base, hidden: [] })).message).toMatch(
      /^hidden must be at least one hidden layer such as \[32\]; for none, use objectives\.logisticRegression/,
    );
    expect(errorOf(() => objectives.mlp({ ...base, hidden: [8, 0] })).message).toBe(
      "hidden[1] must be a positive integer (units in that layer), got 0",
    );
    expect(errorOf(() => objectives.mlp({ ...base, hidden: 32 as never })).message).toMatch(
      /^hidden must be an array of positive integers/,
    );
    expect(errorOf(() => objectives.mlp({ ...base, hidden: [2.5] })).message).toMatch(
      /^hidden\[0\]/,
    );
  });

  it("an unknown activation", () => {
    expect(errorOf(() => objectives.mlp({ ...base, activation: "gelu" as never })).message).toBe(
      'activation must be one of "relu", "tanh", "sigmoid", got "gelu"',
    );
  });

  it("a parameter vector of the wrong length or not finite; a bad out or rows", () => {
    expect(errorOf(() => net.value([1, 2, 3])).message).toMatch(
      new RegExp(`^x must be an array of ${net.dim} finite numbers`),
    );
    expect(errorOf(() => net.valueAndGradient(new Float64Array(5))).message).toMatch(
      new RegExp(`^params must be an array of ${net.dim} finite numbers`),
    );
    const params = net.init();
    params[3] = NaN;
    expect(errorOf(() => net.valueAndGradient(params)).message).toBe(
      "params[3] must be a finite number, got NaN",
    );
    expect(errorOf(() => net.valueAndGradient(net.init(), new Float64Array(3))).message).toMatch(
      new RegExp(`^out must be a Float64Array of length ${net.dim}`),
    );
    expect(
      errorOf(() => net.valueAndGradient(net.init(), undefined, Int32Array.of(0, 30))).message,
    ).toBe("rows[1] must be a row index from 0 to 29, got 30");
    expect(
      errorOf(() => net.valueAndGradient(net.init(), undefined, [0, 1] as never)).message,
    ).toMatch(/^rows must be a non-empty Int32Array of row indices from 0 to 29/);
    expect(errorOf(() => net.predict([1])).message).toMatch(/^params must be an array of/);
  });

  it("evaluation data of another width or with bad labels", () => {
    const params = net.init();
    expect(errorOf(() => net.predict(params, [[1, 2]])).message).toBe(
      "X[0] must be a row of 5 finite numbers, got [1, 2] (length 2)",
    );
    expect(errorOf(() => net.evaluate(params, { X: [[1, 2, 3, 4, 5]], y: [7] })).message).toBe(
      "data.y[0] must be a class label from 0 to 2, got 7",
    );
    expect(errorOf(() => net.accuracy(params, { X: [[1, 2, 3, 4, 5]], y: [] })).message).toMatch(
      /^data\.y must be an array of 1 labels/,
    );
    expect(errorOf(() => net.accuracy(params, { X: [[1, 2, 3]], y: [0] })).message).toMatch(
      /^data\.X\[0\]/,
    );
  });

  it("stochastic options", () => {
    expect(errorOf(() => net.stochastic({ batchSize: 31 })).message).toBe(
      "batchSize must be an integer from 1 to 30 (the rows), got 31",
    );
    expect(errorOf(() => net.stochastic({ batchSize: 0 })).message).toBe(
      "batchSize must be a positive integer, got 0",
    );
    expect(errorOf(() => net.stochastic({} as never)).message).toMatch(
      /^batchSize must be a positive integer/,
    );
    expect(errorOf(() => net.stochastic({ batchSize: 4, seed: -1 })).message).toMatch(
      /^seed must be an integer/,
    );
    expect(errorOf(() => net.stochastic({ batchSize: 4, shuffle: true } as never)).message).toMatch(
      /^stochastic option must be one of batchSize, seed/,
    );
  });
});
