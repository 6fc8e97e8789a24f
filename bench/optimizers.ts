// Optimizer throughput: lrlab's Adam and SGD with momentum on 10⁶ parameters, timed in one run
// against TensorFlow.js (tfjs-core, CPU backend) and against a plain Float64Array loop that reads
// and writes as many arrays as the optimizer does (the memory-bandwidth floor).
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { optimizers } from "lrlab";
import type { Optimizer } from "lrlab";

const SIZE = 1_000_000;
/** lrlab and its floor take turns, 6 rounds of 50 steps each (300 steps). */
const ROUNDS = 6;
const STEPS_PER_ROUND = 50;
/** TF.js is some 20–80× slower: 20 steps keep the whole bench near a minute. */
const TFJS_STEPS = 20;
const WARMUP_STEPS = 3;
const LR = 1e-3;
const MOMENTUM = 0.9;
const TARGET_VS_TFJS = 5;
const TARGET_VS_FLOOR = 1.5;

function collectGarbage() {
  (globalThis as { gc?: () => void }).gc?.();
}

function msFor(steps: number, step: () => void): number {
  const start = performance.now();
  for (let i = 0; i < steps; i++) step();
  return (performance.now() - start) / steps;
}

/**
 * Milliseconds per step of each contender, best round of ROUNDS. The contenders take turns round
 * by round, so that other work on the machine weighs on them alike.
 */
function race(contenders: Array<() => void>): number[] {
  for (const step of contenders) msFor(WARMUP_STEPS, step);
  const best = contenders.map(() => Infinity);
  for (let round = 0; round < ROUNDS; round++) {
    contenders.forEach((step, k) => {
      collectGarbage();
      best[k] = Math.min(best[k], msFor(STEPS_PER_ROUND, step));
    });
  }
  return best;
}

function randomVector(): Float64Array {
  const v = new Float64Array(SIZE);
  for (let i = 0; i < SIZE; i++) v[i] = Math.random() * 2 - 1;
  return v;
}

// The floors: loops of the same shape as the optimizers' (arrays passed in, bound by .length)
// with as little arithmetic as keeps every read and write.

/** Adam's traffic: reads params, grad, expAvg, expAvgSq; writes params, expAvg, expAvgSq. */
function adamTraffic(params: Float64Array, grad: Float64Array, m: Float64Array, v: Float64Array) {
  for (let i = 0; i < params.length; i++) {
    const g = grad[i];
    m[i] += g;
    v[i] += g;
    params[i] -= g;
  }
}

/** SGD momentum's traffic: reads params, grad, momentumBuffer; writes params, momentumBuffer. */
function momentumTraffic(params: Float64Array, grad: Float64Array, buffer: Float64Array) {
  for (let i = 0; i < params.length; i++) {
    const b = buffer[i] + grad[i];
    buffer[i] = b;
    params[i] -= b;
  }
}

/** lrlab against its floor, in milliseconds per step. */
function timeLrlab(
  optimizer: Optimizer,
  floor: (params: Float64Array) => void,
  grad: Float64Array,
) {
  const params = randomVector();
  const floorParams = randomVector();
  const [lrlab, floorMs] = race([() => optimizer.step(params, grad), () => floor(floorParams)]);
  return { lrlab, floor: floorMs };
}

function timeTfjs(optimizer: tf.Optimizer, grad: Float64Array): number {
  const params = tf.variable(tf.tensor1d(Float32Array.from(randomVector())), true, "params");
  const gradient = tf.tensor1d(Float32Array.from(grad));
  const step = () => optimizer.applyGradients({ params: gradient });
  msFor(WARMUP_STEPS, step);
  collectGarbage();
  const ms = msFor(TFJS_STEPS, step);
  optimizer.dispose();
  params.dispose();
  gradient.dispose();
  return ms;
}

const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");

export async function benchOptimizers(): Promise<void> {
  await tf.setBackend("cpu");
  const grad = randomVector();
  const [expAvg, expAvgSq, momentumBuffer] = [0, 1, 2].map(() => new Float64Array(SIZE));
  const rows = [
    {
      name: "adam",
      ...timeLrlab(
        optimizers.adam({ lr: LR }),
        (params) => adamTraffic(params, grad, expAvg, expAvgSq),
        grad,
      ),
      tfjs: timeTfjs(tf.train.adam(LR), grad),
    },
    {
      name: `sgd, momentum ${MOMENTUM}`,
      ...timeLrlab(
        optimizers.sgd({ lr: LR, momentum: MOMENTUM }),
        (params) => momentumTraffic(params, grad, momentumBuffer),
        grad,
      ),
      tfjs: timeTfjs(tf.train.momentum(LR, MOMENTUM), grad),
    },
  ];

  console.log(
    `\n## Optimizer throughput: ${SIZE.toExponential(0)} parameters` +
      `\n\nlrlab and its floor: best of ${ROUNDS} alternating rounds of ${STEPS_PER_ROUND} steps;` +
      ` TF.js: ${TFJS_STEPS} steps. lrlab and the floor work in float64; TF.js's CPU backend` +
      " works in float32 (half the bytes), so this compares throughput, not numerics.\n",
  );
  console.log(
    "| optimizer | lrlab ms/step | TF.js ms/step | floor ms/step | TF.js / lrlab | lrlab / floor |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const { name, lrlab, tfjs, floor } of rows) {
    const speedup = tfjs / lrlab;
    const overFloor = lrlab / floor;
    console.log(
      `| ${name} | ${lrlab.toFixed(2)} | ${tfjs.toFixed(1)} | ${floor.toFixed(2)} | ` +
        `${speedup.toFixed(0)}× ${verdict(speedup >= TARGET_VS_TFJS)} | ` +
        `${overFloor.toFixed(2)}× ${verdict(overFloor <= TARGET_VS_FLOOR)} |`,
    );
  }
  console.log(
    `\nTargets: at least ${TARGET_VS_TFJS}× faster than TF.js; within ${TARGET_VS_FLOOR}× of the floor.`,
  );
}
