/** What loss- and gradient-driven schedules see at step t: the loss and gradient at the current parameters. */
export interface ScheduleContext {
  readonly loss: number;
  readonly grad: ArrayLike<number>;
}

/**
 * A learning-rate schedule. `lr(t)` is the learning rate in effect after t scheduler steps;
 * the runner calls it in order t = 0, 1, 2, … with the context. Time-based schedules ignore `ctx`
 * and may be called in any order.
 */
export interface Schedule {
  readonly name: string;
  lr(t: number, ctx?: ScheduleContext): number;
  /** Clears internal state (for stateful schedules such as reduceLROnPlateau). */
  reset?(): void;
}
