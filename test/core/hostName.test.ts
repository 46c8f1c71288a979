import { InputError } from "../../src/core/errors.js";
import {
  parseIpLiteral,
  validateHostInput,
  validatePortInput,
  validateSecurityInput,
} from "../../src/core/hostName.js";

describe("parseIpLiteral", () => {
  test.each([
    ["127.0.0.1", "127.0.0.1"],
    ["2130706433", "127.0.0.1"],
    ["0x7f000001", "127.0.0.1"],
    ["0X7F000001", "127.0.0.1"],
    ["0177.0.0.1", "127.0.0.1"],
    ["0177.0.0.01", "127.0.0.1"],
    ["127.1", "127.0.0.1"],
    ["127.0.1", "127.0.0.1"],
    ["0x7f.1", "127.0.0.1"],
    ["0x7f.0.0.0x1", "127.0.0.1"],
    ["127.0.0.1.", "127.0.0.1"],
    ["0", "0.0.0.0"],
    ["0x", "0.0.0.0"],
    ["4294967295", "255.255.255.255"],
    ["192.168.0x1.01", "192.168.1.1"],
    ["10.0x10000", "10.1.0.0"],
  ])("IPv4 %s is %s", (input, address) => {
    expect(parseIpLiteral(input)).toEqual({ address, family: 4 });
  });

  test.each([
    ["::1", "::1"],
    ["[::1]", "::1"],
    ["0:0:0:0:0:0:0:1", "::1"],
    ["::", "::"],
    ["::ffff:127.0.0.1", "::ffff:127.0.0.1"],
    ["::ffff:7f00:1", "::ffff:127.0.0.1"],
    ["::127.0.0.1", "::7f00:1"],
    ["2001:DB8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
    ["2001:db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
    ["2001:0:0:1:0:0:0:1", "2001:0:0:1::1"],
    ["1:0:0:2:0:0:0:0", "1:0:0:2::"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2:3:4:5:6"],
    ["1::2:3:4:5:6:7", "1:0:2:3:4:5:6:7"],
    ["64:ff9b::10.0.0.1", "64:ff9b::a00:1"],
  ])("IPv6 %s is %s", (input, address) => {
    expect(parseIpLiteral(input)).toEqual({ address, family: 6 });
  });

  test.each([
    "4294967296",
    "256.0.0.1",
    "1.2.3.4.5",
    "1.2.3.256",
    "1.256.1",
    "08.0.0.1",
    "0x1g.0.0.1",
    "1..2.3",
    ".1.2.3",
    "1.2.3.4..",
    "-1.2.3.4",
    "1.2.3.4 ",
    "example.com",
    "fe80::1%eth0",
    "[fe80::1%25eth0]",
    "1::2::3",
    "1:2:3:4:5:6:7:8:9",
    "1:2:3:4:5:6:7",
    "12345::1",
    "::ffff:127.0.0.01",
    "::ffff:1.2.3",
    ":1:2:3:4:5:6:7",
    "[::1",
    "",
  ])("%j is not an IP literal", (input) => {
    expect(parseIpLiteral(input)).toBeNull();
  });
});

describe("validateHostInput", () => {
  test.each([
    ["smtp.office365.com", "smtp.office365.com"],
    ["SMTP.Gmail.COM", "smtp.gmail.com"],
    ["smtp.gmail.com.", "smtp.gmail.com"],
    ["  smtp.gmail.com  ", "smtp.gmail.com"],
    ["localhost", "localhost"],
    ["mail-1.example.co.uk", "mail-1.example.co.uk"],
    ["xn--bcher-kva.de", "xn--bcher-kva.de"],
    ["bücher.de", "xn--bcher-kva.de"],
    ["BÜCHER.de", "xn--bcher-kva.de"],
    ["почта.рф", "xn--80a1acny.xn--p1ai"],
    ["2130706433", "127.0.0.1"],
    ["[::1]", "::1"],
    ["::FFFF:7F00:1", "::ffff:127.0.0.1"],
    [`${"a".repeat(63)}.com`, `${"a".repeat(63)}.com`],
  ])("%j becomes %j", (input, host) => {
    expect(validateHostInput(input)).toBe(host);
  });

  test("a name of exactly 253 characters is accepted", () => {
    const name = `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(61)}`;
    expect(name).toHaveLength(253);
    expect(validateHostInput(name)).toBe(name);
  });

  test.each([
    [undefined, "host is missing"],
    [null, "host is missing"],
    [42, "host must be text"],
    [["a.com"], "host must be text"],
    ["", "host is empty"],
    ["   ", "host is empty"],
    ["smtp.example.com\r\nMAIL FROM:<a@b>", "control character (U+000D)"],
    ["smtp.example.com\n", "control character (U+000A)"],
    ["smtp.exa\u0000mple.com", "control character (U+0000)"],
    ["\u001b[31mred.com", "control character (U+001B)"],
    ["smtp example.com", "contains a space"],
    ["smtp\u00a0example.com", "contains a space"],
    ["smtp\texample.com", "control character (U+0009)"],
    ["gma\u200bil.com", "invisible character (U+200B)"],
    ["gmail.com\u202e", "invisible character (U+202E)"],
    ["gm\u00adail.com", "invisible character (U+00AD)"],
    ["\ufeffgmail.com", "invisible character (U+FEFF)"],
    ["smtp\uff0egmail\uff0ecom", "fullwidth or ideographic character (U+FF0E)"],
    ["smtp\u3002gmail\u3002com", "fullwidth or ideographic character (U+3002)"],
    ["\uff11\uff12\uff17.0.0.1", "fullwidth or ideographic character (U+FF11)"],
    ["ｓｍｔｐ.gmail.com", "fullwidth or ideographic character"],
    ["gmаil.com", "mixes Latin, Cyrillic or Greek"], // Cyrillic а
    ["pаypal.com", "mixes Latin, Cyrillic or Greek"],
    ["smtp_relay.example.com", 'host contains "_"'],
    ["user@smtp.example.com", 'host contains "@"'],
    ["bücher.de@127.0.0.1", 'host contains "@"'],
    ["smtp.example.com/path", 'host contains "/"'],
    ["smtp.example.com:587", "without the port"],
    ["http://smtp.example.com", "not a URL"],
    ["smtp.example.com:", "not a valid IPv6 address"],
    ["fe80::1%eth0", "zone ids"],
    ["[1.2.3.4]", "not a valid IPv6 address"],
    ["smtp..example.com", "empty label"],
    [".example.com", "empty label"],
    ["example.com..", "empty label"],
    ["-smtp.example.com", "letters, digits, hyphens and dots"],
    ["smtp-.example.com", "letters, digits, hyphens and dots"],
    [`${"a".repeat(64)}.com`, "longer than 63 characters"],
    [`${"a.".repeat(127)}ab`, "too long (256 characters"],
    ["x".repeat(2000), "host is too long (2000 characters)"],
    ["1.2.3.256", "not a valid IPv4 address"],
    ["1.2.3.4.5", "not a valid IPv4 address"],
    ["example.123", "not a valid IPv4 address"],
    [`${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(62)}`, "too long (254 characters"],
  ])("%j is refused: %s", (input, message) => {
    expect(() => validateHostInput(input)).toThrow(InputError);
    expect(() => validateHostInput(input)).toThrow(message);
  });
});

describe("validatePortInput", () => {
  test.each([
    [587, 587],
    ["587", 587],
    [1, 1],
    ["65535", 65535],
  ])("%j is %d", (input, port) => {
    expect(validatePortInput(input)).toBe(port);
  });

  test.each([
    [undefined, "port is missing"],
    ["", "not a whole number"],
    ["58 7", "not a whole number"],
    [" 587", "not a whole number"],
    ["587.0", "not a whole number"],
    ["0x24b", "not a whole number"],
    ["0587", "not a whole number"],
    ["-1", "not a whole number"],
    ["0", "not a whole number"],
    ["65536", "out of range"],
    ["99999", "out of range"],
    ["1e3", "not a whole number"],
    [0, "not a whole number"],
    [587.5, "not a whole number"],
    [65536, "not a whole number"],
    [Number.NaN, "not a whole number"],
    [true, "port must be a number"],
  ])("%j is refused", (input, message) => {
    expect(() => validatePortInput(input)).toThrow(InputError);
    expect(() => validatePortInput(input)).toThrow(message);
  });
});

describe("validateSecurityInput", () => {
  test.each([
    ["starttls", "starttls"],
    ["STARTTLS", "starttls"],
    ["Tls", "tls"],
    ["none", "none"],
    [" none ", "none"],
  ])("%j is %s", (input, security) => {
    expect(validateSecurityInput(input)).toBe(security);
  });

  test.each([
    [undefined, "security is missing"],
    ["", "is not one of starttls, tls, none"],
    ["ssl", 'for "SSL/TLS", implicit TLS, use tls'],
    ["SSL/TLS", "use tls"],
    ["auto", "is not one of starttls, tls, none"],
    [1, "security must be text"],
  ])("%j is refused", (input, message) => {
    expect(() => validateSecurityInput(input)).toThrow(InputError);
    expect(() => validateSecurityInput(input)).toThrow(message);
  });
});
