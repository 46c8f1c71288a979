// Real SMTP servers on 127.0.0.1 for the probe tests: the smtp-server
// package for well-behaved servers (any TLS, AUTH and STARTTLS setup), and
// raw node:net servers for the misbehaving ones (silent, drip-feeding,
// flooding, hanging up, wrong greeting). Every peer listens on an ephemeral
// port; close() ends its connections too, so tests leave no open handles.
import { createServer, type Server, type Socket } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

export const PEER_HOST = "127.0.0.1";

export interface RunningPeer {
  readonly port: number;
  close(): Promise<void>;
}

export interface SmtpPeer extends RunningPeer {
  /** The TLS server name (SNI) each secured session asked for; null when none was sent. */
  readonly servernames: Array<string | null>;
}

export interface SmtpPeerOptions extends SMTPServerOptions {
  /**
   * Hide AUTH until the session is encrypted, like Postfix's
   * smtpd_tls_auth_only: smtp-server itself lists AUTH before STARTTLS and
   * only refuses to run it, which the probe rightly reports as auth-before-tls.
   */
  authOnlyUnderTls?: boolean;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, PEER_HOST, () => {
      const address = server.address();
      if (address === null || typeof address === "string") reject(new Error("no port"));
      else resolve(address.port);
    });
  });
}

export async function startSmtpPeer(options: SmtpPeerOptions = {}): Promise<SmtpPeer> {
  const { authOnlyUnderTls = false, ...smtpOptions } = options;
  const servernames: Array<string | null> = [];
  const server = new SMTPServer({
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 100,
    banner: "Outbox Doctor test peer",
    authMethods: ["PLAIN", "LOGIN"],
    ...smtpOptions,
    onConnect(session, callback) {
      // A session-level list replaces the server's disabledCommands for this session.
      if (authOnlyUnderTls && !session.secure)
        session.disabledCommands = ["AUTH", ...(smtpOptions.disabledCommands ?? [])];
      callback();
    },
    onSecure(socket, session, callback) {
      servernames.push(session.servername || null);
      if (authOnlyUnderTls) session.disabledCommands = [...(smtpOptions.disabledCommands ?? [])];
      callback();
    },
  });
  // A client that leaves mid-handshake (as the probe does at its deadline) is an error event here.
  server.on("error", () => undefined);
  const port = await listen(server.server);
  return {
    port,
    servernames,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A plain TCP server that hands each connection to `onConnection`; close() destroys them all. */
export async function startRawPeer(onConnection: (socket: Socket) => void): Promise<RunningPeer> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    onConnection(socket);
  });
  const port = await listen(server);
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Accepts connections and never says a word. */
export function startSilentPeer(): Promise<RunningPeer> {
  return startRawPeer(() => undefined);
}

/**
 * A line-based server: sends `greeting`, then answers each command line with
 * what `respond` returns: text to send, "close" to hang up, or null for silence.
 */
export function startScriptedPeer(
  greeting: string,
  respond: (command: string) => string | "close" | null,
): Promise<RunningPeer> {
  return startRawPeer((socket) => {
    socket.write(greeting);
    let buffer = "";
    socket.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("latin1");
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const command = buffer.slice(0, newline).replace(/\r$/, "");
        buffer = buffer.slice(newline + 1);
        const answer = respond(command);
        if (answer === "close") {
          socket.destroy();
          return;
        }
        if (answer !== null) socket.write(answer);
      }
    });
  });
}

/** Sends `text` one byte every `intervalMs`, forever if the client waits: a slow-loris server. */
export function startDripFeedPeer(text: string, intervalMs: number): Promise<RunningPeer> {
  return startRawPeer((socket) => {
    let index = 0;
    const timer = setInterval(() => {
      if (socket.destroyed) {
        clearInterval(timer);
        return;
      }
      socket.write(text[index % text.length] as string);
      index++;
    }, intervalMs);
    socket.on("close", () => clearInterval(timer));
  });
}

/** Greets with one reply line of `length` bytes (no line end until then). */
export function startFloodPeer(length: number): Promise<RunningPeer> {
  return startRawPeer((socket) => {
    socket.write(`220 ${"x".repeat(length)}\r\n`);
  });
}

/** A port where nothing listens (bound once, then released), for "connection refused". */
export async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
