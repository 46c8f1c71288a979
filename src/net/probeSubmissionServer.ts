// The live probe of one SMTP submission server: resolve, apply the target
// policy, connect to exactly the checked address, read the greeting, EHLO,
// STARTTLS or implicit TLS, EHLO again, QUIT. It never sends MAIL or RCPT,
// and credentials only for the CLI's sign-in test (ProbeOptions.signIn),
// only inside TLS. Every step has a deadline enforced by a timer that destroys
// the socket, and every byte counts against the reader's limits, so no
// server can keep the probe waiting or make it buffer without bound.
import { connect as netConnect, isIP, type Socket } from "node:net";
import { connect as tlsConnect, type TLSSocket } from "node:tls";
import { performance } from "node:perf_hooks";
import { InputError } from "../core/errors.js";
import {
  fillText,
  loadLanguage,
  localize,
  text,
  type Lang,
  type Text,
  type TextValue,
} from "../core/language.js";
import {
  parseIpLiteral,
  validateHostInput,
  validatePortInput,
  validateSecurityInput,
} from "../core/hostName.js";
import type {
  Security,
  SignInReport,
  TlsInfo,
  VerifyReport,
  VerifyStep,
  VerifyStepName,
} from "../core/types.js";
import {
  buildVerifyFindings,
  certificateAcceptable,
  hasExtension,
  SIGN_IN_SKIPPED,
  sizeLimitOf,
  type ProbeFailure,
  type ProbeFailureId,
  type ProbeStepName,
  type SignInSkipReason,
} from "../core/verifyFindings.js";
import { describePeerCertificate, probeSecureContext } from "./certificateCheck.js";
import { DnsLookupError, type MailDns } from "./dnsResolver.js";
import { isValidEhloName, machineEhloName } from "./ehloName.js";
import {
  MalformedReplyError,
  MAX_REPLY_LINE_BYTES,
  MAX_SESSION_BYTES,
  ReplyTooLongError,
  SmtpReplyReader,
  formatReply,
  printable,
  type SmtpReply,
} from "./smtpReplyReader.js";
import {
  authenticate,
  chooseMechanism,
  redactSecret,
  validateSignInField,
  type SignInCredentials,
} from "./smtpSignIn.js";
import { checkAddress, checkPort, resolveTargetAddress, type TargetPolicy } from "./targetPolicy.js";

export interface ProbeOptions {
  host: string;
  port: number;
  security: Security;
  /** Deadline for the whole probe; default 15000. */
  timeoutMs?: number;
  /** Language of the findings' words; default English. */
  lang?: Lang;
  /**
   * The CLI's sign-in test: AUTH after TLS with these credentials, then QUIT.
   * Never set by the server. Refused with security "none".
   */
  signIn?: SignInCredentials;
}

export interface ProbeDeps {
  dns: MailDns;
  policy: TargetPolicy;
  /** Trust anchors for the certificate chain (see loadTrustedCas); default Node's bundled roots. */
  trustedCas?: string[];
  now?: () => Date;
  /** The name sent with EHLO (OUTBOX_EHLO_NAME); default this machine's name (see ehloName.ts). */
  ehloName?: string;
}

export const DEFAULT_PROBE_TIMEOUT_MS = 15_000;
export const MIN_PROBE_TIMEOUT_MS = 100;
export const MAX_PROBE_TIMEOUT_MS = 120_000;

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
/** The sign-in test's exchange: servers slow down failed sign-ins on purpose. */
const AUTH_DEADLINE_MS = 10_000;
const QUIT_WAIT_MS = 1_000;
const DETAIL_LENGTH = 300;

