// The live probe of one SMTP submission server: resolve, apply the target
// policy, connect to exactly the checked address, read the greeting, EHLO,
// STARTTLS or implicit TLS, EHLO again, QUIT. It never sends credentials,
// MAIL or RCPT. Every step has a deadline enforced by a timer that destroys
// the socket, and every byte counts against the reader's limits, so no
// server can keep the probe waiting or make it buffer without bound.
import { connect as netConnect, isIP, type Socket } from "node:net";
import { connect as tlsConnect, type TLSSocket } from "node:tls";
import { performance } from "node:perf_hooks";
import { InputError } from "../core/errors.js";
import {
  parseIpLiteral,
  validateHostInput,
  validatePortInput,
  validateSecurityInput,
} from "../core/hostName.js";
import type { Security, TlsInfo, VerifyReport, VerifyStep, VerifyStepName } from "../core/types.js";
import { buildVerifyFindings, type ProbeFailure, type ProbeFailureId } from "../core/verifyFindings.js";
import { describePeerCertificate, probeSecureContext } from "./certificateCheck.js";
import { DnsLookupError, type MailDns } from "./dnsResolver.js";
import {
  MalformedReplyError,
  ReplyTooLongError,
  SmtpReplyReader,
  formatReply,
  printable,
  type SmtpReply,
} from "./smtpReplyReader.js";
import { checkAddress, checkPort, resolveTargetAddress, type TargetPolicy } from "./targetPolicy.js";

export interface ProbeOptions {
  host: string;
  port: number;
  security: Security;
  /** Deadline for the whole probe; default 15000. */
  timeoutMs?: number;
}

export interface ProbeDeps {
  dns: MailDns;
  policy: TargetPolicy;
  /** Trust anchors for the certificate chain (see loadTrustedCas); default Node's bundled roots. */
  trustedCas?: string[];
  now?: () => Date;
  /** The name sent with EHLO; default outbox-doctor.invalid (RFC 2606: a name that is nobody's). */
  ehloName?: string;
}

export const DEFAULT_PROBE_TIMEOUT_MS = 15_000;
export const MIN_PROBE_TIMEOUT_MS = 100;
export const MAX_PROBE_TIMEOUT_MS = 120_000;
export const DEFAULT_EHLO_NAME = "outbox-doctor.invalid";

/** Each step's own deadline; the whole probe's deadline caps them all. */
export const STEP_DEADLINE_MS: Readonly<Record<VerifyStepName, number>> = {
  resolve: 5_000,
  connect: 5_000,
  // Servers that defend against spam bots may wait several seconds before greeting.
  greeting: 10_000,
  ehlo: 5_000,
  starttls: 5_000,
  tls: 5_000,
  "ehlo-tls": 5_000,
};
const QUIT_WAIT_MS = 1_000;
const DETAIL_LENGTH = 300;

/** A step that ended the session, with the finding it becomes (or "malformed": decided by the step). */
class StepFailure extends Error {
  constructor(
    readonly id: ProbeFailureId | "malformed",
    readonly evidence: string,
  ) {
    super(evidence);
  }
}

// A reply that is not SMTP at all means different things at different steps.
const MALFORMED_REPLY_MEANS: Readonly<Partial<Record<VerifyStepName, ProbeFailureId>>> = {
  greeting: "greeting-rejected",
  ehlo: "ehlo-rejected",
  "ehlo-tls": "ehlo-rejected",
  starttls: "tls-failed",
};

const CONNECT_ERRORS: Readonly<Record<string, string>> = {
  ECONNREFUSED: "connection refused (nothing listens on that port, or a firewall rejects it)",
  ECONNRESET: "connection reset",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  EADDRNOTAVAIL: "address not available from here",
  EAFNOSUPPORT: "this machine has no route for that address family",
};

function describeSocketError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code && CONNECT_ERRORS[code]) return `${CONNECT_ERRORS[code]} (${code})`;
  return printable((error as Error).message ?? String(error), DETAIL_LENGTH);
}

