// The sign-in test (the CLI's verify --user) against real SMTP peers on
// 127.0.0.1: a right and a wrong password, LOGIN, XOAUTH2, a server that
// hangs up during AUTH, a 1 MB challenge, and sessions that never encrypt.
// Every report is searched for the secret, in every form that was sent.
import { InputError } from "../../src/core/errors.js";
import type { VerifyReport } from "../../src/core/types.js";
import { createMailDns } from "../../src/net/dnsResolver.js";
import { probeSubmissionServer, type ProbeOptions } from "../../src/net/probeSubmissionServer.js";
import {
  authenticate,
  chooseMechanism,
  redactSecret,
  type SignInCredentials,
} from "../../src/net/smtpSignIn.js";
import type { SmtpReply } from "../../src/net/smtpReplyReader.js";
import { createTargetPolicy } from "../../src/net/targetPolicy.js";
import {
  PEER_HOST,
  startScriptedPeer,
  startScriptedTlsPeer,
  startSignInPeer,
  startSmtpPeer,
  type RunningPeer,
} from "../peers/smtpPeers.js";
import { getTestCertificates, type TestCertificates } from "../peers/testCertificates.js";

const USER = "ann@example.test";
const PASSWORD = "correct-horse-battery-staple-7Q";
const TOKEN = "ya29.a0-test-access-token-4f8c2e";

let certs: TestCertificates;
const running: RunningPeer[] = [];
const unusedDns = createMailDns(["127.0.0.1:9"], 200);

beforeAll(async () => {
  certs = await getTestCertificates();
});

afterAll(async () => {
  await Promise.all(running.map((peer) => peer.close()));
});

async function keep<T extends RunningPeer>(start: Promise<T>): Promise<T> {
  const peer = await start;
  running.push(peer);
  return peer;
}

function signInProbe(port: number, signIn: SignInCredentials, options: Partial<ProbeOptions> = {}) {
  return probeSubmissionServer(
    { host: PEER_HOST, port, security: "starttls", timeoutMs: 4000, signIn, ...options },
    {
      dns: unusedDns,
      policy: createTargetPolicy({ allowPrivate: true, probePorts: [port] }),
      trustedCas: [certs.caPem],
    },
  );
}

const password = (secret = PASSWORD): SignInCredentials => ({
  user: USER,
  kind: "password",
  password: secret,
});
const xoauth2 = (token = TOKEN): SignInCredentials => ({ user: USER, kind: "xoauth2", token });

/** The secret in every form the sign-in sends must appear nowhere in the report. */
function expectNoSecret(report: VerifyReport, secret: string): void {
  const json = JSON.stringify(report);
  const forms = [
    secret,
    Buffer.from(secret).toString("base64"),
    Buffer.from(`\u0000${USER}\u0000${secret}`).toString("base64"),
    Buffer.from(`user=${USER}\u0001auth=Bearer ${secret}\u0001\u0001`).toString("base64"),
  ];
  for (const form of forms) expect(json).not.toContain(form);
}

function idsOf(report: VerifyReport): string[] {
  return report.findings.filter((f) => f.id.startsWith("auth-")).map((f) => f.id);
}

describe("choosing the mechanism", () => {
  test("XOAUTH2 for a token, PLAIN before LOGIN for a password, null when nothing fits", () => {
    expect(chooseMechanism(xoauth2(), ["PLAIN", "XOAUTH2"])).toBe("XOAUTH2");
    expect(chooseMechanism(xoauth2(), ["PLAIN", "LOGIN"])).toBeNull();
    expect(chooseMechanism(password(), ["LOGIN", "PLAIN", "XOAUTH2"])).toBe("PLAIN");
    expect(chooseMechanism(password(), ["login"])).toBe("LOGIN");
    expect(chooseMechanism(password(), ["XOAUTH2", "CRAM-MD5"])).toBeNull();
  });

  test("redactSecret removes the secret and the base64 forms that were sent", () => {
    const sent = Buffer.from(`\u0000${USER}\u0000${PASSWORD}`).toString("base64");
    expect(redactSecret(`535 you said ${sent} and ${PASSWORD}`, password())).toBe(
      "535 you said [redacted] and [redacted]",
    );
  });

  test("an unexpected challenge is cancelled with '*' (RFC 4954) and the exchange stays bounded", async () => {
    const sent: string[] = [];
    const replies: SmtpReply[] = [
      { code: 334, lines: ["more?"] },
      { code: 334, lines: ["more?"] },
      { code: 334, lines: ["more?"] },
      { code: 334, lines: ["more?"] },
      { code: 501, lines: ["cancelled"] },
    ];
    const reply = await authenticate(
      { send: (line) => sent.push(line), readReply: async () => replies.shift() as SmtpReply },
      password(),
      "PLAIN",
    );
    expect(reply.code).toBe(501);
    expect(sent.slice(1)).toEqual(["*", "*", "*", "*"]);
  });
});

