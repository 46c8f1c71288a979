// outbox-doctor verify --user: the sign-in test on the user's own machine,
// in-process against real SMTP peers on 127.0.0.1. Every run, on success and
// on every failure path, is checked for the secret in its output: what the
// CLI printed, and anything written to the process's own stdout, stderr or
// console behind the CLI's back.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { runCli } from "../../src/cli/main.js";
import { streamSecretSource, type SecretSource } from "../../src/cli/readSecret.js";
import {
  PEER_HOST,
  startScriptedTlsPeer,
  startSignInPeer,
  type RunningPeer,
  type SignInPeer,
} from "../peers/smtpPeers.js";
import { getTestCertificates } from "../peers/testCertificates.js";

jest.setTimeout(20_000);

const USER = "ann@example.test";
const PASSWORD = "Tr0ub4dor-and-3-horses-9f2";
const TOKEN = "ya29.cli-test-token-55aa77";

let passwordPeer: SignInPeer;
let tokenPeer: SignInPeer;
let closingPeer: RunningPeer;
let workDir: string;
let caFile: string;
let tokenFile: string;

beforeAll(async () => {
  const certs = await getTestCertificates();
  workDir = mkdtempSync(join(tmpdir(), "outbox-doctor-signin-"));
  caFile = join(workDir, "test-ca.pem");
  writeFileSync(caFile, certs.caPem);
  tokenFile = join(workDir, "token.txt");
  writeFileSync(tokenFile, `${TOKEN}\n`);
  [passwordPeer, tokenPeer, closingPeer] = await Promise.all([
    startSignInPeer(certs.valid, { user: USER, password: PASSWORD }),
    startSignInPeer(certs.valid, { user: USER, token: TOKEN }, { secure: true }),
    startScriptedTlsPeer(certs.valid, "220 closer.test ESMTP\r\n", (command) => {
      if (command.startsWith("EHLO")) return "250-closer.test\r\n250 AUTH PLAIN LOGIN\r\n";
      if (command.startsWith("AUTH")) return "close";
      return "250 ok\r\n";
    }),
  ]);
});

