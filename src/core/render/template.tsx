/** @jsxRuntime automatic @jsxImportSource hono/jsx */
// (The pragma keeps JSX right when tsx runs the preview CLI from outside the project, without tsconfig.)
// The digest's markup: a 600 px table layout with inline styles, the form mail clients
// (Outlook's Word engine, Gmail's style stripping) render most reliably.
import { raw } from "hono/html";
import { safeFeedUrl } from "../feed-links";
import type { SpoilerFreeReview } from "../types";
import { EMAIL_WIDTH } from "./client-limits";
import { PLACEHOLDERS } from "./placeholders";
import { DARK_MODE_CSS, STYLES } from "./theme";

// Outlook for Windows ignores max-width: a table it alone sees (a "ghost table") holds the card
// at 600 px there. Other clients read these as comments.
const GHOST_OPEN = `<!--[if mso]><table role="presentation" align="center" width="${EMAIL_WIDTH}" cellpadding="0" cellspacing="0" border="0"><tr><td width="${EMAIL_WIDTH}"><![endif]-->`;
const GHOST_CLOSE = "<!--[if mso]></td></tr></table><![endif]-->";
// Outlook at 120 DPI would scale pixel sizes unless told the document is 96 DPI.
const OUTLOOK_DPI = "<!--[if mso]><noscript><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml></noscript><![endif]-->";

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

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : dateFormat.format(date);
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
  return <p style={STYLES.film}>{`${film.title}${year}${stars}`}</p>;
}

function Byline({ review }: { review: SpoilerFreeReview }) {
  const parts = [review.author ? `By ${review.author}` : undefined, formatDate(review.published)];
  const text = parts.filter((part) => part !== undefined).join(" · ");
  return text ? <p class="rd-muted" style={STYLES.meta}>{text}</p> : null;
}

/** The same calm box as a spoiler notice inside a review. */
export function NoticeBox({ children }: { children: unknown }) {
  return (
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border={0} style={STYLES.noticeTable}>
      <tr>
        <td class="rd-notice" style={STYLES.noticeCell}>{children}</td>
      </tr>
    </table>
  );
}

function WithheldNotice() {
  return <NoticeBox>The critic marked this review as containing spoilers, so it is left out of this email.</NoticeBox>;
}

function ReviewSection({ view }: { view: ReviewView }) {
  const { review } = view;
  const action = view.truncated ? "Continue reading →" : "Read the original →";
  return (
    <tr>
      <td class="rd-review" style={STYLES.review}>
        <h1 style={STYLES.title}>
          <a class="rd-title" href={safeFeedUrl(review.link)} style={`${STYLES.link}text-decoration:none;`}>{review.title}</a>
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

/** The whole email document; the caller prepends the doctype. */
export function DigestEmail(props: EmailProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <title>{props.subject}</title>
        {raw(OUTLOOK_DPI)}
        <style>{raw(DARK_MODE_CSS)}</style>
      </head>
      <body class="rd-page" style={STYLES.page}>
        <div class="rd-preheader" style={STYLES.preheader}>{props.preheader}</div>
        <table role="presentation" class="rd-page" width="100%" cellpadding="0" cellspacing="0" border={0} style={STYLES.page}>
          <tr>
            <td align="center" style="padding:24px 8px;">
              {raw(GHOST_OPEN)}
              <table role="presentation" class="rd-card" width="100%" cellpadding="0" cellspacing="0" border={0} style={`${STYLES.card}width:100%;max-width:${EMAIL_WIDTH}px;`}>
                <tr>
                  <td class="rd-muted" style={STYLES.masthead}>{props.publication}</td>
                </tr>
                {props.views.map((view) => <ReviewSection view={view} />)}
                <Footer publication={props.publication} />
              </table>
              {raw(GHOST_CLOSE)}
            </td>
          </tr>
        </table>
      </body>
    </html>
  );
}
