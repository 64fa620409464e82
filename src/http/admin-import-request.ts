// Reading an import request: the body (capped), its media type, then the rows.
import { z } from "../validation";
import { mediaType, readCappedText } from "./body";
import { readCsvEntries, validateEntries, type ParsedImport } from "./admin-import";

// 10,000 rows of typical addresses and names fit in well under 2 MB.
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const MAX_ROWS = 50_000;

export type ImportRead =
  | { ok: true; parsed: ParsedImport }
  | { ok: false; status: 400 | 413 | 415; error: string; message: string };

const JsonImport = z.array(z.unknown());

function parseJson(text: string): unknown[] | undefined {
  try {
    const parsed = JsonImport.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function readAdminImport(request: Request): Promise<ImportRead> {
  const type = mediaType(request);
  if (type !== "application/json" && type !== "text/csv") {
    return { ok: false, status: 415, error: "unsupported_media_type", message: "Send a JSON array (application/json) or CSV (text/csv)." };
  }
  const body = await readCappedText(request, MAX_IMPORT_BYTES);
  if (!body.ok) return { ok: false, status: 413, error: "too_large", message: `The import is larger than ${MAX_IMPORT_BYTES} bytes.` };
  let entries: { row: number; input: unknown }[];
  if (type === "application/json") {
    const items = parseJson(body.text);
    if (!items) return { ok: false, status: 400, error: "invalid_json", message: "Expected a JSON array of {email, name?} objects." };
    entries = items.map((input, index) => ({ row: index + 1, input }));
  } else entries = readCsvEntries(body.text);
  if (entries.length > MAX_ROWS) return { ok: false, status: 413, error: "too_many_rows", message: `At most ${MAX_ROWS} rows per import.` };
  return { ok: true, parsed: validateEntries(entries) };
}
