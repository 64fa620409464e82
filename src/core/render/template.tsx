/** @jsxRuntime automatic @jsxImportSource hono/jsx */
// (The pragma keeps JSX right when tsx runs the preview CLI from outside the project, without tsconfig.)
// The digest's markup inside the shared email frame (shell.tsx).
import { raw } from "hono/html";
import { formatLongDate } from "../dates";
import { safeFeedUrl } from "../feed-links";
import type { SpoilerFreeReview } from "../types";
import { breakLongWords } from "./email-body";
import { PLACEHOLDERS } from "./placeholders";
import { EmailShell, LayoutTable } from "./shell";
import { STYLES } from "./theme";

/** One review as laid out: its body may be cut to fit the size budget. */
export interface ReviewView {
  review: SpoilerFreeReview;
  /** Sanitised, spoiler-free HTML to show ("" for a withheld review). */
  body: string;
  truncated: boolean;
}

export interface EmailProps {
  subject: string;
  preheader: string;
  publication: string;
  views: ReviewView[];
}

function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : formatLongDate(date);
}

/** 4.5 → "★★★★½" */
function formatStars(rating: number): string {
  return "★".repeat(Math.floor(rating)) + (rating % 1 >= 0.5 ? "½" : "");
}

function FilmLine({ review }: { review: SpoilerFreeReview }) {
  const film = review.film;
  if (!film) return null;
  const year = film.year ? ` (${film.year})` : "";
  const stars = film.rating ? ` · ${formatStars(film.rating)}` : "";
  return <p class="rd-text" style={STYLES.film}>{`${film.title}${year}${stars}`}</p>;
}

function Byline({ review }: { review: SpoilerFreeReview }) {
  const parts = [review.author ? `By ${review.author}` : undefined, formatDate(review.published)];
  const text = parts.filter((part) => part !== undefined).join(" · ");
  return text ? <p class="rd-muted" style={STYLES.meta}>{text}</p> : null;
}

function WithheldNotice() {
  return (
    <LayoutTable style={STYLES.noticeTable} cellClass="rd-notice" cellStyle={STYLES.noticeCell}>
      The critic marked this review as containing spoilers, so it is left out of this email.
    </LayoutTable>
  );
}

function ReviewSection({ view }: { view: ReviewView }) {
  const { review } = view;
  const action = view.truncated ? "Continue reading →" : "Read the original →";
  return (
    <tr>
      <td class="rd-review" style={STYLES.review}>
        <h1 class="rd-text" style={STYLES.title}>
          <a class="rd-title" href={safeFeedUrl(review.link)} style={`${STYLES.link}text-decoration:none;`}>{breakLongWords(review.title)}</a>
        </h1>
        <Byline review={review} />
        <FilmLine review={review} />
        {review.withheld ? <WithheldNotice /> : <div class="rd-body">{raw(view.body)}</div>}
        <p style={STYLES.action}>
          <a href={safeFeedUrl(review.link)} style={STYLES.link} rel="noopener">{action}</a>
        </p>
      </td>
    </tr>
  );
}

function Footer({ publication }: { publication: string }) {
  return (
    <tr>
      <td class="rd-muted" style={STYLES.footer}>
        <p style={STYLES.footerLine}>You are receiving this because you subscribed to {publication}.</p>
        <p style="margin:0;">
          <a href={PLACEHOLDERS.viewInBrowserUrl} style={STYLES.link}>View in browser</a>
          {" · "}
          <a href={PLACEHOLDERS.preferencesUrl} style={STYLES.link}>Preferences</a>
          {" · "}
          <a href={PLACEHOLDERS.unsubscribeUrl} style={STYLES.link}>Unsubscribe</a>
        </p>
      </td>
    </tr>
  );
}

/** The digest: one section per review, then the footer with the subscriber's links. */
export function DigestEmail(props: EmailProps) {
  return (
    <EmailShell subject={props.subject} preheader={props.preheader} publication={props.publication}>
      {props.views.map((view) => <ReviewSection view={view} />)}
      <Footer publication={props.publication} />
    </EmailShell>
  );
}
