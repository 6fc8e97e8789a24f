import { objectives } from "../objectives";
import type { Objective } from "../objectives/objective";
import { sgd } from "../optimizers/sgd";
import { minimize } from "../runner/minimize";
import { defineCheck, nearlyEqual, notALearningRate, numberVerdict, type Verdict } from "./check";

/** The seed's set-up (Day 74): f(x) = x², w_init = 3, 5 epochs. */
const W_INIT = 3;
const EPOCHS = 5;

/** f(x) = 10x² (curvature 20): exercise 1's steeper version of the seed's x². */
const tenXSquared = objectives.quadratic({ A: [[20]] });

/** Exercise 5's hidden rates on the lesson's line fit: 30 epochs each from (0, 0). */
const CURVE_RATES = { A: 0.03, B: 1.0, C: 0.6, D: 0.004 } as const;
const CURVE_TRUTH = { A: "too small", B: "too large", C: "good", D: "too small" } as const;
const DIAGNOSES = ["too small", "good", "too large"];
const mysteryCurves = Object.fromEntries(
  Object.entries(CURVE_RATES).map(([name, lr]) => [
    name,
    minimize(objectives.noisyLineRegression, {
      x0: [0, 0],
      optimizer: sgd({ lr }),
      steps: 30,
      tol: 0,
    }).losses.map((v) => Number(v.toPrecision(4))),
  ]),
) as Record<keyof typeof CURVE_RATES, number[]>;

/** Plain gradient descent for exactly `epochs` updates: the positions x₀ … x_epochs. */
function gdPath(
  objective: Objective,
  start: readonly number[],
  epochs: number,
  lr: number,
): number[][] {
  const run = minimize(objective, { x0: start, optimizer: sgd({ lr }), steps: epochs, tol: 0 });
  const path = run.xs.map((x) => Array.from(x));
  // tol 0 stops early only where the gradient is exactly 0: the point stays there.
  while (path.length < epochs + 1) path.push(path[path.length - 1]);
  return path;
}

type GdVector = (
  wInit: number[],
  grad: (w: number[]) => number[],
  epochs: number,
  lr: number,
) => number[][];

/** Cases for the learner's vector GD: the lesson's line fit, a bowl, and the seed's x² in 1-D. */
const gdCases = [
  {
    objective: objectives.noisyLineRegression,
    what: "the line's loss",
    start: [0, 0],
    epochs: 10,
    lr: 0.5,
  },
  {
    objective: objectives.quadratic({
      A: [
        [1, 0],
        [0, 4],
      ],
    }),
    what: "½x² + 2y²",
    start: [3, -2],
    epochs: 6,
    lr: 0.3,
  },
  { objective: objectives.xSquared, what: "x²", start: [W_INIT], epochs: EPOCHS, lr: 0.1 },
];

function judgeGdVector(GD: GdVector): Verdict {
  if (typeof GD !== "function") {
    return {
      pass: false,
      hint: "pass your function itself, e.g. exercises.lesson02.gdVector(GDVector).",
    };
  }
  for (const { objective, what, start, epochs, lr } of gdCases) {
    const expected = gdPath(objective, start, epochs, lr);
    const grad = (w: number[]) => Array.from(objective.gradient(w));
    const got = GD([...start], grad, epochs, lr);
    const call = `GDVector([${start.join(", ")}], ∇(${what}), ${epochs}, ${lr})`;
    if (!Array.isArray(got)) {
      return {
        pass: false,
        hint: `${call} should return an array of positions, got ${String(got)}.`,
      };
    }
    if (got.length !== epochs + 1) {
      return {
        pass: false,
        hint: `${call} returned ${got.length} positions; it should return ${epochs + 1}: wInit, then w after each of the ${epochs} epochs.`,
      };
    }
    for (let t = 0; t <= epochs; t++) {
      const point = got[t] as unknown;
      const same =
        Array.isArray(point) &&
        point.length === start.length &&
        expected[t].every((v, i) => nearlyEqual(point[i], v));
      if (!same) {
        return {
          pass: false,
          hint: `${call}: position ${t} is [${String(point)}], expected [${expected[t].join(", ")}]. Every epoch updates each wᵢ ← wᵢ − lr·gᵢ with g = grad(w) at the current w, and position 0 is a copy of wInit (copy w before you change it, or every entry ends up the same array).`,
        };
      }
    }
  }
  return { pass: true, note: "The same positions as lrlab's minimize with optimizers.sgd." };
}

/** ∂L/∂b and ∂L/∂w of L(b, w) = (1/2m)·Σ(b + w·xᵢ − yᵢ)², via lrlab's linear regression. */
function lineGradientOf(
  b: number,
  w: number,
  xs: readonly number[],
  ys: readonly number[],
): number[] {
  const loss = objectives.linearRegression({ X: xs, y: ys, fitIntercept: true });
  return Array.from(loss.gradient([b, w]));
}

type LineGradient = (b: number, w: number, xs: number[], ys: number[]) => number[];

