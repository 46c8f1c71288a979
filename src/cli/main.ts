// The outbox-doctor command: a thin shell over the core and net layers.
// runCli is pure of process globals so tests run it in-process; the bin
// script passes process.argv/env and sets the exit code.
import { readFileSync, statSync } from "node:fs";
import { InputError, ForbiddenTargetError } from "../core/errors.js";
import { explainBounceReport, MAX_BOUNCE_BYTES } from "../core/explainBounce.js";
import { LANGS, loadLanguage, type Lang } from "../core/language.js";
import { validateHostInput, validatePortInput, validateSecurityInput } from "../core/hostName.js";
import { resolveSettings } from "../core/resolveSettings.js";
import { ACCOUNT_TYPES, isOutlookAccountType, type Finding } from "../core/types.js";
import { createMailDns } from "../net/dnsResolver.js";
import { createDomainChecker } from "../net/domainReport.js";
import { surveyPorts } from "../net/portSurvey.js";
import { probeSubmissionServer } from "../net/probeSubmissionServer.js";
import { ConfigError, readRuntimeConfig, type RuntimeConfig } from "../net/runtimeConfig.js";
import { createSettingsDiscovery } from "../net/settingsDiscovery.js";
import { createTargetPolicy } from "../net/targetPolicy.js";
import { loadTrustedCas } from "../net/trustStore.js";
import { validateSignInField, type SignInCredentials } from "../net/smtpSignIn.js";
import { processSecretSource, readTokenFile, type SecretSource } from "./readSecret.js";
import { helpText, parseCommandArgs, requireOnePositional, USAGE } from "./cliArgs.js";
import {
  renderBounceExplain,
  renderDomain,
  renderSettings,
  renderSurvey,
  renderVerify,
} from "./renderText.js";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  version?: string;
  /** Standard input for `explain -` (tests pass their own; default: process.stdin). */
  readStdin?: () => Promise<string>;
  /** Where verify --user reads its secret (tests pass their own; default: stdin and a no-echo prompt). */
  secrets?: SecretSource;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_BAD_INPUT = 2;

function networkDeps(config: RuntimeConfig) {
  return {
    dns: createMailDns(config.dnsServers),
    policy: createTargetPolicy(config),
    trustedCas: loadTrustedCas(config.extraCaPath),
    ehloName: config.ehloName,
    config,
  };
}

