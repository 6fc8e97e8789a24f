// npm run bench: every benchmark, each printing ratios against a peer measured in the same run.
import { benchObjectives } from "./objectives";
import { benchNetwork } from "./network";
import { benchOptimizers } from "./optimizers";

async function main(): Promise<void> {
  benchObjectives();
  await benchOptimizers();
  await benchNetwork();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