afterAll(async () => {
  await Promise.all([passwordPeer?.close(), tokenPeer?.close(), closingPeer?.close()]);
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function env(): NodeJS.ProcessEnv {
  return {
    OUTBOX_ALLOW_PRIVATE: "1",
    OUTBOX_PROBE_PORTS: [passwordPeer.port, tokenPeer.port, closingPeer.port].join(","),
    OUTBOX_EXTRA_CA: caFile,
    OUTBOX_DNS_SERVERS: "127.0.0.1:9",
  };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Everything else written to the process's stdout, stderr or console during the run. */
  leaked: string;
  /** Whether the CLI asked the secret source for anything. */
  secretRead: boolean;
}

/** Standard input that is a pipe holding `text`. */
function pipedStdin(text: string): Readable {
  return Readable.from([Buffer.from(text)]);
}

async function run(argv: string[], secrets?: SecretSource): Promise<Run> {
  let stdout = "";
  let stderr = "";
  let leaked = "";
  let secretRead = false;
  const watched: SecretSource | undefined = secrets && {
    readLine: () => {
      secretRead = true;
      return secrets.readLine();
    },
    promptHidden:
      secrets.promptHidden &&
      ((prompt) => {
        secretRead = true;
        return (secrets.promptHidden as (p: string) => Promise<string>)(prompt);
      }),
  };
  const capture = (chunk: unknown): boolean => {
    leaked += String(chunk);
    return true;
  };
  const spies = [
    jest.spyOn(process.stdout, "write").mockImplementation(capture),
    jest.spyOn(process.stderr, "write").mockImplementation(capture),
    ...(["log", "error", "warn", "info", "debug"] as const).map((method) =>
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void capture(args.join(" "))),
    ),
  ];
  try {
    const code = await runCli(argv, {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      env: env(),
      version: "9.9.9",
      ...(watched ? { secrets: watched } : {}),
    });
    return { code, stdout, stderr, leaked, secretRead };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

function expectNoSecret(result: Run, secret: string): void {
  const everything = result.stdout + result.stderr + result.leaked;
  expect(everything).not.toContain(secret);
  expect(everything).not.toContain(Buffer.from(secret).toString("base64"));
}

function verifyArgs(port: number, ...extra: string[]): string[] {
  return ["verify", PEER_HOST, "--port", String(port), ...extra];
}

describe("verify --user --password-stdin", () => {
  it("the right password: exit 0, signIn in the JSON, the secret nowhere", async () => {
    const result = await run(
      verifyArgs(passwordPeer.port, "--user", USER, "--password-stdin", "--json"),
      streamSecretSource(pipedStdin(`${PASSWORD}\n`), { terminal: false }),
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.signIn).toEqual({
      ok: true,
      mechanism: "PLAIN",
      reply: expect.stringMatching(/^235 /),
      error: null,
    });
    expect(report.findings.map((f: { id: string }) => f.id)).toContain("auth-accepted");
    expect(passwordPeer.mailCommands).toBe(0);
    expectNoSecret(result, PASSWORD);
  });

  it("a wrong password: exit 1, auth-rejected with the diagnosis in the text report, the secret nowhere", async () => {
    const wrong = "not-the-password-31337";
    const result = await run(
      verifyArgs(passwordPeer.port, "--user", USER, "--password-stdin"),
      streamSecretSource(pipedStdin(`${wrong}\r\n`), { terminal: false }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^Sign-in:\n {2}result +FAILED\n {2}mechanism +PLAIN\n {2}reply +535 5\.7\.8/m,
    );
    expect(result.stdout).toMatch(/FAIL {2}auth-rejected: The server refused the sign-in/);
    expect(result.stdout).toMatch(/Diagnosis \(5\.7\.8\)/);
    expectNoSecret(result, wrong);
  });

  it("the server hangs up during AUTH: exit 1, a clear finding, no hang, the secret nowhere", async () => {
    const started = Date.now();
    const result = await run(
      verifyArgs(closingPeer.port, "--security", "tls", "--user", USER, "--password-stdin", "--json"),
      streamSecretSource(pipedStdin(PASSWORD), { terminal: false }),
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.signIn).toMatchObject({ ok: false, mechanism: "PLAIN", reply: null });
    expect(report.findings.map((f: { id: string }) => f.id)).toEqual(
      expect.arrayContaining(["connection-closed", "auth-interrupted"]),
    );
    expectNoSecret(result, PASSWORD);
  });
});

describe("verify --user --xoauth2-token-file", () => {
  it("signs in with XOAUTH2 over implicit TLS; the token appears nowhere", async () => {
    const result = await run(
      verifyArgs(
        tokenPeer.port,
        "--security",
        "tls",
        "--user",
        USER,
        "--xoauth2-token-file",
        tokenFile,
        "--json",
      ),
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).signIn).toMatchObject({ ok: true, mechanism: "XOAUTH2" });
    expectNoSecret(result, TOKEN);
  });

  it.each([
    ["a missing file", () => join(workDir, "nope.txt"), /cannot read the token file .*nope\.txt \(ENOENT\)/],
    [
      "a file of two lines",
      () => {
        const path = join(workDir, "two-lines.txt");
        writeFileSync(path, `${TOKEN}\nsecond-line-${TOKEN}\n`);
        return path;
      },
      /must hold one line/,
    ],
    [
      "an empty file",
      () => {
        const path = join(workDir, "empty.txt");
        writeFileSync(path, "\n");
        return path;
      },
      /is empty/,
    ],
  ])("%s: exit 2, one line, the content never shown", async (_name, makePath, message) => {
    const result = await run(
      verifyArgs(tokenPeer.port, "--security", "tls", "--user", USER, "--xoauth2-token-file", makePath()),
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expectNoSecret(result, TOKEN);
  });
});

describe("the prompt on a terminal", () => {
  it("asks without echo on stderr and signs in with what was typed", async () => {
    const keyboard = new PassThrough();
    const terminal = new PassThrough();
    let shown = "";
    terminal.on("data", (chunk: Buffer) => (shown += chunk.toString()));
    const source = streamSecretSource(keyboard, { terminal: true, promptOutput: terminal });
    setTimeout(() => keyboard.write(`${PASSWORD}\r`), 50);
    const result = await run(verifyArgs(passwordPeer.port, "--user", USER, "--json"), source);
    expect(result.code).toBe(0);
    expect(shown).toMatch(new RegExp(`^Password for ${USER} at ${PEER_HOST} \\(not shown\\): `));
    expect(shown).not.toContain(PASSWORD);
    expect(JSON.parse(result.stdout).signIn.ok).toBe(true);
    expectNoSecret(result, PASSWORD);
  });

  it("--password-stdin on a terminal also asks without echo", async () => {
    const keyboard = new PassThrough();
    const terminal = new PassThrough();
    let shown = "";
    terminal.on("data", (chunk: Buffer) => (shown += chunk.toString()));
    const source = streamSecretSource(keyboard, { terminal: true, promptOutput: terminal });
    setTimeout(() => keyboard.write(`${PASSWORD}\n`), 50);
    const result = await run(
      verifyArgs(passwordPeer.port, "--user", USER, "--password-stdin", "--json"),
      source,
    );
    expect(result.code).toBe(0);
    expect(shown).toMatch(/^Password for .* \(not shown\): \n$/);
    expectNoSecret(result, PASSWORD);
  });

  it("without a terminal and without --password-stdin: exit 2, nothing read", async () => {
    const result = await run(
      verifyArgs(passwordPeer.port, "--user", USER),
      streamSecretSource(pipedStdin(PASSWORD), { terminal: false }),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--user needs --password-stdin or --xoauth2-token-file/);
    expect(result.secretRead).toBe(false);
  });
});

describe("refused before any secret is read or sent", () => {
  it.each([
    [["--user", USER, "--password-stdin", "--security", "none"], /runs only inside an encrypted session/],
    [["--user", USER, "--password-stdin", "--all-ports"], /needs one --port, not --all-ports/],
    [["--password-stdin"], /need --user NAME/],
    [["--user", USER, "--password-stdin", "--xoauth2-token-file", "x"], /either --password-stdin or/],
    [[`--password=${PASSWORD}`, "--user", USER], /never given on the command line/],
    [["--user", USER, "--password", PASSWORD], /never given on the command line/],
    [["--user", USER, "--token", TOKEN], /never given on the command line/],
    [["--user", USER, "--password-stdin", "--lang", "fr"], /--lang must be one of en, de/],
    [["--user", "ann\u001b[2J@example.test"], /the user name contains a line break or control character/],
  ])("%j: exit 2, one line, the secret neither read nor shown", async (extra, message) => {
    const result = await run(
      verifyArgs(passwordPeer.port, ...extra),
      streamSecretSource(pipedStdin(`${PASSWORD}\n`), { terminal: false }),
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.secretRead).toBe(false);
    expectNoSecret(result, PASSWORD);
    expectNoSecret(result, TOKEN);
  });

  it("a bad host is refused before the password is asked for", async () => {
    const result = await run(
      ["verify", "mail.example.com\r\nRSET", "--user", USER, "--password-stdin"],
      streamSecretSource(pipedStdin(PASSWORD), { terminal: false }),
    );
    expect(result.code).toBe(2);
    expect(result.secretRead).toBe(false);
  });
});

describe("findings in German", () => {
  it("--lang de words the findings in German, with the same ids and severities", async () => {
    const english = JSON.parse(
      (
        await run(
          verifyArgs(passwordPeer.port, "--user", USER, "--password-stdin", "--json"),
          streamSecretSource(pipedStdin(`wrong-${PASSWORD}\n`), { terminal: false }),
        )
      ).stdout,
    );
    const result = await run(
      verifyArgs(passwordPeer.port, "--user", USER, "--password-stdin", "--json", "--lang", "de"),
      streamSecretSource(pipedStdin(`wrong-${PASSWORD}\n`), { terminal: false }),
    );
    expect(result.code).toBe(1);
    const german = JSON.parse(result.stdout);
    const shape = (report: { findings: Array<{ id: string; severity: string }> }) =>
      report.findings.map((f) => [f.id, f.severity]);
    expect(shape(german)).toEqual(shape(english));
    const rejected = german.findings.find((f: { id: string }) => f.id === "auth-rejected");
    expect(rejected.title).toBe("Der Server hat die Anmeldung abgelehnt");
    expect(rejected.detail).toMatch(/^Der Server lehnte AUTH PLAIN ab: 535 5\.7\.8/);
    expectNoSecret(result, `wrong-${PASSWORD}`);
  });

  it("the text report in German keeps ids, severities and step names for scripts", async () => {
    const result = await run(
      verifyArgs(passwordPeer.port, "--user", USER, "--password-stdin", "--lang", "de"),
      streamSecretSource(pipedStdin(`wrong-${PASSWORD}\n`), { terminal: false }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")[0]).toMatch(/: FEHLGESCHLAGEN$/);
    expect(result.stdout).toMatch(/^Schritte:\n {2}resolve /m);
    expect(result.stdout).toMatch(/^Anmeldung:\n {2}Ergebnis +FEHLGESCHLAGEN\n {2}Verfahren +PLAIN$/m);
    expect(result.stdout).toMatch(/^ {2}FAIL {2}auth-rejected: Der Server hat die Anmeldung abgelehnt$/m);
    expect(result.stdout).toMatch(/^ {8}Abhilfe: /m);
    expect(result.stdout).not.toMatch(/^Findings:|^ {8}fix: /m);
    expectNoSecret(result, `wrong-${PASSWORD}`);
  });
});
