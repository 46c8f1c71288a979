// Local HTTPS (or plain HTTP) servers for discovery and domain-report tests,
// with their own test CA: serve autoconfig XML, ISPDB-style answers and
// MTA-STS policies by host name and path, and misbehave on demand (slow,
// silent, huge, wrong type, redirect). Pass `ca.certPem` as the only trusted
// CA and resolve the served names to 127.0.0.1 with the DNS peer.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { Socket } from "node:net";
import { isIP } from "node:net";
import forge from "node-forge";

// ---- Test certificate authority -------------------------------------------

export interface IssuedCertificate {
  certPem: string;
  keyPem: string;
}

export interface IssueOptions {
  /** Certificate valid from (default: an hour ago). */
  notBefore?: Date;
  /** Certificate valid until (default: in 30 days). */
  notAfter?: Date;
}

export interface TestCa {
  /** The root to trust (trustedCas: [ca.certPem]). */
  certPem: string;
  /** A server certificate for these DNS names and IP addresses, signed by this CA. */
  issue(names: string[], options?: IssueOptions): IssuedCertificate;
}

function rsaKeyPair(): { publicPem: string; privatePem: string } {
  // Node generates the key natively (fast); node-forge builds and signs the certificates.
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    publicPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    privatePem: privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
  };
}

function serialNumber(): string {
  return `01${randomBytes(15).toString("hex")}`; // leading 01 keeps it positive
}

function altNames(names: string[]): Array<{ type: number; value?: string; ip?: string }> {
  return names.map((name) => (isIP(name) ? { type: 7, ip: name } : { type: 2, value: name }));
}

export function createTestCa(commonName = "Outbox Doctor Test CA"): TestCa {
  const caKeys = rsaKeyPair();
  const caKey = forge.pki.privateKeyFromPem(caKeys.privatePem);
  const caCert = forge.pki.createCertificate();
  caCert.publicKey = forge.pki.publicKeyFromPem(caKeys.publicPem);
  caCert.serialNumber = serialNumber();
  caCert.validity.notBefore = new Date(Date.now() - 24 * 3600_000);
  caCert.validity.notAfter = new Date(Date.now() + 365 * 24 * 3600_000);
  const caSubject = [{ name: "commonName", value: commonName }];
  caCert.setSubject(caSubject);
  caCert.setIssuer(caSubject);
  caCert.setExtensions([
    { name: "basicConstraints", cA: true, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    { name: "subjectKeyIdentifier" },
  ]);
  caCert.sign(caKey, forge.md.sha256.create());
  const certPem = forge.pki.certificateToPem(caCert);

  return {
    certPem,
    issue(names, options = {}) {
      const keys = rsaKeyPair();
      const cert = forge.pki.createCertificate();
      cert.publicKey = forge.pki.publicKeyFromPem(keys.publicPem);
      cert.serialNumber = serialNumber();
      cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - 3600_000);
      cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 30 * 24 * 3600_000);
      cert.setSubject([{ name: "commonName", value: names[0] ?? "localhost" }]);
      cert.setIssuer(caCert.subject.attributes);
      cert.setExtensions([
        { name: "basicConstraints", cA: false },
        { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
        { name: "extKeyUsage", serverAuth: true },
        { name: "subjectAltName", altNames: altNames(names) },
        { name: "subjectKeyIdentifier" },
        { name: "authorityKeyIdentifier", keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
      ]);
      cert.sign(caKey, forge.md.sha256.create());
      return { certPem: forge.pki.certificateToPem(cert), keyPem: keys.privatePem };
    },
  };
}

// ---- Responses --------------------------------------------------------------

export interface PeerResponse {
  status?: number;
  /** Content-Type header; omitted when null. Default "text/xml; charset=utf-8". */
  contentType?: string | null;
  body?: string;
  headers?: Record<string, string>;
  /** Wait this long before sending the headers. */
  delayMs?: number;
  /** Never answer (the client must time out). */
  hang?: boolean;
  /** Stream this many bytes of filler XML after `body` (for size limits), without Content-Length. */
  streamBytes?: number;
  /** Announce this Content-Length (for early size checks); only `body` is sent and the connection stays open. */
  declaredLength?: number;
}

/** A route answers `${host}${path}` (e.g. "autoconfig.example.test/mail/config-v1.1.xml") or just a path. */
export type PeerRoutes = Record<string, PeerResponse | ((request: IncomingMessage) => PeerResponse)>;

export interface HttpsPeer {
  /** "https://127.0.0.1:PORT" (or http:// for a plain peer). */
  url: string;
  port: number;
  /** Every request as "host/path?query", in order. */
  requests: string[];
  set(routes: PeerRoutes): void;
  close(): Promise<void>;
}

export interface HttpsPeerOptions {
  routes: PeerRoutes;
  /** The CA that signs the peer's certificate; required unless plain. */
  ca?: TestCa;
  /** Names the certificate covers (default: 127.0.0.1 and localhost). */
  names?: string[];
  /** Use this certificate instead of issuing one (expired, wrong name, other CA). */
  certificate?: IssuedCertificate;
  /** Serve plain HTTP (to test that http:// is refused). */
  plain?: boolean;
}

function handle(routes: () => PeerRoutes, requests: string[], timers: Set<NodeJS.Timeout>) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const host = (request.headers.host ?? "").replace(/:\d+$/, "").toLowerCase();
    const url = new URL(request.url ?? "/", "http://peer");
    requests.push(`${host}${url.pathname}${url.search}`);
    const table = routes();
    const route = table[`${host}${url.pathname}`] ?? table[url.pathname];
    const spec: PeerResponse =
      route === undefined
        ? { status: 404, contentType: "text/plain", body: "not found" }
        : typeof route === "function"
          ? route(request)
          : route;
    if (spec.hang) return;
    const send = (): void => {
      const headers: Record<string, string> = { ...spec.headers };
      const contentType = spec.contentType === undefined ? "text/xml; charset=utf-8" : spec.contentType;
      if (contentType !== null) headers["content-type"] = contentType;
      const body = Buffer.from(spec.body ?? "", "utf8");
      if (spec.declaredLength !== undefined) headers["content-length"] = String(spec.declaredLength);
      else if (spec.streamBytes === undefined) headers["content-length"] = String(body.length);
      response.writeHead(spec.status ?? 200, headers);
      if (spec.declaredLength !== undefined) {
        // Send part of the body and keep the connection open: the client must decide from the header.
        response.write(body.subarray(0, Math.min(body.length, spec.declaredLength)));
        return;
      }
      if (spec.streamBytes === undefined) {
        response.end(body);
        return;
      }
      response.write(body);
      let left = spec.streamBytes;
      const chunk = Buffer.alloc(64 * 1024, "<x>filler</x>");
      const pump = (): void => {
        while (left > 0) {
          const piece = chunk.subarray(0, Math.min(chunk.length, left));
          left -= piece.length;
          if (!response.write(piece)) {
            response.once("drain", pump);
            return;
          }
        }
        response.end();
      };
      response.on("error", () => undefined);
      pump();
    };
    if (spec.delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, spec.delayMs);
      timers.add(timer);
    } else {
      send();
    }
  };
}

