import { describe, expect, it } from "vitest";
import { repairMojibake } from "../../../src/adapters/feeds/repair-mojibake.js";
import { parse, rss } from "./fixtures.js";

describe("mojibake repair", () => {
  it.each([
    ["Russiaâ€™s war", "Russia’s war"],
    ["itâ€™s â€œheartbreaking.â€", "it’s “heartbreaking.”"],
    ["cafÃ© crÃ¨me brÃ»lÃ©e", "café crème brûlée"],
    ["StraÃŸe", "Straße"],
    ["Ã‰TATS-UNIS", "ÉTATS-UNIS"],
    ["25Â°C in MÃ¼nchen", "25°C in München"],
    ["ÐŸÑ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€", "Привет мир"],
    ["Ã¢â‚¬â„¢ twice", "’ twice"],
    ["smile ðŸ˜€", "smile 😀"],
    ["Ã\u0081lvaro (Latin-1 decoded, C1 control kept)", "Álvaro (Latin-1 decoded, C1 control kept)"],
  ])("repairs %j", (broken, repaired) => {
    expect(repairMojibake(broken)).toBe(repaired);
  });

  it.each([
    "NÃO e SÃO Paulo",
    "A IRMÃ” disse",
    "«ÉTÉ»",
    "Ð is a letter in Icelandic",
    "São Paulo — ação, “aspas” e 25°C",
    "Ελλάδα, Россия, 日本",
  ])("leaves legitimate text alone: %j", (text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it("repairs titles, summaries, bodies, authors and tags of parsed items before they are stored", () => {
    const feed = parse(
      rss(`<item><title>Kennedyâ€™s crusade</title><link>https://m.example/1</link><description>&lt;p&gt;Those close to him say itâ€™s hard.&lt;/p&gt;</description>
        <content:encoded><![CDATA[<p>CafÃ© owners â€” angry.</p>]]></content:encoded><author>x@m.example (JosÃ© GarcÃ­a)</author><category>PolÃ­tica</category></item>`).replace(
        "<rss ",
        '<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" ',
      ),
    );
    expect(feed.items[0]).toMatchObject({
      title: "Kennedy’s crusade",
      summary: "Those close to him say it’s hard.",
      body: "Café owners — angry.",
      author: "José García",
      tags: ["Política"],
    });
  });
});
