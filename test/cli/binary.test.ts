// The published command itself: `node bin/outbox-doctor.js` in a child
// process, over the compiled dist/node (npm test builds before jest runs).
// Only offline commands: nothing here touches the network.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin", "outbox-doctor.js");
const BUILT_CLI = join(ROOT, "dist", "node", "cli", "main.js");
const RUN_LIMIT_MS = 15_000;

interface BinRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runBin(argv: string[]): Promise<BinRun> {
  return new Promise((resolveRun, reject) => {
    // A bare environment: no OUTBOX_* settings leak in from the shell running the tests.
    const child = spawn(process.execPath, [BIN, ...argv], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`outbox-doctor ${argv.join(" ")} did not exit within ${RUN_LIMIT_MS} ms`));
    }, RUN_LIMIT_MS);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout, stderr });
    });
  });
}

function expectOneLineError(run: BinRun, message: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).not.toMatch(/^ {4}at /m);
}

jest.setTimeout(RUN_LIMIT_MS + 5_000);

beforeAll(() => {
  if (!existsSync(BUILT_CLI)) {
    throw new Error(`${BUILT_CLI} is missing: run npm run build first`);
  }
});

describe("bin/outbox-doctor.js", () => {
  it("settings ann@gmail.com --offline --json: exit 0, one JSON document", async () => {
    const run = await runBin(["settings", "ann@gmail.com", "--offline", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const settings = JSON.parse(run.stdout);
    expect(settings).toMatchObject({
      email: "ann@gmail.com",
      domain: "gmail.com",
      provider: { id: "gmail" },
      source: "builtin",
    });
    expect(settings.servers[0]).toMatchObject({ host: "smtp.gmail.com", username: "ann@gmail.com" });
    expect(Array.isArray(settings.notes)).toBe(true);
  });

  it("explain with no text: exit 2, one line on stderr, no stack trace", async () => {
    const run = await runBin(["explain"]);
    expectOneLineError(run, /^outbox-doctor explain: missing error text/);
  });

  it("an unknown command: exit 2, one line naming the commands", async () => {
    const run = await runBin(["frobnicate", "--json"]);
    expectOneLineError(
      run,
      /^outbox-doctor: unknown command "frobnicate" \(commands: settings, verify, domain, explain;/,
    );
  });

  it("--version prints the package version", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const run = await runBin(["--version"]);
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});