function judgeLineGradient(gradient: LineGradient): Verdict {
  const seed = objectives.noisyLineRegression;
  const seedXs = seed.X.map((row) => row[1]);
  const cases: [number, number, number[], number[]][] = [
    [0, 0, seedXs, [...seed.y]],
    [1.5, -0.5, seedXs, [...seed.y]],
    [2, 3, [1, 2, 3], [1, 0, -2]],
  ];
  for (const [b, w, xs, ys] of cases) {
    const expected = lineGradientOf(b, w, xs, ys);
    const got = gradient(b, w, [...xs], [...ys]);
    const call = `lineGradient(${b}, ${w}, xs, ys) with ${xs.length} points`;
    if (!Array.isArray(got) || got.length !== 2 || !got.every(Number.isFinite)) {
      return {
        pass: false,
        hint: `${call} should return two numbers [∂L/∂b, ∂L/∂w], got ${String(got)}.`,
      };
    }
    const close = (i: number, factor = 1) =>
      Math.abs(got[i] - factor * expected[i]) <= 1e-9 * Math.max(1, Math.abs(expected[i]));
    if (close(0) && close(1)) continue;
    if (close(0, 2) && close(1, 2)) {
      return {
        pass: false,
        hint: `${call} is twice too large: L has the factor 1/(2m), so the 2 from the square cancels and ∂L/∂b = (1/m)·Σ(b + w·xᵢ − yᵢ).`,
      };
    }
    return {
      pass: false,
      hint: `${call} returned [${got.join(", ")}], expected [${expected.join(", ")}]. With the residual rᵢ = b + w·xᵢ − yᵢ: ∂L/∂b = mean of rᵢ, ∂L/∂w = mean of rᵢ·xᵢ.`,
    };
  }
  return { pass: true, note: "That is the gradient lrlab's linearRegression computes." };
}

/** Exercises of lesson 02, gradient descent (seed 004, Day 74). */
export const lesson02 = {
  /** The seed's GD for a vector of parameters: GDVector(wInit, grad, epochs, lr) → epochs + 1 positions. */
  gdVector: defineCheck("Your GD for a vector of parameters", judgeGdVector),

  /** A learning rate that takes 10x² from w_init = 3 to |x| < 0.01 within the seed's 5 epochs. */
  rateForFiveEpochsOn10x2: defineCheck(
    "A rate that finishes in 5 epochs on 10x²",
    (lr: number): Verdict => {
      const hint =
        "f'(x) = 20x, so each epoch multiplies x by (1 − 20·lr); you need |1 − 20·lr|⁵ · 3 < 0.01.";
      const notARate = notALearningRate(lr, hint);
      if (notARate) return notARate;
      const end = gdPath(tenXSquared, [W_INIT], EPOCHS, lr)[EPOCHS][0];
      return Math.abs(end) < 0.01
        ? { pass: true, note: `After 5 epochs x = ${end.toPrecision(3)}.` }
        : {
            pass: false,
            hint: `with lr = ${lr}, x after 5 epochs is ${end.toPrecision(4)}, not within 0.01 of 0. ${
              Math.abs(1 - 20 * lr) > 1
                ? "That rate is too large for this steeper function: x grows. "
                : ""
            }${hint}`,
          };
    },
  ),

  /** ∂L/∂b and ∂L/∂w for the line y = b + w·x under L = (1/2m)·Σ(b + w·xᵢ − yᵢ)². */
  lineGradient: defineCheck("Your gradient of the line's loss", judgeLineGradient),

  /** Exercise 5's four loss curves (A to D), from hidden learning rates on the lesson's line fit. */
  mysteryCurves,

  /** Names each of the four mystery curves "too small", "good" or "too large". */
  readLossCurves: defineCheck(
    "Your reading of the loss curves",
    (diagnosis: Record<string, string>): Verdict => {
      if (typeof diagnosis !== "object" || diagnosis === null) {
        return {
          pass: false,
          hint: 'answer with an object such as { A: "good", B: "too small", C: "too large", D: "good" }.',
        };
      }
      const wrong: string[] = [];
      for (const name of Object.keys(CURVE_TRUTH) as (keyof typeof CURVE_TRUTH)[]) {
        const said = diagnosis[name];
        if (!DIAGNOSES.includes(said)) {
          return {
            pass: false,
            hint: `curve ${name}: answer one of ${DIAGNOSES.map((d) => `"${d}"`).join(", ")}, got ${JSON.stringify(said)}.`,
          };
        }
        if (said !== CURVE_TRUTH[name]) wrong.push(name);
      }
      if (wrong.length === 0) {
        return {
          pass: true,
          note: `The rates were A ${CURVE_RATES.A}, B ${CURVE_RATES.B}, C ${CURVE_RATES.C}, D ${CURVE_RATES.D}; the limit 2/L is ${(2 / objectives.noisyLineRegression.smoothness).toFixed(3)}.`,
        };
      }
      return {
        pass: false,
        hint: `${wrong.length} of the 4 are not right yet. A loss that grows means the rate is past the limit, however slowly it grows; a loss that falls steadily but is still far above the others after 30 epochs means the rate is too small; a good rate drops fast and then levels off at the best fit (about 0.023).`,
      };
    },
  ),

  /** Which local minimum of x·cos(x) GD reaches from x₀ = −3 with lr = 0.05. */
  whichMinimum: defineCheck("The minimum reached from x₀ = −3", (x: number) => {
    const run = minimize(objectives.xCos(), {
      x0: [-3],
      optimizer: sgd({ lr: 0.05 }),
      steps: 2000,
    });
    return numberVerdict(
      x,
      run.xs[run.steps][0],
      1e-3,
      "run minimize on objectives.xCos() from x0 = [-3] with optimizers.sgd({ lr: 0.05 }), or look at the slope at −3: which way is downhill?",
    );
  }),
};
