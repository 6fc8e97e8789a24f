import { describe, expect, it, vi } from "vitest";
import { exercises } from "../../../lib/src/exercises";
import type { Diagnosis } from "../../../lib/src/exercises/lesson09";
import { expectChecks } from "./expect-checks";

const { lesson09 } = exercises;
const DIAGNOSES: Diagnosis[] = ["too low", "just right", "too high"];

/** Every possible answer to a quiz: 3⁴ lists of four diagnoses. */
const everyAnswer: Diagnosis[][] = Array.from({ length: 81 }, (_, k) =>
  [0, 1, 2, 3].map((i) => DIAGNOSES[Math.floor(k / 3 ** i) % 3]),
);

/** The one answer a quiz accepts, found by trying them all (the key itself stays private). */
function keyOf(quiz: ReturnType<typeof lesson09.curveQuiz>): Diagnosis[][] {
  const quiet = vi.spyOn(console, "log").mockImplementation(() => {});
  try {
    return everyAnswer.filter((answer) => lesson09.readCurves(quiz, answer).passed);
  } finally {
    quiet.mockRestore();
  }
}

describe("lesson 09 checks", () => {
  const quiz = lesson09.curveQuiz(3);
  const [key] = keyOf(quiz);

  expectChecks(
    {
      adamwShrink: lesson09.adamwShrink,
      recipe: lesson09.recipe,
      readCurves: (answer: Diagnosis[]) => lesson09.readCurves(quiz, answer),
    },
    {
      // (1 − 3e-4)^450 ≈ 0.8737.
      adamwShrink: {
        right: (1 - 0.003 * 0.1) ** 450,
        wrong: 1 - 0.003 * 0.1 * 450 * 2,
        trivial: { "one step's factor 1 − ηλ": 1 - 0.003 * 0.1, "no shrink": 1 },
      },
      // Bold plain SGD at the edge of the sweep's good range: ≥ 94% on every fresh seed.
      recipe: {
        right: { optimizer: "sgd", lr: 1.5, schedule: "constant" },
        // The lesson's best recipe over 10 epochs is too timid for one epoch (about 88%).
        wrong: { optimizer: "sgd", lr: 0.1, momentum: 0.9, schedule: "constant" },
        trivial: {
          "a small constant rate": { optimizer: "sgd", lr: 0.01, schedule: "constant" },
          "Adam's default rate": { optimizer: "adam", lr: 0.001, schedule: "constant" },
          "2/L of the logistic baseline": { optimizer: "sgd", lr: 0.5375, schedule: "constant" },
          "the range test's valley": {
            optimizer: "sgd",
            lr: 0.026,
            momentum: 0.9,
            schedule: "constant",
          },
          "the lesson's one cycle over 10 epochs": {
            optimizer: "sgd",
            lr: 0.1,
            momentum: 0.9,
            schedule: "oneCycle",
          },
          "a rate past the edge": { optimizer: "sgd", lr: 5, schedule: "cosine" },
          "the placeholder": { optimizer: "sgd", lr: 0, schedule: "constant" },
          "a misspelt schedule": { optimizer: "sgd", lr: 1.5, schedule: "cosineAnnealing" },
        },
      },
      readCurves: {
        right: key,
        wrong: key.map((d) => (d === "too low" ? "too high" : d === "too high" ? "too low" : d)),
        trivial: Object.fromEntries(DIAGNOSES.map((d) => [`"${d}" for every curve`, [d, d, d, d]])),
      },
    },
  );

  it("accepts other good recipes: Adam at a bold rate, annealed SGD with momentum", () => {
    expect(lesson09.recipe({ optimizer: "adam", lr: 0.03, schedule: "constant" }).passed).toBe(
      true,
    );
    expect(
      lesson09.recipe({ optimizer: "sgd", lr: 2, momentum: 0, schedule: "cosine" }).passed,
    ).toBe(true);
  });

  it("makes quizzes with exactly one right answer, every kind present, so no constant passes", () => {
    for (const seed of [0, 1, 2, 3, 4, 5]) {
      const q = lesson09.curveQuiz(seed);
      const keys = keyOf(q);
      expect(keys).toHaveLength(1);
      expect(new Set(keys[0]).size).toBe(3);
    }
  });

  it("draws curves that look like their diagnosis, and the figure does not give the rate away", () => {
    for (const seed of [3, 11]) {
      const q = lesson09.curveQuiz(seed);
      const [answer] = keyOf(q);
      type Trace = { name: string; y: (number | null)[]; opacity?: number; showlegend?: boolean };
      const epochLines = (q.figure.data as Trace[]).filter((t) => t.opacity === undefined);
      expect(epochLines.map((t) => t.name)).toEqual(["curve A", "curve B", "curve C", "curve D"]);
      epochLines.forEach((line, i) => {
        const values = line.y.filter((v): v is number => v !== null);
        const last = values[values.length - 1];
        if (answer[i] === "too low") expect(last).toBeGreaterThan(1.2);
        if (answer[i] === "just right") expect(last).toBeLessThan(0.3);
        if (answer[i] === "too high") expect(values.length < 4 || last > 1).toBe(true);
      });
      expect(JSON.stringify(q.figure)).not.toMatch(/lr=|learning rate/);
    }
  });

  it("is the same quiz for the same seed, and rejects a quiz it did not make", () => {
    expect(keyOf(lesson09.curveQuiz(3))).toEqual([key]);
    const forged = { figure: quiz.figure, seed: 3 };
    expect(lesson09.readCurves(forged, key).passed).toBe(false);
  });
});
