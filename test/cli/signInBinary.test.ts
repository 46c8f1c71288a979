// The sign-in test through the published command: `node bin/outbox-doctor.js`
// in a child process over the compiled dist/node (npm test builds before jest
// runs), the password piped into its real standard input. The secret must
// appear in neither of the process's output streams nor in its argv, on
// success and on failure, and the process must exit on its own.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PEER_HOST, startSignInPeer, type SignInPeer } from "../peers/smtpPeers.js";
import { getTestCertificates } from "../peers/testCertificates.js";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin", "outbox-doctor.js");
const BUILT_CLI = join(ROOT, "dist", "node", "cli", "main.js");
const RUN_LIMIT_MS = 15_000;
const USER = "bo@example.test";
const PASSWORD = "pr0cess-level-Secret-8812";

jest.setTimeout(RUN_LIMIT_MS + 10_000);

let peer: SignInPeer;
let workDir: string;
let caFile: string;

beforeAll(async () => {
  if (!existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run npm run build first`);
  const certs = await getTestCertificates();
  workDir = mkdtempSync(join(tmpdir(), "outbox-doctor-signin-bin-"));
  caFile = join(workDir, "test-ca.pem");
  writeFileSync(caFile, certs.caPem);
  peer = await startSignInPeer(certs.valid, { user: USER, password: PASSWORD });
});

afterAll(async () => {
  await peer?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

interface BinRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runBin(argv: string[], stdin: string): Promise<BinRun> {
  // The argv of the child: what `ps` would show. The secret is never in it.
  expect(argv.join(" ")).not.toContain(PASSWORD);
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        OUTBOX_ALLOW_PRIVATE: "1",
        OUTBOX_PROBE_PORTS: String(peer.port),
        OUTBOX_EXTRA_CA: caFile,
        OUTBOX_DNS_SERVERS: "127.0.0.1:9",
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`outbox-doctor did not exit within ${RUN_LIMIT_MS} ms`));
    }, RUN_LIMIT_MS);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout, stderr });
    });
    // Like a password manager piping into the command; stdin stays open, so the CLI must stop at the line end.
    child.stdin.write(stdin);
  });
}

function expectNoSecret(run: BinRun, secret: string): void {
  for (const text of [run.stdout, run.stderr]) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(Buffer.from(secret).toString("base64"));
  }
}

const args = (...extra: string[]) => ["verify", PEER_HOST, "--port", String(peer.port), ...extra];

test("the right password piped in: exit 0, signed in, the secret in neither output stream", async () => {
  const run = await runBin(args("--user", USER, "--password-stdin", "--json"), `${PASSWORD}\n`);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout).signIn).toMatchObject({ ok: true, mechanism: "PLAIN" });
  expectNoSecret(run, PASSWORD);
});

test("a wrong password: exit 1, auth-rejected, the secret in neither output stream", async () => {
  const wrong = `${PASSWORD}-but-wrong`;
  const run = await runBin(args("--user", USER, "--password-stdin"), `${wrong}\n`);
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/FAIL {2}auth-rejected/);
  expectNoSecret(run, wrong);
});

test("a refused request: exit 2, one line, nothing read or shown", async () => {
  const run = await runBin(args("--user", USER, "--password-stdin", "--security", "none"), `${PASSWORD}\n`);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expectNoSecret(run, PASSWORD);
});
