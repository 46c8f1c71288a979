// The companion server's HTTP API as seen by `fetch`: a jest.fn that answers
// by path with Response-like objects. The server itself is tested elsewhere.

import { jest } from "@jest/globals";

export interface FakeReply {
  status?: number;
  /** Sent as JSON; a string is sent as a body that is not JSON. */
  body: unknown;
  /** Resolve only when release() is called (to observe "running" states). */
  held?: boolean;
}

export type Routes = Record<string, FakeReply | ((url: URL) => FakeReply) | "network-error">;

export interface FakeServer {
  fetch: jest.Mock<(input: string | URL, init?: RequestInit) => Promise<Response>>;
  /** Paths with query, in call order. */
  calls(): string[];
  release(): void;
}

function responseLike(reply: FakeReply): Response {
  const status = reply.status ?? 200;
  const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
  return {
    ok: status >= 200 && status < 300,
    status,
    json: async () => JSON.parse(text) as unknown,
    text: async () => text,
  } as unknown as Response;
}

export function installFakeServer(routes: Routes): FakeServer {
  const calls: string[] = [];
  const held: Array<() => void> = [];
  const fetchMock = jest.fn(async (input: string | URL) => {
    const url = new URL(String(input), "https://pane.test/");
    calls.push(url.pathname + url.search);
    const route = routes[url.pathname];
    if (route === undefined || route === "network-error") throw new TypeError("Failed to fetch");
    const reply = typeof route === "function" ? route(url) : route;
    if (reply.held) await new Promise<void>((resolve) => held.push(resolve));
    return responseLike(reply);
  });
  (globalThis as { fetch?: unknown }).fetch = fetchMock;
  return {
    fetch: fetchMock,
    calls: () => [...calls],
    release: () => held.splice(0).forEach((resolve) => resolve()),
  };
}
