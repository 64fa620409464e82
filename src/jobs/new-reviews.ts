// Which feed items are new: neither their guid nor their normalised link seen before. A
// republished post keeps its link but may get a new guid; it is not new.
import type { Review } from "../core/types";
import type { ReviewKey, SeenKeys, SeenReview } from "../db/reviews";

/**
 * One stable form of a post's URL: lower-case host, no fragment, no trailing slash, no "www.".
 * "https://WWW.Example.com/post/#top" → "https://example.com/post"
 */
export function normaliseLink(link: string): string {
  try {
    const url = new URL(link.trim());
    url.hash = "";
    url.hostname = url.hostname.toLowerCase().replace(/^www\./, "");
    url.protocol = url.protocol === "http:" ? "https:" : url.protocol;
    const text = url.toString();
    return text.endsWith("/") && url.search === "" ? text.slice(0, -1) : text;
  } catch {
    return link.trim();
  }
}

/** What keys and ranks an item: a finished Review or a draft (ReviewDraft) alike. */
export type ReviewHead = Pick<Review, "id" | "link" | "linkReplaced" | "title" | "published">;

export interface CandidateReview<T extends ReviewHead = Review> {
  review: T;
  key: SeenReview;
}

/** The feed's reviews with their keys, dropping repeats of a guid or link within the feed. */
export function keyReviews<T extends ReviewHead>(reviews: T[]): CandidateReview<T>[] {
  const guids = new Set<string>();
  const links = new Set<string>();
  const candidates: CandidateReview<T>[] = [];
  for (const review of reviews) {
    // A replaced link is the feed's site, shared by every such item: the guid tells them apart.
    const key: SeenReview = { guid: review.id, link: normaliseLink(review.linkReplaced ? review.id : review.link), title: review.title };
    if (review.published) key.publishedAt = review.published;
    if (guids.has(key.guid) || links.has(key.link)) continue;
    guids.add(key.guid);
    links.add(key.link);
    candidates.push({ review, key });
  }
  return candidates;
}

export function isUnseen(key: ReviewKey, seen: SeenKeys): boolean {
  return !seen.guids.has(key.guid) && !seen.links.has(key.link);
}

/** The newest `count` candidates (by published date, else feed order), newest first. */
export function pickLatest<T extends ReviewHead>(candidates: CandidateReview<T>[], count: number): CandidateReview<T>[] {
  if (count <= 0) return [];
  const ranked = candidates
    .map((candidate, index) => ({ candidate, index, time: Date.parse(candidate.review.published ?? "") }))
    .sort((a, b) => (Number.isNaN(b.time) || Number.isNaN(a.time) ? a.index - b.index : b.time - a.time || a.index - b.index));
  return ranked.slice(0, count).map((item) => item.candidate);
}
