import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules", "lib/dist", "build", ".venv"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Node scripts whose page.evaluate callbacks run in the browser.
    files: ["**/*.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
