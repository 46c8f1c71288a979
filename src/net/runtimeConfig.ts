// Reads the environment variables of the public contract once, into a plain
// object that the probe, discovery, server and CLI receive explicitly. Tests
// build their own RuntimeConfig instead of mutating process.env.
import { ehloNameFromEnv } from "./ehloName.js";

export interface RuntimeConfig {
  /** Resolvers for every DNS lookup, as "ip" or "ip:port"; empty = the system's. */
  dnsServers: string[];
  /** Lifts the private/loopback address rule. Local testing only. */
  allowPrivate: boolean;
  /** Ports the probe may connect to. */
  probePorts: number[];
  /** Path to a PEM file of extra trusted roots (added to the system store). */
  extraCaPath: string | null;
  /** Base URL of the Thunderbird ISPDB. */
  ispdbUrl: string;
  /** Lets autoconfig use plain HTTP (local testing only). */
  allowHttpAutoconfig: boolean;
  /** Overrides where autoconfig and well-known URLs are fetched (tests point this at a local server). */
  autoconfigBaseUrl: string | null;
  /** The probe's EHLO name: OUTBOX_EHLO_NAME, default this machine's name (src/net/ehloName.ts). */
  ehloName?: string;
}

export class ConfigError extends Error {}

const DEFAULT_PROBE_PORTS = [25, 465, 587, 2525];
export const DEFAULT_ISPDB_URL = "https://autoconfig.thunderbird.net/v1.1/";

function parseList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function parseFlag(value: string | undefined): boolean {
  return value === "1" || value === "true" || value === "yes";
}

function parsePorts(value: string | undefined): number[] {
  const items = parseList(value);
  if (items.length === 0) return [...DEFAULT_PROBE_PORTS];
  return items.map((item) => {
    const port = Number(item);
    if (!/^\d+$/.test(item) || port < 1 || port > 65535) {
      throw new ConfigError(`OUTBOX_PROBE_PORTS: "${item}" is not a port number (1-65535)`);
    }
    return port;
  });
}

function parseDnsServers(value: string | undefined): string[] {
  return parseList(value).map((item) => {
    // "ip", "ip:port", "[v6]:port" or a bare IPv6 address.
    if (!/^[0-9a-fA-F.:[\]]+$/.test(item)) {
      throw new ConfigError(`OUTBOX_DNS_SERVERS: "${item}" is not an IP address or ip:port`);
    }
    return item;
  });
}

function parseEhloName(value: string | undefined): string {
  const result = ehloNameFromEnv(value);
  if ("error" in result) throw new ConfigError(result.error);
  return result.name;
}

export function readRuntimeConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  return {
    dnsServers: parseDnsServers(env.OUTBOX_DNS_SERVERS),
    allowPrivate: parseFlag(env.OUTBOX_ALLOW_PRIVATE),
    probePorts: parsePorts(env.OUTBOX_PROBE_PORTS),
    extraCaPath: env.OUTBOX_EXTRA_CA?.trim() || null,
    ispdbUrl: env.OUTBOX_ISPDB_URL?.trim() || DEFAULT_ISPDB_URL,
    allowHttpAutoconfig: parseFlag(env.OUTBOX_ALLOW_HTTP_AUTOCONFIG),
    autoconfigBaseUrl: env.OUTBOX_AUTOCONFIG_BASE_URL?.trim() || null,
    ehloName: parseEhloName(env.OUTBOX_EHLO_NAME),
  };
}
