// The whole provider database (the regional and hosting tables, and the
// index and resolver bound to it) must stay in the pane's on-demand lookup
// chunk, reached only through its import() (settingsLookupChunk.ts): no
// start-up module may import it statically. The start-up file carries only
// the global providers and the regional ones' domains (startupLookup.ts,
// src/core/globalProviderIndex.ts).
// This walks the static import graph from the pane's entry (boot.ts, the first paint) and from the React app it loads
// next (type-only imports are erased by the compiler and skipped; dynamic
// import() is what makes a chunk and is not followed).
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { describe, expect, it } from "@jest/globals";

const ROOT = process.cwd();
const ENTRIES = [resolve(ROOT, "src/taskpane/boot.ts"), resolve(ROOT, "src/taskpane/paneApp.tsx")];
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm;

function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = resolve(dirname(from), specifier).replace(/\.js$/, "");
  for (const candidate of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

function staticallyReachable(...entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(STATIC_IMPORT)) {
      const target = resolveModule(file, match[1] ?? "");
      if (target) queue.push(target);
    }
  }
  return seen;
}

describe("the whole provider database stays in the on-demand lookup chunk", () => {
  const reachable = [...staticallyReachable(...ENTRIES)].map((file) => relative(ROOT, file));

  it("the walker sees the pane's start-up modules", () => {
    expect(reachable).toContain("src/taskpane/settingsLookupChunk.ts");
    expect(reachable).toContain("src/taskpane/startupLookup.ts");
    expect(reachable).toContain("src/taskpane/firstPaint.ts");
    expect(reachable).toContain("src/taskpane/components/TaskPane.tsx");
    expect(reachable.length).toBeGreaterThan(10);
  });

  it("no start-up module imports the whole database, its index, its resolver or a regional table", () => {
    const database = reachable.filter((file) =>
      /^src\/core\/(providerDatabase|providerMatch|resolveSettings)\.ts$|^src\/core\/providers\/(europe|americas|asiaPacific|hosting)\.ts$/.test(
        file,
      ),
    );
    expect(database).toEqual([]);
  });

  it("the start-up modules do reach the global providers and the regional domains", () => {
    expect(reachable).toContain("src/core/providers/global.ts");
    expect(reachable).toContain("src/core/providers/regionalDomains.ts");
  });

  it("the lookup chunk itself does reach the database", () => {
    const chunk = [...staticallyReachable(resolve(ROOT, "src/taskpane/settingsLookup.ts"))].map((file) =>
      relative(ROOT, file),
    );
    expect(chunk).toContain("src/core/providerDatabase.ts");
    expect(chunk).toContain("src/core/providers/europe.ts");
  });
});
