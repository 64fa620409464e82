// CSV for the subscriber export (RFC 4180 quoting). The import reads CSV with the admin API's
// own parser (../admin-import.ts), so both import paths accept the same files.

// A cell starting with = + - @ is run as a formula by spreadsheets; a leading ' keeps it text.
function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV line, quoting where needed: ["a", "b,c"] → 'a,"b,c"'. */
export function formatCsvRow(values: Array<string | number | boolean | null>): string {
  return values
    .map((value) => {
      const text = neutraliseFormula(value === null ? "" : String(value));
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(",");
}
