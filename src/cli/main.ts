// The outbox-doctor command: a thin shell over the core and net layers.
// runCli is pure of process globals so tests run it in-process; the bin
// script passes process.argv/env and sets the exit code.
import { InputError, ForbiddenTargetError } from "../core/errors.js";
import { explainError } from "../core/explainError.js";
import { validatePortInput, validateSecurityInput } from "../core/hostName.js";
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
import { helpText, parseCommandArgs, requireOnePositional } from "./cliArgs.js";
import { renderDomain, renderExplain, renderSettings, renderSurvey, renderVerify } from "./renderText.js";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  version?: string;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_BAD_INPUT = 2;

function networkDeps(config: RuntimeConfig) {
  return {
    dns: createMailDns(config.dnsServers),
    policy: createTargetPolicy(config),
    trustedCas: loadTrustedCas(config.extraCaPath),
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
  });
  const email = requireOnePositional("settings", positionals, "email address");
  const accountType = values["account-type"];
  if (accountType !== undefined && !isOutlookAccountType(accountType)) {
    throw new InputError(`settings: --account-type must be one of ${ACCOUNT_TYPES.join(", ")}`);
  }
  const context = accountType ? { accountType } : undefined;
  const settings = values.offline
    ? resolveSettings(email, context)
    : await createSettingsDiscovery(networkDeps(readRuntimeConfig(io.env))).discover(email, { context });
  io.stdout(values.json ? json(settings) : renderSettings(settings));
  return settings.servers.length > 0 ? EXIT_OK : EXIT_FAILED;
}

async function runVerify(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseCommandArgs("verify", args, {
    json: { type: "boolean" },
    port: { type: "string" },
    "all-ports": { type: "boolean" },
    security: { type: "string" },
    timeout: { type: "string" },
  });
  const host = requireOnePositional("verify", positionals, "host name");
  const timeoutMs = values.timeout === undefined ? undefined : parseTimeout(String(values.timeout));
  const deps = networkDeps(readRuntimeConfig(io.env));
  if (values["all-ports"] || values.port === "all") {
    if (values.security !== undefined)
      throw new InputError("verify: --security does not apply to --all-ports");
    const survey = await surveyPorts(host, deps, timeoutMs);
    io.stdout(values.json ? json(survey) : renderSurvey(survey));
    return survey.results.some((result) => result.ok) ? EXIT_OK : EXIT_FAILED;
  }
  const port = values.port === undefined ? 587 : validatePortInput(values.port);
  const security = values.security === undefined ? "starttls" : validateSecurityInput(values.security);
  const report = await probeSubmissionServer(
    { host, port, security, ...(timeoutMs ? { timeoutMs } : {}) },
    deps,
  );
  io.stdout(values.json ? json(report) : renderVerify(report));
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
  const { positionals, values } = parseCommandArgs("domain", args, { json: { type: "boolean" } });
  const domain = requireOnePositional("domain", positionals, "domain");
  const report = await createDomainChecker(networkDeps(readRuntimeConfig(io.env))).check(domain);
  io.stdout(values.json ? json(report) : renderDomain(report));
  return exitFor(report.findings);
}

async function runExplain(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseCommandArgs("explain", args, { json: { type: "boolean" } });
  // Several words without quotes are one text: people paste errors unquoted.
  if (positionals.length === 0)
    throw new InputError('explain: missing error text (usage: outbox-doctor explain "<error text>")');
  const result = explainError(positionals.join(" "));
  io.stdout(values.json ? json(result) : renderExplain(result));
  return result.matches.length > 0 ? EXIT_OK : EXIT_FAILED;
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
