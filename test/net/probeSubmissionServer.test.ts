// The live probe against real SMTP peers on 127.0.0.1: smtp-server for
// well-behaved servers, raw sockets for misbehaving ones, the dns2 peer for
// names. Each case asserts the exact set of finding ids and the verdict.
import { ForbiddenTargetError, InputError } from "../../src/core/errors.js";
import type { VerifyReport } from "../../src/core/types.js";
import { createMailDns } from "../../src/net/dnsResolver.js";
import {
  probeSubmissionServer,
  type ProbeDeps,
  type ProbeOptions,
} from "../../src/net/probeSubmissionServer.js";
import { MAX_REPLY_LINE_BYTES } from "../../src/net/smtpReplyReader.js";
import { createTargetPolicy } from "../../src/net/targetPolicy.js";
import { startDnsPeer, type DnsPeer } from "../peers/dnsPeer.js";
import {
  closedPort,
  PEER_HOST,
  startDripFeedPeer,
  startFloodPeer,
  startRawPeer,
  startScriptedPeer,
  startSilentPeer,
  startSmtpPeer,
  startStarttlsInjectionPeer,
  type RunningPeer,
  type SmtpPeerOptions,
} from "../peers/smtpPeers.js";
import { FALLBACK_EHLO_NAME, machineEhloName } from "../../src/net/ehloName.js";
import {
  getTestCertificates,
  INTERMEDIATE_URL,
  TEST_HOST,
  type TestCertificate,
  type TestCertificates,
} from "../peers/testCertificates.js";

let certs: TestCertificates;
let trustedCas: string[];
// Probes of an IP literal never look anything up; this resolver points at a port nobody serves.
const unusedDns = createMailDns(["127.0.0.1:9"], 200);
const running: RunningPeer[] = [];
let dnsPeer: DnsPeer;

beforeAll(async () => {
  certs = await getTestCertificates();
  trustedCas = [certs.caPem];
  dnsPeer = await startDnsPeer({
    [TEST_HOST]: { A: ["127.0.0.1"] },
    "deep.mail.outbox-doctor.test": { A: ["127.0.0.1"] },
    "loopback.outbox-doctor.test": { A: ["127.0.0.1"] },
    "slow.outbox-doctor.test": { A: ["127.0.0.1"], delayMs: 3000 },
  });
});

afterAll(async () => {
  await Promise.all([...running.map((peer) => peer.close()), dnsPeer.close()]);
});

async function keep<T extends RunningPeer>(start: Promise<T>): Promise<T> {
  const peer = await start;
  running.push(peer);
  return peer;
}

function depsFor(port: number, extra: Partial<ProbeDeps> = {}): ProbeDeps {
  return {
    dns: unusedDns,
    policy: createTargetPolicy({ allowPrivate: true, probePorts: [port] }),
    trustedCas,
    ...extra,
  };
}

function probe(port: number, options: Partial<ProbeOptions> = {}, extra: Partial<ProbeDeps> = {}) {
  return probeSubmissionServer(
    { host: PEER_HOST, port, security: "starttls", timeoutMs: 3000, ...options },
    depsFor(port, extra),
  );
}

// What the server offers (SIZE, SMTPUTF8, 8BITMIME) is information, tested on its own below;
// the verdict tests compare the other ids.
const CAPABILITY_IDS = new Set(["size-limit", "smtputf8-supported", "8bitmime-supported"]);

function ids(report: VerifyReport): string[] {
  return report.findings
    .map((f) => f.id)
    .filter((id) => !CAPABILITY_IDS.has(id))
    .sort();
}

function stepNames(report: VerifyReport): string[] {
  return report.steps.map((s) => s.step);
}

function tlsPeer(cert: TestCertificate, options: SmtpPeerOptions = {}) {
  return keep(startSmtpPeer({ key: cert.key, cert: cert.cert, authOnlyUnderTls: true, ...options }));
}

