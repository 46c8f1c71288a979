// Explainer benchmark: how often the first explanation of a real bounce is right, vague (a generic code
// explanation), harmful (a specific explanation of something else) or missing, per reason and per source;
// the time to explain a 20,000-character NDR; the size of the explainer as its own pane chunk.
// Sets: the project's regression set (test/fixtures/bounces/regression.tsv) and, when present, the held-out
// labelled corpus ../shared/corpus/bounces.tsv (labels are sisimai's reasons, mapped below; its rows are
// read here only and never copied into the project). Without ../shared that part is skipped.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { isBounceReason, type BounceReason } from "../src/core/bounceReasons.js";
import { explainBounce } from "../src/core/explainBounce.js";
import { bundleSizes } from "./bundleSizes.js";
import { formatTable, kib, median, verdict, type Row } from "./table.js";

/**
 * sisimai's reasons to ours. Where sisimai's reason covers several of ours (its "filtered" is a recipient's
 * refusal often worded as an unknown user; "networkerror" includes DNS failures), each listed reason is right.
 * Where ours is a narrower name for the same refusal, it is accepted too: "userunknown" includes RFC 3463's
 * 5.1.3 "bad destination mailbox address syntax" (ours: syntax-error; same fix, check the address),
 * "spamdetected" a bare "message content rejected" (ours: content-rejected), "networkerror" a domain without
 * MX or A records (ours: recipient-domain-no-mail, as for "hostunknown"), "securityerror" Microsoft's 5.7.515
 * sender authentication requirement (ours: sender-authentication-missing). Rationale: docs/errors.md.
 */
export const SISIMAI_REASONS: Readonly<Record<string, readonly BounceReason[]>> = {
  userunknown: ["unknown-recipient", "syntax-error"],
  mailboxfull: ["mailbox-full"],
  expired: ["delivery-expired", "recipient-server-unreachable", "temporary-failure"],
  filtered: ["recipient-filter", "unknown-recipient", "mailbox-disabled", "restricted-recipient"],
  blocked: ["blocklisted", "no-reverse-dns", "sender-reputation"],
  rejected: ["sender-rejected", "relay-denied"],
  authfailure: ["spf-failed", "dmarc-failed", "sender-authentication-missing"],
  hostunknown: ["recipient-domain-unknown", "recipient-domain-no-mail"],
  networkerror: [
    "recipient-server-unreachable",
    "recipient-domain-unknown",
    "delivery-expired",
    "recipient-server-error",
    "temporary-failure",
    "recipient-domain-no-mail",
  ],
  requireptr: ["no-reverse-dns"],
  policyviolation: ["content-rejected", "recipient-filter", "restricted-recipient", "spam-content"],
  suspend: ["mailbox-disabled"],
  securityerror: [
    "auth-required",
    "auth-failed",
    "relay-denied",
    "tls-required",
    "sender-rejected",
    "virus",
    "sender-authentication-missing",
  ],
  spamdetected: ["spam-content", "content-rejected"],
  systemerror: ["recipient-server-error", "temporary-failure"],
  notaccept: ["recipient-domain-no-mail", "recipient-domain-unknown"],
  mesgtoobig: ["message-too-large"],
  mailererror: ["recipient-server-error"],
  norelaying: ["relay-denied", "tenant-relay-denied"],
  toomanyconn: ["rate-limited"],
  hasmoved: ["mailbox-moved"],
  contenterror: ["content-rejected", "bare-lf", "smtputf8-unsupported"],
  badreputation: ["sender-reputation"],
  virusdetected: ["virus"],
  syntaxerror: ["syntax-error"],
  notcompliantrfc: ["content-rejected", "bare-lf"],
  exceedlimit: ["message-too-large"],
  speeding: ["rate-limited", "sending-limit"],
  systemfull: ["recipient-server-error", "mailbox-full"],
};

export type Verdict = "right" | "vague" | "harmful" | "none";

