// Preview: the next edition of the current feed (or a pasted feed URL), the original and the
// spoiler-free text side by side, with each removed passage highlighted in the original.
import { Hono } from "hono/tiny";
import type { Child } from "hono/jsx";
import { countOf } from "../../core/marker-labels";
import { fillPlaceholders } from "../../core/render";
import { SAMPLE_LINKS } from "../../core/sample-links";
import { publicationName, readSettings } from "../../settings";
import { isLocalRun } from "../../settings-safety";
import { describeIssues } from "../../validation";
import { PreviewForm } from "./forms";
import { CsrfField, Notice, Page, renderPage, SandboxedFrame } from "./layout";
import { DraftForm, limitDraftForm, previewDraft } from "./preview-draft";
import { loadPreview, type Preview, type PreviewItem } from "./preview-load";
import { RemovedPassages } from "./removed";
import { limitForm, requireCsrf, requireSession, type ConsoleEnv } from "./session";
import { SPOILER_HIGHLIGHT_CSS } from "./styles";

export const previewRoutes = new Hono<ConsoleEnv>();

const FRAME_CSS = "body{font:16px/1.5 Georgia,serif;margin:1rem;color:#1b1b1b}img{max-width:100%;height:auto}";

function frameDocument(html: string, highlight: boolean): string {
  const css = highlight ? `${FRAME_CSS}${SPOILER_HIGHLIGHT_CSS}` : FRAME_CSS;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${css}</style></head><body>${html}</body></html>`;
}

function PreviewFormCard({ csrf, feeds, url }: { csrf: string; feeds: string[]; url?: string | undefined }) {
  return (
    <form method="post" action="/admin/console/preview" class="card">
      <CsrfField token={csrf} />
      <label for="feed">Configured feed</label>
      <select id="feed" name="feed">
        {feeds.map((feed) => (
          <option value={feed}>{feed}</option>
        ))}
      </select>
      <label for="url">or paste a feed URL (fetched by the worker)</label>
      <input id="url" name="url" type="url" placeholder="https://medium.com/feed/@someone" value={url ?? ""} />
      <div>
        <button type="submit">Preview the next edition</button>
      </div>
    </form>
  );
}

function DraftFormCard({ csrf }: { csrf: string }) {
  return (
    <form method="post" action="/admin/console/preview/draft" class="card">
      <CsrfField token={csrf} />
      <label for="draft">or paste your draft (HTML or plain text)</label>
      <textarea id="draft" name="draft" rows={8} placeholder="<p>A quiet, aching film.</p><p>(Spoilers ahead)</p>…"></textarea>
      <label for="title">Title (optional)</label>
      <input id="title" name="title" type="text" />
      <div>
        <button type="submit">Preview my draft</button>
      </div>
    </form>
  );
}

function PreviewReview({ item, index }: { item: PreviewItem; index: number }) {
  const title = item.review.title;
  return (
    <section aria-labelledby={`review-${index}`}>
      <h2 id={`review-${index}`}>{title}</h2>
      <p class="muted">
        {countOf(item.review.removed.length, "passage")} removed{item.review.withheld ? "; the whole review is withheld" : ""}.
      </p>
      <div class="side-by-side">
        <div>
          <h3>Original, spoilers highlighted</h3>
          <SandboxedFrame title={`Original: ${title}`} html={frameDocument(item.originalHtml, true)} />
        </div>
        <div>
          <h3>Spoiler-free</h3>
          <SandboxedFrame title={`Spoiler-free: ${title}`} html={frameDocument(item.review.html, false)} />
        </div>
      </div>
      <h3>Removed passages</h3>
      <RemovedPassages reviews={[item.review]} />
    </section>
  );
}

function PreviewResult({ preview }: { preview: Preview }) {
  if (!preview.ok) return <Notice kind="error">{preview.message}</Notice>;
  return (
    <>
      <Notice kind="ok">
        {preview.feedTitle}: {preview.note}
      </Notice>
      {preview.items.map((item, index) => (
        <PreviewReview item={item} index={index} />
      ))}
      <section aria-labelledby="email">
        <h2 id="email">The email: {preview.digest.subject}</h2>
        <SandboxedFrame title="The email as subscribers would get it" html={fillPlaceholders(preview.digest, SAMPLE_LINKS).html} />
      </section>
    </>
  );
}

/** The name the real email is signed with (FROM's display name), so the preview matches it. */
function publicationOf(env: Env): string | undefined {
  const settings = readSettings(env);
  return settings.ok ? publicationName(settings.settings) : undefined;
}

function configuredFeeds(env: Env): string[] {
  const settings = readSettings(env);
  return settings.ok ? settings.settings.FEED_URL : [];
}

function PreviewPage({ csrf, feeds, url, children }: { csrf: string; feeds: string[]; url?: string | undefined; children?: Child }) {
  return (
    <Page title="Preview" current="/admin/console/preview" csrf={csrf}>
      <h1>Preview the next edition</h1>
      <PreviewFormCard csrf={csrf} feeds={feeds} url={url} />
      <DraftFormCard csrf={csrf} />
      {children}
    </Page>
  );
}

previewRoutes.get("/console/preview", requireSession, (c) =>
  renderPage(c, <PreviewPage csrf={c.get("session").csrf} feeds={configuredFeeds(c.env)} />),
);

previewRoutes.post("/console/preview", requireSession, limitForm, requireCsrf, async (c) => {
  const csrf = c.get("session").csrf;
  const feeds = configuredFeeds(c.env);
  const form = PreviewForm.safeParse(await c.req.parseBody());
  if (!form.success) {
    return renderPage(c, <PreviewPage csrf={csrf} feeds={feeds}><Notice kind="error">{describeIssues(form.error)}</Notice></PreviewPage>, 400);
  }
  // Only a configured feed may be picked from the list; anything else must be typed as a URL.
  const url = form.data.url ?? feeds.find((feed) => feed === form.data.feed) ?? feeds[0];
  if (!url) {
    return renderPage(c, <PreviewPage csrf={csrf} feeds={feeds}><Notice kind="error">No feed is configured: paste a feed URL.</Notice></PreviewPage>, 400);
  }
  // Loopback and private addresses only when the worker runs locally (npm start, tests).
  const publication = publicationOf(c.env);
  const preview = await loadPreview(c.env.DB, url, { allowPrivate: isLocalRun(c.env as unknown as Record<string, unknown>), ...(publication ? { publication } : {}) });
  return renderPage(c, <PreviewPage csrf={csrf} feeds={feeds} url={form.data.url}><PreviewResult preview={preview} /></PreviewPage>, preview.ok ? 200 : preview.refused ? 400 : 502);
});

previewRoutes.post("/console/preview/draft", requireSession, limitDraftForm, requireCsrf, async (c) => {
  const csrf = c.get("session").csrf;
  const feeds = configuredFeeds(c.env);
  const form = DraftForm.safeParse(await c.req.parseBody());
  if (!form.success) {
    return renderPage(c, <PreviewPage csrf={csrf} feeds={feeds}><Notice kind="error">{describeIssues(form.error)}</Notice></PreviewPage>, 400);
  }
  const preview = previewDraft(form.data, publicationOf(c.env) ?? "Your newsletter");
  return renderPage(c, <PreviewPage csrf={csrf} feeds={feeds}><PreviewResult preview={preview} /></PreviewPage>, preview.ok ? 200 : 400);
});
