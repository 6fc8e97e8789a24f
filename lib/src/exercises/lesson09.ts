import type { Figure } from "../plot/figure";
import { adam } from "../optimizers/adam";
import { adamw } from "../optimizers/adamw";
import type { Optimizer } from "../optimizers/optimizer";
import { sgd } from "../optimizers/sgd";
import { training as trainingFigure } from "../plot/training";
import { seededRandom, shuffle } from "../random";
import { train, type Training } from "../runner/train";
import { warmupCosine } from "../schedules/course/decay";
import { cosineAnnealingLR } from "../schedules/torch/cosine";
import { oneCycleLR } from "../schedules/torch/cyclic";
import { constant } from "../schedules/course/decay";
import { stepLR } from "../schedules/torch/step";
import type { Schedule } from "../schedules/schedule";
import { defineCheck, numberVerdict, type Verdict } from "./check";
import { digitsData, digitsNetwork } from "./digits";

/** The lesson's network (64-32-10, ReLU) on the lesson's split of digits, built once. */
const lessonNetwork = () => digitsNetwork([32]);

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

/**
 * The budget: one epoch in batches of 256 (6 steps), judged by the mean validation accuracy over
 * five fresh seeds. Over 30 seeds, every constant plain-SGD rate averages at most 85.5% here (the
 * lesson's best 10-epoch rate, η = 1, 83.0%), while a bold rate that anneals (η = 3, cosine)
 * averages 89.9% and Adam at 0.07–0.1 about 90.5%: the bar sits between the two.
 */