export interface LabelledText {
  id: string;
  source: string;
  expected: readonly BounceReason[];
  text: string;
}

export function judge(sample: LabelledText): { verdict: Verdict; got: BounceReason | null } {
  let first;
  try {
    first = explainBounce(sample.text).explanations[0];
  } catch {
    return { verdict: "none", got: null };
  }
  if (!first) return { verdict: "none", got: null };
  if (sample.expected.includes(first.reason)) return { verdict: "right", got: first.reason };
  return { verdict: first.generic ? "vague" : "harmful", got: first.reason };
}

function unescapeField(field: string): string {
  return field.replace(/\\([tn\\])/g, (_, c: string) => (c === "t" ? "\t" : c === "n" ? "\n" : "\\"));
}

/** The held-out corpus: id, source (MTA:file), sisimai reason, status, text. */
export function readSharedCorpus(path: string): LabelledText[] {
  const rows: LabelledText[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    const [id, source, reason, , text] = line.split("\t");
    if (!id || !source || !reason || text === undefined) continue;
    const expected = SISIMAI_REASONS[reason];
    if (!expected) continue;
    rows.push({ id, source: source.split(":")[0] ?? source, expected, text: unescapeField(text) });
  }
  return rows;
}

/** The project's regression set: a header row names the columns (reason, actor, source, text). */
export function readRegressionSet(path: string): LabelledText[] {
  const lines = readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"));
  const header = (lines.shift() ?? "").split("\t");
  const column = (name: string) => header.indexOf(name);
  const rows: LabelledText[] = [];
  lines.forEach((line, index) => {
    const cells = line.split("\t");
    const reason = cells[column("reason")] ?? "";
    const text = cells[column("text")];
    if (!isBounceReason(reason) || text === undefined) return;
    rows.push({
      id: cells[column("id")] ?? String(index + 1),
      source: cells[column("mta")] ?? cells[column("source")] ?? "?",
      expected: [reason],
      text: unescapeField(text),
    });
  });
  return rows;
}

interface Tally {
  right: number;
  vague: number;
  harmful: number;
  none: number;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "-" : `${((100 * part) / whole).toFixed(1)}%`;
}

function tallyTable(title: string, groups: Map<string, Tally>): string {
  const rows: Row[] = [...groups.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([name, t]) => {
      const total = t.right + t.vague + t.harmful + t.none;
      return {
        [title]: name,
        texts: total,
        right: t.right,
        vague: t.vague,
        harmful: t.harmful,
        none: t.none,
      };
    });
  return formatTable(`Explainer by ${title}`, rows);
}

export function measure(samples: LabelledText[]): {
  total: Tally;
  byReason: Map<string, Tally>;
  bySource: Map<string, Tally>;
  misses: Array<{ sample: LabelledText; verdict: Verdict; got: BounceReason | null }>;
} {
  const total: Tally = { right: 0, vague: 0, harmful: 0, none: 0 };
  const byReason = new Map<string, Tally>();
  const bySource = new Map<string, Tally>();
  const misses: Array<{ sample: LabelledText; verdict: Verdict; got: BounceReason | null }> = [];
  const bump = (map: Map<string, Tally>, key: string, verdict: Verdict) => {
    const tally = map.get(key) ?? { right: 0, vague: 0, harmful: 0, none: 0 };
    tally[verdict] += 1;
    map.set(key, tally);
  };
  for (const sample of samples) {
    const { verdict, got } = judge(sample);
    total[verdict] += 1;
    bump(byReason, sample.expected[0]!, verdict);
    bump(bySource, sample.source, verdict);
    if (verdict !== "right") misses.push({ sample, verdict, got });
  }
  return { total, byReason, bySource, misses };
}

