/**
 * Who a message would ping, as Discord decides it: only `content` can mention (embeds never ping),
 * and `allowed_mentions` filters what is parsed. Without `allowed_mentions` Discord parses
 * everything: @everyone/@here, user and role mentions.
 */

/** A ping the message would cause: `everyone`, `here`, `user:<id>` or `role:<id>`. */
export type Ping = string;

interface AllowedMentions {
  parse?: unknown;
  users?: unknown;
  roles?: unknown;
}

/** The pings `content` causes under `allowedMentions` (undefined: Discord's default, parse all). */
export function computePings(content: unknown, allowedMentions: unknown): Ping[] {
  if (typeof content !== "string" || content === "") return [];
  const allowed = (typeof allowedMentions === "object" && allowedMentions !== null ? allowedMentions : undefined) as AllowedMentions | undefined;
  const parse = new Set(allowed === undefined ? ["everyone", "users", "roles"] : Array.isArray(allowed.parse) ? allowed.parse.map(String) : []);
  const users = new Set(Array.isArray(allowed?.users) ? allowed.users.map(String) : []);
  const roles = new Set(Array.isArray(allowed?.roles) ? allowed.roles.map(String) : []);
  const pings: Ping[] = [];
  if (parse.has("everyone")) {
    if (/@everyone/u.test(content)) pings.push("everyone");
    if (/@here/u.test(content)) pings.push("here");
  }
  for (const match of content.matchAll(/<@!?(\d+)>/gu)) {
    const id = match[1] ?? "";
    if (parse.has("users") || users.has(id)) pings.push(`user:${id}`);
  }
  for (const match of content.matchAll(/<@&(\d+)>/gu)) {
    const id = match[1] ?? "";
    if (parse.has("roles") || roles.has(id)) pings.push(`role:${id}`);
  }
  return [...new Set(pings)];
}
