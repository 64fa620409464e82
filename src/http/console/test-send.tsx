// Test send: one edition to one address, through the same mailer as real deliveries. It is
// marked (subject prefix, header, tag) and records no delivery, so it never counts as one.
import { Hono } from "hono";
import type { Child } from "hono/jsx";
import { listEditionSummaries, type EditionSummary } from "../../db/console";
import { findEdition, type Edition } from "../../db/editions";
import { createMailer, type SendOutcome } from "../../mail/mailer";
import { fillPlaceholders } from "../../core/render";
import { readSettings, type Settings } from "../../settings";
import { describeIssues } from "../../validation";
import { IdParam, TestSendForm } from "./forms";
import { CsrfField, Notice, Page, renderPage } from "./layout";
import { limitForm, requireCsrf, requireSession, type ConsoleEnv } from "./session";

export const testSendRoutes = new Hono<ConsoleEnv>();

export const TEST_HEADER = "X-Review-Digest-Test";

interface FormProps {
  csrf: string;
  editions: EditionSummary[];
  selected?: number | undefined;
  email?: string | undefined;
  message?: Child;
}

function TestSendPage({ csrf, editions, selected, email, message }: FormProps) {
  return (
    <Page title="Test send" current="/admin/console/test-send" csrf={csrf}>
      <h1>Send a test</h1>
      {message}
      {editions.length === 0 ? (
        <p class="muted">There is no edition yet. Editions appear after a poll finds new reviews.</p>
      ) : (
        <form method="post" action="/admin/console/test-send" class="card">
          <CsrfField token={csrf} />
          <label for="edition">Edition</label>
          <select id="edition" name="edition">
            {editions.map((edition) => (
              <option value={String(edition.id)} selected={edition.id === selected}>
                #{edition.id} {edition.subject}
              </option>
            ))}
          </select>
          <label for="email">Send to</label>
          <input id="email" name="email" type="email" autocomplete="email" required value={email ?? ""} />
          <p class="muted">The subject starts with [Test]; it is not recorded as a subscriber delivery.</p>
          <button type="submit">Send test</button>
        </form>
      )}
    </Page>
  );
}

testSendRoutes.get("/console/test-send", requireSession, async (c) => {
  const selected = IdParam.safeParse(c.req.query("edition"));
  const editions = await listEditionSummaries(c.env.DB, 50);
  const props = { csrf: c.get("session").csrf, editions, selected: selected.success ? selected.data : editions[0]?.id };
  return renderPage(c, <TestSendPage {...props} />);
});

/** The edition as one marked test email; its links lead nowhere that changes a subscription. */
async function sendTest(env: Env, settings: Settings, edition: Edition, to: string): Promise<SendOutcome> {
  const base = settings.PUBLIC_URL;
  const filled = fillPlaceholders(edition, {
    unsubscribeUrl: `${base}/#test-send-unsubscribe`,
    preferencesUrl: `${base}/#test-send-preferences`,
    viewInBrowserUrl: `${base}/archive/${edition.id}`,
  });
  const message = {
    from: settings.FROM,
    to,
    subject: `[Test] ${edition.subject}`,
    html: filled.html,
    text: filled.text,
    headers: { [TEST_HEADER]: `edition-${edition.id}` },
    tags: [{ name: "kind", value: "test" }],
    ...(settings.REPLY_TO ? { replyTo: settings.REPLY_TO } : {}),
  };
  return createMailer(env, settings).send(message);
}

testSendRoutes.post("/console/test-send", requireSession, limitForm, requireCsrf, async (c) => {
  const csrf = c.get("session").csrf;
  const editions = await listEditionSummaries(c.env.DB, 50);
  const body = await c.req.parseBody();
  const form = TestSendForm.safeParse(body);
  const answer = (message: Child, status: 200 | 400 | 502, selected?: number) =>
    renderPage(c, <TestSendPage csrf={csrf} editions={editions} selected={selected} email={String(body.email ?? "")} message={message} />, status);
  if (!form.success) return answer(<Notice kind="error">{describeIssues(form.error)}</Notice>, 400);
  const settings = readSettings(c.env);
  if (!settings.ok) return answer(<Notice kind="error">Settings need attention first: {settings.problems.join("; ")}</Notice>, 400);
  const edition = await findEdition(c.env.DB, form.data.edition);
  if (!edition) return answer(<Notice kind="error">There is no edition #{form.data.edition}.</Notice>, 400);
  const outcome = await sendTest(c.env, settings.settings, edition, form.data.email);
  if (!outcome.ok) return answer(<Notice kind="error">The test was not sent: {outcome.message}</Notice>, 502, edition.id);
  const where = settings.settings.RESEND_API_KEY ? "Resend accepted it" : <a href="/admin/console/outbox">it is in the outbox</a>;
  return answer(
    <Notice kind="ok">
      Sent a test of edition #{edition.id} to {form.data.email}: {where}.
    </Notice>,
    200,
    edition.id,
  );
});
