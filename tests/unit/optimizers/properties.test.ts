// Property tests (fast-check) for the optimizers' defining behaviour.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { optimizers } from "../../../lib/src/optimizers";
import type { Optimizer } from "../../../lib/src/optimizers";
import { optimizerNames } from "./optimizer-db";

/** Each optimizer with settings that exercise its options (a test checks optimizer-db has the same). */
const allFactories: Record<keyof typeof optimizers, (lr: number) => Optimizer> = {
  sgd: (lr) => optimizers.sgd({ lr, momentum: 0.9, nesterov: true, weightDecay: 0.01 }),
  classicMomentum: (lr) => optimizers.classicMomentum({ lr }),
  adagrad: (lr) => optimizers.adagrad({ lr, lrDecay: 0.1 }),
  rmsprop: (lr) => optimizers.rmsprop({ lr, centered: true, momentum: 0.5 }),
  adadelta: (lr) => optimizers.adadelta({ lr }),
  adam: (lr) => optimizers.adam({ lr, amsgrad: true }),
  adamw: (lr) => optimizers.adamw({ lr }),
  adamax: (lr) => optimizers.adamax({ lr }),
  nadam: (lr) => optimizers.nadam({ lr, decoupledWeightDecay: true, weightDecay: 0.1 }),
  radam: (lr) => optimizers.radam({ lr }),
  polyakSgd: (lr) => optimizers.polyakSgd({ scaling: lr, maxLr: 10 }),
  dog: (lr) => optimizers.dog({ lr, weightDecay: 0.01 }),
  dowg: (lr) => optimizers.dowg({ lr }),
  dadaptAdamw: (lr) => optimizers.dadaptAdamw({ lr, weightDecay: 0.01 }),
  prodigy: (lr) => optimizers.prodigy({ lr }),
  scheduleFreeSgd: (lr) => optimizers.scheduleFreeSgd({ lr, b1: 0.8, weightDecay: 0.01 }),
  scheduleFreeAdamw: (lr) => optimizers.scheduleFreeAdamw({ lr, weightDecay: 0.01 }),
  cocob: (lr) => optimizers.cocob({ lr }),
  momo: (lr) => optimizers.momo({ lr, adaptLowerBound: true }),
  momoAdam: (lr) => optimizers.momoAdam({ lr }),
  lion: (lr) => optimizers.lion({ lr }),
};
/** The loss passed with every step: polyakSgd, momo and momoAdam read it, the others ignore it. */
const LOSS = 1;
/**
 * As in optax, D-Adaptation's and Prodigy's estimate is 0/0 = NaN, and so are the parameters after
 * it, when lr = 0 or when every gradient of the first step is exactly 0.
 */
const nanOnZeroFirstStep = ["dadaptAdamw", "prodigy"];
/**
 * Schedule-Free recomputes y from x and z every step, so with lr = 0 it moves by rounding (a few
 * units in the last place), as optax does.
 */
const roundsWithZeroLr = ["scheduleFreeSgd", "scheduleFreeAdamw"];
const names = optimizerNames;

const finiteDouble = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
/**
 * A gradient coordinate: 0 or of magnitude 1e-3 to 10. (Subnormal gradients underflow to no step at
 * all, and a step far below θ's last place is lost to rounding; neither is what these test.)
 */
const coordinate = fc.oneof(fc.constant(0), finiteDouble(1e-3, 10), finiteDouble(-10, -1e-3));
/** Gradient sequences: up to `steps` vectors of `size` coordinates. */
const gradients = (size: number, steps: number) =>
  fc.array(fc.array(coordinate, { minLength: size, maxLength: size }), {
    minLength: 1,
    maxLength: steps,
  });

