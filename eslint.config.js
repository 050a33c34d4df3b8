// Lint: TypeScript rules plus the architecture's import boundaries. src/core, commands/ and
// briefings/ may import no SDK and nothing from src/adapters; only src/main.ts wires both sides.
import importX from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

const sdkPackages = ["discord.js", "discord.js/*", "@discordjs/*", "grammy", "grammy/*", "@grammyjs/*", "keyv", "@keyv/*", "ai", "ai/*", "@ai-sdk/*", "node-cron", "pino", "undici", "feedsmith", "yaml", "zod", "linkedom", "@mozilla/readability", "html-to-text", "iconv-lite"];

const pureBoundary = {
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        { group: sdkPackages, message: "core, commands and briefings import no SDK: declare a port in src/core and implement it in an adapter." },
        { group: ["**/adapters/**", "**/main.js", "**/config.js"], message: "core, commands and briefings must not import adapters or the composition root." },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ["node_modules/**", "data/**", "coverage/**", ".prof/**"] },
  ...tseslint.configs.recommended,
  {
    plugins: { "import-x": importX },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "import-x/no-cycle": ["error", { maxDepth: 10 }],
      "max-lines": ["warn", { max: 400, skipBlankLines: true, skipComments: true }],
    },
    settings: { "import-x/resolver": { node: { extensions: [".ts", ".js"] } } },
  },
  { files: ["src/core/**/*.ts", "commands/**/*.ts", "briefings/**/*.ts"], rules: pureBoundary },
  {
    files: ["src/adapters/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/main.js", "**/config.js"], message: "adapters receive configuration values; they do not read config." }] },
      ],
    },
  },
  { files: ["test/**/*.ts", "bench/**/*.ts"], rules: { "max-lines": "off" } },
);