describe("well-behaved servers", () => {
  test("STARTTLS on a submission port with a trusted certificate and AUTH only under TLS", async () => {
    const peer = await tlsPeer(certs.valid);
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["auth-ok", "tls-ok"]);
    expect(report.ok).toBe(true);
    expect(stepNames(report)).toEqual([
      "resolve",
      "connect",
      "greeting",
      "ehlo",
      "starttls",
      "tls",
      "ehlo-tls",
    ]);
    expect(report.steps.every((s) => s.ok)).toBe(true);
    expect(report.target).toEqual({
      host: "127.0.0.1",
      port: peer.port,
      security: "starttls",
      address: "127.0.0.1",
    });
    expect(report.greeting).toMatch(/^220 .*Outbox Doctor test peer/);
    expect(report.tls?.protocol).toBe("TLSv1.3");
    expect(report.tls?.certificate).toMatchObject({
      trusted: true,
      hostnameMatch: true,
      error: null,
      subject: TEST_HOST,
    });
    expect(report.tls?.certificate?.daysLeft).toBeGreaterThanOrEqual(363);
    expect(report.tls?.certificate?.altNames).toEqual([
      "localhost",
      TEST_HOST,
      "127.0.0.1",
      "0:0:0:0:0:0:0:1",
    ]);
    expect(report.auth).toEqual({ beforeTls: [], afterTls: ["PLAIN", "LOGIN"] });
    // RFC 3207: the extensions are those listed after TLS, so STARTTLS is no longer among them.
    expect(report.extensions).toContain("AUTH PLAIN LOGIN");
    expect(report.extensions).not.toContain("STARTTLS");
    // An IP literal is never sent as the TLS server name (RFC 6066).
    expect(peer.servernames).toEqual([null]);
  });

  test("implicit TLS", async () => {
    const peer = await tlsPeer(certs.valid, { secure: true });
    const report = await probe(peer.port, { security: "tls" });
    expect(ids(report)).toEqual(["auth-ok", "tls-ok"]);
    expect(report.ok).toBe(true);
    expect(stepNames(report)).toEqual(["resolve", "connect", "tls", "greeting", "ehlo-tls"]);
    expect(report.auth).toEqual({ beforeTls: [], afterTls: ["PLAIN", "LOGIN"] });
  });

  test("a host name is resolved through the configured DNS, sent as SNI and matched by a wildcard", async () => {
    const peer = await tlsPeer(certs.wildcard);
    const report = await probeSubmissionServer(
      { host: TEST_HOST.toUpperCase(), port: peer.port, security: "starttls", timeoutMs: 3000 },
      depsFor(peer.port, { dns: createMailDns([dnsPeer.server], 1000) }),
    );
    expect(ids(report)).toEqual(["auth-ok", "tls-ok"]);
    expect(report.target.address).toBe("127.0.0.1");
    expect(report.target.host).toBe(TEST_HOST);
    expect(report.steps[0]).toMatchObject({ step: "resolve", ok: true });
    expect(peer.servernames).toEqual([TEST_HOST]);
  });

  test("a wildcard covers one left-most label only (RFC 6125)", async () => {
    const peer = await tlsPeer(certs.wildcard);
    const report = await probeSubmissionServer(
      { host: "deep.mail.outbox-doctor.test", port: peer.port, security: "starttls", timeoutMs: 3000 },
      depsFor(peer.port, { dns: createMailDns([dnsPeer.server], 1000) }),
    );
    expect(ids(report)).toEqual(["auth-ok", "cert-hostname-mismatch", "tls-ok"]);
    expect(report.ok).toBe(false);
  });

  test("STARTTLS not offered", async () => {
    const peer = await keep(startSmtpPeer({ hideSTARTTLS: true, authOnlyUnderTls: true }));
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["starttls-missing"]);
    expect(report.ok).toBe(false);
    expect(report.tls).toBeNull();
    expect(stepNames(report)).toEqual(["resolve", "connect", "greeting", "ehlo"]);
  });

  test("AUTH PLAIN/LOGIN offered before TLS", async () => {
    const peer = await keep(
      startSmtpPeer({ key: certs.valid.key, cert: certs.valid.cert, allowInsecureAuth: true }),
    );
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["auth-before-tls", "tls-ok"]);
    expect(report.ok).toBe(false);
    expect(report.auth).toEqual({ beforeTls: ["PLAIN", "LOGIN"], afterTls: ["PLAIN", "LOGIN"] });
  });

  test("no AUTH at all", async () => {
    const peer = await tlsPeer(certs.valid, { authOptional: true, disabledCommands: ["AUTH"] });
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["auth-missing", "tls-ok"]);
    expect(report.ok).toBe(true);
    expect(report.auth).toEqual({ beforeTls: [], afterTls: [] });
  });

  test("XOAUTH2 advertised", async () => {
    const peer = await tlsPeer(certs.valid, { authMethods: ["PLAIN", "LOGIN", "XOAUTH2"] });
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["auth-ok", "oauth2-supported", "tls-ok"]);
    expect(report.ok).toBe(true);
    expect(report.auth.afterTls).toEqual(["PLAIN", "LOGIN", "XOAUTH2"]);
  });

  test('security "none": one plaintext EHLO, and AUTH in the clear', async () => {
    const peer = await keep(startSmtpPeer({ allowInsecureAuth: true, hideSTARTTLS: true }));
    const report = await probe(peer.port, { security: "none" });
    expect(ids(report)).toEqual(["auth-before-tls", "plaintext"]);
    expect(stepNames(report)).toEqual(["resolve", "connect", "greeting", "ehlo"]);
    expect(report.tls).toBeNull();
    expect(report.extensions).toContain("AUTH PLAIN LOGIN");
  });
});

