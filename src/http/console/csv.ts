// Minimal CSV (RFC 4180: commas, double-quoted fields, "" for a quote) for the subscriber
// import and export forms.

/** Splits CSV text into rows of fields: 'a,"b, c"\n' → [["a", "b, c"]]. Blank lines are dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  row.push(field);
  rows.push(row);
  return rows.filter((fields) => fields.some((value) => value.trim() !== ""));
}

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
