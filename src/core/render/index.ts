// renderDigest: spoiler-free, sanitised reviews in; one email (subject, preheader, HTML, text) out.
import type { Digest, SpoilerFreeReview } from "../types";
import { allocateFairly, byteLength, cutAtParagraph } from "./budget";
import { styleReviewBody } from "./email-body";
import { writePreheader, writeSubject } from "./headline";
import { renderDocument } from "./shell";
import { DigestEmail, type EmailProps, type ReviewView } from "./template";
import { convertToText } from "./text";

export { fillPlaceholders, PLACEHOLDERS, type PlaceholderValues } from "./placeholders";

export interface RenderOptions {
  /** Shown at the top and in the footer ("Jeff Light Reviews"). */
  publication?: string;
  /** Upper bound for the HTML part in UTF-8 bytes; Gmail clips at about 102 KB. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 100_000;
const FIT_ATTEMPTS = 4;

function renderEmail(props: EmailProps): string {
  return renderDocument(DigestEmail(props));
}

/** A review and its body as styled for mail clients ("" when withheld). */
interface StyledReview {
  review: SpoilerFreeReview;
  body: string;
}

function fullViews(styled: StyledReview[]): ReviewView[] {
  return styled.map(({ review, body }) => ({ review, body, truncated: false }));
}

function cutViews(styled: StyledReview[], available: number): ReviewView[] {
  const shares = allocateFairly(styled.map(({ body }) => byteLength(body)), available);
  return styled.map(({ review, body }, index) => {
    if (review.withheld) return { review, body: "", truncated: false };
    const cut = cutAtParagraph(body, shares[index] ?? 0);
    return { review, body: cut.html, truncated: cut.truncated };
  });
}

/** Renders with bodies cut until the HTML fits in maxBytes. */
function fitToSize(props: EmailProps, styled: StyledReview[], maxBytes: number): string {
  const emptyBodies = styled.map(({ review }) => ({ review, body: "", truncated: !review.withheld }));
  const shell = byteLength(renderEmail({ ...props, views: emptyBodies }));
  if (shell > maxBytes) {
    throw new RangeError(`${styled.length} reviews need ${shell} bytes without their bodies; the limit is ${maxBytes}.`);
  }
  let available = maxBytes - shell;
  for (let attempt = 0; attempt < FIT_ATTEMPTS; attempt++) {
    const html = renderEmail({ ...props, views: cutViews(styled, available) });
    const excess = byteLength(html) - maxBytes;
    if (excess <= 0) return html;
    available -= excess;
  }
  return renderEmail({ ...props, views: emptyBodies });
}

/**
 * One digest email for reviews that already went through the spoiler pass and the sanitiser.
 * The footer links are PLACEHOLDERS, filled per subscriber with fillPlaceholders.
 */
export function renderDigest(reviews: SpoilerFreeReview[], options: RenderOptions = {}): Digest {
  if (reviews.length === 0) throw new RangeError("renderDigest needs at least one review.");
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const subject = writeSubject(reviews);
  const preheader = writePreheader(reviews);
  const publication = options.publication?.trim() || reviews[0]?.author || "New reviews";
  // Styled before the size budget, so the budget counts the bytes that are sent.
  const styled = reviews.map((review) => ({ review, body: review.withheld ? "" : styleReviewBody(review.html) }));
  const props: EmailProps = { subject, preheader, publication, views: fullViews(styled) };
  let html = renderEmail(props);
  if (byteLength(html) > maxBytes) html = fitToSize(props, styled, maxBytes);
  return { subject, preheader, html, text: convertToText(html) };
}
