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

const purePatterns = pureBoundary["no-restricted-imports"][1].patterns;

/** src/core's concept folders, lowest layer first. */
const conceptLayers = [["shared"], ["articles"], ["feeds", "stories", "follows"], ["chats", "summaries"], ["digests"], ["delivery"], ["alerts"], ["commands"]];
const modelFiles = ["src/core/shared/**/*.ts", "src/core/articles/article.ts", "src/core/feeds/feed.ts", "src/core/stories/story.ts", "src/core/digests/briefing-document.ts", "src/core/chats/chat.ts", "src/core/follows/follow.ts"];

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
      "import-x/no-duplicates": ["error", { "prefer-inline": true }],
      "max-lines": ["warn", { max: 400, skipBlankLines: true, skipComments: true }],
    },
    settings: { "import-x/resolver": { node: { extensions: [".ts", ".js"] } } },
  },
  { files: ["src/core/**/*.ts", "commands/**/*.ts", "briefings/**/*.ts"], rules: pureBoundary },
  // Composers depend on the model only (articles, feeds' sections, stories, the document they build,
  // shared helpers); the services that call them live above them in src/core, never the reverse.
  {
    files: ["briefings/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...purePatterns,
            {
              regex: "^(\\.\\./)+src/core/(?!(articles/article|feeds/feed|stories/story|digests/briefing-document)\\.js$|shared/[a-z-]+\\.js$)",
              message: "briefings/ composers read the model only (article, feed, story, briefing document, shared helpers); the services that call them live in src/core.",
            },
          ],
        },
      ],
    },
  },
  // src/core's concepts in layers: a folder imports only from folders of lower layers (and itself),
  // so no two concepts depend on each other. The model files and shared helpers import no composer
  // and no service.
  ...conceptLayers.flatMap((layer, depth) =>
    layer.map((concept) => {
      const above = conceptLayers.slice(depth).flat().filter((other) => other !== concept);
      const layerPattern = { regex: `^\\.\\./(${above.join("|")})/`, message: `src/core/${concept} sits below ${above.join(", ")} (layers: ${conceptLayers.map((l) => l.join("|")).join(" < ")}).` };
      return [
        { files: [`src/core/${concept}/**/*.ts`], rules: { "no-restricted-imports": ["error", { patterns: [...purePatterns, layerPattern] }] } },
        {
          files: modelFiles.filter((file) => file.startsWith(`src/core/${concept}/`)),
          rules: { "no-restricted-imports": ["error", { patterns: [...purePatterns, layerPattern, { group: ["**/briefings/**", "**/*-service.js"], message: "the model and shared helpers import no composer and no service." }] }] },
        },
      ].filter((config) => config.files.length > 0);
    }),
  ).flat(),
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
