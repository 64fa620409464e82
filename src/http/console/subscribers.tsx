// Subscribers: search, filter by status, and the GDPR erase (CSV lives in subscribers-import.tsx).
import { Hono } from "hono/tiny";
import { searchSubscribers } from "../../db/console";
import { eraseSubscriber } from "../../db/subscriber-admin";
import { describeIssues } from "../../validation";
import { EraseForm, SubscriberQuery } from "./forms";
import { CsrfField, Notice, Page, renderPage } from "./layout";
import { limitForm, requireCsrf, requireSession, type ConsoleEnv } from "./session";
import { EMPTY_QUERY, PAGE_SIZE, SubscribersPage } from "./subscribers-page";

export const subscribersRoutes = new Hono<ConsoleEnv>();

subscribersRoutes.get("/console/subscribers", requireSession, async (c) => {
  const csrf = c.get("session").csrf;
  const parsed = SubscriberQuery.safeParse(c.req.query());
  if (!parsed.success) {
    const message = <Notice kind="error">{describeIssues(parsed.error)}</Notice>;
    return renderPage(c, <SubscribersPage csrf={csrf} query={EMPTY_QUERY} subscribers={[]} message={message} />, 400);
  }
  const subscribers = await searchSubscribers(c.env.DB, { ...parsed.data, text: parsed.data.q, limit: PAGE_SIZE + 1 });
  return renderPage(c, <SubscribersPage csrf={csrf} query={parsed.data} subscribers={subscribers} />);
});

function ConfirmErase({ csrf, email }: { csrf: string; email: string }) {
  return (
    <Page title="Erase a subscriber" current="/admin/console/subscribers" csrf={csrf}>
      <h1>Erase {email}?</h1>
      <p>This removes the address from every table: subscriber, deliveries, outbox. Only aggregate counts remain. It cannot be undone.</p>
      <form method="post" action="/admin/console/subscribers/erase">
        <CsrfField token={csrf} />
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" class="danger">Erase for good</button> <a href="/admin/console/subscribers">Cancel</a>
      </form>
    </Page>
  );
}

subscribersRoutes.post("/console/subscribers/erase", requireSession, limitForm, requireCsrf, async (c) => {
  const csrf = c.get("session").csrf;
  const form = EraseForm.safeParse(await c.req.parseBody());
  if (!form.success) {
    const message = <Notice kind="error">{describeIssues(form.error)}</Notice>;
    return renderPage(c, <SubscribersPage csrf={csrf} query={EMPTY_QUERY} subscribers={[]} message={message} />, 400);
  }
  if (form.data.confirm !== "yes") return renderPage(c, <ConfirmErase csrf={csrf} email={form.data.email} />);
  const report = await eraseSubscriber(c.env.DB, form.data.email);
  const subscribers = await searchSubscribers(c.env.DB, { after: 0, limit: PAGE_SIZE + 1 });
  const message =
    report.subscribers > 0 ? (
      <Notice kind="ok">
        Erased {form.data.email}: {report.deliveries} deliveries and {report.outbox} outbox messages removed.
      </Notice>
    ) : (
      <Notice kind="error">No subscriber has the address {form.data.email}.</Notice>
    );
  return renderPage(c, <SubscribersPage csrf={csrf} query={EMPTY_QUERY} subscribers={subscribers} message={message} />);
});
