// Public surface of the objectives module.
export type { Objective, Vector } from "./objective";
export { objectives } from "./builtins";
export type { QuadraticOptions } from "./builtins/quadratic";
export type { RastriginOptions, XCosOptions } from "./builtins/multimodal";
export type {
  LinearRegression,
  LinearRegressionOptions,
  StochasticOptions,
} from "./builtins/linear-regression";
export type {
  Activation,
  LogisticRegression,
  LogisticRegressionOptions,
  MlpOptions,
  Network,
  LabelledRows,
  NetworkStochasticOptions,
  StochasticObjective,
} from "./builtins/network";
export { fromExpression } from "./expression/from-expression";
export type { ExpressionObjective, FromExpressionOptions } from "./expression/from-expression";
export { checkGradient } from "./check-gradient";
export type { CheckGradientOptions, GradientCheck } from "./check-gradient";