/** One SMTP connection: the current socket (plain, then TLS), the reply reader and the waiting reader. */
class SmtpConnection {
  private socket: Socket;
  private readonly sockets: Socket[] = [];
  private readonly reader = new SmtpReplyReader();
  private waiter: { resolve: (reply: SmtpReply) => void; reject: (failure: StepFailure) => void } | null =
    null;
  private ended: StepFailure | null = null;
  private lastError: string | null = null;

  private readonly onData = (chunk: Buffer): void => {
    try {
      this.reader.push(chunk);
    } catch (error) {
      if (error instanceof ReplyTooLongError) this.end(new StepFailure("reply-too-long", error.message));
      else if (error instanceof MalformedReplyError) this.end(new StepFailure("malformed", error.message));
      else throw error;
      return;
    }
    this.deliver();
  };
  private readonly onError = (error: Error): void => {
    this.lastError = describeSocketError(error);
  };
  private readonly onClose = (): void => {
    const reason = this.lastError ? `: ${this.lastError}` : "";
    this.end(new StepFailure("connection-closed", `the server closed the connection${reason}`));
  };

  constructor(socket: Socket) {
    this.socket = socket;
    this.adopt(socket);
  }

  get usable(): boolean {
    return this.ended === null && !this.socket.destroyed;
  }

  private adopt(socket: Socket): void {
    this.socket = socket;
    this.sockets.push(socket);
    socket.on("data", this.onData);
    socket.on("error", this.onError);
    socket.on("end", this.onClose);
    socket.on("close", this.onClose);
  }

  private release(socket: Socket): void {
    socket.off("data", this.onData);
    socket.off("end", this.onClose);
    socket.off("close", this.onClose);
    // The error listener stays: an unheard 'error' event would crash the process.
  }

  private end(failure: StepFailure): void {
    this.ended ??= failure;
    this.destroy();
    this.deliver();
  }

  private deliver(): void {
    if (!this.waiter) return;
    const reply = this.reader.next();
    const waiter = this.waiter;
    if (reply) {
      this.waiter = null;
      waiter.resolve(reply);
    } else if (this.ended) {
      this.waiter = null;
      waiter.reject(this.ended);
    }
  }

  readReply(): Promise<SmtpReply> {
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
      this.deliver();
    });
  }

  send(command: string): void {
    if (this.usable) this.socket.write(`${command}\r\n`);
  }

  /** Replaces the socket with a TLS session over it (RFC 3207: nothing read before it is kept). */
  upgrade(options: { servername?: string; trustedCas?: readonly string[] }): Promise<TLSSocket> {
    if (this.ended) return Promise.reject(this.ended);
    const plain = this.socket;
    this.release(plain);
    this.reader.discardPending();
    const secure = tlsConnect({
      socket: plain,
      ...(options.servername === undefined ? {} : { servername: options.servername }),
      secureContext: probeSecureContext(options.trustedCas),
      rejectUnauthorized: false,
      // The chain verdict comes from OpenSSL; names are judged separately in describePeerCertificate.
      checkServerIdentity: () => undefined,
    });
    this.sockets.push(secure);
    return new Promise((resolve, reject) => {
      const fail = (evidence: string): void => {
        secure.off("secureConnect", succeed);
        reject(new StepFailure("tls-failed", evidence));
      };
      const onError = (error: Error): void => fail(`TLS handshake failed: ${describeSocketError(error)}`);
      const onClose = (): void => fail("the server closed the connection during the TLS handshake");
      function succeed(): void {
        secure.off("close", onClose);
        secure.off("error", onError);
        resolve(secure);
      }
      secure.once("secureConnect", succeed);
      secure.once("error", onError);
      secure.once("close", onClose);
      secure.on("error", () => undefined);
    }).then((socket) => {
      this.adopt(socket as TLSSocket);
      return socket as TLSSocket;
    });
  }

  destroy(): void {
    for (const socket of this.sockets) socket.destroy();
  }
}

