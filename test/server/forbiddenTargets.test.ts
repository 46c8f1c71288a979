// The probe refuses loopback, private, link-local and shared addresses in
// every spelling, and ports outside the list, with 403 forbidden-target before
// it connects anywhere. A listening SMTP peer on 127.0.0.1 proves it: it must
// never see a connection.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { looksLikeStackTrace, readError, startTestServer, type TestServer } from "./serverHarness.js";
import { startSmtpPeer, type SmtpPeer } from "./smtpTestPeer.js";

let server: TestServer;
let smtp: SmtpPeer;

beforeAll(async () => {
  smtp = await startSmtpPeer();
  server = await startTestServer({
    config: { allowPrivate: false, probePorts: [25, 465, 587, 2525, smtp.port] },
    app: { rateLimit: { max: 10_000, timeWindowMs: 60_000 } },
    dnsRecords: { "loopback.example.test": { A: ["127.0.0.1"] } },
  });
});

afterAll(async () => {
  await server.close();
  await smtp.close();
});

const SPELLINGS = [
  "127.0.0.1",
  "2130706433",
  "0x7f000001",
  "0177.0.0.1",
  "127.1",
  "[::1]",
  "::1",
  "::ffff:127.0.0.1",
  "169.254.169.254",
  "10.0.0.1",
  "192.168.1.1",
  "172.16.0.1",
  "100.64.0.1",
  "0.0.0.0",
  "loopback.example.test",
];

describe.each(SPELLINGS)("host %s", (host) => {
  test("is 403 forbidden-target on the API", async () => {
    const response = await server.get(
      `/api/verify?host=${encodeURIComponent(host)}&port=${smtp.port}&security=none`,
    );
    const text = await response.clone().text();
    expect(response.status).toBe(403);
    expect((await readError(response)).code).toBe("forbidden-target");
    expect(looksLikeStackTrace(text)).toBe(false);
  });
});

test("the report page's check refuses with an HTML 403", async () => {
  const response = await server.postForm("/verify", {
    host: "127.1",
    port: String(smtp.port),
    security: "none",
  });
  expect(response.status).toBe(403);
  expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(await response.text()).toContain("forbidden-target");
});

test("a port outside OUTBOX_PROBE_PORTS is 403", async () => {
  const response = await server.get("/api/verify?host=smtp.example.com&port=8080");
  expect(response.status).toBe(403);
  const error = await readError(response);
  expect(error.code).toBe("forbidden-target");
  expect(error.message).toMatch(/8080/);
});

test.each(["localhost", "smtp.localhost", "smtp.invalid", "mail.test", "printer.local", "router.home.arpa"])(
  "special-use name %s is refused by name, without a DNS query",
  async (host) => {
    const response = await server.get(`/api/verify?host=${encodeURIComponent(host)}&port=587`);
    expect(response.status).toBe(403);
    const error = await readError(response);
    expect(error.code).toBe("forbidden-target");
    expect(error.message).toContain("public internet");
    expect(server.dns.queries.filter((query) => query.startsWith(host.toLowerCase()))).toEqual([]);
  },
);

test("none of the refused targets was ever dialled", () => {
  expect(smtp.connections).toBe(0);
});