describe("signing in against real servers", () => {
  test("the right password with PLAIN: auth-accepted, no message sent, QUIT", async () => {
    const peer = await keep(startSignInPeer(certs.valid, { user: USER, password: PASSWORD }));
    const report = await signInProbe(peer.port, password());
    expect(report.signIn).toEqual({
      ok: true,
      mechanism: "PLAIN",
      reply: expect.stringMatching(/^235 /),
      error: null,
    });
    expect(idsOf(report)).toEqual(["auth-ok", "auth-accepted"]);
    expect(report.ok).toBe(true);
    expect(peer.attempts).toEqual([{ method: "PLAIN", user: USER, secure: true }]);
    expect(peer.mailCommands).toBe(0);
    // The sign-in is not a step of the public step list (the server never runs it).
    expect(report.steps.map((s) => s.step)).not.toContain("auth");
    expectNoSecret(report, PASSWORD);
  });

  test("a wrong password: auth-rejected with the server's reply and the explainer's diagnosis", async () => {
    const peer = await keep(startSignInPeer(certs.valid, { user: USER, password: PASSWORD }));
    const report = await signInProbe(peer.port, password("wrong-password-for-ann-9"));
    expect(report.signIn).toMatchObject({ ok: false, mechanism: "PLAIN", error: null });
    expect(report.signIn?.reply).toMatch(/^535 5\.7\.8 Username and Password not accepted/);
    expect(report.ok).toBe(false);
    const rejected = report.findings.find((f) => f.id === "auth-rejected");
    expect(rejected?.severity).toBe("fail");
    expect(rejected?.detail).toMatch(/The server refused AUTH PLAIN: 535 5\.7\.8/);
    expect(rejected?.detail).toMatch(/Diagnosis \(5\.7\.8\): /);
    expectNoSecret(report, "wrong-password-for-ann-9");
  });

  test("LOGIN when the server offers no PLAIN", async () => {
    const peer = await keep(
      startSignInPeer(certs.valid, { user: USER, password: PASSWORD }, { authMethods: ["LOGIN"] }),
    );
    const report = await signInProbe(peer.port, password());
    expect(report.signIn).toMatchObject({ ok: true, mechanism: "LOGIN" });
    expect(peer.attempts.map((a) => a.method)).toEqual(["LOGIN"]);
    expectNoSecret(report, PASSWORD);
  });

  test("XOAUTH2 with the right token over implicit TLS", async () => {
    const peer = await keep(startSignInPeer(certs.valid, { user: USER, token: TOKEN }, { secure: true }));
    const report = await signInProbe(peer.port, xoauth2(), { security: "tls" });
    expect(report.signIn).toMatchObject({ ok: true, mechanism: "XOAUTH2" });
    expect(idsOf(report)).toEqual(["auth-ok", "auth-accepted"]);
    expectNoSecret(report, TOKEN);
  });

  test("XOAUTH2 with a wrong token: the 334 JSON challenge is answered and the 535 reported", async () => {
    const peer = await keep(startSignInPeer(certs.valid, { user: USER, token: TOKEN }));
    const report = await signInProbe(peer.port, xoauth2("ya29.expired-token-0000"));
    expect(report.signIn).toMatchObject({ ok: false, mechanism: "XOAUTH2" });
    expect(report.signIn?.reply).toMatch(/^535 /);
    expect(idsOf(report)).toContain("auth-rejected");
    expectNoSecret(report, "ya29.expired-token-0000");
  });

  test("a token for a server without XOAUTH2: not attempted, said why", async () => {
    const peer = await keep(
      startSignInPeer(certs.valid, { user: USER, password: PASSWORD }, { authMethods: ["PLAIN"] }),
    );
    const report = await signInProbe(peer.port, xoauth2());
    expect(report.signIn).toMatchObject({ ok: false, mechanism: null, reply: null });
    expect(report.signIn?.error).toMatch(/does not offer XOAUTH2 \(it offers: PLAIN\)/);
    expect(idsOf(report)).toEqual(["auth-ok", "auth-not-attempted"]);
    expect(peer.attempts).toEqual([]);
  });

  test("a server that closes during AUTH: connection-closed and auth-interrupted, no hang", async () => {
    const peer = await keep(
      startScriptedTlsPeer(certs.valid, "220 closer.test ESMTP\r\n", (command) => {
        if (command.startsWith("EHLO")) return "250-closer.test\r\n250 AUTH PLAIN LOGIN\r\n";
        if (command.startsWith("AUTH")) return "close";
        return "250 ok\r\n";
      }),
    );
    const started = Date.now();
    const report = await signInProbe(peer.port, password(), { security: "tls" });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(report.signIn).toMatchObject({ ok: false, mechanism: "PLAIN", reply: null });
    expect(report.signIn?.error).toMatch(/closed the connection/);
    const ids = report.findings.map((f) => f.id);
    expect(ids).toContain("connection-closed");
    expect(ids).toContain("auth-interrupted");
    expect(report.findings.find((f) => f.id === "connection-closed")?.detail).toContain('step "auth"');
    expectNoSecret(report, PASSWORD);
  });

  test("a 1 MB AUTH challenge is cut by the reply limit and reported", async () => {
    const peer = await keep(
      startScriptedTlsPeer(certs.valid, "220 flood.test ESMTP\r\n", (command) => {
        if (command.startsWith("EHLO")) return "250-flood.test\r\n250 AUTH LOGIN\r\n";
        if (command.startsWith("AUTH")) return `334 ${"A".repeat(1024 * 1024)}\r\n`;
        return "250 ok\r\n";
      }),
    );
    const report = await signInProbe(peer.port, password(), { security: "tls" });
    expect(report.signIn).toMatchObject({ ok: false, mechanism: "LOGIN", reply: null });
    expect(report.findings.map((f) => f.id)).toEqual(
      expect.arrayContaining(["reply-too-long", "auth-interrupted"]),
    );
    expect(JSON.stringify(report).length).toBeLessThan(20_000);
  });

  test("a server whose reply echoes what it received: the echo is redacted", async () => {
    const peer = await keep(
      startScriptedTlsPeer(certs.valid, "220 echo.test ESMTP\r\n", (command) => {
        if (command.startsWith("EHLO")) return "250-echo.test\r\n250 AUTH PLAIN\r\n";
        if (command.startsWith("AUTH")) return `535 5.7.8 you sent ${command}\r\n`;
        return "250 ok\r\n";
      }),
    );
    const report = await signInProbe(peer.port, password(), { security: "tls" });
    expect(report.signIn?.reply).toBe("535 5.7.8 you sent AUTH PLAIN [redacted]");
    expectNoSecret(report, PASSWORD);
  });
});

