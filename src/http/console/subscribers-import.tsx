// CSV import and export of the subscriber list, for moving from another newsletter tool.
import { Hono } from "hono/tiny";
import { bodyLimit } from "hono/body-limit";
import { searchSubscribers } from "../../db/console";
import { importSubscribers } from "../../db/subscriber-import";
import { describeIssues } from "../../validation";
import { readCsvEntries, validateEntries, type InvalidRow } from "../admin-import";
import { formatCsvRow } from "./csv";
import { SubscriberQuery } from "./forms";
import { Notice, renderPage } from "./layout";
import { requireCsrf, requireSession, type ConsoleEnv } from "./session";
import { EMPTY_QUERY, PAGE_SIZE, SubscribersPage } from "./subscribers-page";

export const subscribersCsvRoutes = new Hono<ConsoleEnv>();

const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const EXPORT_PAGE = 1000;

function describeInvalid(row: InvalidRow): string {
  const input = row.input;
  const email = typeof input === "object" && input !== null && "email" in input && input.email ? String(input.email) : "empty";
  return `line ${row.row} (${email}): ${row.error}`;
}

async function readUpload(body: Record<string, string | File>): Promise<string> {
  const file = body.file;
  const fromFile = file instanceof File && file.size > 0 ? await file.text() : "";
  return fromFile || (typeof body.csv === "string" ? body.csv : "");
}

const tooLarge = bodyLimit({ maxSize: MAX_IMPORT_BYTES, onError: (c) => c.text("The import is larger than 2 MB.", 413) });

subscribersCsvRoutes.post("/console/subscribers/import", requireSession, tooLarge, requireCsrf, async (c) => {
  const csrf = c.get("session").csrf;
  // The same parser and row rules as POST /admin/subscribers, so both imports agree.
  const { rows, invalid } = validateEntries(readCsvEntries(await readUpload(await c.req.parseBody())));
  const added = rows.length ? await importSubscribers(c.env.DB, rows, new Date()) : 0;
  const message = (
    <>
      <Notice kind={rows.length ? "ok" : "error"}>
        Imported {added} new of {rows.length} valid rows; {rows.length - added} were already known.
      </Notice>
      {invalid.length ? (
        <Notice kind="error">
          {invalid.length} rows were not imported:
          <ul>
            {invalid.slice(0, 100).map((row) => (
              <li>{describeInvalid(row)}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </>
  );
  const subscribers = await searchSubscribers(c.env.DB, { after: 0, limit: PAGE_SIZE + 1 });
  const status = rows.length || !invalid.length ? 200 : 400;
  return renderPage(c, <SubscribersPage csrf={csrf} query={EMPTY_QUERY} subscribers={subscribers} message={message} />, status);
});

subscribersCsvRoutes.get("/console/subscribers/export.csv", requireSession, async (c) => {
  const query = SubscriberQuery.safeParse(c.req.query());
  if (!query.success) return c.text(describeIssues(query.error), 400);
  const lines = [formatCsvRow(["email", "name", "status", "cadence", "paused", "created_at"])];
  for (let after = 0; ; ) {
    const page = await searchSubscribers(c.env.DB, { status: query.data.status, text: query.data.q, after, limit: EXPORT_PAGE });
    for (const row of page) lines.push(formatCsvRow([row.email, row.name, row.status, row.cadence, row.paused, row.createdAt]));
    const last = page.at(-1);
    if (page.length < EXPORT_PAGE || !last) break;
    after = last.id;
  }
  c.header("Content-Disposition", `attachment; filename="subscribers-${new Date().toISOString().slice(0, 10)}.csv"`);
  c.header("Cache-Control", "no-store");
  return c.body(`${lines.join("\r\n")}\r\n`, 200, { "Content-Type": "text/csv; charset=utf-8" });
});
