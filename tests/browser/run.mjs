// The browser tests: every lesson in JupyterLab, then the exported site's pages.
import { testLab } from "./lab.mjs";

const failed = await testLab();
process.exitCode = failed ? 1 : 0;
