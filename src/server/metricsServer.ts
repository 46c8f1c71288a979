// GET /metrics on a port of its own (OUTBOX_METRICS_PORT), bound to the
// loopback interface: a Prometheus agent on the same machine scrapes it, the
// public port does not expose it.
import Fastify, { type FastifyInstance } from "fastify";
import type { ServerMetrics } from "./metrics.js";

export const METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

export async function startMetricsServer(
  metrics: ServerMetrics,
  port: number,
  host = "127.0.0.1",
): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get("/metrics", async (_request, reply) => {
    reply.header("cache-control", "no-store").type(METRICS_CONTENT_TYPE);
    return metrics.render();
  });
  await app.listen({ port, host });
  return app;
}