function connectTo(address: string, port: number): { socket: Socket; connected: Promise<Socket> } {
  const socket = netConnect({ host: address, port });
  const connected = new Promise<Socket>((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("error", (error) => reject(new StepFailure("connect-failed", describeSocketError(error))));
  });
  socket.on("error", () => undefined);
  return { socket, connected };
}

interface EhloResult {
  reply: SmtpReply;
  extensions: string[];
  auth: string[];
  starttls: boolean;
}

// "AUTH PLAIN LOGIN" and the pre-standard "AUTH=LOGIN PLAIN" some servers still send for old Outlook.
function parseEhlo(reply: SmtpReply): EhloResult {
  const extensions = reply.lines
    .slice(1)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const auth: string[] = [];
  let starttls = false;
  for (const line of extensions) {
    const [keyword = "", ...params] = line.split(/\s+/);
    const upper = keyword.toUpperCase();
    if (upper === "STARTTLS") starttls = true;
    const mechanisms =
      upper === "AUTH" ? params : upper.startsWith("AUTH=") ? [upper.slice(5), ...params] : [];
    for (const mechanism of mechanisms.map((m) => m.toUpperCase())) {
      if (mechanism.length > 0 && !auth.includes(mechanism)) auth.push(mechanism);
    }
  }
  return { reply, extensions, auth, starttls };
}

function firstLine(reply: SmtpReply): string {
  return printable(`${reply.code} ${reply.lines[0] ?? ""}`.trim(), DETAIL_LENGTH);
}

function validateTimeout(input: number | undefined): number {
  if (input === undefined) return DEFAULT_PROBE_TIMEOUT_MS;
  if (!Number.isInteger(input) || input < MIN_PROBE_TIMEOUT_MS || input > MAX_PROBE_TIMEOUT_MS) {
    throw new InputError(
      `timeout must be a whole number of milliseconds from ${MIN_PROBE_TIMEOUT_MS} to ${MAX_PROBE_TIMEOUT_MS}`,
    );
  }
  return input;
}

function validateEhloName(input: string | undefined): string {
  if (input === undefined) return DEFAULT_EHLO_NAME;
  // A domain or an address literal (RFC 5321 4.1.1.1); anything else could smuggle a command.
  if (!/^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])$/.test(input)) {
    throw new InputError(`EHLO name "${printable(input, 60)}" is not a domain or address literal`);
  }
  return input;
}