describe("certificates", () => {
  test("expired", async () => {
    const peer = await tlsPeer(certs.expired);
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["auth-ok", "cert-expired", "tls-ok"]);
    expect(report.ok).toBe(false);
    expect(report.tls?.certificate).toMatchObject({
      trusted: true,
      error: "CERT_HAS_EXPIRED",
      hostnameMatch: true,
    });
    expect(report.tls?.certificate?.daysLeft).toBeLessThan(0);
  });

  test("not yet valid counts as expired", async () => {
    const peer = await tlsPeer(certs.notYetValid);
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["auth-ok", "cert-expired", "tls-ok"]);
    expect(report.tls?.certificate?.error).toBe("CERT_NOT_YET_VALID");
  });

  test("issued for another host name", async () => {
    const peer = await tlsPeer(certs.wrongHost);
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["auth-ok", "cert-hostname-mismatch", "tls-ok"]);
    expect(report.tls?.certificate).toMatchObject({
      trusted: true,
      hostnameMatch: false,
      altNames: ["wrong.example.net"],
    });
  });

  test("self-signed", async () => {
    const peer = await tlsPeer(certs.selfSigned);
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["auth-ok", "cert-untrusted", "tls-ok"]);
    expect(report.tls?.certificate).toMatchObject({ trusted: false, error: "DEPTH_ZERO_SELF_SIGNED_CERT" });
  });

  test("a valid certificate from a CA that is not in the trust store", async () => {
    const peer = await tlsPeer(certs.valid);
    const report = await probe(peer.port, {}, { trustedCas: undefined });
    expect(ids(report)).toEqual(["auth-ok", "cert-untrusted", "tls-ok"]);
    expect(report.tls?.certificate?.trusted).toBe(false);
  });

  test("expiring in five days", async () => {
    const peer = await tlsPeer(certs.expiringSoon);
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["auth-ok", "cert-expiring-soon", "tls-ok"]);
    expect(report.ok).toBe(true);
    expect(report.tls?.certificate?.daysLeft).toBe(4);
  });

  // Node 20 with OpenSSL 3.0 still negotiates TLS 1.0/1.1 when both sides lower the security level to 0.
  test.each(["TLSv1", "TLSv1.1"] as const)(
    "a server that only speaks %s is measured, not just failed",
    async (version) => {
      const peer = await tlsPeer(certs.valid, {
        minVersion: "TLSv1",
        maxVersion: version,
        ciphers: "DEFAULT:@SECLEVEL=0",
      });
      const report = await probe(peer.port);
      expect(ids(report)).toEqual(["auth-ok", "tls-old-version"]);
      expect(report.ok).toBe(false);
      expect(report.tls?.protocol).toBe(version);
    },
  );
});

