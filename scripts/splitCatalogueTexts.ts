// One-off refactor, applied 1 December 2026 and kept for reference: it moved each catalogue entry's English texts
// (title, cause, fix) out of src/core/errorCatalogue.ts and src/core/catalogue/bounceEntries.ts into
// src/core/catalogue/texts/<reason>.ts, keyed by the entry's text id base (`id ?? code`), and the shared advice
// constants into texts/advice.ts (afterwards split by theme into texts/advice/*.ts, so that each group's chunk
// carries only the advice it uses). Running it again stops: the entries have no texts left to move.
// It was run compiled by tsc (npx tsc scripts/splitCatalogueTexts.ts --outDir ... then node), then prettier.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import ts from "typescript";

const SOURCES = ["src/core/errorCatalogue.ts", "src/core/catalogue/bounceEntries.ts"];
const TEXT_KEYS = new Set(["title", "cause", "fix"]);
const OUT = "src/core/catalogue/texts";

interface Moved {
  key: string;
  reason: string;
  source: string; // "title: ..., cause: ..., fix: [...]"
}
const moved: Moved[] = [];
const advice: string[] = [];
const adviceNames: string[] = [];

function literal(node: ts.Expression | undefined, file: ts.SourceFile): string | undefined {
  if (node && ts.isStringLiteral(node)) return node.text;
  if (node) throw new Error(`not a string literal: ${node.getText(file)}`);
  return undefined;
}

for (const path of SOURCES) {
  const code = readFileSync(path, "utf8");
  const file = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true);
  const cuts: Array<[number, number]> = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      const name = decl.name.getText(file);
      if (/^[A-Z0-9_]+$/.test(name) && !name.endsWith("CATALOGUE") && !name.endsWith("ENTRIES")) {
        advice.push(`export ${statement.getText(file).replace(/^export /, "")}`);
        adviceNames.push(name);
        cuts.push([statement.getFullStart(), statement.getEnd()]);
        continue;
      }
      if (!decl.initializer || !ts.isArrayLiteralExpression(decl.initializer)) continue;
      for (const element of decl.initializer.elements) {
        if (ts.isSpreadElement(element)) continue;
        if (!ts.isObjectLiteralExpression(element)) throw new Error(`entry not a literal in ${path}`);
        let id: string | undefined;
        let codeText: string | undefined;
        let reason: string | undefined;
        const parts: string[] = [];
        for (const property of element.properties) {
          if (!ts.isPropertyAssignment(property)) throw new Error("unexpected property");
          const key = property.name.getText(file);
          if (key === "id") id = literal(property.initializer, file);
          if (key === "code") codeText = literal(property.initializer, file);
          if (key === "reason") reason = literal(property.initializer, file);
          if (TEXT_KEYS.has(key)) {
            parts.push(code.slice(property.getFullStart(), property.getEnd()).trim());
            // Cut the property with its leading trivia and the comma after it.
            let end = property.getEnd();
            if (code[end] === ",") end += 1;
            cuts.push([property.getFullStart(), end]);
          }
        }
        if (parts.length !== 3 || !reason || !codeText) throw new Error(`entry ${codeText} lacks texts`);
        moved.push({ key: id ?? codeText, reason, source: parts.join(",\n") });
      }
    }
  }
  cuts.sort((a, b) => b[0] - a[0]);
  let out = code;
  for (const [start, end] of cuts) out = out.slice(0, start) + out.slice(end);
  writeFileSync(path, out);
}

mkdirSync(OUT, { recursive: true });
writeFileSync(
  `${OUT}/advice.ts`,
  `// Repeated pieces of advice, kept in one place so every entry says them the same way.\n\n${advice.join("\n")}\n`,
);
const byReason = new Map<string, Moved[]>();
for (const entry of moved) byReason.set(entry.reason, [...(byReason.get(entry.reason) ?? []), entry]);
for (const [reason, entries] of byReason) {
  const body = entries.map((entry) => `${JSON.stringify(entry.key)}: {\n${entry.source},\n},`).join("\n");
  const used = adviceNames.filter((name) => new RegExp(`\\b${name}\\b`).test(body));
  const imports = used.length > 0 ? `import { ${used.join(", ")} } from "./advice.js";\n` : "";
  writeFileSync(
    `${OUT}/${reason}.ts`,
    `// English texts of the catalogue entries whose reason is ${reason}, keyed by text id base (explain.<key>.title,\n` +
      `// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).\n` +
      `import type { EntryTextGroup } from "../entryTexts.js";\n${imports}\n` +
      `export const texts: EntryTextGroup = {\n${body}\n};\n`,
  );
}
console.log(JSON.stringify([...byReason.keys()]));
console.log(moved.length, "entries", adviceNames.join(" "));
