// Training curves: loss, accuracy, learning rate, momentum and update/weight ratio over epochs.
import {
  invalid,
  parseOptions,
  requireBoolean,
  requireChoice,
  requirePositiveInteger,
  requireText,
} from "../errors";
import type { Figure } from "./figure";
import type { Training } from "../runner/train";
import { decimate, pointsPerTrace } from "./decimate";
import { axisId, stackedLayout } from "./panels";
import {
  AXIS_TITLES,
  FIGURE_CONFIG,
  SEQUENCE_COLORS,
  colorOf,
  logAxis,
  requireColors,
  round,
} from "./theme";
import type { PlotlyObject } from "./theme";
import { lineMode } from "./traces";

/** A quantity a training run records. */
export type TrainingPanel = "loss" | "accuracy" | "lr" | "momentum" | "updateRatio";

const TRAINING_PANELS: readonly TrainingPanel[] = [
  "loss",
  "accuracy",
  "lr",
  "momentum",
  "updateRatio",
];

export interface TrainingOptions {
  /** Panels from top to bottom (default ["loss", "accuracy"]). */
  panels?: readonly TrainingPanel[];
  /** Log scale on the loss axis (default false). */
  logLoss?: boolean;
  /** Draw the loss of every mini-batch as a faint line under the epoch curves (default true). */
  batchLoss?: boolean;
  /** One colour per run, in order; default the optimizer's colour, or one colour per run when several runs share an optimizer. */
  colors?: readonly string[];
  title?: string;
  /** Figure size in pixels (default 720 × a height that fits the panels). */
  width?: number;
  height?: number;
}

/** Vertical gap between stacked panels, as a fraction of the plotting height. */
const PANEL_GAP = 0.08;

const PANEL_TITLES: Record<TrainingPanel, string> = {
  loss: "cross-entropy loss",
  accuracy: "accuracy",
  lr: AXIS_TITLES.learningRate,
  momentum: "momentum / β₁",
  updateRatio: "update/weight ratio ‖Δθ‖/‖θ‖",
};

/**
 * Training curves of one or many runs from `train`, over epochs, in panels on one shared x axis.
 * Solid lines are measured on the training rows, dashed ones on the validation rows; the faint
 * line is the loss of each mini-batch. A run's legend entry toggles it in every panel.
 *
 * Example:
 *
 * ```ts
 * const data = { X: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 1, 1, 0] };
 * const net = objectives.mlp({ ...data, hidden: [8], activation: "tanh" });
 * const run = train(net, { optimizer: optimizers.adam({ lr: 0.05 }), epochs: 20, validation: data });
 * plot.training(run, { panels: ["loss", "accuracy", "lr"] }).data.length; // → 6
 * ```
 */
export function training(
  runs: Training | readonly Training[],
  options: TrainingOptions = {},
): Figure {
  const { panels, logLoss, batchLoss, colors, title, width, height } = parseOptions(
    "training",
    options,
    {
      panels: [["loss", "accuracy"], requirePanels],
      logLoss: [false, requireBoolean],
      batchLoss: [true, requireBoolean],
      colors: [undefined, requireColors],
      title: [undefined, requireText],
      width: [undefined, requirePositiveInteger],
      height: [undefined, requirePositiveInteger],
    },
    '{ panels: ["loss", "accuracy"] }',
  );
  const list = trainingList(runs);
  const optimizerNames = list.map((run) => run.optimizer);
  const shared = new Set(optimizerNames).size < optimizerNames.length;
  const runColor = (i: number) =>
    colors?.[i] ??
    (shared ? SEQUENCE_COLORS[i % SEQUENCE_COLORS.length] : colorOf(optimizerNames[i]));

  const lines =
    panels.length * list.length * 2 + (batchLoss && panels.includes("loss") ? list.length : 0);
  const maxPoints = pointsPerTrace(lines);
  const data: PlotlyObject[] = [];
  const layout = stackedLayout(
    title,
    panels.map((panel) => ({
      yTitle: PANEL_TITLES[panel],
      yAxis: {
        ...logAxis(panel === "lr" || panel === "updateRatio" || (panel === "loss" && logLoss)),
        ...(panel === "accuracy" ? { tickformat: ".0%" } : {}),
      },
    })),
    { xTitle: "epoch", panelPixels: 190, gap: PANEL_GAP, width, height },
  );

  panels.forEach((panel, p) => {
    list.forEach((run, r) => {
      const color = runColor(r);
      const common = { legendgroup: `${r}`, yaxis: axisId("y", p), line: { color, width: 2 } };
      let first = p === 0;
      const add = (trace: PlotlyObject) => {
        data.push({ ...common, showlegend: first, name: run.label, ...trace });
        first = false;
      };
      for (const line of panelLines(run, panel, batchLoss)) {
        add({
          ...lineTrace(line.x, line.y, maxPoints),
          line: { color, width: line.faint ? 1 : 2, dash: line.dash },
          ...(line.faint && { opacity: 0.3 }),
          hovertemplate: `${line.what}<br>epoch %{x}<br>%{y}<extra>%{fullData.name}</extra>`,
        });
      }
    });
  });
  return { data, layout, config: FIGURE_CONFIG };
}

