// One resolver for every DNS lookup the product makes (probe, discovery,
// domain report), configured by OUTBOX_DNS_SERVERS, each query bounded in time.
import { Resolver } from "node:dns/promises";
import type { MxRecord, SrvTarget } from "../core/types.js";

export type DnsErrorKind = "nxdomain" | "nodata" | "servfail" | "timeout" | "refused" | "other";

export class DnsLookupError extends Error {
  constructor(
    readonly kind: DnsErrorKind,
    readonly queryName: string,
    message: string,
  ) {
    super(message);
  }
}

export interface MailDns {
  resolve4(name: string): Promise<string[]>;
  resolve6(name: string): Promise<string[]>;
  resolveMx(name: string): Promise<MxRecord[]>;
  /** TXT records, each with its strings joined (RFC 7208 3.3). */
  resolveTxt(name: string): Promise<string[]>;
  resolveSrv(name: string): Promise<SrvTarget[]>;
  /** The servers in use, "ip:port" form; empty for the system default. */
  readonly servers: string[];
}

const DEFAULT_TIMEOUT_MS = 3000;

function classify(error: unknown): DnsErrorKind {
  const code = (error as { code?: string }).code;
  switch (code) {
    case "ENOTFOUND":
      return "nxdomain";
    case "ENODATA":
      return "nodata";
    case "ESERVFAIL":
      return "servfail";
    case "ETIMEOUT":
    case "ETIMEDOUT":
      return "timeout";
    case "ECONNREFUSED":
    case "EREFUSED":
      return "refused";
    default:
      return "other";
  }
}

export function createMailDns(servers: string[] = [], timeoutMs = DEFAULT_TIMEOUT_MS): MailDns {
  // c-ares counts the timeout per try; two tries keep one lookup near timeoutMs.
  const resolver = new Resolver({ timeout: Math.max(100, Math.floor(timeoutMs / 2)), tries: 2 });
  if (servers.length > 0) resolver.setServers(servers);

  async function run<T>(name: string, rrtype: string, query: () => Promise<T>): Promise<T> {
    try {
      return await query();
    } catch (error) {
      const kind = classify(error);
      throw new DnsLookupError(kind, name, `DNS ${rrtype} lookup for ${name} failed (${kind})`);
    }
  }

  return {
    servers: [...servers],
    resolve4: (name) => run(name, "A", () => resolver.resolve4(name)),
    resolve6: (name) => run(name, "AAAA", () => resolver.resolve6(name)),
    resolveMx: (name) =>
      run(name, "MX", async () =>
        (await resolver.resolveMx(name)).map((mx) => ({ exchange: mx.exchange, priority: mx.priority })),
      ),
    resolveTxt: (name) =>
      run(name, "TXT", async () => (await resolver.resolveTxt(name)).map((parts) => parts.join(""))),
    resolveSrv: (name) =>
      run(name, "SRV", async () =>
        (await resolver.resolveSrv(name)).map((srv) => ({
          name: srv.name,
          port: srv.port,
          priority: srv.priority,
          weight: srv.weight,
        })),
      ),
  };
}

/** Lookups that find nothing (NXDOMAIN, no records of that type) return [] instead of throwing. */
export async function lookupOrEmpty<T>(lookup: Promise<T[]>): Promise<T[]> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof DnsLookupError && (error.kind === "nxdomain" || error.kind === "nodata")) return [];
    throw error;
  }
}
