// `outbox-doctor explain --file` and `explain -`: whole NDRs and .eml files, with the parsed fields in --json.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main.js";
import { runCliCaptured } from "./cliHarness.js";

const POSTFIX_NDR = [
  "This is the mail system at host mail.example.net.",
  "",
  "<ann@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1 <ann@example.org>:",
  "    Recipient address rejected: User unknown in virtual mailbox table (in reply to",
  "    RCPT TO command)",
  "",
  "Final-Recipient: rfc822; ann@example.org",
  "Action: failed",
  "Status: 5.1.1",
  "Remote-MTA: dns; mx.example.org",
].join("\n");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "explain-file-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function runWithStdin(argv: string[], input: string) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {},
    readStdin: async () => input,
  });
  return { code, stdout, stderr };
}

describe("outbox-doctor explain --file and -", () => {
  it("reads a whole NDR from a file and names recipient, stage and who acts", async () => {
    const path = join(dir, "bounce.txt");
    writeFileSync(path, POSTFIX_NDR);
    const run = await runCliCaptured(["explain", "--file", path]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Failed recipients +ann@example\.org/);
    expect(run.stdout).toMatch(/Failed at +a recipient \(RCPT TO\)/);
    expect(run.stdout).toMatch(/Who must act: The recipient's side/);
  });

  it("decodes a base64 .eml part and returns the parsed fields beside the explanations in --json", async () => {
    const path = join(dir, "bounce.eml");
    const body = Buffer.from(POSTFIX_NDR, "utf8")
      .toString("base64")
      .replace(/(.{76})/g, "$1\n");
    writeFileSync(
      path,
      `From: MAILER-DAEMON@example.net\nSubject: Undelivered Mail\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${body}\n`,
    );
    const run = await runCliCaptured(["explain", "--json", "--file", path]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.parsed).toMatchObject({
      replyCode: "550",
      enhancedCode: "5.1.1",
      stage: "rcpt",
      answeredBy: "recipient-server",
      recipients: ["ann@example.org"],
    });
    expect(report.explanations[0]).toMatchObject({ reason: "unknown-recipient", actor: "recipient" });
    // The fields of before stay: input, matches, truncated.
    expect(report.matches[0].code).toBe("5.1.1");
    expect(typeof report.truncated).toBe("boolean");
  });

  it("reads standard input with -", async () => {
    const run = await runWithStdin(["explain", "-", "--json"], POSTFIX_NDR);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).recognised).toBe(true);
  });

  it("refuses a missing file, a file over 1 MiB and a whole mailbox with exit 2 and one line", async () => {
    const big = join(dir, "big.eml");
    writeFileSync(big, "x".repeat(1024 * 1024 + 1));
    const mbox = join(dir, "inbox.mbox");
    writeFileSync(
      mbox,
      `From a@example.org Mon Jan  1 10:00:00 2024\nSubject: one\n\nhi\n\nFrom b@example.org Mon Jan  1 11:00:00 2024\nSubject: two\n\nhi\n`,
    );
    for (const [path, message] of [
      [join(dir, "nope.eml"), /cannot read .*nope\.eml \(ENOENT\)/],
      [big, /larger than 1 MiB/],
      [mbox, /whole mailbox file \(2 messages\)/],
    ] as const) {
      const run = await runCliCaptured(["explain", "--file", path]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("refuses binary bytes with exit 2", async () => {
    const run = await runWithStdin(["explain", "-"], "\u0000\u0001\u0002\u0003PK\u0003\u0004".repeat(50));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/binary data/);
  });

  it("takes --lang de and refuses a language it has no texts for", async () => {
    expect((await runCliCaptured(["explain", "--lang", "de", "550 5.1.1 User unknown"])).code).toBe(0);
    const run = await runCliCaptured(["explain", "--lang", "fr", "550 5.1.1 User unknown"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--lang must be one of en, de/);
  });
});
