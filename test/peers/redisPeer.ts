// A real redis-server (Debian's package; scripts/ensureRedis.sh installs it)
// on a free loopback port, without persistence, started and stopped by the
// test itself. `stop()` kills it mid-run and `start()` brings it back on the
// same port, so tests can watch the server fall back and reconnect.
//
//   const redis = await startRedisPeer();   // null when redis-server is absent
//   ... REDIS_URL = redis.url ...
//   await redis.close();
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer, Socket } from "node:net";

export interface RedisPeer {
  url: string;
  port: number;
  /** Kills the server (SIGKILL: like a crash); its data is gone. */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  /** One command over a raw connection (INFO, DBSIZE, ...), answer as text. */
  command(...args: string[]): Promise<string>;
  close(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 10_000;

/** The redis-server binary, or null (the caller skips with a message). */
export function findRedisServer(): string | null {
  const found = spawnSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" });
  const path = found.stdout.trim();
  return found.status === 0 && path !== "" ? path : null;
}

export const REDIS_MISSING_MESSAGE =
  "redis-server is not installed and could not be installed (scripts/ensureRedis.sh): the Redis tests are skipped";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function encode(args: string[]): string {
  return `*${args.length}\r\n${args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`).join("")}`;
}

/** Sends one command and resolves with the raw reply once a complete one has arrived. */
export function rawRedisCommand(port: number, args: string[], timeoutMs = 2000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    let data = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`redis on ${port}: no answer to ${args[0]}`));
    }, timeoutMs);
    const done = (error: Error | null, text?: string) => {
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error);
      else resolve(text ?? "");
    };
    socket.once("error", (error) => done(error));
    socket.on("data", (chunk) => {
      data += chunk.toString("utf8");
      const bulk = /^\$(\d+)\r\n/.exec(data);
      if (bulk) {
        const length = Number(bulk[1]);
        const body = Buffer.from(data.slice(bulk[0].length), "utf8");
        if (body.length >= length + 2) done(null, body.subarray(0, length).toString("utf8"));
      } else if (data.endsWith("\r\n")) {
        done(null, data.trimEnd());
      }
    });
    socket.connect(port, "127.0.0.1", () => socket.write(encode(args)));
  });
}

async function waitForPong(port: number, child: ChildProcess): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}`);
    try {
      if ((await rawRedisCommand(port, ["PING"], 500)) === "+PONG") return;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > STARTUP_TIMEOUT_MS) throw new Error("redis-server did not answer PING");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts redis-server on a free loopback port; null when it is not installed. */
export async function startRedisPeer(): Promise<RedisPeer | null> {
  const binary = findRedisServer();
  if (binary === null) return null;
  const port = await freePort();
  let child: ChildProcess | null = null;

  const start = async (): Promise<void> => {
    const process = spawn(
      binary,
      [
        "--port",
        String(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--protected-mode",
        "yes",
      ],
      { stdio: "ignore" },
    );
    child = process;
    await waitForPong(port, process);
  };

  const stop = async (): Promise<void> => {
    const running = child;
    child = null;
    if (running === null || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once("exit", () => resolve());
      running.kill("SIGKILL");
    });
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start,
    command: (...args) => rawRedisCommand(port, args),
    close: stop,
  };
}