describe("wrong mode, refusals and misbehaving servers", () => {
  test("SSL/TLS on a STARTTLS port fails the handshake", async () => {
    const peer = await tlsPeer(certs.valid);
    const report = await probe(peer.port, { security: "tls" });
    expect(ids(report)).toEqual(["port-wants-starttls", "tls-failed"]);
    expect(report.ok).toBe(false);
    // The user's words first; OpenSSL's only as the evidence behind them.
    const failed = report.findings.find((f) => f.id === "tls-failed");
    expect(failed?.detail).toMatch(/^This port speaks plain SMTP, not SSL\/TLS: .*Choose STARTTLS\./);
    expect(failed?.detail).toMatch(/\(TLS error: .*wrong version number.*\)$/);
    expect(report.findings.find((f) => f.id === "port-wants-starttls")).toMatchObject({
      severity: "warn",
      title: "This port uses STARTTLS, not SSL/TLS",
    });
    expect(stepNames(report)).toEqual(["resolve", "connect", "tls"]);
    expect(report.steps[2]?.ok).toBe(false);
  });

  test("STARTTLS on an implicit-TLS port times out waiting for a greeting", async () => {
    const peer = await tlsPeer(certs.valid, { secure: true });
    const report = await probe(peer.port, { timeoutMs: 500 });
    expect(ids(report)).toEqual(["port-wants-tls", "timeout"]);
    expect(report.findings.find((f) => f.id === "port-wants-tls")?.detail).toMatch(
      /probably expects SSL\/TLS/,
    );
    expect(report.steps.at(-1)).toMatchObject({ step: "greeting", ok: false });
  });

  test.each([
    ["554 5.7.1 No SMTP service here\r\n", "554 5.7.1 No SMTP service here"],
    [
      "421-mail.example.net busy\r\n421 4.3.2 try again later\r\n",
      "421-mail.example.net busy\n421 4.3.2 try again later",
    ],
  ])("greeting %j is rejected", async (greeting, shown) => {
    const peer = await keep(
      startScriptedPeer(greeting, (command) => (command === "QUIT" ? "221 bye\r\n" : null)),
    );
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["greeting-rejected"]);
    expect(report.greeting).toBe(shown);
    expect(report.steps.at(-1)).toMatchObject({ step: "greeting", ok: false });
  });

  test("a greeting that is not SMTP at all", async () => {
    const peer = await keep(startScriptedPeer("SSH-2.0-OpenSSH_9.2\r\n", () => null));
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["greeting-rejected"]);
    expect(report.findings[0]?.detail).toContain("SSH-2.0-OpenSSH_9.2");
  });

  test("EHLO refused", async () => {
    const peer = await keep(
      startScriptedPeer("220 old.example ready\r\n", () => "502 5.5.1 command not implemented\r\n"),
    );
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["ehlo-rejected"]);
  });

  test("STARTTLS advertised but refused", async () => {
    const peer = await keep(
      startScriptedPeer("220 mx.example ESMTP\r\n", (command) =>
        command.startsWith("EHLO")
          ? "250-mx.example\r\n250 STARTTLS\r\n"
          : command === "STARTTLS"
            ? "454 4.7.0 TLS not available due to temporary reason\r\n"
            : "221 bye\r\n",
      ),
    );
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["tls-failed"]);
    expect(report.findings[0]?.detail).toContain("454 4.7.0");
    expect(report.steps.at(-1)).toMatchObject({ step: "starttls", ok: false });
  });

  test("silent server: the probe gives up at its deadline", async () => {
    const peer = await keep(startSilentPeer());
    const started = Date.now();
    const report = await probe(peer.port, { timeoutMs: 400 });
    expect(Date.now() - started).toBeLessThan(400 + 200);
    expect(ids(report)).toEqual(["port-wants-tls", "timeout"]);
    expect(report.steps.at(-1)).toMatchObject({ step: "greeting", ok: false });
  });

  test("server closing after EHLO", async () => {
    const peer = await keep(startScriptedPeer("220 mx.example ESMTP\r\n", () => "close"));
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["connection-closed"]);
    expect(report.steps.at(-1)).toMatchObject({ step: "ehlo", ok: false });
    expect(report.findings[0]?.detail).toContain('step "ehlo"');
  });

  test("a 100 KB reply line ends the probe without buffering it", async () => {
    const peer = await keep(startFloodPeer(100 * 1024));
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["reply-too-long"]);
    expect(report.steps.at(-1)).toMatchObject({ step: "greeting", ok: false });
    expect(report.greeting).toBeNull();
  });

  test("a line just under the limit is still read", async () => {
    const text = "y".repeat(MAX_REPLY_LINE_BYTES - 10);
    const peer = await keep(startScriptedPeer(`554 ${text}\r\n`, () => "221 bye\r\n"));
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["greeting-rejected"]);
    expect(report.greeting).toHaveLength(1000 + "...".length);
  });

  test("a drip-feeding server cannot keep the probe alive past its deadline", async () => {
    // A byte every 30 ms: data keeps coming, a reply never completes.
    const peer = await keep(startDripFeedPeer("220-still talking\r\n", 30));
    const timeoutMs = 700;
    const started = Date.now();
    const report = await probe(peer.port, { timeoutMs });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThanOrEqual(timeoutMs + 200);
    expect(report.durationMs).toBeLessThanOrEqual(timeoutMs + 200);
    expect(ids(report)).toEqual(["timeout"]);
    expect(report.findings[0]?.detail).toContain("overall deadline (700 ms)");
  });

  test("connection refused", async () => {
    const port = await closedPort();
    const report = await probe(port);
    expect(ids(report)).toEqual(["connect-failed"]);
    expect(report.steps.at(-1)).toMatchObject({ step: "connect", ok: false });
    expect(report.findings[0]?.detail).toContain("ECONNREFUSED");
  });

  test("a name that does not resolve", async () => {
    const report = await probeSubmissionServer(
      { host: "nowhere.outbox-doctor.test", port: 587, security: "starttls", timeoutMs: 3000 },
      depsFor(587, { dns: createMailDns([dnsPeer.server], 1000) }),
    );
    expect(ids(report)).toEqual(["connect-failed"]);
    expect(report.target.address).toBeNull();
    expect(stepNames(report)).toEqual(["resolve"]);
  });
});

