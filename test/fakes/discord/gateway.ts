/**
 * The gateway of the fake Discord: a WebSocket endpoint (the `ws` package) on the fake's HTTP server
 * that speaks enough of Gateway v10 for discord.js (developers/events/gateway.mdx):
 *
 * - on connect: HELLO (op 10) with `heartbeat_interval`;
 * - IDENTIFY (op 2) with the right token → READY dispatch (`guilds: []`, so discord.js is ready at once);
 *   a wrong token → close code 4004 Authentication failed;
 * - every HEARTBEAT (op 1) → HEARTBEAT_ACK (op 11);
 * - RESUME (op 6) → INVALID_SESSION (op 9, `d: false`), so the client identifies again;
 * - {@link FakeGateway.dispatch} sends `{ op: 0, t, s, d }` to every identified session.
 *
 * Frames are plain JSON text (discord.js only compresses when zlib-sync is installed).
 */
import type { Server } from "node:http";
import { type WebSocket, WebSocketServer } from "ws";
import type { Json } from "./fake-state.js";

interface Session {
  socket: WebSocket;
  sequence: number;
  identified: boolean;
  sessionId: string;
  /** [shard id, shard count] from IDENTIFY (Discord's default [0, 1]). */
  shard: [number, number];
  /** The intents bit field from IDENTIFY. */
  intents: number;
}

/** One IDENTIFY the gateway accepted. */
export interface RecordedIdentify {
  intents: number;
  /** [shard id, shard count]. */
  shard: [number, number];
  at: number;
}

/** The shard a guild's events go to: `(guild_id >> 22) % shard_count`; DMs go to shard 0. */
export function shardOf(guildId: string | undefined, count: number): number {
  return guildId === undefined ? 0 : Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** The WebSocket side of the fake. */
export class FakeGateway {
  readonly identifies: RecordedIdentify[] = [];
  readonly heartbeats: number[] = [];
  private readonly sessions = new Set<Session>();
  private readonly server: WebSocketServer;
  private readonly options: { token: string; botUser: Json; applicationId: string; heartbeatIntervalMs: number; clock: () => number; url: () => string };
  private counter = 0;

  constructor(httpServer: Server, options: FakeGateway["options"]) {
    this.options = options;
    this.server = new WebSocketServer({ server: httpServer, path: "/gateway" });
    this.server.on("connection", (socket) => this.accept(socket));
  }

  /** Sessions that identified and are still open. */
  get readySessions(): number {
    return [...this.sessions].filter((session) => session.identified).length;
  }

  /** Shard ids that received each dispatch, in order (for sharding tests). */
  readonly dispatchedShards: number[][] = [];

  /**
   * Sends a dispatch to every identified session whose shard owns `guildId` (every session when no
   * guild is given, as for READY-time events); returns how many got it.
   */
  dispatch(type: string, data: unknown, guildId?: string | null, requiredIntent = 0): number {
    let sent = 0;
    const shards: number[] = [];
    for (const session of this.sessions) {
      if (!session.identified) continue;
      // Discord sends an event only to sessions that asked for its intent (DIRECT_MESSAGES for DMs).
      if ((session.intents & requiredIntent) !== requiredIntent) continue;
      if (guildId !== undefined && shardOf(guildId ?? undefined, session.shard[1]) !== session.shard[0]) continue;
      shards.push(session.shard[0]);
      session.sequence += 1;
      session.socket.send(JSON.stringify({ op: 0, t: type, s: session.sequence, d: data }));
      sent += 1;
    }
    this.dispatchedShards.push(shards);
    return sent;
  }

  /** Closes every session (code 1001, going away) and the WebSocket server. */
  async close(): Promise<void> {
    for (const session of this.sessions) session.socket.terminate();
    this.sessions.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: WebSocket): void {
    this.counter += 1;
    const session: Session = { socket, sequence: 0, identified: false, sessionId: `fake-session-${this.counter}`, shard: [0, 1], intents: 0 };
    this.sessions.add(session);
    socket.on("close", () => this.sessions.delete(session));
    socket.on("message", (raw) => this.receive(session, String(raw)));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs } }));
  }

  private receive(session: Session, raw: string): void {
    let frame: { op?: number; d?: Json | null };
    try {
      frame = JSON.parse(raw) as typeof frame;
    } catch {
      session.socket.close(4002, "Decode error");
      return;
    }
    switch (frame.op) {
      case 1:
        this.heartbeats.push(this.options.clock());
        session.socket.send(JSON.stringify({ op: 11 }));
        return;
      case 2:
        this.identify(session, frame.d ?? {});
        return;
      case 6:
        session.socket.send(JSON.stringify({ op: 9, d: false }));
        return;
      default:
        return;
    }
  }

  private identify(session: Session, data: Json): void {
    if (session.identified) {
      session.socket.close(4005, "Already authenticated");
      return;
    }
    if (data.token !== this.options.token) {
      session.socket.close(4004, "Authentication failed");
      return;
    }
    session.identified = true;
    const shard = Array.isArray(data.shard) && data.shard.length === 2 ? [Number(data.shard[0]), Number(data.shard[1])] : [0, 1];
    session.shard = [shard[0] ?? 0, shard[1] ?? 1];
    session.intents = Number(data.intents) || 0;
    this.identifies.push({ intents: Number(data.intents), shard: session.shard, at: this.options.clock() });
    session.sequence += 1;
    const ready = {
      v: 10,
      user: this.options.botUser,
      guilds: [],
      session_id: session.sessionId,
      resume_gateway_url: this.options.url(),
      shard: session.shard,
      application: { id: this.options.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      user_settings: {},
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
    };
    session.socket.send(JSON.stringify({ op: 0, t: "READY", s: session.sequence, d: ready }));
  }
}
