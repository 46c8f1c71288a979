// Prints benchmark results as aligned tables (the issue asks for tables).

export type Row = Record<string, string | number>;

export function formatTable(title: string, rows: Row[]): string {
  if (rows.length === 0) return `${title}\n  (no rows)\n`;
  const columns = Object.keys(rows[0] as Row);
  const cells = rows.map((row) => columns.map((column) => String(row[column] ?? "")));
  const widths = columns.map((column, i) =>
    Math.max(column.length, ...cells.map((line) => (line[i] ?? "").length)),
  );
  const line = (values: string[]) =>
    "| " +
    values
      .map((value, i) => (i === 0 ? value.padEnd(widths[i] ?? 0) : value.padStart(widths[i] ?? 0)))
      .join(" | ") +
    " |";
  const separator = "|" + widths.map((width) => "-".repeat(width + 2)).join("|") + "|";
  return [`\n${title}`, line(columns), separator, ...cells.map(line)].join("\n") + "\n";
}

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

export function verdict(ok: boolean): string {
  return ok ? "met" : "MISSED";
}
