// Provider database benchmark: coverage of long-tail ISP addresses answered
// offline and right, coverage of and agreement with a sample of the
// Thunderbird ISPDB (test/fixtures/ispdb/), and the database's size.
import { PROVIDERS } from "../src/core/providerDatabase.js";
import { compareWithIspdb, loadIspdbSample, measureLongTail } from "../test/fixtures/ispdb/coverage.js";
import { formatTable, verdict } from "./table.js";

function percent(part: number, whole: number): string {
  return whole === 0 ? "-" : `${((100 * part) / whole).toFixed(1)}%`;
}

export async function benchProviders(): Promise<string> {
  const longTail = measureLongTail();
  const ispdb = compareWithIspdb(loadIspdbSample());
  const comparable = ispdb.answered - ispdb.documented.length;
  const withIncoming = PROVIDERS.filter((entry) => entry.incoming.length > 0).length;
  const unverified = PROVIDERS.filter((entry) => entry.unverified).length;
  const table = formatTable("Providers: coverage and agreement (offline, embedded database)", [
    {
      measure: "providers / mailbox domains",
      value: `${PROVIDERS.length} / ${PROVIDERS.flatMap((entry) => entry.domains).length}`,
      target: "-",
      result: "-",
    },
    {
      measure: "providers with incoming servers",
      value: `${withIncoming} of ${PROVIDERS.length} (${PROVIDERS.length - withIncoming} offer no client access)`,
      target: "all with SMTP",
      result: verdict(PROVIDERS.every((entry) => entry.servers.length === 0 || entry.incoming.length > 0)),
    },
    {
      measure: "entries marked unverified",
      value: String(unverified),
      target: "-",
      result: "-",
    },
    {
      measure: `long-tail ISP addresses answered right (${longTail.total})`,
      value: percent(longTail.right, longTail.total),
      target: ">= 95%",
      result: verdict(longTail.right / longTail.total >= 0.95),
    },
    {
      measure: `ISPDB sample: encrypted-submission domains answered (${ispdb.encrypted})`,
      value: percent(ispdb.answered, ispdb.encrypted),
      target: ">= 80%",
      result: verdict(ispdb.answered / ispdb.encrypted >= 0.8),
    },
    {
      measure: `ISPDB sample: agreement, documented differences aside (${comparable})`,
      value: percent(ispdb.agreeing, comparable),
      target: ">= 99%",
      result: verdict(comparable > 0 && ispdb.agreeing / comparable >= 0.99),
    },
    {
      measure: "ISPDB sample: documented differences",
      value: ispdb.documented.join(", ") || "none",
      target: "-",
      result: "-",
    },
  ]);
  const misses = longTail.wrong.map((miss) => miss.address.split("@")[1]).join(", ");
  const missing = ispdb.missing.join(", ");
  return `${table}  long-tail misses: ${misses || "none"}\n  ISPDB sample domains not answered: ${missing || "none"}\n`;
}
