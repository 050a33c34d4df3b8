/**
 * Which failures to open the store start-up waits out (retrying, with a log line) and which stop it
 * with one line: a server that is down, starting or not yet resolvable is retried; a wrong database,
 * password or SQL is not.
 */
import { describe, expect, it } from "vitest";
import { isConnectionFailure } from "../../../src/adapters/store/sql/sql-database.js";

const withCode = (code: string, message = code) => Object.assign(new Error(message), { code });

describe("isConnectionFailure", () => {
  it.each(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "57P03", "08006", "08001"])(
    "retries %s (the server or the network may come back)",
    (code) => expect(isConnectionFailure(withCode(code))).toBe(true),
  );

  it("retries pg's connection timeout, which has no code", () => {
    expect(isConnectionFailure(new Error("timeout exceeded when trying to connect"))).toBe(true);
  });

  it.each([
    ["3D000", "database \"nope\" does not exist"],
    ["28P01", "password authentication failed"],
    ["42601", "syntax error"],
  ])("does not retry %s (%s): the settings are wrong", (code, message) => {
    expect(isConnectionFailure(withCode(code, message))).toBe(false);
  });
});
