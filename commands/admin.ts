import type { CommandDefinition } from "../src/core/commands/command.js";
import type { CommandServices } from "../src/core/commands/command-services.js";
import { ConfigError } from "../src/core/shared/errors.js";
import { OPERATOR_PAUSE_REASON, parseChatTarget, type OperatorControls, type OperatorStats } from "../src/core/commands/operator.js";
import { chatKey } from "../src/core/chats/chat.js";
import { refuse } from "../src/core/shared/user-messages.js";
import { type TextOf, message } from "../src/core/shared/translator.js";
import { durationIn } from "../src/core/commands/answer-time.js";

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
  async run({ context, options, services, language, text }) {
    const operator = services.operator;
    if (!operator) throw refuse("no-operator", message("admin-unavailable"));
    const action = options.string("action");
    if (action === "stats") {
      await context.replyPrivately(describeStats(await operator.stats(), services.clock.now(), text, language));
    } else if (action === "reload") {
      await context.replyPrivately(await reload(operator, text));
    } else {
      await context.replyPrivately(await pauseOrResume(action === "pause", options.string("chat"), services, text));
    }
  },
};

async function reload(operator: OperatorControls, text: TextOf): Promise<string> {
  try {
    const outcome = await operator.reloadEverywhere();
    const here = text("admin-reloaded", { sections: outcome.sections, feeds: outcome.feeds, added: outcome.addedFeeds, removed: outcome.removedFeeds });
    return outcome.othersWithinSeconds === undefined ? here : `${here} ${text("admin-reload-others", { seconds: outcome.othersWithinSeconds })}`;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const shown = error.problems.slice(0, PROBLEMS_SHOWN).map((problem) => `- ${problem.slice(0, PROBLEM_LENGTH)}`);
    const more = error.problems.length - shown.length;
    return [
      text("admin-reload-problems"),
      ...shown,
      ...(more > 0 ? [`- ${text("admin-and-more", { count: more })}`] : []),
      text("admin-reload-fix"),
    ].join("\n");
  }
}

async function pauseOrResume(pause: boolean, typed: string | undefined, services: CommandServices, text: TextOf): Promise<string> {
  const verb = pause ? "pause" : "resume";
  if (typed === undefined) {
    throw refuse("missing-chat", message("admin-needs-chat", { command: `/admin ${verb}` }), message("admin-chat-how"), message("option-try", { example: `/admin ${verb} telegram:-1001234567890` }));
  }
  const chat = parseChatTarget(typed);
  const name = chatKey(chat);
  const paused = pause ? await services.chats.pauseByOperator(chat, OPERATOR_PAUSE_REASON) : undefined;
  const result = paused ? paused.result : await services.chats.resumeByOperator(chat);
  if (result === "not-found") {
    throw refuse("unknown-chat", message("admin-unknown-chat", { name: `"${name}"` }), message("admin-unknown-chat-how"), message("admin-unknown-chat-next"));
  }
  if (paused) {
    const cancelled = paused.cancelled > 0 ? ` ${text("admin-cancelled", { count: paused.cancelled })}` : "";
    return `${text(result === "changed" ? "admin-paused" : "admin-already-paused", { chat: name })}${cancelled}`;
  }
  return text(result === "changed" ? "admin-resumed" : "admin-not-paused", { chat: name });
}

/** The stats as a few plain lines. */
export function describeStats(stats: OperatorStats, now: number, text: TextOf, language: string): string {
  const platforms = Object.entries(stats.chats).map(([platform, count]) => `${platform} ${count}`).join(", ");
  const failing = stats.failingFeeds >= stats.failingCap ? text("admin-at-least", { count: stats.failingCap }) : String(stats.failingFeeds);
  return [
    text("admin-stats-version", { version: stats.version, instance: stats.instanceId, uptime: durationIn(language, now - stats.startedAt) }),
    text("admin-stats-chats", { chats: platforms || text("admin-none") }),
    text("admin-stats-feeds", { sections: stats.sections, feeds: stats.feeds, failing }),
    text("admin-stats-outbox", { count: stats.outboxPending }),
  ].join("\n");
}

