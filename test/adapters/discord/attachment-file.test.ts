import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachmentOrigins, incomingAttachment } from "../../../src/adapters/discord/attachment-file.js";
import { type LocalServer, startServer } from "../feeds/local-server.js";
import { loadTranslator } from "../../../src/adapters/i18n/fluent-translator.js";
import { UserFacingError } from "../../../src/core/shared/errors.js";
import { textIn } from "../../../src/core/shared/translator.js";
import { userText } from "../../../src/core/shared/user-messages.js";
import { rejectionOf } from "../../helpers/english.js";

let server: LocalServer;
beforeAll(async () => {
  server = await startServer((request, response) => {
    // No content-length: the size is only known while reading.
    if (request.url === "/attachments/1/2/big.opml") {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      response.write("a".repeat(3_000));
      response.end("b".repeat(3_000));
    } else if (request.url === "/attachments/1/2/ok.opml") response.writeHead(200).end("<opml/>");
    else response.writeHead(404).end();
  });
});
afterAll(() => server?.close());

const signal = () => AbortSignal.timeout(10_000);

describe("a Discord attachment as a command's file", () => {
  it("reads only Discord's CDN, plus the API root's server when one is set", () => {
    expect(attachmentOrigins(undefined)).toEqual(["https://cdn.discordapp.com", "https://media.discordapp.net"]);
    expect(attachmentOrigins("http://127.0.0.1:5000/api")).toEqual(["https://cdn.discordapp.com", "https://media.discordapp.net", "http://127.0.0.1:5000"]);
  });

  it("refuses an attachment URL on any other origin without requesting it", async () => {
    const file = incomingAttachment({ url: `${server.origin}/attachments/1/2/ok.opml`, name: "ok.opml", size: 7 }, ["https://cdn.discordapp.com"]);
    // The refusal is made of catalogue messages, answered in the chat's language (English here).
    const refused = await file.read(1_000, signal()).then(() => undefined, (error: unknown) => error);
    expect(refused).toBeInstanceOf(UserFacingError);
    const english = textIn(loadTranslator(), "en");
    expect(userText(refused as UserFacingError, english)).toBe("That file is not on Discord's file server. Attach the file itself to the command.");
    expect(userText(refused as UserFacingError, textIn(loadTranslator(), "de"))).toBe("Diese Datei liegt nicht auf dem Dateiserver von Discord. Hänge die Datei selbst an den Befehl an.");
    expect(server.requests).toHaveLength(0);
  });

  it("downloads from an allowed origin, and stops a download that grows past the limit whatever was declared", async () => {
    const origins = [server.origin];
    const ok = incomingAttachment({ url: `${server.origin}/attachments/1/2/ok.opml`, name: "ok.opml", size: 7 }, origins);
    expect(new TextDecoder().decode(await ok.read(1_000, signal()))).toBe("<opml/>");
    const lying = incomingAttachment({ url: `${server.origin}/attachments/1/2/big.opml`, name: "big.opml", size: 10 }, origins);
    expect(await rejectionOf(lying.read(4_096, signal()))).toContain('"big.opml" is too large. An OPML file for /source import may have at most 4 KiB.');
    const gone = incomingAttachment({ url: `${server.origin}/attachments/1/2/gone.opml`, name: "gone.opml", size: 10 }, origins);
    expect(await rejectionOf(gone.read(4_096, signal()))).toBe("The file could not be downloaded from Discord. Send it again in a moment.");
  });
});
