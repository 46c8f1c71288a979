// Real SMTP servers on 127.0.0.1 for the probe tests: the smtp-server
// package for well-behaved servers (any TLS, AUTH and STARTTLS setup), and
// raw node:net servers for the misbehaving ones (silent, drip-feeding,
// flooding, hanging up, wrong greeting). Every peer listens on an ephemeral
// port; close() ends its connections too, so tests leave no open handles.
import { createServer, type Server, type Socket } from "node:net";
import { createServer as createTlsServer, TLSSocket } from "node:tls";
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

function listen(server: Server | import("node:tls").Server): Promise<number> {
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

/** Splits a stream into command lines and hands each to `onLine` (CR stripped). */
function readLines(socket: Socket, onLine: (line: string) => void): void {
  let buffer = "";
  socket.on("data", (chunk: Buffer) => {
    buffer += chunk.toString("latin1");
    let newline: number;
    while ((newline = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, newline).replace(/\r$/, "");
      buffer = buffer.slice(newline + 1);
      onLine(line);
    }
  });
}

/**
 * An implicit-TLS (port 465 style) line-based server: TLS from the first
 * byte, then like startScriptedPeer. `respond` gets each command line and
 * returns text to send, "close" to hang up, or null for silence.
 */
export async function startScriptedTlsPeer(
  certificate: { key: string; cert: string },
  greeting: string,
  respond: (command: string) => string | "close" | null,
): Promise<RunningPeer> {
  const sockets = new Set<Socket>();
  const server = createTlsServer({ key: certificate.key, cert: certificate.cert }, (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    socket.write(greeting);
    readLines(socket, (line) => {
      if (socket.destroyed) return;
      const answer = respond(line);
      if (answer === "close") socket.destroy();
      else if (answer !== null) socket.write(answer);
    });
  });
  server.on("tlsClientError", () => undefined);
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

/**
 * A STARTTLS server that pipelines plaintext after its "220 ready to start
 * TLS" (`injected`, sent in the same write), then upgrades: what a man in
 * the middle does to smuggle replies in front of the encrypted session
 * (STARTTLS injection). Under TLS it answers EHLO with `ehloUnderTls`.
 */
export function startStarttlsInjectionPeer(
  certificate: { key: string; cert: string },
  injected: string,
  ehloUnderTls = "250-injection.test\r\n250 AUTH PLAIN\r\n",
): Promise<RunningPeer> {
  return startRawPeer((plain) => {
    plain.write("220 injection.test ESMTP\r\n");
    let buffer = "";
    const onPlain = (chunk: Buffer): void => {
      buffer += chunk.toString("latin1");
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const command = buffer.slice(0, newline).replace(/\r$/, "").toUpperCase();
        buffer = buffer.slice(newline + 1);
        if (command.startsWith("EHLO")) plain.write("250-injection.test\r\n250 STARTTLS\r\n");
        else if (command === "STARTTLS") {
          plain.off("data", onPlain);
          plain.write(`220 2.0.0 Ready to start TLS\r\n${injected}`);
          const secure = new TLSSocket(plain, {
            isServer: true,
            key: certificate.key,
            cert: certificate.cert,
          });
          secure.on("error", () => undefined);
          readLines(secure, (line) => {
            const upper = line.toUpperCase();
            if (upper.startsWith("EHLO")) secure.write(ehloUnderTls);
            else if (upper === "QUIT") secure.end("221 bye\r\n");
            else secure.write("502 not here\r\n");
          });
          return;
        } else if (command === "QUIT") plain.end("221 bye\r\n");
        else plain.write("502 not here\r\n");
      }
    };
    plain.on("data", onPlain);
  });
}

export interface SignInPeer extends SmtpPeer {
  /** Every AUTH attempt: mechanism and user name (never the secret). */
  readonly attempts: Array<{ method: string; user: string | undefined; secure: boolean }>;
  /** Whether any message transaction (MAIL FROM) was started. */
  readonly mailCommands: number;
}

/**
 * An smtp-server that accepts exactly one user with one password (PLAIN,
 * LOGIN) or one OAuth2 token (XOAUTH2); AUTH only under TLS. A wrong
 * password gets Gmail's "535 5.7.8", a wrong token the XOAUTH2 334 JSON
 * challenge and then 535.
 */
export async function startSignInPeer(
  certificate: { key: string; cert: string },
  account: { user: string; password?: string; token?: string },
  options: SmtpPeerOptions = {},
): Promise<SignInPeer> {
  const attempts: SignInPeer["attempts"] = [];
  let mailCommands = 0;
  const peer = await startSmtpPeer({
    key: certificate.key,
    cert: certificate.cert,
    authOnlyUnderTls: true,
    authMethods: ["PLAIN", "LOGIN", "XOAUTH2"],
    ...options,
    onAuth(auth, session, callback) {
      attempts.push({ method: auth.method, user: auth.username, secure: session.secure });
      const userOk = auth.username === account.user;
      if (auth.method === "XOAUTH2") {
        if (userOk && account.token !== undefined && auth.accessToken === account.token) {
          callback(null, { user: auth.username });
        } else {
          callback(null, { data: { status: "401", schemes: "bearer", scope: "https://mail.google.com/" } });
        }
        return;
      }
      if (userOk && account.password !== undefined && auth.password === account.password) {
        callback(null, { user: auth.username });
        return;
      }
      const refusal = Object.assign(
        new Error("5.7.8 Username and Password not accepted. For more information, go to support"),
        { responseCode: 535 },
      );
      callback(refusal);
    },
    onMailFrom(_address, _session, callback) {
      mailCommands++;
      callback(new Error("no mail here"));
    },
  });
  return {
    ...peer,
    port: peer.port,
    servernames: peer.servernames,
    attempts,
    get mailCommands() {
      return mailCommands;
    },
    close: () => peer.close(),
  };
}