describe("never to a certificate a mail program would refuse", () => {
  test.each([
    ["self-signed", () => certs.selfSigned],
    ["issued for another name", () => certs.wrongHost],
    ["expired", () => certs.expired],
  ])("%s: the secret is not sent, auth-not-attempted says why", async (_name, certificate) => {
    const peer = await keep(startSignInPeer(certificate(), { user: USER, password: PASSWORD }));
    const report = await signInProbe(peer.port, password());
    expect(peer.attempts).toEqual([]);
    expect(report.signIn).toMatchObject({ ok: false, mechanism: null, reply: null });
    expect(report.signIn?.error).toMatch(
      /certificate is not valid for 127\.0\.0\.1 .* the secret was not sent/,
    );
    expect(report.findings.map((f) => f.id)).toContain("auth-not-attempted");
  });
});

describe("never before TLS", () => {
  test('security "none" is refused before any connection', async () => {
    const peer = await keep(startSmtpPeer({}));
    await expect(signInProbe(peer.port, password(), { security: "none" })).rejects.toThrow(InputError);
  });

  test("a server without STARTTLS: nothing is sent, auth-not-attempted says why", async () => {
    let authSeen = false;
    const peer = await keep(
      startScriptedPeer("220 plain.test ESMTP\r\n", (command) => {
        if (command.startsWith("AUTH")) authSeen = true;
        if (command.startsWith("EHLO")) return "250-plain.test\r\n250 AUTH PLAIN LOGIN\r\n";
        return command === "QUIT" ? "221 bye\r\n" : "250 ok\r\n";
      }),
    );
    const report = await signInProbe(peer.port, password());
    expect(authSeen).toBe(false);
    expect(report.signIn).toMatchObject({ ok: false, mechanism: null, reply: null });
    expect(report.signIn?.error).toMatch(/not encrypted/);
    expect(report.findings.map((f) => f.id)).toEqual(
      expect.arrayContaining(["starttls-missing", "auth-before-tls", "auth-not-attempted"]),
    );
  });

  test.each([
    ["a user name with a line break", { user: "ann\r\nMAIL FROM:<x>", kind: "password", password: PASSWORD }],
    ["an empty password", { user: USER, kind: "password", password: "" }],
    ["a token with a NUL", { user: USER, kind: "xoauth2", token: "abc\u0000def" }],
  ] as const)("%s is refused, and the message does not repeat it", async (_name, credentials) => {
    const peer = await keep(startSmtpPeer({}));
    const attempt = signInProbe(peer.port, credentials as SignInCredentials);
    await expect(attempt).rejects.toThrow(InputError);
    await attempt.catch((error: Error) => {
      expect(error.message).not.toContain(PASSWORD);
      expect(error.message).not.toContain("MAIL FROM");
    });
  });
});
