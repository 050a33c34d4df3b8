/**
 * Answering an interaction within Discord's rules, and the CommandContext built on it.
 *
 * - The first answer must come within 3 seconds: `defer()` sends a deferred response (type 5), and a
 *   safety timer defers by itself when a command has neither answered nor deferred after
 *   `autoDeferMs` (a slow store, say), so the token is never lost.
 * - `reply` answers (type 4), or edits the deferred response, or posts a follow-up; a document that
 *   needs several messages continues in follow-ups.
 * - Private answers are ephemeral. A public deferral cannot become ephemeral, so a private answer after
 *   it deletes the "thinking…" message and follows up ephemerally.
 * - Calls are serialised: the safety timer, `defer` and replies never race each other.
 * - Every message goes out with `allowed_mentions: { parse: [] }`.
 */
import { type APIModalInteractionResponseCallbackData, AttachmentBuilder, MessageFlags, type RepliableInteraction } from "discord.js";
import type { Reply } from "../../core/digests/briefing-document.js";
import type { CommandActor, CommandChat, CommandContext } from "../../core/commands/command.js";
import type { Logger } from "../../core/shared/ports.js";
import { toAnswerError } from "./errors.js";
import type { RenderedMessage } from "./rendered-message.js";

/** How a {@link InteractionReplier} answers. */
export interface ReplierOptions {
  /** Answers are ephemeral unless a command says otherwise (settings, errors, button clicks). */
  privateByDefault: boolean;
  /** Reply → messages. */
  render: (reply: Reply) => RenderedMessage[];
  /** Defer by itself when nothing was sent after this long; Discord's deadline is 3000 ms. */
  autoDeferMs: number;
  logger: Logger;
}

type AnswerState = "open" | "deferred" | "answered";

/** Sends the answers of one interaction. Call {@link InteractionReplier.dispose} when done. */
export class InteractionReplier {
  readonly #interaction: RepliableInteraction;
  readonly #options: ReplierOptions;
  #state: AnswerState = "open";
  #deferredPrivately = false;
  #chain: Promise<unknown> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;

  constructor(interaction: RepliableInteraction, options: ReplierOptions) {
    this.#interaction = interaction;
    this.#options = options;
    this.#timer = setTimeout(() => {
      this.#enqueue(() => this.#defer(options.privateByDefault)).catch((error: unknown) =>
        options.logger.warn({ err: error, interaction: interaction.id }, "automatic deferral failed"),
      );
    }, options.autoDeferMs);
  }

  /** Whether Discord has an answer (deferred or sent). */
  get acknowledged(): boolean {
    return this.#state !== "open";
  }

  /** Defers (type 5) unless already answered; ephemeral when answers are private by default. */
  defer(): Promise<void> {
    return this.#enqueue(() => this.#defer(this.#options.privateByDefault));
  }

  /** Sends `reply`: privately when asked or when private by default. */
  send(reply: Reply, visibility: "default" | "private"): Promise<void> {
    return this.sendMessages(() => this.#options.render(reply), visibility);
  }

  /** Sends already rendered messages (e.g. with a select menu). */
  sendMessages(messages: () => RenderedMessage[], visibility: "default" | "private"): Promise<void> {
    return this.#enqueue(() => this.#send(messages(), visibility === "private" || this.#options.privateByDefault));
  }

  /** Answers with a modal (only possible as the first answer). */
  showModal(modal: APIModalInteractionResponseCallbackData): Promise<void> {
    return this.#enqueue(async () => {
      if (this.#state !== "open" || !("showModal" in this.#interaction)) throw new Error("a modal must be the first answer to a command or component");
      this.#clearTimer();
      await this.#interaction.showModal(modal);
      this.#state = "answered";
    });
  }

  /** Stops the safety timer. */
  dispose(): void {
    this.#clearTimer();
  }

  #enqueue(operation: () => Promise<void>): Promise<void> {
    const next = this.#chain.then(operation).catch((error: unknown) => {
      throw toAnswerError(error);
    });
    this.#chain = next.catch(() => undefined);
    return next;
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  async #defer(privately: boolean): Promise<void> {
    if (this.#state !== "open") return;
    this.#clearTimer();
    await this.#interaction.deferReply(privately ? { flags: MessageFlags.Ephemeral } : {});
    this.#state = "deferred";
    this.#deferredPrivately = privately;
  }

  async #send(messages: readonly RenderedMessage[], privately: boolean): Promise<void> {
    const flags = privately ? MessageFlags.Ephemeral : undefined;
    for (const message of messages) {
      const files = (message.files ?? []).map((file) => new AttachmentBuilder(Buffer.from(file.data), { name: file.name }));
      const body = { content: message.content, embeds: message.embeds, components: message.components, allowedMentions: { parse: [] }, ...(files.length > 0 ? { files } : {}) };
      if (this.#state === "open") {
        this.#clearTimer();
        await this.#interaction.reply({ ...body, ...(flags ? { flags } : {}) });
      } else if (this.#state === "deferred" && (this.#deferredPrivately || !privately)) {
        await this.#interaction.editReply(body);
      } else if (this.#state === "deferred") {
        await this.#interaction.deleteReply();
        await this.#interaction.followUp({ ...body, flags: MessageFlags.Ephemeral });
      } else {
        await this.#interaction.followUp({ ...body, ...(flags ? { flags } : {}) });
      }
      this.#state = "answered";
    }
  }
}

/**
 * A CommandContext on a replier. While `answersPrivately()` is true (the command failed), `reply`
 * answers privately too: errors are shown only to whoever ran the command.
 */
export function createCommandContext(input: {
  chat: CommandChat;
  actor: CommandActor;
  replier: InteractionReplier;
  answersPrivately: () => boolean;
}): CommandContext {
  const { replier } = input;
  return {
    chat: input.chat,
    actor: input.actor,
    defer: () => replier.defer(),
    reply: (reply) => replier.send(reply, input.answersPrivately() ? "private" : "default"),
    replyPrivately: (reply) => replier.send(reply, "private"),
  };
}
