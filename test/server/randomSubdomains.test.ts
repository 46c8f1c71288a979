// 10,000 random subdomains from one client: discovery is a probe-budget
// route now, so the client gets at most its 20 discoveries and then 429s; the server
// answers every request in the error shape, nothing is a 5xx, and the
// upstream (a local autoconfig server here) sees no more than the budget.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { startHttpsPeer, type HttpsPeer } from "../peers/httpsPeer.js";
import { startTestServer, type TestServer } from "./serverHarness.js";

let upstream: HttpsPeer;
let server: TestServer;

beforeAll(async () => {
  upstream = await startHttpsPeer({ plain: true, routes: {} });
  server = await startTestServer({
    config: {
      allowPrivate: true,
      allowHttpAutoconfig: true,
      autoconfigBaseUrl: upstream.url,
      ispdbUrl: `${upstream.url}/v1.1/`,
    },
    app: { generalRateLimit: { max: 100_000, timeWindowMs: 60_000 } },
  });
});

afterAll(async () => {
  await server.close();
  await upstream.close();
});

test("10,000 random subdomains: at most 20 discoveries, then 429, never a 5xx", async () => {
  const statuses = new Map<number, number>();
  let overBudget = 0;
  const batch = 500;
  for (let start = 0; start < 10_000; start += batch) {
    const answers = await Promise.all(
      Array.from({ length: batch }, () =>
        server.app.inject({
          url: `/api/settings?email=ann@${randomBytes(6).toString("hex")}.victim-org.com`,
        }),
      ),
    );
    for (const answer of answers) {
      statuses.set(answer.statusCode, (statuses.get(answer.statusCode) ?? 0) + 1);
      if (answer.statusCode !== 200) expect(answer.json()).toHaveProperty("error.code");
      if (/Too many checks from your address/.test(answer.body)) overBudget += 1;
    }
  }
  // The budget lets 20 through (discovery may refuse some of those as busy, also 429).
  expect(statuses.get(429)).toBeGreaterThanOrEqual(10_000 - 20);
  expect(overBudget).toBe(10_000 - 20);
  expect((statuses.get(200) ?? 0) + (statuses.get(504) ?? 0)).toBeLessThanOrEqual(20);
  expect([...statuses.keys()].filter((status) => status >= 500 && status !== 504)).toEqual([]);
  // At most the budget's worth of discoveries reached the upstream (up to 3 documents each).
  expect(upstream.requests.length).toBeLessThanOrEqual(20 * 3);
}, 120_000);