function exitFor(findings: Finding[]): number {
  return findings.some((finding) => finding.severity === "fail") ? EXIT_FAILED : EXIT_OK;
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

async function runSettings(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseCommandArgs("settings", args, {
    json: { type: "boolean" },
    offline: { type: "boolean" },
    "account-type": { type: "string" },
    lang: { type: "string" },
  });
  const email = requireOnePositional("settings", positionals, "email address");
  const lang = parseLang("settings", values.lang);
  const accountType = values["account-type"];
  if (accountType !== undefined && !isOutlookAccountType(accountType)) {
    throw new InputError(`settings: --account-type must be one of ${ACCOUNT_TYPES.join(", ")}`);
  }
  const context = accountType ? { accountType } : undefined;
  await loadLanguage(lang);
  const settings = values.offline
    ? resolveSettings(email, context, { lang })
    : await createSettingsDiscovery(networkDeps(readRuntimeConfig(io.env))).discover(email, {
        context,
        lang,
      });
  // Like verify: --json keeps ids and values as they are; notes and warnings are texts, worded in --lang.
  io.stdout(values.json ? json(settings) : renderSettings(settings, lang));
  return settings.servers.length > 0 ? EXIT_OK : EXIT_FAILED;
}

// Secrets on the command line show in the process list and the shell history: refused by name,
// before argument parsing could repeat the value in an error message.
const SECRET_FLAG = /^--?(pass(word)?|pwd|secret|token|access-token|xoauth2-token)(=|$)/i;

function refuseSecretFlags(args: string[]): void {
  if (args.some((arg) => SECRET_FLAG.test(arg))) {
    throw new InputError(
      "verify: secrets are never given on the command line (they would show in the process list and shell history): use --password-stdin, the prompt, or --xoauth2-token-file",
    );
  }
}

function parseLang(command: string, value: unknown): Lang {
  const lang = String(value ?? "en");
  if (!(LANGS as readonly string[]).includes(lang)) {
    throw new InputError(`${command}: --lang must be one of ${LANGS.join(", ")}`);
  }
  return lang as Lang;
}

/** The sign-in test's credentials, or null without --user; the secret is read only after every other check. */
async function signInCredentials(
  values: Record<string, string | boolean | undefined>,
  host: string,
  io: CliIo,
): Promise<SignInCredentials | null> {
  const user = values.user;
  const fromStdin = values["password-stdin"] === true;
  const tokenFile = values["xoauth2-token-file"];
  if (typeof user !== "string") {
    if (fromStdin || tokenFile !== undefined) {
      throw new InputError("verify: --password-stdin and --xoauth2-token-file need --user NAME");
    }
    return null;
  }
  if (fromStdin && tokenFile !== undefined) {
    throw new InputError("verify: give either --password-stdin or --xoauth2-token-file, not both");
  }
  // Checked before the prompt shows it: a user name with control characters could rewrite the terminal.
  const userProblem = validateSignInField("the user name", user);
  if (userProblem) throw new InputError(`verify: ${userProblem}`);
  if (typeof tokenFile === "string") return { user, kind: "xoauth2", token: readTokenFile(tokenFile) };
  const secrets = io.secrets ?? processSecretSource();
  // --password-stdin on a terminal would echo what is typed: the terminal gets the no-echo prompt instead.
  if (fromStdin && !secrets.promptHidden)
    return { user, kind: "password", password: await secrets.readLine() };
  if (!secrets.promptHidden) {
    throw new InputError(
      "verify: --user needs --password-stdin or --xoauth2-token-file when standard input is not a terminal",
    );
  }
  const password = await secrets.promptHidden(`Password for ${user} at ${host} (not shown): `);
  return { user, kind: "password", password };
}

async function runVerify(args: string[], io: CliIo): Promise<number> {
  refuseSecretFlags(args);
  const { positionals, values } = parseCommandArgs("verify", args, {
    json: { type: "boolean" },
    port: { type: "string" },
    "all-ports": { type: "boolean" },
    security: { type: "string" },
    timeout: { type: "string" },
    lang: { type: "string" },
    user: { type: "string" },
    "password-stdin": { type: "boolean" },
    "xoauth2-token-file": { type: "string" },
  });
  const host = requireOnePositional("verify", positionals, "host name");
  const timeoutMs = values.timeout === undefined ? undefined : parseTimeout(String(values.timeout));
  const lang = parseLang("verify", values.lang);
  const deps = networkDeps(readRuntimeConfig(io.env));
  const signingIn =
    values.user !== undefined ||
    values["password-stdin"] !== undefined ||
    values["xoauth2-token-file"] !== undefined;
  if (values["all-ports"] || values.port === "all") {
    if (values.security !== undefined)
      throw new InputError("verify: --security does not apply to --all-ports");
    if (signingIn)
      throw new InputError("verify: the sign-in test (--user) needs one --port, not --all-ports");
    const survey = await surveyPorts(host, deps, timeoutMs, undefined, lang);
    io.stdout(values.json ? json(survey) : renderSurvey(survey, lang));
    return survey.results.some((result) => result.ok) ? EXIT_OK : EXIT_FAILED;
  }
  const port = values.port === undefined ? 587 : validatePortInput(values.port);
  const security = values.security === undefined ? "starttls" : validateSecurityInput(values.security);
  if (signingIn && security === "none") {
    throw new InputError(
      'verify: the sign-in test runs only inside an encrypted session: use --security starttls or tls, not "none"',
    );
  }
  // Everything that can be refused is refused before anyone types a password.
  validateHostInput(host);
  const signIn = await signInCredentials(values, host, io);
  const report = await probeSubmissionServer(
    { host, port, security, lang, ...(timeoutMs ? { timeoutMs } : {}), ...(signIn ? { signIn } : {}) },
    deps,
  );
  io.stdout(values.json ? json(report) : renderVerify(report, lang));
  return exitFor(report.findings);
}

function parseTimeout(value: string): number {
  const ms = Number(value);
  if (!/^\d+$/.test(value) || ms < 100 || ms > 120_000) {
    throw new InputError("verify: --timeout must be a whole number of milliseconds between 100 and 120000");
  }
  return ms;
}

async function runDomain(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseCommandArgs("domain", args, {
    json: { type: "boolean" },
    lang: { type: "string" },
  });
  const domain = requireOnePositional("domain", positionals, "domain");
  const lang = parseLang("domain", values.lang);
  await loadLanguage(lang);
  const report = await createDomainChecker(networkDeps(readRuntimeConfig(io.env))).check(domain, lang);
  io.stdout(values.json ? json(report) : renderDomain(report, lang));
  return exitFor(report.findings);
}

async function runExplain(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseCommandArgs("explain", args, {
    json: { type: "boolean" },
    file: { type: "string" },
    lang: { type: "string" },
  });
  const lang = String(values.lang ?? "en");
  if (!(LANGS as readonly string[]).includes(lang)) {
    throw new InputError(`explain: --lang must be one of ${LANGS.join(", ")}`);
  }
  await loadLanguage(lang as Lang);
  let text: string;
  if (typeof values.file === "string") {
    if (positionals.length > 0) throw new InputError("explain: give either --file or the text, not both");
    text = readBounceFile(values.file);
  } else if (positionals.length === 1 && positionals[0] === "-") {
    text = await (io.readStdin ?? readProcessStdin)();
  } else if (positionals.length === 0) {
    throw new InputError(`explain: missing error text (usage: outbox-doctor ${USAGE.explain})`);
  } else {
    // Several words without quotes are one text: people paste errors unquoted.
    text = positionals.join(" ");
  }
  const result = explainBounceReport(text, { lang: lang as Lang });
  io.stdout(values.json ? json(result) : renderBounceExplain(result, lang as Lang));
  return result.recognised || result.matches.length > 0 ? EXIT_OK : EXIT_FAILED;
}

function tooLarge(what: string): InputError {
  return new InputError(
    `explain: ${what} is larger than ${MAX_BOUNCE_BYTES / 1024 / 1024} MiB; save just the bounce (without attachments) and try again`,
  );
}

/** Reads a bounce or .eml file, at most MAX_BOUNCE_BYTES; a missing or unreadable file is bad input. */
function readBounceFile(path: string): string {
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new InputError(`explain: ${path} is not a file`);
    size = stats.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `explain: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  if (size > MAX_BOUNCE_BYTES) throw tooLarge(path);
  return readFileSync(path, "utf8");
}

/** Standard input, at most MAX_BOUNCE_BYTES. */
async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buffer.length;
    if (total > MAX_BOUNCE_BYTES) throw tooLarge("standard input");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  settings: runSettings,
  verify: runVerify,
  domain: runDomain,
  explain: runExplain,
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const version = io.version ?? "0.0.0";
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    (command === undefined ? io.stderr : io.stdout)(helpText(version));
    return command === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }
  if (command === "--version" || command === "-v") {
    io.stdout(`${version}\n`);
    return EXIT_OK;
  }
  const handler = COMMANDS[command];
  if (!handler) {
    io.stderr(
      `outbox-doctor: unknown command "${command}" (commands: ${Object.keys(COMMANDS).join(", ")}; see 'outbox-doctor help')\n`,
    );
    return EXIT_BAD_INPUT;
  }
  try {
    return await handler(rest, io);
  } catch (error) {
    if (
      error instanceof InputError ||
      error instanceof ConfigError ||
      error instanceof ForbiddenTargetError
    ) {
      io.stderr(`outbox-doctor ${command}: ${error.message.replace(new RegExp(`^${command}: `), "")}\n`);
      return EXIT_BAD_INPUT;
    }
    // Anything else is our bug or the environment's: still one line, no stack.
    io.stderr(`outbox-doctor ${command}: ${(error as Error).message ?? String(error)}\n`);
    return EXIT_BAD_INPUT;
  }
}
