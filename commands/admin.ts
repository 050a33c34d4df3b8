import type { CommandDefinition } from "../src/core/commands/command.js";
import type { CommandServices } from "../src/core/commands/command-services.js";
import { ConfigError } from "../src/core/shared/errors.js";
import { OPERATOR_PAUSE_REASON, parseChatTarget, type OperatorControls, type OperatorStats } from "../src/core/commands/operator.js";
import { chatKey } from "../src/core/chats/chat.js";
import { refuse } from "../src/core/shared/user-messages.js";

/** Problems of a bad sources file repeated to the operator (the rest are counted). */
const PROBLEMS_SHOWN = 5;
/** Longest problem line repeated (a line of the operator's own file). */
const PROBLEM_LENGTH = 300;

/**
 * /admin stats|reload|pause <chat>|resume <chat>: the operators' controls (OWNER_IDS only; everyone
 * else is told there is no such command). Answered privately where the platform can.
 */
export const adminCommand: CommandDefinition = {
  name: "admin",
  description: "Operators only: stats, reload the sources file, pause or resume a chat",
  options: [
    { name: "action", description: "stats, reload, pause or resume", example: "stats", type: "string", required: true, choices: ["stats", "reload", "pause", "resume"] },
    { name: "chat", label: "chat", description: "For pause and resume: telegram:<chat id> or discord:<channel id>", type: "string", required: false, maxLength: 40 },
  ],
  permission: "owner",
  slow: true,
  async run({ context, options, services }) {
    const operator = services.operator;
    if (!operator) throw refuse("no-operator", "Operator controls are not available in this process");
    const action = options.string("action");
    if (action === "stats") {
      await context.replyPrivately(describeStats(await operator.stats(), services.clock.now()));
    } else if (action === "reload") {
      await context.replyPrivately(await reload(operator));
    } else {
      await context.replyPrivately(await pauseOrResume(action === "pause", options.string("chat"), services));
    }
  },
};

async function reload(operator: OperatorControls): Promise<string> {
  try {
    const outcome = await operator.reloadEverywhere();
    const here = `Sources reloaded: ${outcome.sections} sections, ${outcome.feeds} feeds (${outcome.addedFeeds} new, ${outcome.removedFeeds} removed).`;
    return outcome.othersWithinSeconds === undefined
      ? here
      : `${here} Every other instance on the shared store reloads its own sources file within ${outcome.othersWithinSeconds} seconds (each logs the outcome).`;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const shown = error.problems.slice(0, PROBLEMS_SHOWN).map((problem) => `- ${problem.slice(0, PROBLEM_LENGTH)}`);
    const more = error.problems.length - shown.length;
    return [
      "The sources file has problems; the sections in use are unchanged.",
      ...shown,
      ...(more > 0 ? [`- and ${more} more`] : []),
      "Fix the file, then send /admin reload again.",
    ].join("\n");
  }
}

async function pauseOrResume(pause: boolean, typed: string | undefined, services: CommandServices): Promise<string> {
  const verb = pause ? "pause" : "resume";
  if (typed === undefined) {
    throw refuse("missing-chat", `/admin ${verb} needs a chat`, "Name it as telegram:<chat id> or discord:<channel id>", `Try /admin ${verb} telegram:-1001234567890`);
  }
  const chat = parseChatTarget(typed);
  const name = chatKey(chat);
  const paused = pause ? await services.chats.pauseByOperator(chat, OPERATOR_PAUSE_REASON) : undefined;
  const result = paused ? paused.result : await services.chats.resumeByOperator(chat);
  if (result === "not-found") {
    throw refuse("unknown-chat", `"${name}" is not a chat newsdesk delivers to`, "Only chats with stored settings can be paused or resumed", "Check the id and try again");
  }
  if (paused) {
    const cancelled = paused.cancelled > 0 ? ` ${describeCancelled(paused.cancelled)}` : "";
    return result === "changed"
      ? `Deliveries to ${name} are paused: no briefings, follow alerts or feed notices until /admin resume ${name}.${cancelled}`
      : `Deliveries to ${name} were already paused by an operator.${cancelled}`;
  }
  return result === "changed"
    ? `Deliveries to ${name} resume; its next briefing is scheduled again (what was cancelled by the pause is not sent).`
    : `Deliveries to ${name} were not paused.`;
}

function describeCancelled(count: number): string {
  return `${count === 1 ? "1 delivery" : `${count} deliveries`} already queued for it ${count === 1 ? "was" : "were"} cancelled.`;
}

/** The stats as a few plain lines. */
export function describeStats(stats: OperatorStats, now: number): string {
  const platforms = Object.entries(stats.chats).map(([platform, count]) => `${platform} ${count}`).join(", ");
  const failing = stats.failingFeeds >= stats.failingCap ? `at least ${stats.failingCap}` : String(stats.failingFeeds);
  return [
    `newsdesk ${stats.version}, instance ${stats.instanceId}, up ${describeUptime(now - stats.startedAt)}.`,
    `Chats: ${platforms || "none"}.`,
    `Sections: ${stats.sections}; feeds: ${stats.feeds}, failing: ${failing}.`,
    `Outbox: ${stats.outboxPending} pending.`,
  ].join("\n");
}

function describeUptime(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const days = Math.floor(minutes / 1_440);
  const hours = Math.floor((minutes % 1_440) / 60);
  const parts = [...(days > 0 ? [`${days}d`] : []), ...(days > 0 || hours > 0 ? [`${hours}h`] : []), `${minutes % 60}m`];
  return parts.join(" ");
}

