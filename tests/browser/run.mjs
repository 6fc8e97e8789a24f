// The browser tests: every lesson run in JupyterLab, then the static site and nbconvert's HTML
// export opened from disk with the network blocked.
import { testLab } from "./lab.mjs";
import { testNbconvertExport, testSite } from "./site.mjs";

const labFailures = await testLab();
const siteProblems = [...(await testSite()), ...(await testNbconvertExport())];
for (const problem of siteProblems) console.log(`FAILED ${problem}`);
process.exitCode = labFailures || siteProblems.length ? 1 : 0;
