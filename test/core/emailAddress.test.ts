import { describe, expect, it } from "@jest/globals";
import { parseEmailAddress, parseMailDomain } from "../../src/core/emailAddress.js";
import { InputError } from "../../src/core/errors.js";
import {
  domainToAscii,
  domainToUnicode,
  labelToUnicode,
  PunycodeError,
  punycodeDecode,
  punycodeEncode,
} from "../../src/core/punycode.js";

describe("punycode (RFC 3492)", () => {
  // Sample strings from RFC 3492 section 7.1.
  const vectors: Array<[string, number[], string]> = [
    [
      "(A) Arabic (Egyptian)",
      [
        0x644, 0x64a, 0x647, 0x645, 0x627, 0x628, 0x62a, 0x643, 0x644, 0x645, 0x648, 0x634, 0x639, 0x631,
        0x628, 0x64a, 0x61f,
      ],
      "egbpdaj6bu4bxfgehfvwxn",
    ],
    [
      "(B) Chinese (simplified)",
      [0x4ed6, 0x4eec, 0x4e3a, 0x4ec0, 0x4e48, 0x4e0d, 0x8bf4, 0x4e2d, 0x6587],
      "ihqwcrb4cv8a8dqg056pqjye",
    ],
    [
      "(L) 3<nen>B<gumi><kinpachi><sensei>",
      [0x33, 0x5e74, 0x42, 0x7d44, 0x91d1, 0x516b, 0x5148, 0x751f],
      "3B-ww4c5e180e575a65lsy2b",
    ],
  ];

  it.each(vectors)("%s encodes and decodes", (_name, codePoints, encoded) => {
    const unicode = String.fromCodePoint(...codePoints);
    expect(punycodeEncode(unicode)).toBe(encoded);
    expect(punycodeDecode(encoded)).toBe(unicode);
  });

  it("keeps the case of basic code points (RFC 3492 sample M)", () => {
    const text = "\u5b89\u5ba4\u5948\u7f8e\u6075-with-SUPER-MONKEYS";
    expect(punycodeEncode(text)).toBe("-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n");
    expect(punycodeDecode("-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n")).toBe(text);
  });

  it("round-trips characters outside the Basic Multilingual Plane", () => {
    const text = "mail\u{1f600}box";
    expect(punycodeDecode(punycodeEncode(text))).toBe(text);
  });

  it.each([
    ["bücher.example", "xn--bcher-kva.example"],
    ["münchen.de", "xn--mnchen-3ya.de"],
    ["пример.рф", "xn--e1afmkfd.xn--p1ai"],
    ["例え.テスト", "xn--r8jz45g.xn--zckzah"],
    ["straße.de", "xn--strae-oqa.de"],
  ])("converts the domain %s both ways", (unicode, ascii) => {
    expect(domainToAscii(unicode)).toBe(ascii);
    expect(domainToUnicode(ascii)).toBe(unicode);
  });

  it.each(["xn--abc-", "xn--zz", "xn--abc-d", "xn--99999999999", "xn--"])(
    "rejects the fake or broken A-label %s",
    (label) => {
      expect(() => labelToUnicode(label)).toThrow(PunycodeError);
    },
  );
});

describe("parseEmailAddress: accepted forms", () => {
  it.each([
    ["ann@example.com", "ann@example.com", "ann", "example.com"],
    ["  ann@example.com  ", "ann@example.com", "ann", "example.com"],
    ["\u00a0ann@example.com\u200b", "ann@example.com", "ann", "example.com"],
    ["\ufeffann@example.com\n", "ann@example.com", "ann", "example.com"],
    ["Ann@EXAMPLE.COM", "Ann@example.com", "Ann", "example.com"],
    ["Ann Example <ann@example.com>", "ann@example.com", "ann", "example.com"],
    ['"Example, Ann" <ann@Example.org>', "ann@example.org", "ann", "example.org"],
    ["<ann@example.com>", "ann@example.com", "ann", "example.com"],
    ["mailto:ann@example.com", "ann@example.com", "ann", "example.com"],
    ["MAILTO:ann@example.com?subject=Hello", "ann@example.com", "ann", "example.com"],
    ["mailto:ann%2Bnews@example.com", "ann+news@example.com", "ann+news", "example.com"],
    ["ann@example.com.", "ann@example.com", "ann", "example.com"],
    ["o'brien@example.ie", "o'brien@example.ie", "o'brien", "example.ie"],
    ["first.last@sub.example.co.uk", "first.last@sub.example.co.uk", "first.last", "sub.example.co.uk"],
    [
      "x_y-z!#$%&*/=?^`{|}~@example.com",
      "x_y-z!#$%&*/=?^`{|}~@example.com",
      "x_y-z!#$%&*/=?^`{|}~",
      "example.com",
    ],
    ["ann@bücher.example", "ann@xn--bcher-kva.example", "ann", "xn--bcher-kva.example"],
    ["ann@BÜCHER.example", "ann@xn--bcher-kva.example", "ann", "xn--bcher-kva.example"],
    ["ann@xn--bcher-kva.example", "ann@xn--bcher-kva.example", "ann", "xn--bcher-kva.example"],
    ["ann@XN--BCHER-KVA.EXAMPLE", "ann@xn--bcher-kva.example", "ann", "xn--bcher-kva.example"],
    ["ann@例え。テスト", "ann@xn--r8jz45g.xn--zckzah", "ann", "xn--r8jz45g.xn--zckzah"],
    ["josé@example.es", "josé@example.es", "josé", "example.es"],
  ])("%j -> %s", (input, address, localPart, domain) => {
    const parsed = parseEmailAddress(input);
    expect(parsed.address).toBe(address);
    expect(parsed.localPart).toBe(localPart);
    expect(parsed.domain).toBe(domain);
  });

  it("gives the Unicode form of an internationalised domain, typed either way", () => {
    expect(parseEmailAddress("ann@bücher.example").unicodeDomain).toBe("bücher.example");
    expect(parseEmailAddress("ann@xn--bcher-kva.example").unicodeDomain).toBe("bücher.example");
    expect(parseEmailAddress("ann@example.com").unicodeDomain).toBe("example.com");
  });

  it.each([
    ["ann+news@example.com", "ann"],
    ["ann+a+b@example.com", "ann"],
    ["ann@example.com", "ann"],
    ["+news@example.com", "+news"],
  ])("%s has base local part %s", (input, base) => {
    expect(parseEmailAddress(input).baseLocalPart).toBe(base);
  });

  it("accepts a 64-byte local part, a 63-character label and a 253-character domain", () => {
    const label = "a".repeat(63);
    const domain = `${label}.${label}.${label}.${"b".repeat(57)}.com`;
    expect(domain.length).toBe(253);
    const parsed = parseEmailAddress(`${"x".repeat(64)}@${domain}`);
    expect(parsed.domain).toBe(domain);
  });
});