const RECIPE_BUDGET = {
  epochs: 1,
  batchSize: 256,
  seeds: [101, 102, 103, 104, 105],
  accuracy: 0.88,
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

/** The recipe's optimizer, with its schedule over `steps` as the rate. */
function recipeOptimizer(recipe: Recipe, steps: number): Optimizer {
  const lr = recipeSchedule(recipe.schedule, recipe.lr, steps);
  if (recipe.optimizer === "sgd") return sgd({ lr, momentum: recipe.momentum ?? 0 });
  return recipe.optimizer === "adam" ? adam({ lr }) : adamw({ lr });
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
function recipeAccuracies(recipe: Recipe): number[] {
  const net = lessonNetwork();
  const { validation } = digitsData();
  const steps = RECIPE_BUDGET.epochs * Math.ceil(net.rows / RECIPE_BUDGET.batchSize);
  return RECIPE_BUDGET.seeds.map((seed) => {
    const run = train(net, {
      optimizer: recipeOptimizer(recipe, steps),
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
  const average = accuracies.reduce((s, a) => s + a, 0) / accuracies.length;
  const shown = `mean ${(100 * average).toFixed(1)}% (${accuracies.map((a) => `${(100 * a).toFixed(1)}%`).join(", ")})`;
  const target = `${100 * RECIPE_BUDGET.accuracy}%`;
  const seeds = RECIPE_BUDGET.seeds.length;
  if (average >= RECIPE_BUDGET.accuracy) {
    const perImage =
      recipe.optimizer === "sgd" && !recipe.momentum
        ? ` Your peak η/B is ${recipe.lr}/${RECIPE_BUDGET.batchSize} ≈ ${(recipe.lr / RECIPE_BUDGET.batchSize).toPrecision(2)}, against 1/32 ≈ 0.031 for the sweep's best: ` +
          `a batch 8 times larger averages out noise${recipe.lr >= 2 ? ", so a peak past the 10-epoch cliff (η = 2 diverged there) is usable for the few steps there are" : ""}.`
        : "";
    return {
      pass: true,
      note: `On ${seeds} fresh seeds, after one epoch of 6 steps: ${shown} ≥ ${target}. Six steps must each travel far, and the last ones must land.${perImage}`,
    };
  }
  return {
    pass: false,
    hint:
      `on ${seeds} fresh seeds your recipe reached ${shown} after one epoch of 6 steps; the mean must reach ${target}. ` +
      "Six steps is a tiny budget: each step has to travel far, and yet the last steps have to land, not bounce. The batches are 8 times larger than the sweep's, so each gradient is less noisy. " +
      "Think about the peak rate, and about what the rate should be doing at the end.",
  };
}

// ── Exercise: read the curves ───────────────────────────────────────────────────────────────

/** The three diagnoses of a loss curve. */
export type Diagnosis = "too low" | "just right" | "too high";

const DIAGNOSES: readonly Diagnosis[] = ["too low", "just right", "too high"];

/**
 * Plain SGD learning rates of each kind on the lesson's network, 3 epochs in batches of 32 (each
 * range log-uniform). Measured over 16 seeds: 0.006–0.03 ends with a training loss of 0.97–2.2,
 * still falling smoothly; 0.1–0.7 ends at 0.03–0.27 without a rise between epochs. "Too high" is
 * either a rate that survives but bursts (1.6–1.9: losses rise between epochs, end at 1.5 or more)
 * or one that diverges (2.2–4). Rates from 1 to 1.5 are left out: on some seeds they look just
 * right (η = 1.2 can end at 0.05), on others too high.
 */
const QUIZ_RATES: Record<Diagnosis, readonly (readonly [number, number])[]> = {
  "too low": [[0.006, 0.03]],
  "just right": [[0.1, 0.7]],
  "too high": [
    [1.6, 1.9],
    [2.2, 4],
  ],
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
 * Seeds of quizzes that have been answered wrongly. A quiz gets one scored answer: after a miss,
 * it (and any quiz made again from its seed) is spent, so trying answers one after the other
 * cannot find the key.
 */
const spentSeeds = new Set<number>();

/**
 * Four curves on the lesson's network, each trained with plain SGD for 3 epochs at a rate that
 * is too low, just right or too high; every kind appears at least once, in random order.
 */
function curveQuiz(seed?: number): CurveQuiz {
  const quizSeed = seed ?? Math.floor(Math.random() * 2 ** 31);
  const random = seededRandom(quizSeed);
  const kinds: Diagnosis[] = [...DIAGNOSES, DIAGNOSES[Math.floor(random() * 3)]];
  shuffle(kinds, random);
  const net = lessonNetwork();
  const runs: Training[] = kinds.map((kind, i) => {
    const ranges = QUIZ_RATES[kind];
    const [low, high] = ranges[Math.floor(random() * ranges.length)];
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

/** The key of a quiz made by curveQuiz (for the tests; the lesson's learners answer instead). */
export function curveQuizKey(quiz: CurveQuiz): readonly Diagnosis[] | undefined {
  return quizKeys.get(quiz);
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
  if (spentSeeds.has(quiz.seed)) {
    return {
      pass: false,
      hint:
        "this quiz has already had its answer. Make a new one with exercises.lesson09.curveQuiz() " +
        "(run the cell that makes and shows it again), then read its four curves.",
    };
  }
  const right = answer.filter((a, i) => a === key[i]).length;
  if (right === 4) {
    return { pass: true, note: "Each curve's shape gave its rate away." };
  }
  spentSeeds.add(quiz.seed);
  return {
    pass: false,
    hint:
      `${right} of 4 right. Each quiz takes one answer, so run the cell that makes the quiz again for four new curves. ` +
      "Too low: the loss falls smoothly but slowly, and is still far above the good runs' at the end. Just right: it falls " +
      "fast, then keeps falling. Too high: the loss jumps back up between epochs and ends high, or it explodes and the run " +
      "stops early. Each kind appears at least once.",
  };
}

const readCurvesCheck = defineCheck("Reading the loss curves", judgeCurves);

// ── Exercise: AdamW's decay for a new rate and budget ──────────────────────────────────────────

/** λ with (1 − 0.008λ)^1350 = (1 − 0.003 · 0.1)^450: the same total shrink as the lesson's run. */
const ADAMW_DECAY = (1 - (1 - 0.003 * 0.1) ** (450 / 1350)) / 0.008;

/** Exercises of lesson 09, learning rates on a real network. */
export const lesson09 = {
  /**
   * The weight decay λ that keeps AdamW's total decay when the run changes: the lesson's run used
   * η = 0.003, λ = 0.1 for T = 450 steps; the new run uses η = 0.008 for T = 1350 steps. The decay
   * alone shrinks the weights by (1 − ηλ)^T ≈ e^(−ηλT), so ηλT must stay 0.135: λ = 0.0125.
   * Accepted within 1% (relative), which takes the exact (1 − ηλ)^T answer, 0.012501, as well.
   *
   * Example:
   *
   * ```ts
   * exercises.lesson09.adamwDecay((0.003 * 0.1 * 450) / (0.008 * 1350)).passed; // → true
   * ```
   */
  adamwDecay: defineCheck("AdamW's weight decay for a new rate and budget", (lambda: number) =>
    numberVerdict(
      lambda,
      ADAMW_DECAY,
      0.01 * ADAMW_DECAY,
      "the decay alone multiplies the weights by 1 − ηλ at every step, (1 − ηλ)^T ≈ e^(−ηλT) over a run. " +
        "Both η and T changed; find the λ that gives the new run the same shrink as the old one.",
    ),
  ),

  /**
   * Trains the learner's recipe on the lesson's network for one epoch in batches of 256 (6 steps)
   * on five fresh seeds; it passes when their mean validation accuracy reaches 88%.
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
   * "too high". A miss says how many are right, not which, and spends the quiz: the next try
   * needs a new quiz, so answers cannot be found by elimination.
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
