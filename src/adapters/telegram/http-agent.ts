/**
 * The HTTP agent the bot talks to the Bot API with. grammY's default keep-alive agent never closes
 * idle connections itself, so when the server closes one (Node servers after 5 s, proxies after
 * their own timeout), a request sent on it at that moment fails with a reset: an "unknown outcome"
 * that the outbox must then count as possibly sent. With a socket timeout set, Node closes idle
 * connections first, one second before the time the server announces in its `Keep-Alive` header.
 */
import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";

/** Idle connections are closed after this long (sooner if the server announces a shorter timeout). */
const IDLE_TIMEOUT_MS = 60_000;

/** grammY's `baseFetchConfig` for an API root, with a keep-alive agent that retires idle sockets. */
export function createFetchConfig(apiRoot: string): { agent: HttpAgent; compress: boolean } {
  const options = { keepAlive: true, timeout: IDLE_TIMEOUT_MS, maxSockets: 64 };
  return { agent: apiRoot.startsWith("http:") ? new HttpAgent(options) : new HttpsAgent(options), compress: true };
}