test("a DNS server that does not answer in time", async () => {
  const started = Date.now();
  const report = await probeSubmissionServer(
    { host: "slow.outbox-doctor.test", port: 587, security: "starttls", timeoutMs: 400 },
    depsFor(587, { dns: createMailDns([dnsPeer.server], 1000) }),
  );
  expect(Date.now() - started).toBeLessThan(400 + 200);
  expect(ids(report)).toEqual(["timeout"]);
  expect(report.steps).toEqual([expect.objectContaining({ step: "resolve", ok: false })]);
  expect(report.target.address).toBeNull();
});

describe("input and target policy are checked before any connection", () => {
  let connections = 0;
  let counter: RunningPeer;
  beforeAll(async () => {
    counter = await keep(startRawPeer((socket) => (connections++, socket.destroy())));
  });

  const strict = (port: number): ProbeDeps => ({
    dns: createMailDns([dnsPeer.server], 1000),
    policy: createTargetPolicy({ allowPrivate: false, probePorts: [port] }),
  });

  test.each(["127.0.0.1", "2130706433", "0x7f000001", "127.1", "[::ffff:127.0.0.1]"])(
    "loopback spelled %s is refused",
    async (host) => {
      await expect(
        probeSubmissionServer({ host, port: counter.port, security: "starttls" }, strict(counter.port)),
      ).rejects.toThrow(ForbiddenTargetError);
      expect(connections).toBe(0);
    },
  );

  test("a name whose A record is 127.0.0.1 is refused", async () => {
    await expect(
      probeSubmissionServer(
        { host: "loopback.outbox-doctor.test", port: counter.port, security: "starttls" },
        strict(counter.port),
      ),
    ).rejects.toThrow(
      /loopback\.outbox-doctor\.test (resolves to 127\.0\.0\.1, which is loopback|is reserved for testing)/,
    );
    expect(connections).toBe(0);
  });

  test("a port outside the policy is refused, even with private addresses allowed", async () => {
    await expect(
      probe(counter.port, {}, { policy: createTargetPolicy({ allowPrivate: true, probePorts: [587] }) }),
    ).rejects.toThrow(`port ${counter.port} is not one the probe may use (allowed: 587)`);
    expect(connections).toBe(0);
  });

  test.each([
    [{ host: "mail.example.com\r\nMAIL FROM:<x>" }, /control character/],
    [{ host: "" }, /host is empty/],
    [{ port: "58 7" as unknown as number }, /not a whole number/],
    [{ security: "ssl" as never }, /use tls/],
    [{ timeoutMs: 5 }, /timeout must be/],
  ])("bad input %j", async (options, message) => {
    const error = probe(counter.port, options);
    await expect(error).rejects.toThrow(InputError);
    await expect(error).rejects.toThrow(message);
    expect(connections).toBe(0);
  });

  test("an EHLO name that could smuggle a command is refused", async () => {
    await expect(probe(counter.port, {}, { ehloName: "x\r\nRSET" })).rejects.toThrow(InputError);
  });
});