export async function startHttpsPeer(options: HttpsPeerOptions): Promise<HttpsPeer> {
  let routes = options.routes;
  const requests: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const handler = handle(() => routes, requests, timers);
  let server;
  if (options.plain) {
    server = createHttpServer(handler);
  } else {
    const certificate =
      options.certificate ??
      (options.ca ?? createTestCa()).issue(options.names ?? ["127.0.0.1", "localhost"]);
    server = createHttpsServer({ cert: certificate.certPem, key: certificate.keyPem }, handler);
  }
  const sockets = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("tlsClientError", () => undefined);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    url: `${options.plain ? "http" : "https"}://127.0.0.1:${port}`,
    port,
    requests,
    set: (next) => {
      routes = next;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---- clientConfig documents ---------------------------------------------------

export interface TestOutgoingServer {
  hostname: string;
  port: number | string;
  socketType: string;
  username?: string;
  authentication?: string[];
}

/** An incomingServer entry: `type` is "imap" or "pop3" (or anything, to test refusals). */
export interface TestIncomingServer extends TestOutgoingServer {
  type: string;
}

function serverXml(element: string, type: string, server: TestOutgoingServer): string {
  return `    <${element} type="${type}">
      <hostname>${server.hostname}</hostname>
      <port>${server.port}</port>
      <socketType>${server.socketType}</socketType>
${(server.authentication ?? ["password-cleartext"]).map((auth) => `      <authentication>${auth}</authentication>`).join("\n")}
      <username>${server.username ?? "%EMAILADDRESS%"}</username>
    </${element}>`;
}

/**
 * A Thunderbird clientConfig 1.1 document with these outgoing servers and
 * these incoming servers (default: one IMAP server imap.<id>:993, as real files have).
 */
export function clientConfigXml(options: {
  id: string;
  displayName?: string;
  domains?: string[];
  outgoing: TestOutgoingServer[];
  incoming?: TestIncomingServer[];
}): string {
  const incoming = (
    options.incoming ?? [{ type: "imap", hostname: `imap.${options.id}`, port: 993, socketType: "SSL" }]
  )
    .map((server) => serverXml("incomingServer", server.type, server))
    .join("\n");
  const outgoing = options.outgoing.map((server) => serverXml("outgoingServer", "smtp", server)).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="${options.id}">
${(options.domains ?? [options.id]).map((domain) => `    <domain>${domain}</domain>`).join("\n")}
    <displayName>${options.displayName ?? options.id}</displayName>
    <displayShortName>${options.displayName ?? options.id}</displayShortName>
${incoming}
${outgoing}
  </emailProvider>
</clientConfig>
`;
}
