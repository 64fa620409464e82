// The subscribers page itself, shared by the list, erase and import routes.
import type { Child } from "hono/jsx";
import type { SubscriberListing } from "../../db/console";
import { SUBSCRIBER_STATUSES } from "../../db/subscribers";
import type { SubscriberQuery } from "./forms";
import { CsrfField, Page } from "./layout";
import { Badge, Table, Time } from "./parts";

export const PAGE_SIZE = 50;
export const EMPTY_QUERY: SubscriberQuery = { q: undefined, status: undefined, after: 0 };

function SearchForm({ query }: { query: SubscriberQuery }) {
  return (
    <form method="get" action="/admin/console/subscribers" class="card row" role="search">
      <div>
        <label for="q">Search address or name</label>
        <input id="q" name="q" type="search" value={query.q ?? ""} />
      </div>
      <div>
        <label for="status">Status</label>
        <select id="status" name="status">
          <option value="">any</option>
          {SUBSCRIBER_STATUSES.map((status) => (
            <option value={status} selected={status === query.status}>
              {status}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Search</button>
      <a class="button" href={`/admin/console/subscribers/export.csv${query.status ? `?status=${query.status}` : ""}`}>
        Export CSV
      </a>
    </form>
  );
}

function SubscriberRows({ subscribers, csrf }: { subscribers: SubscriberListing[]; csrf: string }) {
  if (subscribers.length === 0) return <p class="muted">No subscribers match.</p>;
  return (
    <Table caption="Subscribers" head={["Address", "Name", "Status", "Cadence", "Since", ""]}>
      {subscribers.map((subscriber) => (
        <tr>
          <td>{subscriber.email}</td>
          <td>{subscriber.name ?? ""}</td>
          <td>
            <Badge value={subscriber.status} />
          </td>
          <td>{subscriber.paused ? `${subscriber.cadence} (paused)` : subscriber.cadence}</td>
          <td>
            <Time iso={subscriber.createdAt} />
          </td>
          <td>
            <form method="post" action="/admin/console/subscribers/erase" class="inline">
              <CsrfField token={csrf} />
              <input type="hidden" name="email" value={subscriber.email} />
              <button type="submit" class="secondary" aria-label={`Erase ${subscriber.email}`}>
                Erase…
              </button>
            </form>
          </td>
        </tr>
      ))}
    </Table>
  );
}

function nextPageHref(query: SubscriberQuery, after: number): string {
  const params = new URLSearchParams({ after: String(after) });
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  return `/admin/console/subscribers?${params}`;
}

export function SubscribersPage(props: { csrf: string; query: SubscriberQuery; subscribers: SubscriberListing[]; message?: Child }) {
  const shown = props.subscribers.slice(0, PAGE_SIZE);
  const last = shown.at(-1);
  return (
    <Page title="Subscribers" current="/admin/console/subscribers" csrf={props.csrf}>
      <h1>Subscribers</h1>
      {props.message}
      <SearchForm query={props.query} />
      <section>
        <SubscriberRows subscribers={shown} csrf={props.csrf} />
        {props.subscribers.length > PAGE_SIZE && last ? <a href={nextPageHref(props.query, last.id)}>Next page</a> : null}
      </section>
      <ImportForm csrf={props.csrf} />
    </Page>
  );
}

function ImportForm({ csrf }: { csrf: string }) {
  return (
    <section aria-labelledby="import">
      <h2 id="import">Import from CSV</h2>
      <p class="muted">
        One subscriber a line: <code>email,name</code> (a header line is skipped). Imported addresses are active at once; known
        addresses are left as they are.
      </p>
      <form method="post" action="/admin/console/subscribers/import" enctype="multipart/form-data">
        <CsrfField token={csrf} />
        <label for="file">CSV file</label>
        <input id="file" name="file" type="file" accept=".csv,text/csv" />
        <label for="csv">or paste CSV</label>
        <textarea id="csv" name="csv" rows={5}></textarea>
        <div>
          <button type="submit">Import</button>
        </div>
      </form>
    </section>
  );
}
