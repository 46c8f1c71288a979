// The port survey against several real peers at once. Tests cannot bind
// 587/465/25/2525, so the survey's port list is passed in with ephemeral
// ports standing in for them.
import { ForbiddenTargetError, InputError } from "../../src/core/errors.js";
import { createMailDns } from "../../src/net/dnsResolver.js";
import { surveyPorts, STANDARD_SURVEY_PORTS, type SurveyPort } from "../../src/net/portSurvey.js";
import type { ProbeDeps } from "../../src/net/probeSubmissionServer.js";
import { createTargetPolicy } from "../../src/net/targetPolicy.js";
import { startDnsPeer, type DnsPeer } from "../peers/dnsPeer.js";
import { closedPort, startSmtpPeer, type RunningPeer } from "../peers/smtpPeers.js";
import { getTestCertificates, TEST_HOST, type TestCertificates } from "../peers/testCertificates.js";

let certs: TestCertificates;
let dnsPeer: DnsPeer;
const running: RunningPeer[] = [];

beforeAll(async () => {
  certs = await getTestCertificates();
  dnsPeer = await startDnsPeer({ [TEST_HOST]: { A: ["127.0.0.1"] } });
});

afterAll(async () => {
  await Promise.all([...running.map((peer) => peer.close()), dnsPeer.close()]);
});

async function keep<T extends RunningPeer>(start: Promise<T>): Promise<T> {
  const peer = await start;
  running.push(peer);
  return peer;
}

function depsFor(ports: number[], allowPrivate = true): ProbeDeps {
  return {
    dns: createMailDns([dnsPeer.server], 1000),
    policy: createTargetPolicy({ allowPrivate, probePorts: ports }),
    trustedCas: [certs.caPem],
  };
}

test("finds the working pairs, diagnoses mode mismatches and a blocked relay port, recommends implicit TLS", async () => {
  const tlsOptions = { key: certs.valid.key, cert: certs.valid.cert, authOnlyUnderTls: true };
  const starttlsPeer = await keep(startSmtpPeer(tlsOptions));
  const implicitPeer = await keep(startSmtpPeer({ ...tlsOptions, secure: true }));
  const plainPeer = await keep(startSmtpPeer(tlsOptions));
  const relayPort = await closedPort();
  const plan: SurveyPort[] = [
    { port: starttlsPeer.port, security: "starttls" },
    // Where STARTTLS is expected, the server speaks implicit TLS...
    { port: implicitPeer.port, security: "starttls" },
    // ...and where SSL/TLS is expected, it greets in plain text.
    { port: plainPeer.port, security: "tls" },
    { port: relayPort, security: "starttls", relay: true },
    { port: 2525, security: "starttls" },
  ];
  const allowed = [starttlsPeer.port, implicitPeer.port, plainPeer.port, relayPort];

  const started = Date.now();
  const survey = await surveyPorts(TEST_HOST, depsFor(allowed), 1200, plan);
  const elapsed = Date.now() - started;

  expect(survey.host).toBe(TEST_HOST);
  expect(survey.results.map((r) => [r.port, r.security, r.ok, r.connected])).toEqual([
    [starttlsPeer.port, "starttls", true, true],
    [implicitPeer.port, "starttls", false, true],
    [plainPeer.port, "tls", false, true],
    [relayPort, "starttls", false, false],
    // The confirmation round, in the other mode.
    [implicitPeer.port, "tls", true, true],
    [plainPeer.port, "starttls", true, true],
  ]);
  expect(survey.findings.map((f) => f.id).sort()).toEqual([
    "port-25-blocked",
    "port-wants-starttls",
    "port-wants-tls",
    "ports-skipped",
    "recommended-port",
  ]);
  expect(survey.findings.find((f) => f.id === "ports-skipped")?.detail).toContain("2525 (STARTTLS)");
  expect(survey.findings.find((f) => f.id === "port-wants-tls")?.detail).toContain(
    `Port ${implicitPeer.port}`,
  );
  expect(survey.findings.find((f) => f.id === "port-wants-starttls")?.detail).toContain(
    `Port ${plainPeer.port}`,
  );
  expect(survey.recommended).toEqual({ port: implicitPeer.port, security: "tls" });
  expect(survey.results[0]?.summary).toBe("TLSv1.3, AUTH PLAIN LOGIN");
  expect(survey.results[1]?.summary).toBe("The server did not answer in time");
  // Two rounds at most, each bounded by the per-probe timeout.
  expect(elapsed).toBeLessThan(2 * 1200 + 500);
});

