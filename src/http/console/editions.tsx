// Editions: the list, and one edition's email, removed passages and per-subscriber deliveries.
import { Hono } from "hono/tiny";
import { findEditionSummary, listEditionDeliveries, listEditionSummaries, type DeliveryStatus } from "../../db/console";
import { findEditionDeliveryStatus } from "../../db/delivery-status";
import { findEdition } from "../../db/editions";
import { DeliveryStatusSection, editionDeliveryRoutes } from "./edition-deliveries";
import { IdParam, PageQuery } from "./forms";
import { Notice, Page, renderPage, SandboxedFrame } from "./layout";
import { Badge, EditionTable, Table, Time } from "./parts";
import { RemovedPassages } from "./removed";
import { requireSession, type ConsoleEnv } from "./session";

export const editionsRoutes = new Hono<ConsoleEnv>();
editionsRoutes.route("/", editionDeliveryRoutes);

const PAGE_SIZE = 25;
const DELIVERY_LIMIT = 500;

editionsRoutes.get("/console/editions", requireSession, async (c) => {
  const query = PageQuery.safeParse(c.req.query());
  const page = query.success ? (query.data.page ?? 1) : 1;
  const editions = await listEditionSummaries(c.env.DB, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
  return renderPage(
    c,
    <Page title="Editions" current="/admin/console/editions" csrf={c.get("session").csrf}>
      <h1>Editions</h1>
      <section>
        <EditionTable editions={editions.slice(0, PAGE_SIZE)} />
        <p class="row">
          {page > 1 ? <a href={`/admin/console/editions?page=${page - 1}`}>Newer</a> : null}
          {editions.length > PAGE_SIZE ? <a href={`/admin/console/editions?page=${page + 1}`}>Older</a> : null}
        </p>
      </section>
    </Page>,
  );
});

function NotFoundPage({ csrf }: { csrf: string }) {
  return (
    <Page title="Edition not found" current="/admin/console/editions" csrf={csrf}>
      <h1>Edition not found</h1>
      <Notice kind="error">There is no such edition.</Notice>
      <a href="/admin/console/editions">All editions</a>
    </Page>
  );
}

function DeliveriesSection({ deliveries }: { deliveries: DeliveryStatus[] }) {
  return (
    <section aria-labelledby="deliveries">
      <h2 id="deliveries">Deliveries ({deliveries.length})</h2>
      {deliveries.length === 0 ? (
        <p class="muted">No deliveries recorded.</p>
      ) : (
        <Table caption="Deliveries" head={["Subscriber", "Status", "Attempts", "Updated", "Last error"]}>
          {deliveries.map((delivery) => (
            <tr>
              <td>{delivery.email}</td>
              <td>
                <Badge value={delivery.status} />
              </td>
              <td>{delivery.attempts}</td>
              <td>
                <Time iso={delivery.updatedAt} />
              </td>
              <td>{delivery.lastError ?? ""}</td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

editionsRoutes.get("/console/editions/:id", requireSession, async (c) => {
  const csrf = c.get("session").csrf;
  const id = IdParam.safeParse(c.req.param("id"));
  const [content, summary] = id.success
    ? await Promise.all([findEdition(c.env.DB, id.data), findEditionSummary(c.env.DB, id.data)])
    : [undefined, undefined];
  if (!id.success || !content || !summary) return renderPage(c, <NotFoundPage csrf={csrf} />, 404);
  const [deliveries, status] = await Promise.all([
    listEditionDeliveries(c.env.DB, content.id, DELIVERY_LIMIT),
    findEditionDeliveryStatus(c.env.DB, content.id),
  ]);
  const done = c.req.query("done")?.slice(0, 200);
  return renderPage(
    c,
    <Page title={`Edition #${content.id}`} current="/admin/console/editions" csrf={csrf}>
      <h1>
        Edition #{content.id}: {content.subject}
      </h1>
      <p>
        Created <Time iso={content.createdAt} /> · {content.kind} · sent {summary.sent}, delivered {summary.delivered},
        failed {summary.failed}, bounced {summary.bounced}, queued {summary.queued} ·{" "}
        <a href={`/admin/console/test-send?edition=${content.id}`}>Send a test of this edition</a>
      </p>
      {status ? <DeliveryStatusSection status={status} csrf={csrf} done={done} /> : null}
      <section aria-labelledby="email">
        <h2 id="email">The email</h2>
        <SandboxedFrame title={`Email of edition ${content.id}`} html={content.html} />
      </section>
      <section aria-labelledby="removed">
        <h2 id="removed">What the spoiler engine removed</h2>
        <RemovedPassages reviews={content.reviews} />
      </section>
      <DeliveriesSection deliveries={deliveries} />
    </Page>,
  );
});