describe("certificate chains", () => {
  test("a leaf served without its intermediate: cert-chain-incomplete (warn), not untrusted", async () => {
    const peer = await tlsPeer(certs.leafWithoutIntermediate);
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["auth-ok", "cert-chain-incomplete", "tls-ok"]);
    expect(report.ok).toBe(true);
    const finding = report.findings.find((f) => f.id === "cert-chain-incomplete");
    expect(finding?.severity).toBe("warn");
    expect(finding?.detail).toContain(INTERMEDIATE_URL);
    expect(finding?.detail).toContain("UNABLE_TO_VERIFY_LEAF_SIGNATURE");
    expect(report.tls?.certificate).toMatchObject({
      trusted: false,
      chainLength: 1,
      issuerUrl: INTERMEDIATE_URL,
    });
  });

  test("the same leaf served with its intermediate is trusted", async () => {
    const peer = await tlsPeer(certs.leafWithChain);
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["auth-ok", "tls-ok"]);
    expect(report.tls?.certificate).toMatchObject({
      trusted: true,
      error: null,
      issuerUrl: INTERMEDIATE_URL,
    });
  });

  test("self-signed stays cert-untrusted (fail), with no chain finding", async () => {
    const peer = await tlsPeer(certs.selfSigned);
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["auth-ok", "cert-untrusted", "tls-ok"]);
  });
});

describe("STARTTLS injection", () => {
  test("plaintext pipelined after 220 Ready is detected, reported and never read as if encrypted", async () => {
    const peer = await keep(
      startStarttlsInjectionPeer(certs.valid, "250-injected\r\n250 AUTH PLAIN LOGIN XOAUTH2\r\n"),
    );
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["auth-ok", "starttls-injection", "tls-ok"]);
    expect(report.ok).toBe(false);
    expect(report.starttlsInjection).toBe(true);
    expect(report.findings.find((f) => f.id === "starttls-injection")?.severity).toBe("fail");
    // What the session learned under TLS is the encrypted EHLO alone, not the injected lines.
    expect(report.auth.afterTls).toEqual(["PLAIN"]);
    expect(report.extensions).toEqual(["AUTH PLAIN"]);
  });

  test("injected text that is not even SMTP is reported as injection, not as a broken server", async () => {
    const peer = await keep(startStarttlsInjectionPeer(certs.valid, "HELLO FROM THE MIDDLE\r\npartial"));
    const report = await probe(peer.port);
    expect(ids(report)).toEqual(["auth-ok", "starttls-injection", "tls-ok"]);
    expect(report.starttlsInjection).toBe(true);
    expect(report.auth.afterTls).toEqual(["PLAIN"]);
  });

  test("a clean STARTTLS server is not flagged", async () => {
    const peer = await tlsPeer(certs.valid);
    const report = await probe(peer.port);
    expect(report.starttlsInjection).toBe(false);
  });
});

