// One record per optimizer, in the spirit of PyTorch's optim_db: where its numbers come from, what
// it reads and exposes, options it must accept and options it must reject (with the message). The
// validation tests are generated from these records, and a test checks that every factory in
// `optimizers` has one, so adding an optimizer is adding one record here.
import type { optimizers } from "../../../lib/src/optimizers";

type Options = Record<string, unknown>;

export interface OptimizerRecord {
  /** The factory's name in `optimizers`. */
  readonly name: keyof typeof optimizers;
  /** Whose numerics it reproduces, and where the reference trajectories are. */
  readonly reference: "torch" | "optax" | "hand-worked";
  /** What `optimizer.momentum` is: PyTorch's momentum, β₁ (or b1/beta), or none. */
  readonly momentum: "momentum" | "beta1" | "none";
  /** Whether step needs the loss as its third argument. */
  readonly readsLoss: boolean;
  /** Whether it has `evalParams` (Schedule-Free). */
  readonly evalParams: boolean;
  /** Options it must accept, including the edges of every range. */
  readonly valid: readonly Options[];
  /** Options it must reject, with (the start of) the message. */
  readonly invalid: readonly (readonly [Options, string])[];
}

const NEG_LR: readonly [Options, string] = [
  { lr: -0.1 },
  "lr must be a finite number ≥ 0, got -0.1",
];
const NAN_LR: readonly [Options, string] = [{ lr: NaN }, "lr must be a finite number ≥ 0, got NaN"];
const STRING_LR: readonly [Options, string] = [
  { lr: "0.1" },
  'lr must be a number ≥ 0 or a Schedule such as schedules.stepLR({ lr: 0.1, stepSize: 30 }), got "0.1"',
];
const LR = [NEG_LR, NAN_LR, STRING_LR] as const;
const eps = (value: number, got = String(value)): readonly [Options, string] => [
  { eps: value },
  `eps must be a finite number ≥ 0, got ${got}`,
];
const decay: readonly [Options, string] = [
  { weightDecay: -0.01 },
  "weightDecay must be a finite number ≥ 0, got -0.01",
];
const BETAS = [
  [{ betas: [1, 0.999] }, "betas[0] must be a number in [0, 1), got 1"],
  [{ betas: [0.9, -0.1] }, "betas[1] must be a number in [0, 1), got -0.1"],
  [{ betas: [0.9] }, "betas must be a pair [beta1, beta2], got [0.9] (length 1)"],
] as const;