/** The probe's own words for what happened; the server's and OpenSSL's words are quoted inside them. */
export const PROBE_EVIDENCE = {
  noAnswer: text("probe.evidence.noAnswer", "no answer within {limit}"),
  overallDeadline: text("probe.evidence.overallDeadline", "the probe's overall deadline ({ms} ms)"),
  milliseconds: text("probe.evidence.milliseconds", "{ms} ms"),
  closed: text("probe.evidence.closed", "the server closed the connection"),
  closedBecause: text("probe.evidence.closedBecause", "the server closed the connection: {reason}"),
  closedDuringTls: text(
    "probe.evidence.closedDuringTls",
    "the server closed the connection during the TLS handshake",
  ),
  tlsHandshakeFailed: text("probe.evidence.tlsHandshakeFailed", "TLS handshake failed: {reason}"),
  greetedWith: text("probe.evidence.greetedWith", "the server greeted with {reply}"),
  ehloAnswered: text("probe.evidence.ehloAnswered", "EHLO was answered with {reply}"),
  starttlsRefused: text("probe.evidence.starttlsRefused", "the server refused STARTTLS: {reply}"),
  lineTooLong: text("probe.evidence.lineTooLong", "a reply line is longer than {bytes} bytes"),
  sessionTooLong: text("probe.evidence.sessionTooLong", "the server sent more than {bytes} bytes"),
  notSmtp: text("probe.evidence.notSmtp", 'not an SMTP reply: "{line}"'),
  socket: {
    ECONNREFUSED: text(
      "probe.evidence.ECONNREFUSED",
      "connection refused (nothing listens on that port, or a firewall rejects it)",
    ),
    ECONNRESET: text("probe.evidence.ECONNRESET", "connection reset"),
    EHOSTUNREACH: text("probe.evidence.EHOSTUNREACH", "host unreachable"),
    ENETUNREACH: text("probe.evidence.ENETUNREACH", "network unreachable"),
    EADDRNOTAVAIL: text("probe.evidence.EADDRNOTAVAIL", "address not available from here"),
    EAFNOSUPPORT: text("probe.evidence.EAFNOSUPPORT", "this machine has no route for that address family"),
  } as Readonly<Record<string, Text>>,
} as const;

/** Every text of the probe's own evidence, for the translation tests. */
export function allProbeTexts(): Text[] {
  const { socket, ...sentences } = PROBE_EVIDENCE;
  return [...Object.values(sentences), ...Object.values(socket)];
}

/** Evidence in English (steps, JSON) and in every language (the findings' details). */
interface Evidence {
  en: string;
  worded: TextValue;
}

function evidence(template: Text, values: Readonly<Record<string, TextValue>> = {}): Evidence {
  return {
    en: fillText(template.en, values, "en"),
    worded: (lang: Lang) => fillText(localize(template, lang), values, lang),
  };
}

/** A step that ended the session, with the finding it becomes (or "malformed": decided by the step). */
class StepFailure extends Error {
  readonly evidence: string;
  readonly worded: TextValue;
  constructor(
    readonly id: ProbeFailureId | "malformed",
    said: Evidence | string,
  ) {
    const { en, worded } = typeof said === "string" ? { en: said, worded: said } : said;
    super(en);
    this.evidence = en;
    this.worded = worded;
  }
}

// A reply that is not SMTP at all means different things at different steps.
const MALFORMED_REPLY_MEANS: Readonly<Partial<Record<ProbeStepName, ProbeFailureId>>> = {
  greeting: "greeting-rejected",
  ehlo: "ehlo-rejected",
  "ehlo-tls": "ehlo-rejected",
  starttls: "tls-failed",
};

function describeSocketError(error: unknown): Evidence {
  const code = (error as NodeJS.ErrnoException).code;
  const known = code ? PROBE_EVIDENCE.socket[code] : undefined;
  if (code && known) {
    return { en: `${known.en} (${code})`, worded: (lang: Lang) => `${localize(known, lang)} (${code})` };
  }
  // OpenSSL's and the system's own words: quoted as they are.
  const raw = printable((error as Error).message ?? String(error), DETAIL_LENGTH);
  return { en: raw, worded: raw };
}

function replyFailure(error: ReplyTooLongError | MalformedReplyError): StepFailure {
  if (error instanceof MalformedReplyError) {
    return new StepFailure(
      "malformed",
      evidence(PROBE_EVIDENCE.notSmtp, { line: printable(error.line, 120) }),
    );
  }
  const line = error.limit === "line";
  return new StepFailure(
    "reply-too-long",
    evidence(line ? PROBE_EVIDENCE.lineTooLong : PROBE_EVIDENCE.sessionTooLong, {
      bytes: line ? MAX_REPLY_LINE_BYTES : MAX_SESSION_BYTES,
    }),
  );
}