function longNdr(): string {
  const lines = [
    "Delivery has failed to these recipients or groups:",
    "",
    "ann@contoso.example (ann@contoso.example)",
    "The email address you entered couldn't be found.",
    "",
    "Diagnostic information for administrators:",
    "Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com",
    "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    "",
    "Original message headers:",
  ];
  let text = lines.join("\n");
  let hop = 0;
  while (text.length < 20_000) {
    text += `\nReceived: from relay${hop}.example.net (192.0.2.${hop % 250}) by mx${hop}.example.org with Microsoft SMTP Server (version=TLS1_2) id 15.20.${hop}; Tue, 1 Dec 2026 00:0${hop % 10}:00 +0000`;
    hop += 1;
  }
  return text.slice(0, 20_000);
}

/** The worst case: 20,000 characters of one-line bounce replies (the regression set's), no headers to skip. */
function denseReplies(samples: LabelledText[]): string {
  const lines = samples.map((sample) => sample.text).filter((text) => !text.includes("\n"));
  let text = "";
  for (let i = 0; lines.length > 0 && text.length < 20_000; i++) text += `${lines[i % lines.length]}\n`;
  return text.slice(0, 20_000);
}

function timeExplain(text: string): number {
  for (let i = 0; i < 20; i++) explainBounce(text);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const started = process.hrtime.bigint();
    explainBounce(text);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

/** The explainer as the pane loads it on demand: the chunk webpack splits off for explainBounce. */
async function explainerChunkGzip(root: string): Promise<number> {
  // The on-demand explainer chunk; the entry is what the pane has loaded before, German texts are their own chunk.
  const chunk = (await bundleSizes(root, "bench/explainBundleEntry.ts")).get("explainer.js");
  if (!chunk) throw new Error("webpack split off no explainer.js chunk");
  return chunk.gzip;
}

export async function benchExplain(root = resolve(".")): Promise<string> {
  let out = "";
  const summary: Row[] = [];
  const sets: Array<[string, string, (path: string) => LabelledText[]]> = [
    ["regression set", join(root, "test/fixtures/bounces/regression.tsv"), readRegressionSet],
    ["held-out corpus (../shared)", resolve(root, "../shared/corpus/bounces.tsv"), readSharedCorpus],
  ];
  for (const [name, path, read] of sets) {
    if (!existsSync(path)) {
      summary.push({ measure: `${name}`, value: "absent, skipped", target: "-", result: "-" });
      continue;
    }
    const samples = read(path);
    const { total, byReason, bySource } = measure(samples);
    const count = samples.length;
    out += tallyTable(`reason (${name})`, byReason) + tallyTable(`source (${name})`, bySource);
    summary.push(
      {
        measure: `${name}: first explanation right`,
        value: `${total.right}/${count} (${percent(total.right, count)})`,
        target: ">= 90%",
        result: verdict(total.right >= 0.9 * count),
      },
      {
        measure: `${name}: harmful`,
        value: `${total.harmful} (${percent(total.harmful, count)})`,
        target: "<= 1%",
        result: verdict(total.harmful <= 0.01 * count),
      },
      { measure: `${name}: vague / none`, value: `${total.vague} / ${total.none}`, target: "-", result: "-" },
    );
  }
  const timings: Array<[string, string]> = [["explain a 20,000-character NDR (median)", longNdr()]];
  const regressionPath = join(root, "test/fixtures/bounces/regression.tsv");
  if (existsSync(regressionPath)) {
    timings.push([
      "explain 20,000 characters of dense reply lines (median)",
      denseReplies(readRegressionSet(regressionPath)),
    ]);
  }
  for (const [measure, text] of timings) {
    const ms = timeExplain(text);
    summary.push({ measure, value: `${ms.toFixed(2)} ms`, target: "< 5 ms", result: verdict(ms < 5) });
  }
  const gzip = await explainerChunkGzip(root);
  summary.push({
    measure: "explainer chunk, gzip",
    value: kib(gzip),
    target: "< 25 KB",
    result: verdict(gzip < 25 * 1024),
  });
  return out + formatTable("Explainer: real bounces, speed and size", summary);
}
