// Argument parsing for the CLI: node:util parseArgs in strict mode, with its
// errors rewritten as one-line messages (exit 2, never a stack trace).
import { parseArgs, type ParseArgsConfig } from "node:util";
import { InputError } from "../core/errors.js";
import { ACCOUNT_TYPES } from "../core/types.js";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

export interface ParsedCommand {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export function parseCommandArgs(command: string, args: string[], options: OptionSpec): ParsedCommand {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { positionals: parsed.positionals, values: parsed.values as ParsedCommand["values"] };
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    const message = (error as Error).message.split("\n")[0] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const option = /'([^']+)'/.exec(message)?.[1] ?? "that option";
      throw new InputError(`${command}: unknown option ${option} (see 'outbox-doctor help')`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw new InputError(`${command}: ${message.replace(/^Option /, "option ")}`);
    }
    throw new InputError(`${command}: ${message}`);
  }
}

export function requireOnePositional(command: string, positionals: string[], what: string): string {
  if (positionals.length === 0)
    throw new InputError(`${command}: missing ${what} (usage: outbox-doctor ${usageOf(command)})`);
  if (positionals.length > 1) {
    throw new InputError(
      `${command}: expected one ${what}, got ${positionals.length} (quote text that has spaces)`,
    );
  }
  return positionals[0] as string;
}

export const USAGE: Record<string, string> = {
  settings: `settings <email> [--json] [--offline] [--account-type ${ACCOUNT_TYPES.join("|")}] [--lang en|de]`,
  verify:
    "verify <host> [--port N|all] [--all-ports] [--security starttls|tls|none] [--json] [--timeout MS] [--lang en|de] [--user NAME [--password-stdin | --xoauth2-token-file FILE]]",
  domain: "domain <domain> [--json] [--lang en|de]",
  explain: 'explain "<error text>" | --file <bounce.eml> | - [--json] [--lang en|de]',
};

function usageOf(command: string): string {
  return USAGE[command] ?? command;
}

export function helpText(version: string): string {
  return [
    `outbox-doctor ${version}: the right outgoing (SMTP) settings, and whether they are secure`,
    "",
    "Usage:",
    ...Object.values(USAGE).map((line) => `  outbox-doctor ${line}`),
    "  outbox-doctor help | --help | --version",
    "",
    "Exit codes: 0 ran and nothing failed; 1 a finding failed (or nothing was found); 2 bad input.",
    "Environment: OUTBOX_DNS_SERVERS, OUTBOX_ALLOW_PRIVATE, OUTBOX_PROBE_PORTS, OUTBOX_EXTRA_CA, OUTBOX_ISPDB_URL, OUTBOX_EHLO_NAME.",
    "",
  ].join("\n");
}