/** One SMTP connection: the current socket (plain, then TLS), the reply reader and the waiting reader. */
class SmtpConnection {
  private socket: Socket;
  private readonly sockets: Socket[] = [];
  private readonly reader = new SmtpReplyReader();
  private waiter: { resolve: (reply: SmtpReply) => void; reject: (failure: StepFailure) => void } | null =
    null;
  private ended: StepFailure | null = null;
  private lastError: Evidence | null = null;
  private secured = false;
  /** The server's first plaintext bytes were a TLS record (handshake or alert): it expects TLS first. */
  tlsBytesInPlaintext = false;
  /** Plaintext the server had sent after "220 ready to start TLS" when the upgrade began (discarded). */
  injectedBeforeTls = false;
  /** STARTTLS was sent: from its reply on, plaintext is not a conversation but a possible injection. */
  private starttlsSent = false;
  private ignoringUntilUpgrade = false;

  private readonly onData = (chunk: Buffer): void => {
    if (!this.secured && this.reader.totalBytes === 0 && chunk.length >= 2) {
      const [type, major] = [chunk[0], chunk[1]];
      // TLS record header: content type 21 (alert) or 22 (handshake), version major 3.
      if ((type === 0x15 || type === 0x16) && major === 0x03) this.tlsBytesInPlaintext = true;
    }
    if (this.ignoringUntilUpgrade) {
      this.injectedBeforeTls = true;
      return;
    }
    try {
      this.reader.push(chunk);
    } catch (error) {
      // Junk right behind the reply to STARTTLS is injected plaintext, not a broken server: the
      // reply stays readable, the junk (and whatever follows before the upgrade) is dropped.
      if (this.starttlsSent && !this.secured && this.reader.readyCount > 0) {
        this.injectedBeforeTls = true;
        this.ignoringUntilUpgrade = true;
        this.deliver();
        return;
      }
      if (error instanceof ReplyTooLongError || error instanceof MalformedReplyError)
        this.end(replyFailure(error));
      else throw error;
      return;
    }
    this.deliver();
  };
  private readonly onError = (error: Error): void => {
    this.lastError = describeSocketError(error);
  };
  private readonly onClose = (): void => {
    const reason = this.lastError;
    this.end(
      new StepFailure(
        "connection-closed",
        reason
          ? evidence(PROBE_EVIDENCE.closedBecause, { reason: reason.worded })
          : evidence(PROBE_EVIDENCE.closed),
      ),
    );
  };

  constructor(socket: Socket) {
    this.socket = socket;
    this.adopt(socket);
  }

  get bytesReceived(): number {
    return this.reader.totalBytes;
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
    if (command === "STARTTLS") this.starttlsSent = true;
    if (this.usable) this.socket.write(`${command}\r\n`);
  }

  /** Replaces the socket with a TLS session over it (RFC 3207: nothing read before it is kept). */
  upgrade(options: { servername?: string; trustedCas?: readonly string[] }): Promise<TLSSocket> {
    if (this.ended) return Promise.reject(this.ended);
    const plain = this.socket;
    this.release(plain);
    // Anything already read past the 220 came in plain text: dropped, and reported (RFC 3207 4.2).
    if (this.reader.discardPending() > 0) this.injectedBeforeTls = true;
    this.secured = true;
    this.ignoringUntilUpgrade = false;
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
      const fail = (said: Evidence): void => {
        secure.off("secureConnect", succeed);
        reject(new StepFailure("tls-failed", said));
      };
      const onError = (error: Error): void =>
        fail(evidence(PROBE_EVIDENCE.tlsHandshakeFailed, { reason: describeSocketError(error).worded }));
      const onClose = (): void => fail(evidence(PROBE_EVIDENCE.closedDuringTls));
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
  if (input === undefined) return machineEhloName();
  // A domain or an address literal (RFC 5321 4.1.1.1); anything else could smuggle a command.
  if (!isValidEhloName(input)) {
    throw new InputError(`EHLO name "${printable(input, 60)}" is not a domain or address literal`);
  }
  return input;
}

function validateSignIn(credentials: SignInCredentials | undefined, security: Security): void {
  if (credentials === undefined) return;
  if (security === "none") {
    throw new InputError(
      'the sign-in test runs only inside an encrypted session: use --security starttls or tls, not "none"',
    );
  }
  const secret = credentials.kind === "password" ? credentials.password : credentials.token;
  // The messages name the field, never its value.
  const problem =
    validateSignInField("the user name", credentials.user) ??
    validateSignInField(credentials.kind === "password" ? "the password" : "the token", secret);
  if (problem) throw new InputError(problem);
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
  private signInReport: SignInReport | null = null;
  private signInSkipped: SignInSkipReason | null = null;

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly security: Security,
    private readonly timeoutMs: number,
    private readonly ehloName: string,
    private readonly deps: ProbeDeps,
    private readonly lang: Lang = "en",
    private readonly credentials: SignInCredentials | null = null,
  ) {
    this.startedAt = this.now();
    this.deadline = this.started + timeoutMs;
  }