/** One run of the probe: the state it builds up, step by step. */
class ProbeRun {
  private readonly steps: VerifyStep[] = [];
  private readonly startedAt: Date;
  private readonly started = performance.now();
  private readonly deadline: number;
  private address: string | null = null;
  private connection: SmtpConnection | null = null;
  private greeting: string | null = null;
  private tls: TlsInfo | null = null;
  private plainEhlo: EhloResult | null = null;
  private secureEhlo: EhloResult | null = null;
  private failure: ProbeFailure | null = null;

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly security: Security,
    private readonly timeoutMs: number,
    private readonly ehloName: string,
    private readonly deps: ProbeDeps,
  ) {
    this.startedAt = this.now();
    this.deadline = this.started + timeoutMs;
  }

  private now(): Date {
    return this.deps.now ? this.deps.now() : new Date();
  }

  /** Runs one step under its deadline and records it; a StepFailure is recorded and rethrown. */
  private async step<T>(
    name: VerifyStepName,
    work: () => Promise<T>,
    describe: (value: T) => string,
  ): Promise<T> {
    const begin = performance.now();
    const remaining = Math.max(0, Math.floor(this.deadline - begin));
    const limit = Math.min(STEP_DEADLINE_MS[name], remaining);
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // Destroying the socket is what stops a drip-feeding server, not just giving up waiting.
        this.connection?.destroy();
        const whose =
          limit < STEP_DEADLINE_MS[name]
            ? `the probe's overall deadline (${this.timeoutMs} ms)`
            : `${limit} ms`;
        reject(new StepFailure("timeout", `no answer within ${whose}`));
      }, limit);
    });
    const attempt = work();
    attempt.catch(() => undefined); // it may still settle after the deadline won
    try {
      const value = await Promise.race([attempt, expired]);
      this.record(name, true, begin, describe(value));
      return value;
    } catch (error) {
      if (error instanceof StepFailure) {
        const id = error.id === "malformed" ? (MALFORMED_REPLY_MEANS[name] ?? "connection-closed") : error.id;
        this.record(name, false, begin, error.evidence);
        this.failure ??= { id, step: name, evidence: error.evidence };
        throw new StepFailure(id, error.evidence);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private record(name: VerifyStepName, ok: boolean, begin: number, detail: string): void {
    this.steps.push({
      step: name,
      ok,
      ms: Math.round(performance.now() - begin),
      detail: printable(detail, DETAIL_LENGTH),
    });
  }

  /** Records a step that completed but whose answer ends the session (e.g. greeting 554). */
  private refuse(id: ProbeFailureId, evidence: string): never {
    const last = this.steps[this.steps.length - 1];
    if (last) last.ok = false;
    this.failure ??= { id, step: last?.step ?? "connect", evidence };
    throw new StepFailure(id, evidence);
  }

  private get conn(): SmtpConnection {
    if (!this.connection) throw new Error("probe step ran without a connection");
    return this.connection;
  }

  private async resolve(): Promise<void> {
    const literal = parseIpLiteral(this.host);
    this.address = await this.step(
      "resolve",
      async () => {
        try {
          return await resolveTargetAddress(this.host, this.deps.dns, this.deps.policy);
        } catch (error) {
          if (error instanceof DnsLookupError) throw new StepFailure("connect-failed", error.message);
          throw error;
        }
      },
      (address) =>
        literal ? `${address} is an IP address: no lookup` : `${this.host} resolved to ${address}`,
    );
    // The socket below gets this exact value; an address is never looked up again.
    if (isIP(this.address) === 0) throw new Error(`resolved target ${this.address} is not an IP address`);
  }

  private async connect(): Promise<void> {
    const address = this.address as string;
    const { socket, connected } = connectTo(address, this.port);
    this.connection = new SmtpConnection(socket);
    const shown = address.includes(":") ? `[${address}]:${this.port}` : `${address}:${this.port}`;
    await this.step(
      "connect",
      () => connected,
      () => `connected to ${shown}`,
    );
  }

  private async startTls(): Promise<void> {
    const literal = parseIpLiteral(this.host) !== null;
    const socket = await this.step(
      "tls",
      // RFC 6066 forbids an IP address as the SNI name: only names are sent.
      () =>
        this.conn.upgrade({
          ...(literal ? {} : { servername: this.host }),
          trustedCas: this.deps.trustedCas,
        }),
      (s) => `${s.getProtocol() ?? "unknown protocol"} ${s.getCipher().standardName ?? s.getCipher().name}`,
    );
    const cipher = socket.getCipher();
    this.tls = {
      protocol: socket.getProtocol() ?? "unknown",
      cipher: cipher.standardName ?? cipher.name,
      certificate: describePeerCertificate(socket, this.host, this.now()),
    };
  }

  private async readGreeting(): Promise<void> {
    const reply = await this.step("greeting", () => this.conn.readReply(), firstLine);
    this.greeting = formatReply(reply);
    if (reply.code !== 220) this.refuse("greeting-rejected", `the server greeted with ${firstLine(reply)}`);
  }

  private async ehlo(name: "ehlo" | "ehlo-tls"): Promise<EhloResult> {
    const result = await this.step(
      name,
      async () => {
        this.conn.send(`EHLO ${this.ehloName}`);
        return parseEhlo(await this.conn.readReply());
      },
      (r) => `${firstLine(r.reply)} (${r.extensions.length} extensions)`,
    );
    if (name === "ehlo") this.plainEhlo = result;
    else this.secureEhlo = result;
    if (result.reply.code !== 250)
      this.refuse("ehlo-rejected", `EHLO was answered with ${firstLine(result.reply)}`);
    return result;
  }

  private async starttls(): Promise<void> {
    const reply = await this.step(
      "starttls",
      async () => {
        this.conn.send("STARTTLS");
        return this.conn.readReply();
      },
      firstLine,
    );
    if (reply.code !== 220) this.refuse("tls-failed", `the server refused STARTTLS: ${firstLine(reply)}`);
  }

  /** Says goodbye when the session is still up; bounded, and never part of the verdict. */
  private async quit(): Promise<void> {
    const connection = this.connection;
    if (!connection?.usable) return;
    connection.send("QUIT");
    const wait = Math.max(0, Math.min(QUIT_WAIT_MS, this.deadline - performance.now()));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      connection.readReply().catch(() => undefined),
      new Promise((resolve) => (timer = setTimeout(resolve, wait))),
    ]);
    clearTimeout(timer);
  }

  private async conversation(): Promise<void> {
    await this.resolve();
    await this.connect();
    if (this.security === "tls") {
      await this.startTls();
      await this.readGreeting();
      await this.ehlo("ehlo-tls");
      return;
    }
    await this.readGreeting();
    const plain = await this.ehlo("ehlo");
    if (this.security === "none" || !plain.starttls) return;
    await this.starttls();
    await this.startTls();
    await this.ehlo("ehlo-tls");
  }

  async run(): Promise<VerifyReport> {
    try {
      await this.conversation();
      await this.quit();
    } catch (error) {
      if (!(error instanceof StepFailure)) throw error;
      await this.quit();
    } finally {
      this.connection?.destroy();
    }
    return this.report();
  }

  private report(): VerifyReport {
    const findings = buildVerifyFindings({
      host: this.host,
      port: this.port,
      security: this.security,
      nowMs: this.now().getTime(),
      failure: this.failure,
      starttlsOffered: this.plainEhlo && this.plainEhlo.reply.code === 250 ? this.plainEhlo.starttls : null,
      tls: this.tls,
      authBeforeTls: this.plainEhlo?.reply.code === 250 ? this.plainEhlo.auth : null,
      authAfterTls: this.secureEhlo?.reply.code === 250 ? this.secureEhlo.auth : null,
    });
    const extensionSource = [this.secureEhlo, this.plainEhlo].find((e) => e !== null && e.reply.code === 250);
    return {
      target: { host: this.host, port: this.port, security: this.security, address: this.address },
      ok: !findings.some((f) => f.severity === "fail"),
      steps: this.steps,
      greeting: this.greeting,
      tls: this.tls,
      auth: {
        beforeTls: this.plainEhlo?.reply.code === 250 ? this.plainEhlo.auth : [],
        afterTls: this.secureEhlo?.reply.code === 250 ? this.secureEhlo.auth : [],
      },
      extensions: extensionSource?.extensions ?? [],
      findings,
      checkedAt: this.startedAt.toISOString(),
      durationMs: Math.round(performance.now() - this.started),
    };
  }
}

/**
 * Probes one SMTP submission server. Bad input (InputError) and a target the
 * policy forbids (ForbiddenTargetError) throw before any connection is made;
 * every network outcome becomes a finding in the returned report.
 */
export async function probeSubmissionServer(options: ProbeOptions, deps: ProbeDeps): Promise<VerifyReport> {
  const host = validateHostInput(options.host);
  const port = validatePortInput(options.port);
  const security = validateSecurityInput(options.security);
  const timeoutMs = validateTimeout(options.timeoutMs);
  const ehloName = validateEhloName(deps.ehloName);
  checkPort(deps.policy, port);
  const literal = parseIpLiteral(host);
  if (literal !== null) checkAddress(deps.policy, literal.address);
  return new ProbeRun(host, port, security, timeoutMs, ehloName, deps).run();
}
