// The network commands of the CLI (verify, verify --all-ports, domain,
// settings without --offline) run in-process against real local peers: the
// dns2 peer answers every lookup, smtp-server peers with certificates from the
// test CA play the submission servers, and the environment variables of the
// public contract point the CLI at them. Nothing leaves 127.0.0.1.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDnsPeer, type DnsPeer } from "../peers/dnsPeer.js";
import {
  closedPort,
  startScriptedPeer,
  startSilentPeer,
  startSmtpPeer,
  type RunningPeer,
  type SmtpPeer,
} from "../peers/smtpPeers.js";
import { getTestCertificates, TEST_HOST } from "../peers/testCertificates.js";
import { runCliCaptured, type CliRun } from "./cliHarness.js";

jest.setTimeout(20_000);

/** Resolves to 127.0.0.1 but nothing listens on the standard submission ports there. */
const REFUSING_HOST = "refused.outbox-doctor.test";
/** Not in the zone: NXDOMAIN. */
const MISSING_HOST = "nowhere.outbox-doctor.test";
const STANDARD_PORTS = [587, 465, 25, 2525];
const TLSA_RECORD = { usage: 3, selector: 1, matchingType: 1, data: "ab".repeat(32) };

let dnsPeer: DnsPeer;
let goodPeer: SmtpPeer;
let noStarttlsPeer: SmtpPeer;
let silentPeer: RunningPeer;
let unusedPort: number;
let workDir: string;
let caFile: string;

beforeAll(async () => {
  const certs = await getTestCertificates();
  workDir = mkdtempSync(join(tmpdir(), "outbox-doctor-cli-"));
  caFile = join(workDir, "test-ca.pem");
  writeFileSync(caFile, certs.caPem);
  [dnsPeer, goodPeer, noStarttlsPeer, silentPeer, unusedPort] = await Promise.all([
    startDnsPeer({
      [TEST_HOST]: { A: ["127.0.0.1"] },
      [REFUSING_HOST]: { A: ["127.0.0.1"] },
      // A well-configured domain. mta-sts.good-cli.test is deliberately absent: the
      // CLI fetches the policy from port 443, which a test cannot serve, so the
      // policy is unreachable without any connection being made.
      "good-cli.test": {
        MX: [{ exchange: "mx1.good-cli.test", priority: 10 }],
        TXT: ["v=spf1 mx -all", "site-verification=42"],
      },
      "_dmarc.good-cli.test": { TXT: ["v=DMARC1; p=reject; rua=mailto:dmarc@good-cli.test"] },
      "_mta-sts.good-cli.test": { TXT: ["v=STSv1; id=20260101"] },
      "_smtp._tls.good-cli.test": { TXT: ["v=TLSRPTv1; rua=mailto:tls@good-cli.test"] },
      "_25._tcp.mx1.good-cli.test": { TLSA: [TLSA_RECORD] },
      // A badly configured one: no SPF, DMARC p=none.
      "bad-cli.test": { MX: [{ exchange: "mx.bad-cli.test", priority: 10 }] },
      "_dmarc.bad-cli.test": { TXT: ["v=DMARC1; p=none"] },
      // A custom domain hosted by Microsoft 365, known only by its MX.
      "contoso-cli.test": { MX: [{ exchange: "contoso-cli-test.mail.protection.outlook.com", priority: 0 }] },
    }),
    startSmtpPeer({ key: certs.valid.key, cert: certs.valid.cert, authOnlyUnderTls: true }),
    startSmtpPeer({ hideSTARTTLS: true, authOnlyUnderTls: true }),
    startSilentPeer(),
    closedPort(),
  ]);
});

