import { split } from "../datasets/split";
import { digits } from "../datasets/builtins";
import { standardize } from "../datasets/transform";
import type { Figure } from "../plot/figure";
import { mlp, type Network } from "../objectives/builtins/network/network";
import { adam } from "../optimizers/adam";
import { adamw } from "../optimizers/adamw";
import type { Optimizer } from "../optimizers/optimizer";
import { sgd } from "../optimizers/sgd";
import { training as trainingFigure } from "../plot/training";
import { seededRandom } from "../random";
import { train, type Training } from "../runner/train";
import { warmupCosine } from "../schedules/course/decay";
import { cosineAnnealingLR } from "../schedules/torch/cosine";
import { oneCycleLR } from "../schedules/torch/cyclic";
import { constant } from "../schedules/course/decay";
import { stepLR } from "../schedules/torch/step";
import type { Schedule } from "../schedules/schedule";
import { defineCheck, numberVerdict, type Verdict } from "./check";

/** The lesson's data: digits, a stratified 80/20 split (seed 0), standardized with the training part. */
interface DigitsTask {
  net: Network;
  validation: { X: number[][]; y: readonly number[] };
}

let task: DigitsTask | undefined;

/** The lesson's network (64-32-10, ReLU) on the lesson's split, built once. */
function digitsTask(): DigitsTask {
  if (task === undefined) {
    const parts = split(digits(), { validation: 0.2, seed: 0 });
    const X = standardize(parts.train.X);
    task = {
      net: mlp({ X, y: parts.train.y, hidden: [32], activation: "relu" }),
      validation: { X: standardize(parts.validation.X, parts.train.X), y: parts.validation.y },
    };
  }
  return task;
}

// ── Exercise: a recipe for a tiny budget ────────────────────────────────────────────────────

/** The schedules a recipe may name; each spans the whole budget of T steps. */
export type RecipeSchedule = "constant" | "step" | "cosine" | "warmupCosine" | "oneCycle";

/** A learner's choice of optimizer, learning rate (the peak, for a schedule) and schedule. */
export interface Recipe {
  optimizer: "sgd" | "adam" | "adamw";
  /** The learning rate: the constant rate, or the schedule's peak (maxLr for one cycle). */
  lr: number;
  /** SGD's momentum, 0 ≤ momentum < 1 (default 0; one cycle cycles it 0.95 → 0.85 → 0.95). */
  momentum?: number;
  schedule: RecipeSchedule;
}

/** The budget: one epoch of batches of 64 (23 steps), judged on three fresh seeds. */
export const RECIPE_BUDGET = {
  epochs: 1,
  batchSize: 64,
  seeds: [101, 102, 103],
  accuracy: 0.92,
} as const;

const RECIPE_SCHEDULES: readonly RecipeSchedule[] = [
  "constant",
  "step",
  "cosine",
  "warmupCosine",
  "oneCycle",
];

function recipeSchedule(name: RecipeSchedule, lr: number, steps: number): Schedule {
  switch (name) {
    case "constant":
      return constant({ lr });
    case "step":
      return stepLR({ lr, stepSize: Math.ceil(steps / 3), gamma: 0.1 });
    case "cosine":
      return cosineAnnealingLR({ lr, tMax: steps });
    case "warmupCosine":
      return warmupCosine({ lr, warmupSteps: Math.round(steps / 10), totalSteps: steps });
    case "oneCycle":
      return oneCycleLR({ maxLr: lr, totalSteps: steps });
  }
}

function recipeOptimizer(recipe: Recipe): Optimizer {
  if (recipe.optimizer === "sgd") return sgd({ lr: recipe.lr, momentum: recipe.momentum ?? 0 });
  return recipe.optimizer === "adam" ? adam({ lr: recipe.lr }) : adamw({ lr: recipe.lr });
}

