import { describe, expect, it } from "vitest";
import { canonicalizeUrl, TRACKING_PARAMETERS } from "../../../src/adapters/feeds/canonical-url.js";

describe("canonicalizeUrl", () => {
  it("lower-cases the host, drops the default port, the fragment and credentials", () => {
    expect(canonicalizeUrl("HTTPS://user:pw@News.Example.COM:443/Path/Story?id=1#comments")).toBe("https://news.example.com/Path/Story?id=1");
    expect(canonicalizeUrl("http://example.com:80/a")).toBe("http://example.com/a");
    expect(canonicalizeUrl("http://example.com:8080/a")).toBe("http://example.com:8080/a");
  });

  it("removes tracking parameters and keeps the others in order, one encoding for equal values", () => {
    const url = "https://example.com/story?b=2&utm_source=rss&UTM_Medium=feed&a=%2D1&fbclid=x&gclid=y&mc_cid=1&mc_eid=2&ref_src=tw&cmpid=c&z=";
    expect(canonicalizeUrl(url)).toBe("https://example.com/story?b=2&a=-1&z=");
    expect(canonicalizeUrl("https://example.com/story?b=2&a=%2D1&z")).toBe("https://example.com/story?b=2&a=-1&z=");
    expect(canonicalizeUrl("https://example.com/search?q=a%20b&x=%2B")).toBe("https://example.com/search?q=a+b&x=%2B");
    expect(canonicalizeUrl("https://example.com/story?utm_campaign=x")).toBe("https://example.com/story");
  });

  it.each(TRACKING_PARAMETERS.map((name) => [name]))("removes %s", (name) => {
    expect(canonicalizeUrl(`https://example.com/a?${name}=1&keep=yes`)).toBe("https://example.com/a?keep=yes");
  });

  it("gives one form to paths that differ only in dot segments or doubled slashes, and keeps www and trailing slashes", () => {
    expect(canonicalizeUrl("https://example.com/news//2026/./a/../story")).toBe("https://example.com/news/2026/story");
    expect(canonicalizeUrl("https://www.example.com/news/")).toBe("https://www.example.com/news/");
    expect(canonicalizeUrl("https://example.com")).toBe("https://example.com/");
  });

  it("is stable: the canonical form of a canonical form is itself", () => {
    for (const raw of ["https://example.com/a?b=%2D1", "https://example.com/a?b=%2D1&utm_source=x", "https://example.com/x//y/?q=a%20b&r", "http://EXAMPLE.com:8080/%7Euser/"]) {
      const once = canonicalizeUrl(raw);
      expect(canonicalizeUrl(once)).toBe(once);
    }
    expect(canonicalizeUrl("https://example.com/a?b=%2D1")).toBe(canonicalizeUrl("https://example.com/a?b=-1&utm_source=x"));
  });

  it("resolves relative URLs against a base", () => {
    expect(canonicalizeUrl("../b?utm_source=x", "https://example.com/news/a/")).toBe("https://example.com/news/b");
  });

  it("gives undefined for anything that is not absolute http(s)", () => {
    for (const raw of [undefined, "", "   ", "/relative/only", "mailto:desk@example.com", "javascript:alert(1)", "ftp://example.com/x", "<a href='x'>"]) {
      expect(canonicalizeUrl(raw)).toBeUndefined();
    }
  });
});