describe("what the server offers", () => {
  test("SIZE, SMTPUTF8 and 8BITMIME: fields and info findings", async () => {
    const peer = await tlsPeer(certs.valid, { size: 35882577 });
    const report = await probe(peer.port);
    expect(report).toMatchObject({ sizeLimit: 35882577, smtputf8: true, eightBitMime: true });
    const info = report.findings.filter((f) => f.severity === "info").map((f) => [f.id, f.detail]);
    expect(info).toEqual([
      ["size-limit", "Largest message 35 MB (SIZE 35882577)."],
      ["smtputf8-supported", "The EHLO reply lists SMTPUTF8."],
      ["8bitmime-supported", "The EHLO reply lists 8BITMIME."],
    ]);
  });

  test("none of them offered: fields say so, no info findings", async () => {
    const peer = await tlsPeer(certs.valid, { hideSMTPUTF8: true, hide8BITMIME: true });
    const report = await probe(peer.port);
    expect(report).toMatchObject({ sizeLimit: null, smtputf8: false, eightBitMime: false });
    expect(report.findings.filter((f) => f.severity === "info")).toEqual([]);
  });
});

describe("the EHLO name", () => {
  async function ehloSent(ehloName?: string): Promise<string | undefined> {
    let seen: string | undefined;
    const peer = await keep(
      startScriptedPeer("220 ehlo.test ESMTP\r\n", (command) => {
        if (command.startsWith("EHLO ")) seen = command.slice(5);
        return command === "QUIT" ? "221 bye\r\n" : "250 ehlo.test\r\n";
      }),
    );
    await probe(peer.port, { security: "none" }, ehloName === undefined ? {} : { ehloName });
    return seen;
  }

  test("by default this machine's name, never a .invalid name", async () => {
    const sent = await ehloSent();
    expect(sent).toBe(machineEhloName());
    expect(sent).not.toMatch(/\.invalid$/);
  });

  test("the configured name when one is given", async () => {
    expect(await ehloSent("mail-client.example.org")).toBe("mail-client.example.org");
  });

  test.each([
    ["laptop.corp.example", "laptop.corp.example"],
    ["Build-Host.Example.", "build-host.example"],
    ["localhost", FALLBACK_EHLO_NAME],
    ["my laptop", FALLBACK_EHLO_NAME],
    ["", FALLBACK_EHLO_NAME],
    ["host_with_underscore", FALLBACK_EHLO_NAME],
    ["probe.invalid", FALLBACK_EHLO_NAME],
  ])("machine name %j gives %j", (machine, expected) => {
    expect(machineEhloName(machine)).toBe(expected);
  });
});

describe("findings in German", () => {
  test("the probe's own evidence is worded in German; the JSON shape, ids and steps stay the same", async () => {
    const port = await closedPort();
    const english = await probe(port);
    const german = await probe(port, { lang: "de" });
    expect(german.findings.map((f) => [f.id, f.severity])).toEqual(
      english.findings.map((f) => [f.id, f.severity]),
    );
    expect(Object.keys(german)).toEqual(Object.keys(english));
    expect(german.findings[0]).toMatchObject({
      id: "connect-failed",
      title: "Keine Verbindung möglich",
      detail:
        "Beim Schritt „connect“: Verbindung abgelehnt (auf dem Port lauscht nichts, oder eine Firewall weist sie ab) (ECONNREFUSED)",
    });
    // Steps are the technical transcript: the same words in every language.
    expect(german.steps.map((s) => s.detail)).toEqual(english.steps.map((s) => s.detail));
  });

  test("a timeout names the deadline in German", async () => {
    const peer = await keep(startSilentPeer());
    const report = await probe(peer.port, { timeoutMs: 300, lang: "de" });
    expect(report.findings.find((f) => f.id === "timeout")?.detail).toBe(
      "Beim Schritt „greeting“: keine Antwort innerhalb der Gesamtfrist des Tests (300 ms)",
    );
  });
});