  private now(): Date {
    return this.deps.now ? this.deps.now() : new Date();
  }

  /** Runs one step under its deadline and records it; a StepFailure is recorded and rethrown. */
  private async step<T>(
    name: ProbeStepName,
    work: () => Promise<T>,
    describe: (value: T) => string,
  ): Promise<T> {
    const begin = performance.now();
    const remaining = Math.max(0, Math.floor(this.deadline - begin));
    const own = name === "auth" ? AUTH_DEADLINE_MS : STEP_DEADLINE_MS[name];
    const limit = Math.min(own, remaining);
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // Destroying the socket is what stops a drip-feeding server, not just giving up waiting.
        this.connection?.destroy();
        const whose =
          limit < own
            ? (lang: Lang) =>
                fillText(localize(PROBE_EVIDENCE.overallDeadline, lang), { ms: this.timeoutMs }, lang)
            : (lang: Lang) => fillText(localize(PROBE_EVIDENCE.milliseconds, lang), { ms: limit }, lang);
        reject(new StepFailure("timeout", evidence(PROBE_EVIDENCE.noAnswer, { limit: whose })));
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
        this.failure ??= { id, step: name, evidence: error.evidence, worded: error.worded };
        throw new StepFailure(id, { en: error.evidence, worded: error.worded });
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private record(name: ProbeStepName, ok: boolean, begin: number, detail: string): void {
    // The sign-in is reported in `signIn`, not as a step (the server never runs it).
    if (name === "auth") return;
    this.steps.push({
      step: name,
      ok,
      ms: Math.round(performance.now() - begin),
      detail: printable(detail, DETAIL_LENGTH),
    });
  }

  /** Records a step that completed but whose answer ends the session (e.g. greeting 554). */
  private refuse(id: ProbeFailureId, said: Evidence): never {
    const last = this.steps[this.steps.length - 1];
    if (last) last.ok = false;
    this.failure ??= { id, step: last?.step ?? "connect", evidence: said.en, worded: said.worded };
    throw new StepFailure(id, said);
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
    if (reply.code !== 220) {
      this.refuse("greeting-rejected", evidence(PROBE_EVIDENCE.greetedWith, { reply: firstLine(reply) }));
    }
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
    // EHLO under TLS replaces everything learned in plain text (RFC 3207 4.2); only AUTH before TLS is kept.
    else this.secureEhlo = result;
    if (result.reply.code !== 250)
      this.refuse("ehlo-rejected", evidence(PROBE_EVIDENCE.ehloAnswered, { reply: firstLine(result.reply) }));
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
    if (reply.code !== 220) {
      this.refuse("tls-failed", evidence(PROBE_EVIDENCE.starttlsRefused, { reply: firstLine(reply) }));
    }
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

  /** The CLI's sign-in test: only here, after EHLO under TLS, with a mechanism the server offered. */
  private async signIn(credentials: SignInCredentials): Promise<void> {
    if (this.tls === null || this.secureEhlo === null) return;
    // As a mail program would: no secret to a server whose certificate could be anyone's.
    if (!certificateAcceptable(this.tls.certificate, this.now().getTime())) {
      this.signInSkipped = "untrustedCertificate";
      return;
    }
    const mechanism = chooseMechanism(credentials, this.secureEhlo.auth);
    if (mechanism === null) {
      this.signInSkipped = credentials.kind === "xoauth2" ? "noTokenMechanism" : "noPasswordMechanism";
      return;
    }
    this.signInReport = { ok: false, mechanism, reply: null, error: null };
    try {
      const reply = await this.step(
        "auth",
        () => authenticate(this.conn, credentials, mechanism),
        (r) => `${r.code}`,
      );
      const shown = printable(redactSecret(formatReply(reply), credentials), DETAIL_LENGTH);
      this.signInReport = { ok: reply.code === 235, mechanism, reply: shown, error: null };
    } catch (error) {
      if (error instanceof StepFailure) {
        const worded = error.worded;
        this.signInReport = {
          ok: false,
          mechanism,
          reply: null,
          error: redactSecret(localize(worded, this.lang), credentials),
        };
        // The failure's evidence reaches the findings: it must not carry an echoed secret either.
        if (this.failure?.step === "auth") {
          this.failure.evidence = redactSecret(this.failure.evidence, credentials);
          this.failure.worded = (lang: Lang) => redactSecret(localize(worded, lang), credentials);
        }
      }
      throw error;
    }
  }

  private async conversation(): Promise<void> {
    await this.resolve();
    await this.connect();
    if (this.security === "tls") {
      await this.startTls();
      await this.readGreeting();
      await this.ehlo("ehlo-tls");
    } else {
      await this.readGreeting();
      const plain = await this.ehlo("ehlo");
      if (this.security === "none" || !plain.starttls) return;
      await this.starttls();
      await this.startTls();
      await this.ehlo("ehlo-tls");
    }
    if (this.credentials) await this.signIn(this.credentials);
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

  /** The sign-in part of the report; null when no sign-in was asked for. */
  private signInOutcome(): SignInReport | null {
    if (!this.credentials) return null;
    if (this.signInReport) return this.signInReport;
    const reason: SignInSkipReason =
      this.signInSkipped ?? (this.tls === null && this.failure === null ? "notEncrypted" : "sessionEnded");
    this.signInSkipped = reason;
    const offered = this.secureEhlo?.auth.length
      ? this.secureEhlo.auth.join(" ")
      : localize(SIGN_IN_SKIPPED.nothingOffered, this.lang);
    return {
      ok: false,
      mechanism: null,
      reply: null,
      error: fillText(localize(SIGN_IN_SKIPPED[reason], this.lang), { offered, host: this.host }, this.lang),
    };
  }

  private report(): VerifyReport {
    const extensionSource = [this.secureEhlo, this.plainEhlo].find((e) => e !== null && e.reply.code === 250);
    const extensions = extensionSource?.extensions ?? [];
    const signIn = this.signInOutcome();
    const findings = buildVerifyFindings(
      {
        host: this.host,
        port: this.port,
        security: this.security,
        nowMs: this.now().getTime(),
        failure: this.failure,
        starttlsOffered: this.plainEhlo && this.plainEhlo.reply.code === 250 ? this.plainEhlo.starttls : null,
        tls: this.tls,
        authBeforeTls: this.plainEhlo?.reply.code === 250 ? this.plainEhlo.auth : null,
        authAfterTls: this.secureEhlo?.reply.code === 250 ? this.secureEhlo.auth : null,
        extensions: extensionSource ? extensions : null,
        starttlsInjection: this.connection?.injectedBeforeTls ?? false,
        tlsBytesInPlaintext: this.connection?.tlsBytesInPlaintext ?? false,
        bytesReceived: this.connection?.bytesReceived ?? 0,
        signIn,
        signInSkipped: this.signInSkipped,
      },
      this.lang,
    );
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
      extensions,
      sizeLimit: sizeLimitOf(extensions),
      smtputf8: hasExtension(extensions, "SMTPUTF8"),
      eightBitMime: hasExtension(extensions, "8BITMIME"),
      starttlsInjection: this.connection?.injectedBeforeTls ?? false,
      findings,
      checkedAt: this.startedAt.toISOString(),
      durationMs: Math.round(performance.now() - this.started),
      ...(signIn ? { signIn } : {}),
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
  validateSignIn(options.signIn, security);
  checkPort(deps.policy, port);
  const literal = parseIpLiteral(host);
  if (literal !== null) checkAddress(deps.policy, literal.address);
  const lang = options.lang ?? "en";
  // German words are a separate chunk; until it is loaded, findings stay English.
  await loadLanguage(lang).catch(() => undefined);
  return new ProbeRun(host, port, security, timeoutMs, ehloName, deps, lang, options.signIn ?? null).run();
}