/** Why a recipe is malformed, or undefined when it can be trained. */
function recipeProblem(recipe: Recipe): string | undefined {
  if (typeof recipe !== "object" || recipe === null) {
    return 'the answer should be an object such as { optimizer: "sgd", lr: 0.1, momentum: 0.9, schedule: "cosine" }.';
  }
  const known = ["optimizer", "lr", "momentum", "schedule"];
  const unknown = Object.keys(recipe).find((key) => !known.includes(key));
  if (unknown !== undefined)
    return `"${unknown}" is not part of a recipe: use ${known.join(", ")}.`;
  if (!["sgd", "adam", "adamw"].includes(recipe.optimizer)) {
    return `optimizer should be "sgd", "adam" or "adamw", got ${JSON.stringify(recipe.optimizer)}.`;
  }
  if (typeof recipe.lr !== "number" || !(recipe.lr > 0) || !Number.isFinite(recipe.lr)) {
    return `lr should be a learning rate > 0, got ${String(recipe.lr)}.`;
  }
  if (recipe.momentum !== undefined) {
    if (recipe.optimizer !== "sgd")
      return "momentum is SGD's; Adam and AdamW have β₁ = 0.9 built in.";
    if (typeof recipe.momentum !== "number" || !(recipe.momentum >= 0 && recipe.momentum < 1)) {
      return `momentum should be a number in [0, 1), got ${String(recipe.momentum)}.`;
    }
  }
  if (!RECIPE_SCHEDULES.includes(recipe.schedule)) {
    return `schedule should be one of ${RECIPE_SCHEDULES.map((s) => `"${s}"`).join(", ")}, got ${JSON.stringify(recipe.schedule)}.`;
  }
  return undefined;
}

/** Trains a recipe on the budget with each fresh seed; a diverged run scores 0. */
export function recipeAccuracies(recipe: Recipe): number[] {
  const { net, validation } = digitsTask();
  const steps = RECIPE_BUDGET.epochs * Math.ceil(net.rows / RECIPE_BUDGET.batchSize);
  return RECIPE_BUDGET.seeds.map((seed) => {
    const run = train(net, {
      optimizer: recipeOptimizer(recipe),
      schedule: recipeSchedule(recipe.schedule, recipe.lr, steps),
      epochs: RECIPE_BUDGET.epochs,
      batchSize: RECIPE_BUDGET.batchSize,
      seed,
      validation,
      evaluateEvery: steps,
      progress: false,
    });
    return run.status === "diverged" ? 0 : run.final.validationAccuracy;
  });
}

function judgeRecipe(recipe: Recipe): Verdict {
  const problem = recipeProblem(recipe);
  if (problem !== undefined) return { pass: false, hint: problem };
  const accuracies = recipeAccuracies(recipe);
  const shown = accuracies.map((a) => `${(100 * a).toFixed(1)}%`).join(", ");
  const target = `${100 * RECIPE_BUDGET.accuracy}%`;
  if (accuracies.every((a) => a >= RECIPE_BUDGET.accuracy)) {
    return {
      pass: true,
      note: `On three fresh seeds, after one epoch (23 steps): ${shown}, all ≥ ${target}.`,
    };
  }
  return {
    pass: false,
    hint:
      `on three fresh seeds your recipe reached ${shown} after one epoch; every one must reach ${target}. ` +
      "23 steps is a tiny budget: the rates that were best over 10 epochs are too timid here. " +
      "Go bolder, close to where the sweep started to fail, and consider letting the rate fall by the end.",
  };
}

// ── Exercise: read the curves ───────────────────────────────────────────────────────────────

/** The three diagnoses of a loss curve. */
export type Diagnosis = "too low" | "just right" | "too high";

const DIAGNOSES: readonly Diagnosis[] = ["too low", "just right", "too high"];

/** Plain SGD learning rates of each kind on the lesson's network (log-uniform in each range). */
const QUIZ_RATES: Record<Diagnosis, readonly [number, number]> = {
  "too low": [4e-4, 2e-3],
  "just right": [0.1, 0.5],
  "too high": [2.5, 5],
};

/** A quiz: four training-loss curves labelled A–D, in an order only the check knows. */
export interface CurveQuiz {
  /** plot.training's figure of the four runs, loss panel only: show(quiz.figure). */
  readonly figure: Figure;
  /** The quiz's seed: the same seed gives the same quiz. */
  readonly seed: number;
}

const quizKeys = new WeakMap<CurveQuiz, readonly Diagnosis[]>();

/**
 * Four curves on the lesson's network, each trained with plain SGD for 3 epochs at a rate that
 * is too low, just right or too high; every kind appears at least once, in random order.
 */
