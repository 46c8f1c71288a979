// Entry point of `npm start`: reads the environment, picks the certificate,
// serves the built pane and the API, and shuts down cleanly on SIGINT/SIGTERM.
// Configuration mistakes end with one line on stderr and exit code 2.
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { RedisStore } from "../net/redisStore.js";
import { ConfigError } from "../net/runtimeConfig.js";
import { buildApp } from "./app.js";
import { startMetricsServer } from "./metricsServer.js";
import { loadHttpsCertificate, type HttpsCertificate } from "./httpsCertificate.js";
import { readServerConfig, type ServerConfig } from "./serverConfig.js";

// dist/node/server/main.js -> the project root is three levels up.
const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const PANE_DIR = join(PROJECT_DIR, "dist", "pane");
const CERTS_DIR = join(PROJECT_DIR, ".certs");
const SHUTDOWN_GRACE_MS = 10_000;

function fail(message: string, exitCode: number): never {
  process.stderr.write(`outbox-doctor server: ${message}\n`);
  process.exit(exitCode);
}

function readConfigOrExit(): ServerConfig {
  try {
    return readServerConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message, 2);
    throw error;
  }
}

function announce(app: FastifyInstance, config: ServerConfig, certificate: HttpsCertificate | null): void {
  if (config.runtime.allowPrivate) {
    app.log.warn(
      "OUTBOX_ALLOW_PRIVATE=1: probes may reach loopback and private addresses of this network. Use it for local testing only, never on a public server.",
    );
  }
  if (certificate === null) {
    app.log.info(
      `OUTBOX_HTTP=1: serving plain HTTP for a TLS-terminating reverse proxy${
        config.trustProxy === false ? "" : ` (trusting X-Forwarded-* from ${String(config.trustProxy)})`
      }.`,
    );
  } else {
    for (const note of certificate.notes) app.log.warn(note);
    app.log.info(
      `HTTPS certificate: ${certificate.source} (${certificate.certPath}, valid to ${certificate.validTo.toISOString()}). ${certificate.trustHint}`,
    );
  }
  app.log.info(
    config.redisUrl === null
      ? "Shared state in this process: set REDIS_URL to share limits, the discovery cache and stored reports between instances."
      : "Shared state in Redis (REDIS_URL).",
  );
  if (!existsSync(PANE_DIR))
    app.log.warn(`The task pane is not built (${PANE_DIR} is missing): run npm run build.`);
}

async function main(): Promise<void> {
  const config = readConfigOrExit();
  // The store logs through the app's logger once it exists; until then, stderr.
  let log: (level: "info" | "warn", message: string) => void = (_level, message) =>
    process.stderr.write(`outbox-doctor server: ${message}\n`);
  const store =
    config.redisUrl === null
      ? undefined
      : new RedisStore(config.redisUrl, {
          onStateChange: (state, detail) => {
            if (state === "ready") log("info", "shared store (Redis) connected");
            if (state === "down")
              log(
                "warn",
                `shared store (Redis) unreachable: ${detail}; limits fall back to this instance, stored reports answer 503 until it is back`,
              );
          },
        });
  if (store !== undefined) await store.connect();
  let certificate: HttpsCertificate | null = null;
  if (!config.plainHttp) {
    certificate = await loadHttpsCertificate({ env: process.env, homeDir: homedir(), certsDir: CERTS_DIR });
  }

  const app = await buildApp({
    config: config.runtime,
    paneDir: existsSync(PANE_DIR) ? PANE_DIR : null,
    rateLimit: config.rateLimit,
    maxProbesInFlight: config.maxProbesInFlight,
    logger: true,
    trustProxy: config.trustProxy,
    frameAncestors: config.frameAncestors,
    reportTtlMs: config.reportTtlMs,
    publicUrl: config.publicUrl,
    metricsRoute: config.metricsOnMainPort,
    ...(store === undefined ? {} : { store }),
    ...(certificate === null ? {} : { https: { key: certificate.key, cert: certificate.cert } }),
  });
  log = (level, message) => app.log[level](message);
  announce(app, config, certificate);
  const metricsServer =
    config.metricsPort === null ? null : await startMetricsServer(app.outboxMetrics, config.metricsPort);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: closing (waiting up to ${SHUTDOWN_GRACE_MS / 1000} s for running checks).`);
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    Promise.all([app.close(), metricsServer?.close()])
      .then(() => store?.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));

  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) fail(error.message, 2);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE") fail("the port is already in use: stop the other server or set PORT", 1);
  if (code === "EACCES") fail("not allowed to listen on that port: use a port above 1023", 1);
  fail(error instanceof Error ? error.message : String(error), 1);
});
