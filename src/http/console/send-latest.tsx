// The first-run way out: the overview explains that a first poll only records what is in the
// feed, and offers "Send the latest review now" (the same job as POST /admin/send-latest).
import { Hono } from "hono/tiny";
import { sendLatestReviews, type SendLatestResult } from "../../jobs/send-latest";
import { CsrfField, Notice, Page, renderPage } from "./layout";
import { limitForm, requireCsrf, requireSession, type ConsoleEnv } from "./session";

export const sendLatestRoutes = new Hono<ConsoleEnv>();

/** On the overview: one sentence on seeding, and the button. */
export function SendLatestSection({ csrf, seeded, editionCount }: { csrf: string; seeded: boolean; editionCount: number }) {
  return (
    <section aria-labelledby="send-latest">
      <h2 id="send-latest">Send the latest review</h2>
      {seeded && editionCount === 0 ? (
        <p>
          The first poll of a feed only records the reviews already in it, so nothing is sent until the critic publishes a
          new one; to send the newest review to your subscribers now, press the button.
        </p>
      ) : (
        <p class="muted">Sends each feed's newest review to active subscribers as a normal edition, once; pressing it again sends nothing.</p>
      )}
      <form method="post" action="/admin/console/send-latest">
        <CsrfField token={csrf} />
        <button type="submit">Send the latest review now</button>
      </form>
    </section>
  );
}

function describe(result: SendLatestResult) {
  if (result.result === "error") return `${result.feedUrl}: nothing sent, ${result.message}.`;
  if (result.result === "already_sent") return `“${result.title}” was already sent in edition #${result.editionId}; nothing was sent again.`;
  const chunks = result.chunks === 0 ? "there are no active subscribers yet, so it went to nobody" : "it is on its way to your active subscribers";
  return `“${result.title}” is edition #${result.editionId}: ${chunks}.`;
}

sendLatestRoutes.post("/console/send-latest", requireSession, limitForm, requireCsrf, async (c) => {
  const csrf = c.get("session").csrf;
  const summary = await sendLatestReviews(c.env, new Date());
  const notices = summary.ok
    ? summary.feeds.map((result) => <Notice kind={result.result === "error" ? "error" : "ok"}>{describe(result)}</Notice>)
    : [<Notice kind="error">Settings need attention first: {summary.problems.join("; ")}</Notice>];
  const failed = !summary.ok || summary.feeds.every((result) => result.result === "error");
  return renderPage(
    c,
    <Page title="Send the latest review" current="/admin" csrf={csrf}>
      <h1>Send the latest review</h1>
      {notices}
      <p>
        <a href="/admin/console/editions">Editions</a> · <a href="/admin">Overview</a>
      </p>
    </Page>,
    failed ? 502 : 200,
  );
});
