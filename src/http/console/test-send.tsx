// Test send: one edition to one address, through the same mailer as real deliveries. It is
// marked (subject prefix, header, tag) and records no delivery, so it never counts as one.
import { Hono } from "hono/tiny";
import type { Child } from "hono/jsx";
import { listEditionSummaries, type EditionSummary } from "../../db/console";
import { findEdition } from "../../db/editions";
import { createMailer, type SendOutcome } from "../../mail/mailer";
import { prepareDigest } from "../../core/digest";
import { fillPlaceholders } from "../../core/render";
import type { Digest } from "../../core/types";
import { fetchLatest } from "../../jobs/send-latest";
import { publicationName, readSettings, type Settings } from "../../settings";
import { describeIssues, z } from "../../validation";
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
        <p class="muted">There is no edition yet, so the test renders the newest review in the feed, as its email would look.</p>
      ) : null}
      {
        <form method="post" action="/admin/console/test-send" class="card">
          <CsrfField token={csrf} />
          <label for="edition">Edition</label>
          <select id="edition" name="edition">
            <option value={LATEST} selected={editions.length === 0}>
              The newest review in the feed
            </option>
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
      }
    </Page>
  );
}

testSendRoutes.get("/console/test-send", requireSession, async (c) => {
  const selected = IdParam.safeParse(c.req.query("edition"));
  const editions = await listEditionSummaries(c.env.DB, 50);
  const props = { csrf: c.get("session").csrf, editions, selected: selected.success ? selected.data : editions[0]?.id };
  return renderPage(c, <TestSendPage {...props} />);
});

// The select's value for "no edition: render the feed's newest review".
const LATEST = "latest";
const LatestTestSendForm = z.object({ email: z.email("Enter an email address to send the test to.") });

type TestContent = Digest & { id?: number };

/** The newest review of the first feed, rendered as its edition would be; nothing is stored. */
async function renderLatest(settings: Settings): Promise<TestContent | string> {
  const url = settings.FEED_URL[0] ?? "";
  const loaded = await fetchLatest(url);
  if ("message" in loaded) return `${url}: ${loaded.message}`;
  return prepareDigest([loaded.latest.review], { publication: publicationName(settings) }).digest;
}

/** The edition as one marked test email; its links lead nowhere that changes a subscription. */
async function sendTest(env: Env, settings: Settings, edition: TestContent, to: string): Promise<SendOutcome> {
  const base = settings.PUBLIC_URL;
  const filled = fillPlaceholders(edition, {
    unsubscribeUrl: `${base}/#test-send-unsubscribe`,
    preferencesUrl: `${base}/#test-send-preferences`,
    viewInBrowserUrl: edition.id === undefined ? `${base}/archive` : `${base}/archive/${edition.id}`,
  });
  const message = {
    from: settings.FROM,
    to,
    subject: `[Test] ${edition.subject}`,
    html: filled.html,
    text: filled.text,
    headers: { [TEST_HEADER]: edition.id === undefined ? "latest-review" : `edition-${edition.id}` },
    tags: [{ name: "kind", value: "test" }],
    ...(settings.REPLY_TO ? { replyTo: settings.REPLY_TO } : {}),
  };
  return createMailer(env, settings).send(message);
}

/** The edition the form names, or the feed's newest review; a string says why there is none. */
async function loadContent(db: D1Database, settings: Settings, body: Record<string, unknown>): Promise<{ content: TestContent | string; email: string } | { invalid: string }> {
  if (body.edition === LATEST) {
    const form = LatestTestSendForm.safeParse(body);
    return form.success ? { content: await renderLatest(settings), email: form.data.email } : { invalid: describeIssues(form.error) };
  }
  const form = TestSendForm.safeParse(body);
  if (!form.success) return { invalid: describeIssues(form.error) };
  const edition = await findEdition(db, form.data.edition);
  return { content: edition ?? `There is no edition #${form.data.edition}.`, email: form.data.email };
}

testSendRoutes.post("/console/test-send", requireSession, limitForm, requireCsrf, async (c) => {
  const csrf = c.get("session").csrf;
  const editions = await listEditionSummaries(c.env.DB, 50);
  const body = await c.req.parseBody();
  const answer = (message: Child, status: 200 | 400 | 502, selected?: number) =>
    renderPage(c, <TestSendPage csrf={csrf} editions={editions} selected={selected} email={String(body.email ?? "")} message={message} />, status);
  const settings = readSettings(c.env);
  if (!settings.ok) return answer(<Notice kind="error">Settings need attention first: {settings.problems.join("; ")}</Notice>, 400);
  const loaded = await loadContent(c.env.DB, settings.settings, body);
  if ("invalid" in loaded) return answer(<Notice kind="error">{loaded.invalid}</Notice>, 400);
  const { content, email } = loaded;
  if (typeof content === "string") return answer(<Notice kind="error">{content}</Notice>, 400);
  const what = content.id === undefined ? "the feed's newest review" : `edition #${content.id}`;
  const outcome = await sendTest(c.env, settings.settings, content, email);
  if (!outcome.ok) return answer(<Notice kind="error">The test was not sent: {outcome.message}</Notice>, 502, content.id);
  const where = settings.settings.RESEND_API_KEY ? "Resend accepted it" : <a href="/admin/console/outbox">it is in the outbox</a>;
  return answer(
    <Notice kind="ok">
      Sent a test of {what} to {email}: {where}.
    </Notice>,
    200,
    content.id,
  );
});
