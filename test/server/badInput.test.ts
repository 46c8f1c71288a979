// Every class of bad input, through the API and the report page: a 400 with
// code bad-input and a one-line message, never a stack trace, never a hang.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { looksLikeStackTrace, readError, startTestServer, type TestServer } from "./serverHarness.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ app: { rateLimit: { max: 10_000, timeWindowMs: 60_000 } } });
});

afterAll(async () => {
  await server.close();
});

const long = (n: number) => "a".repeat(n);

// [what, path, a word the message must contain]
const BAD_INPUTS: Array<[string, string, RegExp]> = [
  ["missing email", "/api/settings", /email.*missing/],
  ["empty email", "/api/settings?email=", /email.*empty/],
  ["email over 320 characters", `/api/settings?email=${long(310)}%40${long(20)}.com`, /too long/],
  ["not an address", "/api/settings?email=not-an-address&offline=1", /./],
  ["duplicated email", "/api/settings?email=a%40b.com&email=c%40d.com", /more than once/],
  ["offline neither 1 nor 0", "/api/settings?email=a%40b.com&offline=maybe", /offline/],
  ["unknown parameter", "/api/verify?host=smtp.example.com&hots=1", /Unknown parameter "hots"/],
  ["array-style parameter", "/api/verify?host[]=smtp.example.com", /Unknown parameter/],
  ["missing host", "/api/verify?port=587", /host.*missing/],
  ["duplicated host", "/api/verify?host=a.example.com&host=b.example.com", /more than once/],
  ["CRLF in host", "/api/verify?host=smtp.example.com%0d%0aX-Injected:%201", /line break/],
  ["LF in email", "/api/settings?email=a%40b.com%0aBcc:x%40y.com", /line break/],
  ["NUL in host", "/api/verify?host=smtp%00.example.com", /control/],
  ["tab in host", "/api/verify?host=smtp%09example.com", /control/],
  ["right-to-left override in host", "/api/verify?host=smtp.exa%E2%80%AEmoc.com", /invisible|direction/],
  ["zero-width space in host", "/api/verify?host=smtp%E2%80%8B.example.com", /invisible|direction/],
  ["fullwidth letters in host", "/api/verify?host=%EF%BD%93mtp.example.com", /fullwidth/],
  ["mixed-script look-alike host", "/api/verify?host=%D1%80aypal.example.com", /./],
  ["invalid UTF-8", "/api/verify?host=%FF%FE", /percent-encoded UTF-8/],
  ["broken percent-encoding", "/api/verify?host=smtp%2.example.com", /percent-encoded/],
  ["encoded lone surrogate", "/api/verify?host=%ED%A0%80", /percent-encoded UTF-8/],
  ["port is not a number", "/api/verify?host=smtp.example.com&port=abc", /port/],
  ["port out of range", "/api/verify?host=smtp.example.com&port=70000", /port/],
  ["port with a sign", "/api/verify?host=smtp.example.com&port=-25", /port/],
  ["unknown security", "/api/verify?host=smtp.example.com&security=ssl", /tls/],
  ["security with port=all", "/api/verify?host=smtp.example.com&port=all&security=tls", /port=all/],
  ["host over 255 characters", `/api/verify?host=${long(300)}`, /too long/],
  ["IPv6 zone id", "/api/verify?host=fe80%3A%3A1%25eth0", /zone/],
  ["missing domain", "/api/domain", /domain.*missing/],
  ["domain with a space", "/api/domain?domain=exa%20mple.com", /./],
  ["empty text", "/api/explain?text=", /text.*empty/],
  ["whitespace-only text", "/api/explain?text=%20%20", /Paste an error/],
  ["text over 20,000 characters", `/api/explain?text=${long(20_001)}`, /too long/],
  ["control character in text", "/api/explain?text=535%075.7.3", /control/],
  ["a parameter on /healthz", "/healthz?x=1", /Unknown parameter/],
];

describe.each(BAD_INPUTS)("%s", (_what, path, word) => {
  test("is a one-line 400 bad-input without internals", async () => {
    const response = await server.get(path);
    const text = await response.clone().text();
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const error = await readError(response);
    expect(error.code).toBe("bad-input");
    expect(error.message).toMatch(word);
    expect(error.message).not.toMatch(/[\r\n]/);
    expect(looksLikeStackTrace(text)).toBe(false);
  });
});

describe("the report page renders bad input as an HTML error page", () => {
  test("same status, escaped message, no script", async () => {
    const response = await server.get("/verify?host=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;");
    expect(html).toContain('<p role="alert">');
    expect(looksLikeStackTrace(html)).toBe(false);
  });

  test("a port echoed in the message is escaped", async () => {
    const response = await server.get("/verify?host=smtp.example.com&port=%3Cb%3E");
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("&lt;b&gt;");
    expect(html).not.toContain("<b>");
  });
});
