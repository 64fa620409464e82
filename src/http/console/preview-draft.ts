// The author's draft, pasted into the console preview: turned into the review its feed would
// carry and run through the same prepareDigest as the pipeline. Nothing is fetched or stored.
import { bodyLimit } from "hono/body-limit";
import { prepareDigest } from "../../core/digest";
import { reviewFromPage } from "../../core/draft";
import { removeSpoilers } from "../../core/spoilers";
import { z } from "../../validation";
import type { Preview } from "./preview-load";

// A long review with inline images is still well under this; the usual form limit is 64 KB.
export const DRAFT_MAX_BYTES = 512 * 1024;
export const limitDraftForm = bodyLimit({ maxSize: DRAFT_MAX_BYTES + 4096, onError: (c) => c.text("The draft is too large (512 KB at most).", 413) });

export const DraftForm = z.object({
  draft: z.string().check(z.minLength(1, "Paste the post's HTML (or plain text) into the draft box."), z.maxLength(DRAFT_MAX_BYTES)),
  title: z.optional(z.string().check(z.maxLength(300))),
});
export type DraftForm = z.infer<typeof DraftForm>;

// A draft has no address yet; the email's notices link here.
const DRAFT_LINK = "https://your-blog.example/your-draft";

/** Plain text pasted without markup becomes paragraphs, so markers on their own lines still count. */
function asHtml(draft: string): string {
  if (/<[a-z][\s\S]*>/i.test(draft)) return draft;
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return draft
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escape(paragraph.trim()).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

/** The draft as the next edition would show it, under the publication name of the real email. */
export function previewDraft(form: DraftForm, publication: string): Preview {
  const review = reviewFromPage(asHtml(form.draft), { link: DRAFT_LINK, title: form.title });
  const prepared = prepareDigest([review], { publication });
  const [spoilerFree] = prepared.reviews;
  if (!spoilerFree) return { ok: false, message: "The draft has no text to preview." };
  const originalHtml = spoilerFree.withheld ? `<div data-spoiler="whole-review">${review.html}</div>` : removeSpoilers(review.html, { link: review.link, mode: "mark" }).html;
  return { ok: true, feedTitle: "Your draft", note: "as your subscribers would get it once published.", items: [{ originalHtml, review: spoilerFree }], digest: prepared.digest };
}