afterAll(async () => {
  await Promise.all([dnsPeer?.close(), goodPeer?.close(), noStarttlsPeer?.close(), silentPeer?.close()]);
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/**
 * The environment of every run: our DNS peer, loopback allowed, the peers'
 * ports, the test CA, and the HTTP discovery sources pointed at a closed
 * loopback port (refused at once, so no lookup can leave the machine).
 */
function localEnv(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    OUTBOX_DNS_SERVERS: dnsPeer.server,
    OUTBOX_ALLOW_PRIVATE: "1",
    OUTBOX_PROBE_PORTS: [goodPeer.port, noStarttlsPeer.port, silentPeer.port].join(","),
    OUTBOX_EXTRA_CA: caFile,
    OUTBOX_ISPDB_URL: `https://127.0.0.1:${unusedPort}/v1.1/`,
    OUTBOX_AUTOCONFIG_BASE_URL: `https://127.0.0.1:${unusedPort}`,
    ...overrides,
  };
}

// What a server offers (SIZE, SMTPUTF8, 8BITMIME) is information; test/net covers those findings.
const CAPABILITY_IDS = new Set(["size-limit", "smtputf8-supported", "8bitmime-supported"]);

function findingIds(document: { findings: Array<{ id: string }> }): string[] {
  return document.findings
    .map((finding) => finding.id)
    .filter((id) => !CAPABILITY_IDS.has(id))
    .sort();
}

/** The rows of an aligned block ("Steps:", "TLS:"...): the lines up to the next blank line. */
function blockAfter(stdout: string, heading: string): string[] {
  const lines = stdout.split("\n");
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no "${heading}" block in:\n${stdout}`);
  const end = lines.indexOf("", start + 1);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The column where each row's value starts: the label, then at least two spaces. */
function valueColumns(rows: string[]): number[] {
  return rows.map((row) => {
    const match = /^( {2}.+? {2,})\S/.exec(row);
    if (!match) throw new Error(`not an aligned row: "${row}"`);
    return (match[1] as string).length;
  });
}

function expectOneLineError(run: CliRun, message: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(message);
  expect(run.stderr.endsWith("\n")).toBe(true);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

describe("outbox-doctor verify", () => {
  it("passes a good STARTTLS server reached by a name the test CA certifies", async () => {
    const run = await runCliCaptured(
      ["verify", TEST_HOST, "--port", String(goodPeer.port), "--security", "starttls"],
      localEnv(),
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(`${TEST_HOST}:${goodPeer.port} (STARTTLS) at 127.0.0.1: OK`);
    const steps = blockAfter(run.stdout, "Steps:");
    expect(steps.map((row) => row.trim().split(/\s+/)[0])).toEqual([
      "resolve",
      "connect",
      "greeting",
      "ehlo",
      "starttls",
      "tls",
      "ehlo-tls",
    ]);
    expect(new Set(valueColumns(steps)).size).toBe(1);
    const tls = blockAfter(run.stdout, "TLS:");
    expect(new Set(valueColumns(tls)).size).toBe(1);
    expect(run.stdout).toMatch(/^ {2}name matches {2,}yes$/m);
    expect(run.stdout).toMatch(/^ {2}trusted {2,}yes$/m);
    expect(run.stdout).toMatch(/^ {2}after TLS {2,}PLAIN LOGIN$/m);
    expect(run.stdout).toMatch(/^ {2}PASS {2}tls-ok: /m);
    expect(run.stdout).toMatch(/^ {2}PASS {2}auth-ok: /m);
    expect(run.stdout).not.toMatch(/FAIL/);
    // The name went to the certificate check as SNI, so the peer saw it.
    expect(goodPeer.servernames).toContain(TEST_HOST);
  });

  it("prints exactly one JSON document with --json", async () => {
    const run = await runCliCaptured(
      ["verify", TEST_HOST, "--port", String(goodPeer.port), "--json"],
      localEnv(),
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      target: { host: TEST_HOST, port: goodPeer.port, security: "starttls", address: "127.0.0.1" },
      ok: true,
      greeting: expect.stringMatching(/^220 /),
      tls: {
        protocol: expect.stringMatching(/^TLSv1\.[23]$/),
        cipher: expect.any(String),
        certificate: { hostnameMatch: true, trusted: true, error: null, subject: TEST_HOST },
      },
      auth: { beforeTls: [], afterTls: ["PLAIN", "LOGIN"] },
      // The extensions of the EHLO under TLS, where STARTTLS is no longer listed.
      extensions: expect.arrayContaining(["AUTH PLAIN LOGIN"]),
    });
    expect(report.steps.map((step: { step: string }) => step.step)).toEqual([
      "resolve",
      "connect",
      "greeting",
      "ehlo",
      "starttls",
      "tls",
      "ehlo-tls",
    ]);
    for (const step of report.steps) {
      expect(step).toEqual({
        step: expect.any(String),
        ok: true,
        ms: expect.any(Number),
        detail: expect.any(String),
      });
    }
    expect(findingIds(report)).toEqual(["auth-ok", "tls-ok"]);
    for (const finding of report.findings) {
      expect(finding).toMatchObject({
        id: expect.any(String),
        severity: CAPABILITY_IDS.has(finding.id) ? "info" : "pass",
        title: expect.any(String),
      });
    }
  });

  it("judges the certificate untrusted without OUTBOX_EXTRA_CA (exit 1)", async () => {
    const run = await runCliCaptured(
      ["verify", TEST_HOST, "--port", String(goodPeer.port), "--json"],
      localEnv({ OUTBOX_EXTRA_CA: undefined }),
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.ok).toBe(false);
    expect(findingIds(report)).toContain("cert-untrusted");
  });

  it("fails a server that does not offer STARTTLS: exit 1 and the finding id printed", async () => {
    const run = await runCliCaptured(
      ["verify", TEST_HOST, "--port", String(noStarttlsPeer.port)],
      localEnv(),
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n")[0]).toMatch(/: FAILED$/);
    expect(run.stdout).toMatch(/^ {2}FAIL {2}starttls-missing: /m);
    expect(run.stdout).not.toMatch(/^TLS:$/m);

    const json = await runCliCaptured(
      ["verify", TEST_HOST, "--port", String(noStarttlsPeer.port), "--json"],
      localEnv(),
    );
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ ok: false, tls: null });
    expect(findingIds(report)).toEqual(["starttls-missing"]);
  });

  it("applies --timeout: a silent server fails with timeout well before the 10 s greeting deadline", async () => {
    const started = Date.now();
    const run = await runCliCaptured(
      ["verify", TEST_HOST, "--port", String(silentPeer.port), "--timeout", "500", "--json"],
      localEnv(),
    );
    expect(Date.now() - started).toBeLessThan(4000);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    // A port silent from the first byte is what an implicit-TLS port does: said in plain words.
    expect(findingIds(report)).toEqual(["port-wants-tls", "timeout"]);
    expect(report.steps.at(-1)).toMatchObject({ step: "greeting", ok: false });
  });

  it.each([
    [["--timeout", "50"], /--timeout must be a whole number of milliseconds between 100 and 120000/],
    [["--timeout", "abc"], /--timeout must be a whole number/],
    [["--timeout", "120001"], /--timeout must be a whole number/],
    [["--security", "bogus"], /.+/],
    [["--port", "0"], /.+/],
    [["--port", "abc"], /.+/],
    [["--port", "65536"], /.+/],
    [["--port"], /--port/],
    [["--all-ports", "--security", "tls"], /--security does not apply to --all-ports/],
    [["--bogus"], /unknown option --bogus/],
  ])("bad input %j: exit 2, one line on stderr", async (extra, message) => {
    const run = await runCliCaptured(["verify", TEST_HOST, ...extra], localEnv());
    expectOneLineError(run, message);
    expect(run.stderr).toMatch(/^outbox-doctor verify: /);
  });

  it("refuses a missing or doubled host", async () => {
    expectOneLineError(await runCliCaptured(["verify"], localEnv()), /missing host name/);
    expectOneLineError(
      await runCliCaptured(["verify", "a.example", "b.example"], localEnv()),
      /expected one host name/,
    );
  });

  it("refuses loopback targets without OUTBOX_ALLOW_PRIVATE, by address and by name", async () => {
    const env = localEnv({ OUTBOX_ALLOW_PRIVATE: undefined });
    const byAddress = await runCliCaptured(["verify", "127.0.0.1", "--port", String(goodPeer.port)], env);
    expectOneLineError(byAddress, /127\.0\.0\.1 is loopback: .*only connects to public addresses/);

    const byName = await runCliCaptured(["verify", TEST_HOST, "--port", String(goodPeer.port)], env);
    expectOneLineError(
      byName,
      // The target policy refuses .test names by name (RFC 6761), or by their loopback address.
      /mail\.outbox-doctor\.test (is reserved for testing|resolves to 127\.0\.0\.1, which is loopback)/,
    );
  });

  it("refuses a port outside OUTBOX_PROBE_PORTS", async () => {
    const run = await runCliCaptured(["verify", TEST_HOST, "--port", String(unusedPort)], localEnv());
    expectOneLineError(run, new RegExp(`port ${unusedPort} is not one the probe may use \\(allowed: `));
  });

  it("reports an unusable OUTBOX_EXTRA_CA or OUTBOX_PROBE_PORTS as bad input", async () => {
    const missing = join(workDir, "no-such-ca.pem");
    expectOneLineError(
      await runCliCaptured(["verify", TEST_HOST], localEnv({ OUTBOX_EXTRA_CA: missing })),
      /OUTBOX_EXTRA_CA: cannot read .*no-such-ca\.pem \(ENOENT\)/,
    );
    expectOneLineError(
      await runCliCaptured(["verify", TEST_HOST], localEnv({ OUTBOX_PROBE_PORTS: "587,smtp" })),
      /OUTBOX_PROBE_PORTS: "smtp" is not a port number/,
    );
  });

  it.each(["bad name!", "x\r\nRSET", "-leading.example", "a..b"])(
    "refuses OUTBOX_EHLO_NAME=%j with a one-line configuration error",
    async (name) => {
      expectOneLineError(
        await runCliCaptured(["verify", TEST_HOST], localEnv({ OUTBOX_EHLO_NAME: name })),
        /OUTBOX_EHLO_NAME: ".*" is not a DNS name or address literal/,
      );
    },
  );

  it("introduces itself with OUTBOX_EHLO_NAME", async () => {
    const greeted: string[] = [];
    const peer = await startScriptedPeer("220 ehlo.test ESMTP\r\n", (command) => {
      if (command.startsWith("EHLO ")) greeted.push(command.slice(5));
      return command === "QUIT" ? "221 bye\r\n" : "250 ehlo.test\r\n";
    });
    try {
      const env = localEnv({
        OUTBOX_PROBE_PORTS: String(peer.port),
        OUTBOX_EHLO_NAME: "helpdesk-7.example.org",
      });
      await runCliCaptured(["verify", "127.0.0.1", "--port", String(peer.port), "--security", "none"], env);
      await runCliCaptured(["verify", "127.0.0.1", "--port", String(peer.port), "--security", "none"], {
        ...env,
        OUTBOX_EHLO_NAME: undefined,
      });
    } finally {
      await peer.close();
    }
    expect(greeted[0]).toBe("helpdesk-7.example.org");
    expect(greeted[1]).not.toMatch(/\.invalid$/);
    expect(greeted[1]).toMatch(/^[a-z0-9.-]+$/);
  });
});

describe("outbox-doctor verify --all-ports", () => {
  const surveyEnv = (ports: number[]) => localEnv({ OUTBOX_PROBE_PORTS: ports.join(",") });

  it("a host whose ports all refuse: exit 1, every standard port listed, no recommendation", async () => {
    // The survey dials the standard ports, which tests cannot bind: they must be closed here.
    for (const port of STANDARD_PORTS) {
      if (await canConnect(port))
        throw new Error(`127.0.0.1:${port} accepts connections; this test needs it closed`);
    }
    const run = await runCliCaptured(["verify", REFUSING_HOST, "--all-ports"], surveyEnv(STANDARD_PORTS));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const rows = blockAfter(run.stdout, `Port survey of ${REFUSING_HOST}:`);
    expect(rows.map((row) => row.trim().split(/\s+/).slice(0, 2).join(" "))).toEqual([
      "587 STARTTLS",
      "465 SSL/TLS",
      "25 STARTTLS",
      "2525 STARTTLS",
    ]);
    expect(new Set(valueColumns(rows)).size).toBe(1);
    for (const row of rows) expect(row).toMatch(/ {2}no connection {2}\S/);
    expect(run.stdout).toMatch(/^Recommended: none of these work$/m);
    expect(run.stdout).toMatch(/^ {2}FAIL {2}no-working-port: /m);
  });

  it("--port all --json: one JSON document with every result and the skipped ports", async () => {
    for (const port of [587, 465]) {
      if (await canConnect(port))
        throw new Error(`127.0.0.1:${port} accepts connections; this test needs it closed`);
    }
    const run = await runCliCaptured(
      ["verify", REFUSING_HOST, "--port", "all", "--json"],
      surveyEnv([587, 465]),
    );
    expect(run.code).toBe(1);
    const survey = JSON.parse(run.stdout);
    expect(survey).toMatchObject({ host: REFUSING_HOST, recommended: null, checkedAt: expect.any(String) });
    expect(survey.results.map((r: { port: number; security: string }) => `${r.port}/${r.security}`)).toEqual([
      "587/starttls",
      "465/tls",
    ]);
    for (const result of survey.results) {
      expect(result).toMatchObject({ ok: false, connected: false, summary: expect.any(String) });
      expect(result.report.target).toMatchObject({ host: REFUSING_HOST, address: "127.0.0.1" });
      expect(findingIds(result.report)).toEqual(["connect-failed"]);
      expect(result.report.steps.at(-1)).toMatchObject({
        step: "connect",
        ok: false,
        detail: expect.stringMatching(/connection refused.*ECONNREFUSED/),
      });
    }
    expect(findingIds(survey)).toEqual(["no-working-port", "ports-skipped"]);
    const skipped = survey.findings.find((f: { id: string }) => f.id === "ports-skipped");
    expect(skipped.detail).toMatch(/25 \(STARTTLS\), 2525 \(STARTTLS\)/);
  });

  it("a name that does not resolve: exit 1, connect-failed everywhere, no connection attempted", async () => {
    const run = await runCliCaptured(
      ["verify", MISSING_HOST, "--all-ports", "--json"],
      surveyEnv(STANDARD_PORTS),
    );
    expect(run.code).toBe(1);
    const survey = JSON.parse(run.stdout);
    expect(survey.results).toHaveLength(4);
    for (const result of survey.results) {
      expect(result.report.target.address).toBeNull();
      expect(result.report.steps).toEqual([expect.objectContaining({ step: "resolve", ok: false })]);
    }
    expect(findingIds(survey)).toEqual(["no-working-port"]);
  });
});

describe("outbox-doctor domain", () => {
  it("a well-configured domain: exit 0, aligned report, no FAIL", async () => {
    const run = await runCliCaptured(["domain", "Good-CLI.test"], localEnv());
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const rows = blockAfter(run.stdout, "Mail DNS of good-cli.test:");
    expect(new Set(valueColumns(rows)).size).toBe(1);
    expect(run.stdout).toMatch(/^ {2}MX {2,}10 mx1\.good-cli\.test$/m);
    expect(run.stdout).toMatch(/^ {2}SPF {2,}v=spf1 mx -all$/m);
    expect(run.stdout).toMatch(/^ {2}DMARC {2,}v=DMARC1; p=reject; rua=mailto:dmarc@good-cli\.test$/m);
    expect(run.stdout).toMatch(/^ {2}DANE TLSA {2,}mx1\.good-cli\.test: yes$/m);
    expect(run.stdout).toMatch(/^ {2}PASS {2}spf-ok: /m);
    expect(run.stdout).not.toMatch(/^ {2}FAIL /m);
  });

  it("--json: the contract fields, every check passing but the unreachable MTA-STS policy", async () => {
    const run = await runCliCaptured(["domain", "good-cli.test", "--json"], localEnv());
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      domain: "good-cli.test",
      mx: [{ exchange: "mx1.good-cli.test", priority: 10 }],
      spf: { record: "v=spf1 mx -all" },
      dmarc: { record: "v=DMARC1; p=reject; rua=mailto:dmarc@good-cli.test", policy: "reject" },
      mtaSts: { record: "v=STSv1; id=20260101" },
      tlsRpt: { record: "v=TLSRPTv1; rua=mailto:tls@good-cli.test" },
      srv: { submission: [], submissions: [] },
    });
    const severities = Object.fromEntries(
      report.findings.map((f: { id: string; severity: string }) => [f.id, f.severity]),
    );
    expect(severities).toMatchObject({
      "mx-ok": "pass",
      "spf-ok": "pass",
      "dmarc-ok": "pass",
      "tls-rpt-ok": "pass",
      "dane-present": "pass",
      // The policy lives at https://mta-sts.good-cli.test:443, which does not resolve here.
      "mta-sts-invalid": "warn",
    });
    expect(Object.values(severities)).not.toContain("fail");
    for (const finding of report.findings) {
      expect(finding).toMatchObject({ id: expect.any(String), title: expect.any(String) });
    }
  });

  it("a badly configured domain (no SPF, DMARC p=none): exit 1", async () => {
    const run = await runCliCaptured(["domain", "bad-cli.test"], localEnv());
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ {2}SPF {2,}\(none\)$/m);
    expect(run.stdout).toMatch(/^ {2}FAIL {2}spf-missing: /m);
    expect(run.stdout).toMatch(/^ {2}WARN {2}dmarc-none: /m);

    const json = JSON.parse((await runCliCaptured(["domain", "bad-cli.test", "--json"], localEnv())).stdout);
    expect(json).toMatchObject({
      spf: { record: null },
      dmarc: { record: "v=DMARC1; p=none", policy: "none" },
    });
    expect(findingIds(json)).toEqual(
      expect.arrayContaining(["spf-missing", "dmarc-none", "mta-sts-missing"]),
    );
  });

  it("a domain that does not exist: exit 1, domain-not-found alone", async () => {
    const run = await runCliCaptured(["domain", "no-such-domain-cli.test", "--json"], localEnv());
    expect(run.code).toBe(1);
    expect(findingIds(JSON.parse(run.stdout))).toEqual(["domain-not-found"]);
  });

  it.each([
    [["domain"], /missing domain/],
    [["domain", "ann@good-cli.test"], /is an address: give only the part after the @/],
    [["domain", "192.0.2.1"], /.+/],
    [["domain", "localhost"], /.+/],
    [["domain", "bad..name.test"], /.+/],
    [["domain", "a.test", "b.test"], /expected one domain/],
  ])("bad input %j: exit 2, one line on stderr", async (argv, message) => {
    const run = await runCliCaptured(argv, localEnv());
    expectOneLineError(run, message);
    expect(run.stderr).toMatch(/^outbox-doctor domain: /);
  });
});

describe("outbox-doctor settings (discovery)", () => {
  it("finds Microsoft 365 for a custom domain by its MX, with every lookup on loopback", async () => {
    const queriesBefore = dnsPeer.queries.length;
    const run = await runCliCaptured(["settings", "Ann@contoso-cli.test", "--json"], localEnv());
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const settings = JSON.parse(run.stdout);
    expect(settings).toMatchObject({
      email: "ann@contoso-cli.test",
      domain: "contoso-cli.test",
      provider: { id: "microsoft365", name: "Microsoft 365" },
      source: "mx",
      servers: [
        { host: "smtp.office365.com", port: 587, security: "starttls", username: "ann@contoso-cli.test" },
      ],
    });
    expect(settings.servers[0].auth[0]).toBe("oauth2");
    expect(settings.servers.some((s: { port: number }) => s.port === 465)).toBe(false);
    expect(settings.notes.length).toBeGreaterThan(0);
    // The MX and SRV questions reached our DNS peer (not the system resolver).
    const asked = dnsPeer.queries.slice(queriesBefore);
    expect(asked).toEqual(
      expect.arrayContaining([
        "contoso-cli.test MX",
        "_submission._tcp.contoso-cli.test SRV",
        "_submissions._tcp.contoso-cli.test SRV",
      ]),
    );
  });

  it("prints the aligned text report", async () => {
    const run = await runCliCaptured(["settings", "bo@contoso-cli.test"], localEnv());
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("bo@contoso-cli.test: Microsoft 365");
    const server = blockAfter(run.stdout, "Outgoing server (recommended):");
    expect(new Set(valueColumns(server)).size).toBe(1);
    expect(run.stdout).toMatch(/^ {2}source {2,}mx \(confidence medium\)$/m);
    expect(run.stdout).toMatch(/^ {2}server {2,}smtp\.office365\.com$/m);
    expect(run.stdout).toMatch(/^ {2}port {2,}587$/m);
    expect(run.stdout).toMatch(/^ {2}encryption {2,}STARTTLS$/m);
  });

  it("finds nothing for a domain no source knows: exit 1, every failure in the note", async () => {
    const run = await runCliCaptured(["settings", "cy@no-such-domain-cli.test", "--json"], localEnv());
    expect(run.code).toBe(1);
    const settings = JSON.parse(run.stdout);
    expect(settings).toMatchObject({ provider: null, source: "none", servers: [] });
    expect(settings.notes[0]).toMatch(/No settings found for no-such-domain-cli\.test: /);
    // The ISPDB and autoconfig fetches went to the closed loopback port and were refused.
    expect(settings.notes[0]).toMatch(new RegExp(`127\\.0\\.0\\.1:${unusedPort}.*ECONNREFUSED`));
  });
});
