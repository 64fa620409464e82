// Parsing a subscriber import (POST /admin/subscribers): a JSON array of {email, name?} or CSV
// with an optional header row. Each row is validated on its own so bad rows can be listed.
import type { ImportRow } from "../db/subscriber-import";
import { describeIssues, z } from "../validation";

export const ImportEntry = z.object({
  email: z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.email("not a valid email address")),
  name: z.optional(z.pipe(z.string().check(z.trim(), z.maxLength(200, "name is longer than 200 characters")), z.transform((name) => name || undefined))),
});
export type ImportEntry = z.infer<typeof ImportEntry>;

export interface InvalidRow {
  /** 1-based: the array index + 1, or the CSV line number. */
  row: number;
  input: unknown;
  error: string;
}

export interface ParsedImport {
  rows: ImportRow[];
  invalid: InvalidRow[];
}

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quoted && char === '"' && line[index + 1] === '"') {
      cell += '"';
      index++;
    } else if (char === '"') quoted = !quoted;
    else if (char === "," && !quoted) {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  cells.push(cell);
  return cells.map((value) => value.trim());
}

/** CSV text → entries with their line numbers; a first line naming an "email" column is a header. */
export function readCsvEntries(text: string): { row: number; input: Record<string, string | undefined> }[] {
  const lines = text.split(/\r?\n/).map((line, index) => ({ line, row: index + 1 })).filter(({ line }) => line.trim() !== "");
  const first = lines[0] ? splitCsvLine(lines[0].line).map((cell) => cell.toLowerCase()) : [];
  const hasHeader = first.includes("email");
  const emailColumn = hasHeader ? first.indexOf("email") : 0;
  const nameColumn = hasHeader ? first.indexOf("name") : 1;
  return lines.slice(hasHeader ? 1 : 0).map(({ line, row }) => {
    const cells = splitCsvLine(line);
    return { row, input: { email: cells[emailColumn], name: nameColumn >= 0 ? cells[nameColumn] : undefined } };
  });
}

/** Validates each entry; duplicates of an address in the same import are kept once. */
export function validateEntries(entries: { row: number; input: unknown }[]): ParsedImport {
  const rows: ImportRow[] = [];
  const invalid: InvalidRow[] = [];
  const seen = new Set<string>();
  for (const { row, input } of entries) {
    const parsed = ImportEntry.safeParse(input);
    if (!parsed.success) {
      invalid.push({ row, input, error: describeIssues(parsed.error) });
      continue;
    }
    if (seen.has(parsed.data.email)) continue;
    seen.add(parsed.data.email);
    rows.push(parsed.data.name ? { email: parsed.data.email, name: parsed.data.name } : { email: parsed.data.email });
  }
  return { rows, invalid };
}
