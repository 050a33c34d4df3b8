/**
 * Registers the command registry with Discord (bulk overwrite): globally, or in one guild for
 * development (guild commands update instantly; global ones can take a while to show). Run on change
 * (`npm run deploy:commands`), not on every start: Discord limits command creations per day.
 * Reads no environment itself; the script passes configuration in.
 */
import { REST, type RESTPutAPIApplicationCommandsResult, Routes } from "discord.js";
import type { CommandDefinition } from "../../core/commands/command.js";
import { toApplicationCommands } from "./command-data.js";
import type { Translator } from "../../core/shared/translator.js";
import { loadTranslator } from "../i18n/fluent-translator.js";

/** What to deploy, where. */
export interface DeployCommandsOptions {
  token: string;
  applicationId: string;
  /** Deploy to this guild only (development); global when absent. */
  guildId?: string;
  /** REST API root, e.g. a local fake; default Discord's. */
  apiRoot?: string;
  commands: readonly CommandDefinition[];
  /** Localised descriptions from these catalogues; default the shipped ones (locales/). */
  translator?: Translator;
}

/** What Discord stored. */
export interface DeployCommandsResult {
  scope: "global" | "guild";
  guildId?: string;
  names: string[];
}

const SNOWFLAKE = /^\d{17,20}$/u;

/**
 * Replaces the application's commands of one scope with the registry.
 * @throws Error for invalid definitions or ids; DiscordAPIError when Discord refuses.
 */
export async function deployCommands(options: DeployCommandsOptions): Promise<DeployCommandsResult> {
  if (!SNOWFLAKE.test(options.applicationId)) throw new Error("DISCORD_APPLICATION_ID must be the application's numeric id (17 to 20 digits)");
  if (options.guildId !== undefined && !SNOWFLAKE.test(options.guildId)) throw new Error("DISCORD_GUILD_ID must be a server's numeric id (17 to 20 digits)");
  const body = toApplicationCommands(options.commands, options.translator ?? loadTranslator());
  const rest = new REST(options.apiRoot ? { api: options.apiRoot } : {}).setToken(options.token);
  try {
    const route = options.guildId ? Routes.applicationGuildCommands(options.applicationId, options.guildId) : Routes.applicationCommands(options.applicationId);
    const stored = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
    return { scope: options.guildId ? "guild" : "global", ...(options.guildId ? { guildId: options.guildId } : {}), names: stored.map((command) => command.name) };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