test("prefers a submission port over the relay port, STARTTLS included", async () => {
  const tlsOptions = { key: certs.valid.key, cert: certs.valid.cert, authOnlyUnderTls: true };
  const relay = await keep(startSmtpPeer(tlsOptions));
  const submission = await keep(startSmtpPeer(tlsOptions));
  const survey = await surveyPorts("127.0.0.1", depsFor([relay.port, submission.port]), 2000, [
    { port: relay.port, security: "starttls", relay: true },
    { port: submission.port, security: "starttls" },
  ]);
  expect(survey.results.every((r) => r.ok)).toBe(true);
  expect(survey.recommended).toEqual({ port: submission.port, security: "starttls" });
  expect(survey.findings.map((f) => f.id)).toEqual(["recommended-port"]);
});

test("nothing works: no-working-port and no recommendation", async () => {
  const port = await closedPort();
  const survey = await surveyPorts("127.0.0.1", depsFor([port]), 1000, [{ port, security: "starttls" }]);
  expect(survey.recommended).toBeNull();
  expect(survey.findings.map((f) => f.id)).toEqual(["no-working-port"]);
  expect(survey.findings[0]?.severity).toBe("fail");
});

test("the standard ports outside the policy are skipped and said so", async () => {
  const survey = await surveyPorts("127.0.0.1", depsFor([465, 587]), 1000, STANDARD_SURVEY_PORTS.slice(2));
  expect(survey.results).toEqual([]);
  expect(survey.findings.map((f) => f.id)).toEqual(["ports-skipped"]);
  expect(survey.findings[0]?.detail).toBe(
    "Not tested: 25 (STARTTLS), 2525 (STARTTLS). Allowed ports: 465, 587.",
  );
});

test("bad input and forbidden targets throw, as for a single probe", async () => {
  await expect(surveyPorts("bad host", depsFor([587]))).rejects.toThrow(InputError);
  const port = await closedPort();
  await expect(
    surveyPorts(TEST_HOST, depsFor([port], false), 1000, [{ port, security: "starttls" }]),
  ).rejects.toThrow(ForbiddenTargetError);
});

test("in German: the same findings and verdicts, worded in German, with the server's words kept", async () => {
  const tlsOptions = { key: certs.valid.key, cert: certs.valid.cert, authOnlyUnderTls: true };
  const plainPeer = await keep(startSmtpPeer(tlsOptions));
  const implicitPeer = await keep(startSmtpPeer({ ...tlsOptions, secure: true }));
  const plan: SurveyPort[] = [
    { port: implicitPeer.port, security: "tls" },
    { port: plainPeer.port, security: "tls" },
    { port: 2525, security: "starttls" },
  ];
  const deps = depsFor([plainPeer.port, implicitPeer.port]);
  const english = await surveyPorts(TEST_HOST, deps, 1200, plan);
  const german = await surveyPorts(TEST_HOST, deps, 1200, plan, "de");
  const shape = (s: typeof english) => s.findings.map((f) => [f.id, f.severity]);
  expect(shape(german)).toEqual(shape(english));
  expect(german.recommended).toEqual(english.recommended);
  const byId = (id: string) => german.findings.find((f) => f.id === id);
  expect(byId("port-wants-starttls")?.title).toBe("Dieser Port nutzt STARTTLS, nicht SSL/TLS");
  expect(byId("port-wants-starttls")?.detail).toMatch(
    new RegExp(
      `^Port ${plainPeer.port} scheiterte beim SSL/TLS-Verbindungsaufbau, grüßt aber im Klartext: 220 `,
    ),
  );
  expect(byId("ports-skipped")?.detail).toMatch(/^Nicht getestet: 2525 \(STARTTLS\)\. Erlaubte Ports: /);
  expect(byId("recommended-port")?.detail).toMatch(
    new RegExp(`^Port ${implicitPeer.port} mit SSL/TLS verwenden \\(`),
  );
  // The first-round report of the plain-text port already says it in the user's words.
  const firstRound = german.results.find((r) => r.port === plainPeer.port && r.security === "tls");
  expect(firstRound?.report.findings.find((f) => f.id === "tls-failed")?.detail).toMatch(
    /^Dieser Port spricht einfaches SMTP, nicht SSL\/TLS/,
  );
});