export const optimizerDb: readonly OptimizerRecord[] = [
  {
    name: "sgd",
    reference: "torch",
    momentum: "momentum",
    readsLoss: false,
    evalParams: false,
    valid: [{ lr: 0 }, { nesterov: true, momentum: 0.9 }, { dampening: -1 }],
    invalid: [
      ...LR,
      decay,
      [{ momentum: -0.9 }, "momentum must be a finite number ≥ 0, got -0.9"],
      [{ dampening: Infinity }, "dampening must be a finite number, got Infinity"],
      [
        { nesterov: true },
        "nesterov must be false when momentum = 0 and dampening = 0 (Nesterov momentum requires momentum > 0 and dampening = 0), got true",
      ],
      [
        { nesterov: true, momentum: 0.9, dampening: 0.1 },
        "nesterov must be false when momentum = 0.9 and dampening = 0.1",
      ],
      [{ trackEffectiveLr: null }, "trackEffectiveLr must be true or false, got null"],
      [0.1 as unknown as Options, "sgd options must be an object such as { lr: 0.01 }, got 0.1"],
    ],
  },
  {
    name: "classicMomentum",
    reference: "hand-worked",
    momentum: "momentum",
    readsLoss: false,
    evalParams: false,
    valid: [{ lr: 0, momentum: 0 }],
    invalid: [...LR, [{ momentum: -0.9 }, "momentum must be a finite number ≥ 0, got -0.9"]],
  },
  {
    name: "adagrad",
    reference: "torch",
    momentum: "none",
    readsLoss: false,
    evalParams: false,
    valid: [{ lr: 0, lrDecay: 0, initialAccumulatorValue: 0 }],
    invalid: [
      ...LR,
      eps(-1e-8, "-1e-8"),
      decay,
      [{ lrDecay: -1 }, "lrDecay must be a finite number ≥ 0, got -1"],
      [
        { initialAccumulatorValue: -1 },
        "initialAccumulatorValue must be a finite number ≥ 0, got -1",
      ],
    ],
  },
  {
    name: "rmsprop",
    reference: "torch",
    momentum: "momentum",
    readsLoss: false,
    evalParams: false,
    valid: [{ lr: 0, alpha: 0, centered: true }],
    invalid: [
      ...LR,
      eps(-1e-8, "-1e-8"),
      decay,
      [{ momentum: -0.9 }, "momentum must be a finite number ≥ 0, got -0.9"],
      [{ alpha: -0.5 }, "alpha must be a finite number ≥ 0, got -0.5"],
      [{ centered: "yes" }, 'centered must be true or false, got "yes"'],
    ],
  },
  {
    name: "adadelta",
    reference: "torch",
    momentum: "none",
    readsLoss: false,
    evalParams: false,
    valid: [{ lr: 0 }, { rho: 0 }, { rho: 1 }],
    invalid: [
      ...LR,
      eps(-1e-8, "-1e-8"),
      decay,
      [{ rho: 1.5 }, "rho must be a number in [0, 1], got 1.5"],
      [{ rho: -0.5 }, "rho must be a number in [0, 1], got -0.5"],
    ],
  },
  {
    name: "adam",
    reference: "torch",
    momentum: "beta1",
    readsLoss: false,
    evalParams: false,
    valid: [{ lr: 0 }, { betas: [0, 0] }, { amsgrad: true, decoupledWeightDecay: true }],
    invalid: [
      ...LR,
      ...BETAS,
      eps(-1e-8, "-1e-8"),
      decay,
      [{ amsgrad: 1 }, "amsgrad must be true or false, got 1"],
      [
        { weight_decay: 0.1 },
        'adam option must be one of lr, betas, eps, weightDecay, amsgrad, decoupledWeightDecay, trackEffectiveLr, got "weight_decay"',
      ],
    ],
  },
  {
    name: "adamw",
    reference: "torch",
    momentum: "beta1",
    readsLoss: false,
    evalParams: false,
    valid: [{ lr: 0 }, { betas: [0, 0] }, { amsgrad: true }],
    invalid: [
      ...LR,
      ...BETAS,
      eps(-1e-8, "-1e-8"),
      decay,
      [{ decoupledWeightDecay: false }, "adamw option must be one of"],
    ],
  },
  {
    name: "adamax",
    reference: "torch",
    momentum: "beta1",
    readsLoss: false,
    evalParams: false,
    valid: [{ lr: 0 }, { betas: [0, 0] }],
    invalid: [...LR, ...BETAS, eps(-1e-8, "-1e-8"), decay],
  },
  {
    name: "nadam",
    reference: "torch",
    momentum: "beta1",
    readsLoss: false,
    evalParams: false,
    valid: [{ lr: 0 }, { betas: [0, 0] }, { momentumDecay: 0 }],
    invalid: [
      ...LR,
      ...BETAS,
      eps(-1e-8, "-1e-8"),
      decay,
      [{ momentumDecay: -0.004 }, "momentumDecay must be a finite number ≥ 0, got -0.004"],
    ],
  },
  {
    name: "radam",
    reference: "torch",
    momentum: "beta1",
    readsLoss: false,
    evalParams: false,
    valid: [{ lr: 0 }, { betas: [0, 0] }, { decoupledWeightDecay: true }],
    invalid: [
      ...LR,
      ...BETAS,
      eps(-1e-8, "-1e-8"),
      decay,
      [{ decoupledWeightDecay: 0 }, "decoupledWeightDecay must be true or false, got 0"],
    ],
  },
  {
    name: "polyakSgd",
    reference: "optax",
    momentum: "none",
    readsLoss: true,
    evalParams: false,
    valid: [{ maxLr: 0, scaling: 0, fMin: -5 }, { variant: "sps+" }],
    invalid: [
      [{ maxLr: -1 }, "maxLr must be a finite number ≥ 0, got -1"],
      [{ scaling: -0.5 }, "scaling must be a finite number ≥ 0, got -0.5"],
      [{ fMin: NaN }, "fMin must be a finite number, got NaN"],
      eps(-1e-8, "-1e-8"),
      [{ variant: "sps++" }, 'variant must be "sps" or "sps+", got "sps++"'],
      [
        { lr: 0.1 },
        'polyakSgd option must be one of maxLr, scaling, fMin, eps, variant, trackEffectiveLr, got "lr"',
      ],
      [
        { max_learning_rate: 0.1 },
        'polyakSgd option must be one of maxLr, scaling, fMin, eps, variant, trackEffectiveLr, got "max_learning_rate"',
      ],
    ],
  },
  {
    name: "dog",
    reference: "optax",
    momentum: "none",
    readsLoss: false,
    evalParams: false,
    valid: [{ lr: 0 }, { initStep: ["learning_rate", 0.1] }, { initStep: ["distance", 1e-3] }],
    invalid: [
      ...LR,
      [
        { initStep: ["distance", 0] },
        'initStep must be a pair [tag, value] with tag "distance", "learning_rate" or "heuristic" and value > 0, such as ["heuristic", 1e-6], got ["distance", 0] (length 2)',
      ],
      [{ initStep: ["learningRate", 0.1] }, "initStep must be a pair [tag, value]"],
      [{ initStep: 1e-6 }, "initStep must be a pair [tag, value]"],
      eps(-1),
      [{ weightDecay: -0.1 }, "weightDecay must be a finite number ≥ 0, got -0.1"],
    ],
  },
  {
    name: "dowg",
    reference: "optax",
    momentum: "none",
    readsLoss: false,
    evalParams: false,
    valid: [{ lr: 0 }, { initEstimSqDist: 1e-12 }],
    invalid: [
      ...LR,
      [{ initEstimSqDist: 0 }, "initEstimSqDist must be a finite number > 0, got 0"],
      eps(-1e-4, "-0.0001"),
    ],
  },
  {
    name: "dadaptAdamw",
    reference: "optax",
    momentum: "beta1",
    readsLoss: false,
    evalParams: false,
    valid: [{ lr: 0.5 }, { betas: [0, 0] }],
    invalid: [
      ...LR,
      [{ betas: [1, 0.999] }, "betas[0] must be a number in [0, 1), got 1"],
      [{ estimLr0: 0 }, "estimLr0 must be a finite number > 0, got 0"],
      [{ weightDecay: -1 }, "weightDecay must be a finite number ≥ 0, got -1"],
    ],
  },
  {
    name: "prodigy",
    reference: "optax",
    momentum: "beta1",
    readsLoss: false,
    evalParams: false,
    valid: [{ lr: 0.5 }, { beta3: 0 }, { safeguardWarmup: true }],
    invalid: [
      ...LR,
      [{ betas: [0.9, 1] }, "betas[1] must be a number in [0, 1), got 1"],
      [{ beta3: 1.5 }, "beta3 must be a number in [0, 1], got 1.5"],
      [{ estimLr0: -1e-6 }, "estimLr0 must be a finite number > 0, got -0.000001"],
      [{ estimLrCoef: 0 }, "estimLrCoef must be a finite number > 0, got 0"],
      [{ safeguardWarmup: 1 }, "safeguardWarmup must be true or false, got 1"],
    ],
  },
  {
    name: "scheduleFreeSgd",
    reference: "optax",
    momentum: "none",
    readsLoss: false,
    evalParams: true,
    valid: [{ lr: 0 }, { b1: 1 }, { warmupSteps: 10 }],
    invalid: [
      ...LR,
      [{ b1: 0 }, "b1 must be a number in (0, 1], got 0"],
      [{ b1: 1.1 }, "b1 must be a number in (0, 1], got 1.1"],
      [{ warmupSteps: 0 }, "warmupSteps must be a positive integer, got 0"],
      [{ warmupSteps: 2.5 }, "warmupSteps must be a positive integer, got 2.5"],
      [{ weightLrPower: -2 }, "weightLrPower must be a finite number ≥ 0, got -2"],
    ],
  },
  {
    name: "scheduleFreeAdamw",
    reference: "optax",
    momentum: "none",
    readsLoss: false,
    evalParams: true,
    valid: [{ lr: 0 }, { b1: 1 }],
    invalid: [
      ...LR,
      [{ b2: 1 }, "b2 must be a number in [0, 1), got 1"],
      eps(-1),
      [{ weightDecay: -1 }, "weightDecay must be a finite number ≥ 0, got -1"],
    ],
  },
  {
    name: "cocob",
    reference: "optax",
    momentum: "none",
    readsLoss: false,
    evalParams: false,
    valid: [{ lr: 0 }, { alpha: 1e-3 }],
    invalid: [
      ...LR,
      [{ alpha: 0 }, "alpha must be a finite number > 0, got 0"],
      [{ eps: 0 }, "eps must be a finite number > 0, got 0"],
    ],
  },
  {
    name: "momo",
    reference: "optax",
    momentum: "beta1",
    readsLoss: true,
    evalParams: false,
    valid: [{ lr: 0 }, { beta: 0 }, { adaptLowerBound: true }],
    invalid: [
      ...LR,
      [{ beta: 1 }, "beta must be a number in [0, 1), got 1"],
      [{ lowerBound: Infinity }, "lowerBound must be a finite number, got Infinity"],
      [{ adaptLowerBound: "yes" }, 'adaptLowerBound must be true or false, got "yes"'],
    ],
  },
  {
    name: "momoAdam",
    reference: "optax",
    momentum: "beta1",
    readsLoss: true,
    evalParams: false,
    valid: [{ lr: 0 }, { b1: 0 }],
    invalid: [
      ...LR,
      [{ b1: -0.1 }, "b1 must be a number in [0, 1), got -0.1"],
      [{ b2: 1 }, "b2 must be a number in [0, 1), got 1"],
      [{ weightDecay: -1 }, "weightDecay must be a finite number ≥ 0, got -1"],
    ],
  },
  {
    name: "lion",
    reference: "optax",
    momentum: "beta1",
    readsLoss: false,
    evalParams: false,
    valid: [{ lr: 0 }, { b1: 0, b2: 1 }],
    invalid: [
      ...LR,
      [{ b1: 1.5 }, "b1 must be a number in [0, 1], got 1.5"],
      [{ b2: -1 }, "b2 must be a number in [0, 1], got -1"],
      [{ weightDecay: -1 }, "weightDecay must be a finite number ≥ 0, got -1"],
      [
        { weight_decay: 0 },
        'lion option must be one of lr, b1, b2, weightDecay, trackEffectiveLr, got "weight_decay"',
      ],
    ],
  },
];

/** Every optimizer's name, in the records' order. */
export const optimizerNames = optimizerDb.map((record) => record.name);

/**
 * The names of the optimizers whose records match every field given, in the records' order:
 * namesWhere({ reference: "optax", momentum: "beta1" }).
 */
export function namesWhere(
  match: Partial<Pick<OptimizerRecord, "reference" | "momentum">>,
): OptimizerRecord["name"][] {
  return optimizerDb
    .filter(
      (record) =>
        (match.reference === undefined || record.reference === match.reference) &&
        (match.momentum === undefined || record.momentum === match.momentum),
    )
    .map((record) => record.name);
}
