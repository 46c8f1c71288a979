// The inline scripts of the pane page and their CSP hashes (src/server/inlineScripts.ts).
import { describe, expect, test } from "@jest/globals";
import { inlineScriptHashes, inlineScripts } from "../../src/server/inlineScripts.js";

describe("inlineScripts", () => {
  test("takes the text of every script without src, in page order, and leaves scripts with src out", () => {
    const html =
      '<html><head><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>' +
      "<SCRIPT>first()</SCRIPT></head><body><script defer src=boot.js></script>" +
      '<script type="text/javascript">\nsecond("<\\/script>")\n</script ><script></script></body></html>';
    expect(inlineScripts(html)).toEqual(["first()", '\nsecond("<\\/script>")\n', ""]);
  });

  test("an attribute that only ends in src is not a src", () => {
    expect(inlineScripts('<script data-src="x">third()</script>')).toEqual(["third()"]);
  });

  test("hashes as CSP does: SHA-256 of the UTF-8 text, base64, quoted", () => {
    // The example of the CSP Level 2 hash source, as MDN gives it.
    expect(inlineScriptHashes("<script>alert('Hello, world.');</script>")).toEqual([
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    ]);
    // Non-ASCII text hashes its UTF-8 bytes: different from the Latin-1 reading.
    const [german] = inlineScriptHashes("<script>t('Übersicht')</script>");
    expect(german).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(german).not.toBe(inlineScriptHashes("<script>t('Ubersicht')</script>")[0]);
  });

  test("the same script twice is one hash; a page without inline scripts has none", () => {
    expect(inlineScriptHashes("<script>a()</script><script>a()</script>")).toHaveLength(1);
    expect(inlineScriptHashes('<script src="a.js"></script>')).toEqual([]);
  });
});
