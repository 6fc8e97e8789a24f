// The network objectives: objectives.mlp and objectives.logisticRegression.
export { logisticRegression, mlp } from "./network";
export type {
  Activation,
  LabelledRows,
  LogisticRegression,
  LogisticRegressionOptions,
  MlpOptions,
  Network,
  NetworkStochasticOptions,
  StochasticObjective,
} from "./network";
