// GET /api/explain with whole bounces: the parsed fields beside the ranked explanations, and clean 400s.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { looksLikeStackTrace, readError, startTestServer, type TestServer } from "./serverHarness.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ app: { rateLimit: { max: 1000, timeWindowMs: 60_000 } } });
});

afterAll(async () => {
  await server.close();
});

const EXCHANGE_NDR = [
  "Delivery has failed to these recipients or groups:",
  "",
  "bob@fabrikam.example",
  "",
  "Diagnostic information for administrators:",
  "Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com",
  "Remote Server returned '550 5.7.606 Access denied, banned sending IP [192.0.2.7]. To request removal from this list please visit https://sender.office.com/'",
].join("\n");

describe("GET /api/explain with a whole NDR", () => {
  test("returns codes, who answered, recipients and the ranked explanations with who must act", async () => {
    const response = await server.get(`/api/explain?text=${encodeURIComponent(EXCHANGE_NDR)}`);
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result.parsed).toMatchObject({
      format: "exchange-ndr",
      replyCode: "550",
      enhancedCode: "5.7.606",
      answeredBy: "recipient-server",
      recipients: ["bob@fabrikam.example"],
    });
    expect(result.recognised).toBe(true);
    expect(result.explanations[0]).toMatchObject({ reason: "blocklisted", actor: "domain-admin" });
    expect(Array.isArray(result.matches)).toBe(true);
  });

  test("refuses an unknown language and HTML-with-script input is never echoed unescaped", async () => {
    const bad = await server.get(`/api/explain?text=550&lang=xx`);
    expect(bad.status).toBe(400);
    expect((await readError(bad)).message).toMatch(/lang/);
    const html = "<html><body><script>alert(1)</script><p>550 5.1.1 User unknown</p></body></html>";
    const response = await server.get(`/api/explain?text=${encodeURIComponent(html)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    const result = await response.json();
    expect(result.explanations[0].reason).toBe("unknown-recipient");
    expect(JSON.stringify(result.explanations)).not.toContain("<script>");
  });

  test("empty and binary text are 400 with a sentence, not a stack trace", async () => {
    for (const text of ["   ", "\u0001\u0002\u0003\u0004".repeat(40)]) {
      const response = await server.get(`/api/explain?text=${encodeURIComponent(text)}`);
      expect(response.status).toBe(400);
      const body = await response.text();
      expect(looksLikeStackTrace(body)).toBe(false);
    }
  });
});
