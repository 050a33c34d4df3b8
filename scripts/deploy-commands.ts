/**
 * `npm run deploy:commands`: registers every command of the registry with Discord (a bulk overwrite).
 * Globally by default; only in one server when DISCORD_GUILD_ID is set, for development (guild
 * commands update instantly, global ones can take a while). Run it after changing commands, not on
 * every start: Discord limits how many commands an application may create per day.
 *
 * Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (from the environment or .env, through loadConfig);
 * DISCORD_API_ROOT points it at another API, e.g. a local fake.
 */
import { commandRegistry } from "../commands/index.js";
import { deployCommands } from "../src/adapters/discord/deploy-commands.js";
import { type Config, loadConfig } from "../src/config.js";
import { ConfigError, describeError } from "../src/core/shared/errors.js";

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : describeError(error)}\n`);
    return 2;
  }
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    process.stderr.write("Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (Discord developer portal → your application) to deploy commands.\n");
    return 2;
  }
  try {
    const result = await deployCommands({
      token: config.DISCORD_TOKEN,
      applicationId: config.DISCORD_APPLICATION_ID,
      ...(config.DISCORD_GUILD_ID ? { guildId: config.DISCORD_GUILD_ID } : {}),
      ...(config.DISCORD_API_ROOT ? { apiRoot: config.DISCORD_API_ROOT } : {}),
      commands: commandRegistry,
    });
    const where = result.scope === "guild" ? `in server ${result.guildId ?? ""} (instant)` : "globally (may take up to an hour to show everywhere)";
    process.stdout.write(`Deployed ${result.names.length} commands ${where}: /${result.names.join(", /")}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`Deploying commands failed: ${describeError(error)}\n`);
    return 1;
  }
}

process.exitCode = await main();
