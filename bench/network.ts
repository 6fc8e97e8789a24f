// Network training throughput: one epoch of mini-batch SGD (batch 32, momentum 0.9, lr 0.01) on
// the digits data (1797 rows × 64 pixels, 10 classes), for a 64-H-10 ReLU network with H = 32 and
// H = 128. Columns:
// - lrlab: objectives.mlp's valueAndGradient on each shuffled batch + optimizers.sgd's step, float64;
// - PyTorch: eager nn.Sequential(Linear, ReLU, Linear) + F.cross_entropy + backward() +
//   torch.optim.SGD on CPU in float64 with torch.set_num_threads(1), in a Python subprocess
//   (LRLAB_TORCH_PYTHON, else python3; skipped when neither imports torch);
// - TF.js: @tensorflow/tfjs-core with its CPU backend, float32, the same model written with tf ops,
//   optimizer.minimize (tf.variableGrads) and tf.train.momentum.
// Every timed epoch restarts from the same initial parameters and a fresh optimizer, so each one
// does the same work. Times are CPU time (process.cpuUsage, Python's time.process_time), which on
// a loaded machine varies far less than wall-clock time; the best epoch of several after warm-up.
import { spawnSync } from "node:child_process";
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-core/dist/register_all_gradients";
import "@tensorflow/tfjs-backend-cpu";
import { datasets, objectives, optimizers, seededRandom, shuffle } from "lrlab";
import type { Dataset } from "lrlab";

const DIGITS = new URL("../lib/data/digits.csv.gz", import.meta.url);
const HIDDEN = [32, 128];
const BATCH = 32;
const LR = 0.01;
const MOMENTUM = 0.9;
const WARMUP_EPOCHS = 2;
const EPOCHS = 20;
const TFJS_WARMUP_EPOCHS = 1;
const TFJS_EPOCHS = 3;
/** lrlab / PyTorch at most this, per hidden size. */
const TARGET_VS_TORCH: Record<number, number> = { 32: 0.5, 128: 1.0 };
const TARGET_VS_TFJS = 5;

type Digits = Pick<Dataset, "X" | "y">;

