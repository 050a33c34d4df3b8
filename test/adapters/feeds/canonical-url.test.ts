import { describe, expect, it } from "vitest";
import { canonicalizeUrl, canonicalizeUrlSlowly, TRACKING_PARAMETERS } from "../../../src/adapters/feeds/canonical-url.js";

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

describe("canonicalizeUrl's shortcut for URLs already in normal form", () => {
  // Awkward URLs of every kind: each must get the form normalize-url gives it, shortcut or not.
  const urls = [
    "https://example.com/news/2026/story?utm_source=rss",
    "https://example.com/news/2026/story?id=1&utm_medium=x&b=%2D1&c",
    "https://example.com/story?a=b c&d=é&e=%41&f=+&g=%2B&h=a%20b",
    "https://example.com/x?",
    "https://example.com/x#",
    "https://example.com/x#frag?utm_source=y",
    "https://example.com/x?a=1#:~:text=hello",
    "https://@example.com/a",
    "https://user@example.com/a",
    "https://example.com./a",
    "https://EXAMPLE.com:443/A/b/",
    "http://example.com:8080/",
    "https://example.com",
    "https://example.com/?",
    "https://example.com/?utm_source=x",
    "https://example.com/a//b",
    "https://example.com/a/http://other.example//x",
    "https://example.com/%7Euser/%2F/x%20y",
    "https://example.com/caf\u00e9/na\u00efve",
    "https://b\u00fccher.example/a",
    "https://[::1]:8443/a?b",
    "https://192.168.0.1/a",
    "https://example.com/a;b=c/d,e?x=1;y=2",
    "https://example.com/a?x=1&x=2&UTM_Campaign=z&fbclid=q&_ga=1",
    "https://example.com/a?%75tm_source=encoded",
    "https://example.com/a\\b",
    "https://example.com/a'b\"c<d>",
    "https://example.com/a{b}|c^d`e",
    "https://example.com/a?q=%E2%82%AC&r=%zz",
    "https://example.com/a/./b/../c",
    "https://example.com/index.html?",
  ];

  it.each(urls.map((url) => [url]))("gives %s the same form as normalize-url", (url) => {
    expect(canonicalizeUrl(url)).toBe(canonicalizeUrlSlowly(url));
  });

  it("gives relative links against a base the same form as normalize-url", () => {
    for (const [raw, base] of [["../b?utm_source=x", "https://example.com/news/a/"], ["b#x", "https://example.com/a/"], ["?q=1", "https://example.com/a"], ["//other.example/x?y", "https://example.com/"]]) {
      expect(canonicalizeUrl(raw, base)).toBe(canonicalizeUrlSlowly(raw as string, base));
    }
  });
});
