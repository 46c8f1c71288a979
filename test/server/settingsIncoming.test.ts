// /api/settings carries the whole account: the incoming (IMAP/POP3) half
// beside the outgoing servers, the provider's ownership of the domain, and
// refuses the retired "other" account type.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { resolveSettings } from "../../src/core/resolveSettings.js";
import { readError, startTestServer, type TestServer } from "./serverHarness.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ app: { rateLimit: { max: 1000, timeWindowMs: 60_000 } } });
});

afterAll(async () => {
  await server.close();
});

describe("GET /api/settings: incoming servers", () => {
  test("returns the resolver's incoming servers unchanged, IMAP first", async () => {
    const response = await server.get("/api/settings?email=ann%40gmail.com&offline=1");
    expect(response.status).toBe(200);
    const settings = await response.json();
    expect(settings.incoming).toEqual(resolveSettings("ann@gmail.com").incoming);
    expect(settings.incoming[0]).toMatchObject({
      protocol: "imap",
      host: "imap.gmail.com",
      port: 993,
      security: "tls",
      username: "ann@gmail.com",
    });
  });

  test("says whether the provider owns the address's domain", async () => {
    const own = await (await server.get("/api/settings?email=ann%40gmail.com&offline=1")).json();
    expect(own.provider.ownsDomain).toBe(true);
    const hosted = await (
      await server.get("/api/settings?email=ann%40contoso.test&accountType=gmail&offline=1")
    ).json();
    expect(hosted.provider.id).toBe("google-workspace");
    expect(hosted.provider.ownsDomain).toBe(false);
  });

  test("has an empty incoming list for an unknown domain", async () => {
    const settings = await (
      await server.get("/api/settings?email=ann%40unknown-domain.test&offline=1")
    ).json();
    expect(settings.incoming).toEqual([]);
  });

  test("refuses accountType=other (Office.js has exactly four account types)", async () => {
    const response = await server.get("/api/settings?email=ann%40outlook.com&accountType=other&offline=1");
    expect(response.status).toBe(400);
    expect((await readError(response)).message).toMatch(/enterprise, gmail, office365, outlookCom/);
  });
});