interface Line {
  what: string;
  x: readonly number[];
  y: readonly number[];
  dash: "solid" | "dash";
  faint?: boolean;
}

/** The lines of one panel for one run: per-step values, or evaluations on training and validation rows. */
function panelLines(run: Training, panel: TrainingPanel, batchLoss: boolean): Line[] {
  const stepEpochs = (n: number) => Array.from({ length: n }, (_, t) => t / run.stepsPerEpoch);
  const evalEpochs = run.evaluations.map((e) => e.epoch);
  const hasValidation = run.evaluations.some((e) => !Number.isNaN(e.validationLoss));
  const measured = (train: number[], validation: number[], what: string): Line[] => [
    { what: `${what} (training rows)`, x: evalEpochs, y: train, dash: "solid" },
    ...(hasValidation
      ? [{ what: `${what} (validation rows)`, x: evalEpochs, y: validation, dash: "dash" as const }]
      : []),
  ];
  switch (panel) {
    case "loss":
      return [
        ...(batchLoss
          ? [
              {
                what: "mini-batch loss",
                x: stepEpochs(run.losses.length),
                y: run.losses,
                dash: "solid" as const,
                faint: true,
              },
            ]
          : []),
        ...measured(
          run.evaluations.map((e) => e.trainLoss),
          run.evaluations.map((e) => e.validationLoss),
          "loss",
        ),
      ];
    case "accuracy":
      return measured(
        run.evaluations.map((e) => e.trainAccuracy),
        run.evaluations.map((e) => e.validationAccuracy),
        "accuracy",
      );
    case "lr":
      return [{ what: "learning rate", x: stepEpochs(run.lrs.length), y: run.lrs, dash: "solid" }];
    case "momentum":
      return run.momenta
        ? [{ what: "momentum", x: stepEpochs(run.momenta.length), y: run.momenta, dash: "solid" }]
        : [];
    case "updateRatio":
      return [
        {
          what: "update/weight ratio",
          x: stepEpochs(run.updateRatios.length),
          y: run.updateRatios,
          dash: "solid",
        },
      ];
  }
}

function lineTrace(x: readonly number[], y: readonly number[], maxPoints: number): PlotlyObject {
  const kept = decimate(y.length, maxPoints);
  return {
    type: "scatter",
    mode: lineMode(y.length),
    x: kept.map((i) => round(x[i], 5)),
    y: kept.map((i) => round(y[i])),
    marker: { size: 4 },
  };
}

function requirePanels(parameter: string, value: readonly TrainingPanel[]): TrainingPanel[] {
  const accepted = `a non-empty array of panels from ${TRAINING_PANELS.map((p) => `"${p}"`).join(", ")}`;
  if (!Array.isArray(value) || value.length === 0) throw invalid(parameter, accepted, value);
  value.forEach((panel, i) => requireChoice(`${parameter}[${i}]`, panel, TRAINING_PANELS));
  return [...value];
}

function isTraining(value: unknown): value is Training {
  const run = value as Training | null | undefined;
  return run != null && Array.isArray(run.evaluations) && Array.isArray(run.losses);
}

function trainingList(runs: Training | readonly Training[]): readonly Training[] {
  const list = Array.isArray(runs) ? (runs as readonly Training[]) : [runs as Training];
  if (list.length === 0) throw invalid("runs", "a training run or a non-empty array of them", runs);
  list.forEach((run, i) => {
    if (!isTraining(run)) throw invalid(`runs[${i}]`, "a training run (from train)", run);
  });
  return list;
}