function curveQuiz(seed?: number): CurveQuiz {
  const quizSeed = seed ?? Math.floor(Math.random() * 2 ** 31);
  const random = seededRandom(quizSeed);
  const kinds: Diagnosis[] = [...DIAGNOSES, DIAGNOSES[Math.floor(random() * 3)]];
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
  }
  const { net } = digitsTask();
  const runs: Training[] = kinds.map((kind, i) => {
    const [low, high] = QUIZ_RATES[kind];
    const lr = low * (high / low) ** random();
    return train(net, {
      optimizer: sgd({ lr }),
      epochs: 3,
      seed: 1000 + Math.floor(random() * 1000),
      progress: false,
      label: `curve ${"ABCD"[i]}`,
    });
  });
  const quiz: CurveQuiz = Object.freeze({
    figure: trainingFigure(runs, {
      panels: ["loss"],
      logLoss: true,
      title: "Which rate is too low, just right, too high?",
      height: 420,
    }),
    seed: quizSeed,
  });
  quizKeys.set(quiz, kinds);
  return quiz;
}

function judgeCurves({ quiz, answer }: { quiz: CurveQuiz; answer: readonly Diagnosis[] }): Verdict {
  const key = quizKeys.get(quiz);
  if (key === undefined) {
    return {
      pass: false,
      hint: "pass the quiz made by exercises.lesson09.curveQuiz(), then your four diagnoses.",
    };
  }
  if (
    !Array.isArray(answer) ||
    answer.length !== 4 ||
    !answer.every((a) => DIAGNOSES.includes(a))
  ) {
    return {
      pass: false,
      hint: 'answer with four diagnoses, for curves A, B, C and D in order, each "too low", "just right" or "too high".',
    };
  }
  const wrong = answer.flatMap((a, i) => (a === key[i] ? [] : ["ABCD"[i]]));
  if (wrong.length === 0) {
    return { pass: true, note: "Each curve's shape gave its rate away." };
  }
  return {
    pass: false,
    hint:
      `${4 - wrong.length} of 4 right; look again at curve${wrong.length > 1 ? "s" : ""} ${wrong.join(", ")}. ` +
      "Too low: the loss creeps down from ln 10 ≈ 2.3 and is still high at the end. Just right: it falls " +
      "fast, then keeps falling. Too high: it rises, explodes, or the run stops early. Each kind appears at least once.",
  };
}

const readCurvesCheck = defineCheck("Reading the loss curves", judgeCurves);

/** Exercises of lesson 09, learning rates on a real network. */
export const lesson09 = {
  /**
   * AdamW's decay alone over T = 450 steps at lr η = 0.003 and weightDecay λ = 0.1: (1 − ηλ)^T.
   *
   * Example:
   *
   * ```ts
   * exercises.lesson09.adamwShrink((1 - 0.003 * 0.1) ** 450).passed; // → true
   * ```
   */
  adamwShrink: defineCheck("AdamW's shrink over 450 steps", (factor: number) =>
    numberVerdict(
      factor,
      (1 - 0.003 * 0.1) ** 450,
      1e-4,
      "each step multiplies every weight by 1 − ηλ before Adam's update; 450 steps multiply 450 of those factors.",
    ),
  ),

  /**
   * Trains the learner's recipe on the lesson's network for one epoch of batches of 64, on three
   * fresh seeds; it passes when every run reaches 92% validation accuracy.
   *
   * Example:
   *
   * ```ts
   * exercises.lesson09.recipe({ optimizer: "sgd", lr: 0.01, schedule: "constant" }).passed; // → false
   * ```
   */
  recipe: defineCheck("Your recipe for one epoch", judgeRecipe),

  /**
   * A new quiz of four loss curves (seeded, or random when no seed is given) for `readCurves`.
   *
   * Example:
   *
   * ```ts
   * const quiz = exercises.lesson09.curveQuiz(7);
   * quiz.figure.data.length; // → 8 (each curve's epoch loss and its faint batch loss)
   * ```
   */
  curveQuiz,

  /**
   * Checks the learner's diagnoses of a quiz's curves A–D: each "too low", "just right" or
   * "too high".
   *
   * Example:
   *
   * ```ts
   * const quiz = exercises.lesson09.curveQuiz(7);
   * exercises.lesson09.readCurves(quiz, ["too low", "too low", "too low", "too low"]).passed; // → false
   * ```
   */
  readCurves: (quiz: CurveQuiz, answer: readonly Diagnosis[]) => readCurvesCheck({ quiz, answer }),
};