describe("plain gradient descent on a convex quadratic", () => {
  test("with η < 2/L the loss never rises", () => {
    // f(θ) = ½ Σ λᵢθᵢ², 0 < λᵢ ≤ L; each coordinate is scaled by |1 − ηλᵢ| < 1.
    fc.assert(
      fc.property(
        fc.array(finiteDouble(0.01, 100), { minLength: 1, maxLength: 8 }),
        finiteDouble(0.001, 0.999),
        fc.array(finiteDouble(-100, 100), { minLength: 8, maxLength: 8 }),
        (curvatures, fraction, start) => {
          const L = Math.max(...curvatures);
          const opt = optimizers.sgd({ lr: (fraction * 2) / L });
          const theta = Float64Array.from(start.slice(0, curvatures.length));
          const loss = () => curvatures.reduce((sum, c, i) => sum + 0.5 * c * theta[i] ** 2, 0);
          let previous = loss();
          for (let t = 0; t < 50; t++) {
            opt.step(
              theta,
              curvatures.map((c, i) => c * theta[i]),
            );
            const current = loss();
            expect(current).toBeLessThanOrEqual(previous);
            previous = current;
          }
        },
      ),
    );
  });
});

describe("Adam's step per coordinate stays near lr", () => {
  test("|Δθᵢ| ≤ γ·B(t), with B(1) = 1, for any gradients", () => {
    // Cauchy–Schwarz on m = Σ(1−β₁)β₁^(t−k)gₖ against v = Σ(1−β₂)β₂^(t−k)gₖ² gives
    // |m̂|/√v̂ ≤ √(1−β₂ᵗ)/(1−β₁ᵗ) · (1−β₁)/√(1−β₂) · √(Σ_{j<t} (β₁²/β₂)ʲ).
    const [beta1, beta2] = [0.9, 0.999];
    const bound = (t: number) => {
      let sum = 0;
      for (let j = 0; j < t; j++) sum += (beta1 ** 2 / beta2) ** j;
      return (
        (Math.sqrt(1 - beta2 ** t) / (1 - beta1 ** t)) *
        ((1 - beta1) / Math.sqrt(1 - beta2)) *
        Math.sqrt(sum)
      );
    };
    expect(bound(1)).toBeCloseTo(1, 14);
    fc.assert(
      fc.property(finiteDouble(1e-4, 1), gradients(3, 30), (lr, grads) => {
        const opt = optimizers.adam({ lr });
        const theta = new Float64Array(3);
        grads.forEach((g, t) => {
          const before = theta.slice();
          opt.step(theta, g);
          for (let i = 0; i < 3; i++) {
            expect(Math.abs(theta[i] - before[i])).toBeLessThanOrEqual(
              lr * bound(t + 1) * (1 + 1e-12),
            );
          }
        });
      }),
    );
  });

  test("with a steady gradient every step is lr in magnitude, whatever the gradient's scale", () => {
    fc.assert(
      fc.property(
        finiteDouble(1e-4, 1),
        fc.array(finiteDouble(1e-2, 1e3), { minLength: 1, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        (lr, magnitudes, signs) => {
          const g = magnitudes.map((m, i) => (signs[i] ? m : -m));
          const opt = optimizers.adam({ lr });
          const theta = new Float64Array(g.length);
          for (let t = 0; t < 20; t++) {
            const before = theta.slice();
            opt.step(theta, g);
            g.forEach((gi, i) => {
              const delta = theta[i] - before[i];
              expect(Math.sign(delta)).toBe(-Math.sign(gi));
              expect(Math.abs(delta) / lr).toBeCloseTo(1, 5);
            });
          }
        },
      ),
    );
  });
});

describe("AdaGrad", () => {
  test("the accumulator never shrinks and each effective learning rate never rises", () => {
    fc.assert(
      fc.property(gradients(3, 20), finiteDouble(0, 1), (grads, lrDecay) => {
        const opt = optimizers.adagrad({ lr: 0.5, lrDecay, trackEffectiveLr: true });
        const theta = new Float64Array(3);
        let sum: Float64Array = new Float64Array(3);
        const rate = Float64Array.of(Infinity, Infinity, Infinity);
        for (const g of grads) {
          opt.step(theta, g);
          const { buffers, effectiveLr } = opt.state;
          for (let i = 0; i < 3; i++) {
            expect(buffers.sum[i]).toBeGreaterThanOrEqual(sum[i]);
            if (g[i] !== 0) {
              expect(effectiveLr![i]).toBeLessThanOrEqual(rate[i] * (1 + 1e-12));
              rate[i] = effectiveLr![i];
            }
          }
          sum = buffers.sum;
        }
      }),
    );
  });
});

describe("every optimizer", () => {
  test("has a factory here, and only those in optimizer-db", () => {
    expect(Object.keys(allFactories).sort()).toEqual([...optimizerNames].sort());
  });

  test.each(names)("%s: the first step moves each coordinate against its gradient", (name) => {
    const factory = allFactories[name];
    fc.assert(
      fc.property(fc.array(coordinate, { minLength: 1, maxLength: 5 }), (g) => {
        fc.pre(!nanOnZeroFirstStep.includes(name) || g.some((gi) => gi !== 0));
        const theta = new Float64Array(g.length);
        factory(0.01).step(theta, g, LOSS);
        g.forEach((gi, i) => expect(Math.sign(theta[i])).toBe(gi === 0 ? 0 : -Math.sign(gi)));
      }),
    );
  });

  test.each(names.filter((name) => ![...nanOnZeroFirstStep, ...roundsWithZeroLr].includes(name)))(
    "%s: with lr = 0 the parameters never move",
    (name) => {
      fc.assert(
        fc.property(
          fc.array(finiteDouble(-5, 5), { minLength: 3, maxLength: 3 }),
          gradients(3, 10),
          (start, grads) => {
            const theta = Float64Array.from(start);
            const opt = allFactories[name](0);
            for (const g of grads) opt.step(theta, g, LOSS);
            start.forEach((value, i) => expect(theta[i] === value).toBe(true));
          },
        ),
      );
    },
  );

  test.each(names)("%s: after reset() it retraces a fresh optimizer's trajectory", (name) => {
    fc.assert(
      fc.property(gradients(2, 12), (grads) => {
        const run = (opt: Optimizer) => {
          const theta = Float64Array.of(1, -1);
          return grads.map((g) => (opt.step(theta, g, LOSS), [...theta]));
        };
        const opt = allFactories[name](0.05);
        const first = run(opt);
        opt.reset();
        expect(opt.state.step).toBe(0);
        expect(run(opt)).toEqual(first);
        expect(run(allFactories[name](0.05))).toEqual(first);
      }),
    );
  });
});

describe("classic momentum and PyTorch's SGD momentum", () => {
  test("with a constant lr they trace the same trajectory (v = −γb)", () => {
    fc.assert(
      fc.property(
        finiteDouble(1e-3, 1),
        finiteDouble(0.01, 0.99),
        gradients(2, 30),
        (lr, momentum, grads) => {
          const classic = optimizers.classicMomentum({ lr, momentum });
          const torchForm = optimizers.sgd({ lr, momentum });
          const a = Float64Array.of(1, -1);
          const b = Float64Array.of(1, -1);
          for (const g of grads) {
            classic.step(a, g);
            torchForm.step(b, g);
            const velocity = classic.state.buffers.velocity;
            const buffer = torchForm.state.buffers.momentumBuffer;
            for (let i = 0; i < 2; i++) {
              const scale = 1e-12 * (1 + Math.abs(b[i]) + lr * Math.abs(buffer[i]));
              expect(Math.abs(a[i] - b[i])).toBeLessThanOrEqual(scale * grads.length);
              expect(Math.abs(velocity[i] + lr * buffer[i])).toBeLessThanOrEqual(
                scale * grads.length,
              );
            }
          }
        },
      ),
    );
  });
});
