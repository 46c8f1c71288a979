// Stored reports: every verify, survey and domain run is kept under an
// unguessable id for a while, so the link the pane shares shows what the user
// saw (never a new probe), and a chat app that unfurls the link triggers
// nothing. The id is the only key: 128 random bits, base64url (22 characters).
// Stored through the SharedStore (memory, or Redis shared by every instance).
import { randomBytes } from "node:crypto";
import type { DomainReport, VerifyReport } from "../core/types.js";
import type { PortSurveyReport } from "../net/portSurvey.js";
import { ConfigError } from "../net/runtimeConfig.js";
import type { SharedStore } from "../net/sharedStore.js";

export type StoredReportKind = "verify" | "survey" | "domain";

export type StoredReport =
  | { kind: "verify"; createdAt: string; expiresAt: string; result: VerifyReport }
  | { kind: "survey"; createdAt: string; expiresAt: string; result: PortSurveyReport }
  | { kind: "domain"; createdAt: string; expiresAt: string; result: DomainReport };

export type NewReport =
  | { kind: "verify"; result: VerifyReport }
  | { kind: "survey"; result: PortSurveyReport }
  | { kind: "domain"; result: DomainReport };

export const DEFAULT_REPORT_TTL_MS = 7 * 24 * 3_600_000;
const MIN_REPORT_TTL_MS = 60_000;
const MAX_REPORT_TTL_MS = 90 * 24 * 3_600_000;
/** Largest stored report (JSON bytes). Real reports are a few KiB; replies are byte-limited by the probe. */
export const MAX_STORED_REPORT_BYTES = 256 * 1024;
/** Reports kept at most by the in-memory store (about 256 MiB at the size cap, far less in practice). */
export const MAX_MEMORY_REPORTS = 1000;

const ID_BYTES = 16;
// 16 bytes in base64url: 21 free characters, and a last one that carries only 2 bits.
const REPORT_ID = /^[A-Za-z0-9_-]{21}[AQgw]$/;
const KEY_PREFIX = "report:";
const KINDS: readonly StoredReportKind[] = ["verify", "survey", "domain"];

export class ReportTooLargeError extends Error {}

/** True when `id` has the shape of an id this server makes (it may still be unknown or expired). */
export function isReportId(id: string): boolean {
  return REPORT_ID.test(id);
}

export function newReportId(): string {
  return randomBytes(ID_BYTES).toString("base64url");
}

const TTL_UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** OUTBOX_REPORT_TTL: a number with s, m, h or d ("7d", "12h"), from 1 minute to 90 days. */
export function parseReportTtl(value: string | undefined): number {
  const text = (value ?? "").trim();
  if (text === "") return DEFAULT_REPORT_TTL_MS;
  const match = /^(\d{1,7})([smhd])$/.exec(text);
  const ms = match ? Number(match[1]) * (TTL_UNIT_MS[match[2] ?? ""] ?? NaN) : NaN;
  if (!(ms >= MIN_REPORT_TTL_MS && ms <= MAX_REPORT_TTL_MS)) {
    throw new ConfigError(
      `OUTBOX_REPORT_TTL: "${text}" is not a lifetime from 1 minute to 90 days (write e.g. 7d, 12h, 30m)`,
    );
  }
  return ms;
}

function isStoredReport(value: unknown): value is StoredReport {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    KINDS.includes(record.kind as StoredReportKind) &&
    typeof record.createdAt === "string" &&
    typeof record.expiresAt === "string" &&
    typeof record.result === "object" &&
    record.result !== null
  );
}

export class ReportStore {
  constructor(
    private readonly store: SharedStore,
    readonly ttlMs: number,
    private readonly now: () => Date,
  ) {}

  get storeKind(): SharedStore["kind"] {
    return this.store.kind;
  }

  /** Stores the report and returns its new id. Throws StoreUnavailableError or ReportTooLargeError. */
  async save(report: NewReport): Promise<{ id: string; stored: StoredReport }> {
    const created = this.now();
    const stored = {
      ...report,
      createdAt: created.toISOString(),
      expiresAt: new Date(created.getTime() + this.ttlMs).toISOString(),
    } as StoredReport;
    const json = JSON.stringify(stored);
    if (Buffer.byteLength(json) > MAX_STORED_REPORT_BYTES) {
      throw new ReportTooLargeError(`the report is over ${MAX_STORED_REPORT_BYTES} bytes`);
    }
    const id = newReportId();
    await this.store.set(`${KEY_PREFIX}${id}`, json, this.ttlMs);
    return { id, stored };
  }

  /** The report, or null when unknown or expired. Throws StoreUnavailableError. */
  async load(id: string): Promise<StoredReport | null> {
    const json = await this.store.get(`${KEY_PREFIX}${id}`);
    if (json === null) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return null;
    }
    if (!isStoredReport(parsed)) return null;
    // The store's own expiry normally removed it already; a clock step must not revive it.
    if (Date.parse(parsed.expiresAt) <= this.now().getTime()) return null;
    return parsed;
  }
}