function cpuMs(action: () => void): number {
  const start = process.cpuUsage();
  action();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** One seeded permutation of the rows per epoch, the same for every contender in this process. */
function epochOrders(rows: number, epochs: number): Int32Array[] {
  const random = seededRandom(1);
  return Array.from({ length: epochs }, () => {
    const order = Int32Array.from({ length: rows }, (_, i) => i);
    shuffle(order, random);
    return order;
  });
}

function timeLrlab(digits: Digits, hidden: number): { ms: number; loss: number } {
  const network = objectives.mlp({
    X: digits.X,
    y: digits.y,
    hidden: [hidden],
    activation: "relu",
  });
  const params0 = network.init(0);
  const params = new Float64Array(network.dim);
  const grad = new Float64Array(network.dim);
  const orders = epochOrders(network.rows, WARMUP_EPOCHS + EPOCHS);
  let best = Infinity;
  let loss = NaN;
  orders.forEach((order, epoch) => {
    params.set(params0);
    const optimizer = optimizers.sgd({ lr: LR, momentum: MOMENTUM });
    const ms = cpuMs(() => {
      for (let start = 0; start < order.length; start += BATCH) {
        const rows = order.subarray(start, Math.min(start + BATCH, order.length));
        loss = network.valueAndGradient(params, grad, rows);
        optimizer.step(params, grad);
      }
    });
    if (epoch >= WARMUP_EPOCHS) best = Math.min(best, ms);
  });
  return { ms: best, loss };
}

function timeTfjs(digits: Digits, hidden: number): { ms: number; loss: number } {
  const m = digits.y.length;
  const X = tf.tensor2d(digits.X.flat(), [m, 64], "float32");
  const Y = tf.cast(tf.oneHot(tf.tensor1d([...digits.y], "int32"), 10), "float32");
  const bound1 = 1 / Math.sqrt(64);
  const bound2 = 1 / Math.sqrt(hidden);
  const initial = [
    tf.randomUniform([64, hidden], -bound1, bound1, "float32", 0),
    tf.randomUniform([hidden], -bound1, bound1, "float32", 1),
    tf.randomUniform([hidden, 10], -bound2, bound2, "float32", 2),
    tf.randomUniform([10], -bound2, bound2, "float32", 3),
  ];
  const [W1, b1, W2, b2] = initial.map((t) => tf.variable(t.clone()));
  const orders = epochOrders(m, TFJS_WARMUP_EPOCHS + TFJS_EPOCHS);
  let best = Infinity;
  let loss = NaN;
  orders.forEach((order, epoch) => {
    [W1, b1, W2, b2].forEach((v, i) => v.assign(initial[i]));
    const optimizer = tf.train.momentum(LR, MOMENTUM);
    const ms = cpuMs(() => {
      for (let start = 0; start < m; start += BATCH) {
        const index = tf.tensor1d(order.subarray(start, Math.min(start + BATCH, m)), "int32");
        const cost = optimizer.minimize(
          () => {
            const x = tf.gather(X, index);
            const h = tf.relu(tf.add(tf.matMul(x, W1), b1));
            const logits = tf.add(tf.matMul(h, W2), b2);
            return tf.losses.softmaxCrossEntropy(tf.gather(Y, index), logits);
          },
          true,
          [W1, b1, W2, b2],
        );
        loss = cost ? cost.dataSync()[0] : NaN;
        cost?.dispose();
        index.dispose();
      }
    });
    optimizer.dispose();
    if (epoch >= TFJS_WARMUP_EPOCHS) best = Math.min(best, ms);
  });
  [X, Y, W1, b1, W2, b2, ...initial].forEach((t) => t.dispose());
  return { ms: best, loss };
}

const TORCH_SCRIPT = `
import gzip, json, sys, time
import torch
torch.set_num_threads(1)
rows = [list(map(float, line.split(","))) for line in gzip.open(sys.argv[1], "rt").read().strip().split("\\n")]
data = torch.tensor(rows, dtype=torch.float64)
X, y = data[:, :64].contiguous(), data[:, 64].long()
batch, lr, momentum, warmup, epochs = int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
result = {}
for hidden in map(int, sys.argv[7].split(",")):
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(64, hidden), torch.nn.ReLU(), torch.nn.Linear(hidden, 10)).double()
    initial = [p.detach().clone() for p in model.parameters()]
    generator = torch.Generator().manual_seed(1)
    best = float("inf")
    for epoch in range(warmup + epochs):
        with torch.no_grad():
            for p, p0 in zip(model.parameters(), initial):
                p.copy_(p0)
        optimizer = torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum)
        order = torch.randperm(len(y), generator=generator)
        start = time.process_time()
        for s in range(0, len(y), batch):
            index = order[s : s + batch]
            optimizer.zero_grad()
            loss = torch.nn.functional.cross_entropy(model(X[index]), y[index])
            loss.backward()
            optimizer.step()
        if epoch >= warmup:
            best = min(best, (time.process_time() - start) * 1000)
    result[hidden] = {"ms": best, "loss": loss.item()}
print(json.dumps({"version": torch.__version__, "result": result}))
`;

/** PyTorch's ms per epoch for each hidden size, or the reason it was skipped. */
function timeTorch(
  digitsPath: string,
): { version: string; result: Record<string, { ms: number; loss: number }> } | string {
  const candidates = [process.env.LRLAB_TORCH_PYTHON, "python3"].filter(
    (python): python is string => !!python,
  );
  for (const python of candidates) {
    const probe = spawnSync(python, ["-c", "import torch"], { encoding: "utf8" });
    if (probe.status !== 0) continue;
    const run = spawnSync(
      python,
      [
        "-c",
        TORCH_SCRIPT,
        digitsPath,
        String(BATCH),
        String(LR),
        String(MOMENTUM),
        String(WARMUP_EPOCHS),
        String(EPOCHS),
        HIDDEN.join(","),
      ],
      { encoding: "utf8" },
    );
    if (run.status !== 0) return `${python} failed: ${run.stderr.trim().split("\n").pop()}`;
    return JSON.parse(run.stdout);
  }
  return `no Python with torch (tried ${candidates.join(", ")}; set LRLAB_TORCH_PYTHON)`;
}

const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");

export async function benchNetwork(): Promise<void> {
  await tf.setBackend("cpu");
  const digits = datasets.digits();
  // PyTorch reads the same bundled file that datasets.digits() parses.
  // PyTorch runs before and after lrlab, and each keeps its best epoch, so that a change in the
  // machine's load during the run does not favour either side.
  const before = timeTorch(DIGITS.pathname);
  const lrlab = HIDDEN.map((hidden) => timeLrlab(digits, hidden));
  const after = typeof before === "string" ? before : timeTorch(DIGITS.pathname);
  const torch =
    typeof before === "string" || typeof after === "string"
      ? before
      : {
          version: before.version,
          result: Object.fromEntries(
            HIDDEN.map((hidden) => [
              hidden,
              before.result[hidden].ms <= after.result[hidden].ms
                ? before.result[hidden]
                : after.result[hidden],
            ]),
          ),
        };
  const rows = HIDDEN.map((hidden, i) => ({
    hidden,
    lrlab: lrlab[i],
    tfjs: timeTfjs(digits, hidden),
    torch: typeof torch === "string" ? undefined : torch.result[hidden],
  }));

  console.log(
    `\n## Network training: one epoch of digits (${digits.y.length} × 64, 10 classes),` +
      ` batch ${BATCH}, SGD momentum ${MOMENTUM}, 64-H-10 ReLU` +
      `\n\nCPU ms per epoch, best of ${EPOCHS} epochs after ${WARMUP_EPOCHS} of warm-up` +
      ` (TF.js: ${TFJS_EPOCHS} after ${TFJS_WARMUP_EPOCHS}); every epoch starts from the same` +
      ` parameters. lrlab and PyTorch work in float64, TF.js in float32.` +
      (typeof torch === "string" ? ` PyTorch skipped: ${torch}.` : ` PyTorch ${torch.version}.`) +
      "\n",
  );
  console.log(
    "| hidden | lrlab ms/epoch | PyTorch ms/epoch | TF.js ms/epoch | lrlab / PyTorch | TF.js / lrlab |",
  );
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const { hidden, lrlab, torch: pytorch, tfjs } of rows) {
    const overTorch = pytorch && lrlab.ms / pytorch.ms;
    const speedup = tfjs.ms / lrlab.ms;
    console.log(
      `| ${hidden} | ${lrlab.ms.toFixed(2)} | ${pytorch ? pytorch.ms.toFixed(2) : "skipped"} | ` +
        `${tfjs.ms.toFixed(1)} | ` +
        `${overTorch ? `${overTorch.toFixed(2)}× ${verdict(overTorch <= TARGET_VS_TORCH[hidden])}` : "–"} | ` +
        `${speedup.toFixed(0)}× ${verdict(speedup >= TARGET_VS_TFJS)} |`,
    );
  }
  console.log(
    `\nTargets: lrlab within ${TARGET_VS_TORCH[32]}× of PyTorch's time with 32 hidden units and` +
      ` ${TARGET_VS_TORCH[128]}× with 128; at least ${TARGET_VS_TFJS}× faster than TF.js.`,
  );
}
