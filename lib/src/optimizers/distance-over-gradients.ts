// The machinery shared by DoG and DoWG (optax.contrib.dog, optax.contrib.dowg): SGD whose step
// size η is learned from the distance travelled from the first params and the gradient norms.
import { squaredDistance, sumOfSquares } from "../vectors";
import { scalar } from "./base";
import type { Algorithm } from "./base";

/** The state DoG and DoWG keep besides their own scalars: θ₀ and the learned rate η. */
type DistanceOverGradientsBuffers = { initParams: Float64Array; eta: Float64Array };

/**
 * The algorithm of DoG and DoWG, from the optimizer's own scalars (after `initParams` and `eta` in
 * the state) and two functions called once per step:
 *
 * ```text
 * at t = 1:  θ₀ ← θ;  start(θ, scalars)
 * for t = 1, 2, …:   (g already holds λθ, from createOptimizer)
 *   η ← learnedRate(‖θ − θ₀‖², ‖g‖², scalars, t)
 *   θ ← θ − γηg
 * ```
 * Both norms are summed in index order, as optax.tree.norm(…, squared=True) sums one array.
 */
export function distanceOverGradients<S extends Record<string, Float64Array>>(
  scalars: () => S,
  start: (params: Float64Array, state: S) => void,
  learnedRate: (distSq: number, gradSqNorm: number, state: S, step: number) => number,
): Algorithm<DistanceOverGradientsBuffers & S> {
  return {
    createBuffers: (size) => ({
      initParams: new Float64Array(size),
      eta: scalar(0),
      ...scalars(),
    }),
    update(params, grad, buffers, step, lr) {
      const { initParams, eta } = buffers;
      if (step === 1) {
        initParams.set(params);
        start(params, buffers);
      }
      const rate = learnedRate(
        squaredDistance(initParams, params),
        sumOfSquares(grad),
        buffers,
        step,
      );
      eta[0] = rate;
      const scale = -lr;
      for (let i = 0; i < params.length; i++) params[i] = params[i] + scale * (rate * grad[i]);
    },
  };
}
