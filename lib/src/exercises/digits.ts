// The digits task of lessons 09 and 10: the data and the ReLU networks their checks train on.
import { digits } from "../datasets/builtins";
import { split } from "../datasets/split";
import { standardize } from "../datasets/transform";
import { mlp, type Network } from "../objectives/builtins/network/network";

/** Digits, a stratified 80/20 split (seed 0), both parts standardized with the training rows. */
export interface DigitsData {
  X: number[][];
  y: readonly number[];
  validation: { X: number[][]; y: readonly number[] };
}

let data: DigitsData | undefined;

/** The lessons' split of digits, made once. */
export function digitsData(): DigitsData {
  if (data === undefined) {
    const parts = split(digits(), { validation: 0.2, seed: 0 });
    data = {
      X: standardize(parts.train.X),
      y: parts.train.y,
      validation: { X: standardize(parts.validation.X, parts.train.X), y: parts.validation.y },
    };
  }
  return data;
}

const networks = new Map<string, Network>();

/**
 * A ReLU network on the training rows of digitsData() with these hidden layer sizes ([32] is the
 * lessons' 64-32-10 network), built once per sizes.
 */
export function digitsNetwork(hidden: readonly number[]): Network {
  const key = hidden.join("-");
  let net = networks.get(key);
  if (net === undefined) {
    const { X, y } = digitsData();
    net = mlp({ X, y, hidden, activation: "relu" });
    networks.set(key, net);
  }
  return net;
}
