// The local outbox: every message that would have gone out, rendered as the reader would see it.
import { Hono } from "hono/tiny";
import { listOutbox, type OutboxMessage } from "../../db/outbox";
import { readSettings } from "../../settings";
import { PageQuery } from "./forms";
import { Notice, Page, renderPage, SandboxedFrame } from "./layout";
import { Time } from "./parts";
import { requireSession, type ConsoleEnv } from "./session";

export const outboxRoutes = new Hono<ConsoleEnv>();

// Each message is a frame; a short page keeps the response small and quick to paint.
const PAGE_SIZE = 10;

function OutboxEntry({ message }: { message: OutboxMessage }) {
  const headers = Object.entries(message.headers);
  return (
    <article class="card" aria-labelledby={`message-${message.id}`}>
      <h2 id={`message-${message.id}`}>{message.subject}</h2>
      <p>
        To <strong>{message.to}</strong> from {message.from} · <Time iso={message.createdAt} />
      </p>
      {headers.length ? (
        <details>
          <summary>Headers ({headers.length})</summary>
          <ul>
            {headers.map(([name, value]) => (
              <li>
                <code>
                  {name}: {value}
                </code>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <SandboxedFrame title={`Message ${message.id}: ${message.subject}`} html={message.html} height="24rem" lazy />
      <details>
        <summary>Plain-text part</summary>
        <pre style="white-space:pre-wrap">{message.text}</pre>
      </details>
    </article>
  );
}

outboxRoutes.get("/console/outbox", requireSession, async (c) => {
  const query = PageQuery.safeParse(c.req.query());
  const page = query.success ? (query.data.page ?? 1) : 1;
  const messages = await listOutbox(c.env.DB, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
  const settings = readSettings(c.env);
  const localMode = settings.ok && !settings.settings.RESEND_API_KEY;
  return renderPage(
    c,
    <Page title="Outbox" current="/admin/console/outbox" csrf={c.get("session").csrf}>
      <h1>Outbox</h1>
      {localMode ? (
        <Notice kind="ok">Local mode: no RESEND_API_KEY is set, so every message is kept here instead of being sent.</Notice>
      ) : (
        <p class="muted">RESEND_API_KEY is set: mail goes to Resend. Below is only what was kept locally before.</p>
      )}
      {messages.length === 0 ? <p class="muted">The outbox is empty.</p> : null}
      {messages.slice(0, PAGE_SIZE).map((message) => (
        <OutboxEntry message={message} />
      ))}
      <p class="row">
        {page > 1 ? <a href={`/admin/console/outbox?page=${page - 1}`}>Newer</a> : null}
        {messages.length > PAGE_SIZE ? <a href={`/admin/console/outbox?page=${page + 1}`}>Older</a> : null}
      </p>
    </Page>,
  );
});
