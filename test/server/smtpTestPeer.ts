// A scripted SMTP server on 127.0.0.1 written with node:net, for the server
// tests: it says exactly what the test wants (including hostile greetings) and
// can hold a connection silent to keep a probe busy.
import { createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export interface SmtpPeerScript {
  /** The greeting line, without CRLF. */
  greeting?: string;
  /** EHLO reply lines after the first (extensions), without the "250-" prefix. */
  extensions?: string[];
  /** Wait this long before greeting; Infinity never greets (a silent peer). */
  greetingDelayMs?: number;
}

export interface SmtpPeer {
  port: number;
  /** Connections accepted so far. */
  connections: number;
  close(): Promise<void>;
}

export async function startSmtpPeer(script: SmtpPeerScript = {}): Promise<SmtpPeer> {
  const greeting = script.greeting ?? "220 peer.test ESMTP ready";
  const extensions = script.extensions ?? ["SIZE 1000000", "8BITMIME", "AUTH PLAIN LOGIN"];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const state = { connections: 0 };

  const server = createServer((socket) => {
    state.connections += 1;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    const greet = () => socket.writable && socket.write(`${greeting}\r\n`);
    const delay = script.greetingDelayMs ?? 0;
    if (delay === 0) greet();
    else if (Number.isFinite(delay)) {
      const timer = setTimeout(greet, delay);
      timers.add(timer);
    }
    let buffered = "";
    socket.on("data", (chunk) => {
      buffered += chunk.toString("latin1");
      let end: number;
      while ((end = buffered.indexOf("\r\n")) !== -1) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const verb = line.split(" ")[0]?.toUpperCase();
        if (verb === "EHLO") {
          const lines = ["peer.test greets you", ...extensions];
          socket.write(
            lines.map((text, i) => `250${i === lines.length - 1 ? " " : "-"}${text}\r\n`).join(""),
          );
        } else if (verb === "QUIT") {
          socket.end("221 2.0.0 bye\r\n");
        } else if (verb === "STARTTLS") {
          socket.write("454 4.7.0 TLS not available\r\n");
        } else {
          socket.write("502 5.5.2 not implemented\r\n");
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    get connections() {
      return state.connections;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