describe("parseEmailAddress: rejected input", () => {
  it.each([
    ["", /Enter an email address/],
    ["   \u00a0 ", /Enter an email address/],
    ["ann.example.com", /has no @/],
    ["ann@@example.com", /more than one @/],
    ["ann@work@example.com", /more than one @/],
    ["@example.com", /nothing before the @/],
    ["ann@", /nothing after the @/],
    [`${"x".repeat(65)}@example.com`, /65 bytes long; the limit is 64/],
    [`${"é".repeat(33)}@example.com`, /66 bytes long; the limit is 64/],
    [`ann@${"a".repeat(64)}.com`, /64 characters long; the limit is 63/],
    [`ann@${Array.from({ length: 4 }, () => "a".repeat(63)).join(".")}.com`, /the limit is 253/],
    ["ann smith@example.com", /contains a space/],
    ["ann,smith@example.com", /contains "," \(U\+002C\)/],
    ["ann@exa mple.com", /contains a space/],
    ["ann@exa_mple.com", /contains "_"/],
    ["ann..smith@example.com", /two dots in a row/],
    [".ann@example.com", /starts or ends with a dot/],
    ["ann.@example.com", /starts or ends with a dot/],
    ["ann@example..com", /two dots in a row/],
    ["ann@.example.com", /starts or ends with a dot/],
    ["ann@-example.com", /starts or ends with a hyphen/],
    ["ann@example-.com", /starts or ends with a hyphen/],
    ["ann@[192.0.2.1]", /IP-address domains like \[192\.0\.2\.1\] are not supported/],
    ["ann@[IPv6:2001:db8::1]", /IP-address domains .* are not supported/],
    ["ann@192.0.2.1", /looks like an IP address/],
    ["ann@localhost", /has no dot.*ann@localhost cannot be reached/],
    ["ann@example.com\r\nBcc: eve@example.net", /line break or control character/],
    ["ann\u0000@example.com", /line break or control character/],
    ["ann\t@example.com", /line break or control character/],
    ["mailto:ann@example.com%0D%0ABcc:eve@example.net", /line break or control character/],
    ["mailto:ann%ZZ@example.com", /broken %-escape/],
    ["mailto:ann@example.com,bob@example.com", /several addresses/],
    ["Ann <ann@example.com", /unbalanced angle brackets/],
    ["Ann <ann@example.com> <bob@example.com>", /unbalanced angle brackets/],
    ['"ann smith"@example.com', /Quoted local parts/],
    ["ann@xn--zz.com", /not valid Punycode/],
    ["ann@xn--a.com", /decodes to characters that are not allowed/],
    ["ann@exam☃ple.com", /contains "☃"/],
  ])("%j -> %s", (input, message) => {
    let caught: unknown;
    try {
      parseEmailAddress(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    const text = (caught as InputError).message;
    expect(text).toMatch(message);
    expect(text.split("\n")).toHaveLength(1);
  });

  it("rejects a value that is not a string with a message, not a TypeError", () => {
    expect(() => parseEmailAddress(undefined as unknown as string)).toThrow(InputError);
    expect(() => parseEmailAddress(42 as unknown as string)).toThrow("Enter an email address.");
  });
});

describe("parseMailDomain", () => {
  it("validates bare domains the same way", () => {
    expect(parseMailDomain("Bücher.Example")).toEqual({
      domain: "xn--bcher-kva.example",
      unicodeDomain: "bücher.example",
    });
    expect(() => parseMailDomain("localhost")).toThrow(InputError);
  });
});
