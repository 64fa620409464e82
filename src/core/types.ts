// Shared domain types of the pure core. No bindings, no fetch.

export type SourceKind = "medium" | "letterboxd" | "ghost" | "generic";

/** Letterboxd's film metadata, kept from its feed. */
export interface FilmInfo {
  title: string;
  year?: number;
  /** 0.5 to 5 stars. */
  rating?: number;
}

/** One feed item, normalised. */
export interface Review {
  /** The guid, else the link. */
  id: string;
  /** The original post: an absolute http(s) URL (safeFeedUrl), tracking parameters removed. */
  link: string;
  /** The feed's own link was not http(s); `link` is the feed's site instead. */
  linkReplaced?: true;
  title: string;
  author?: string;
  /** ISO-8601. */
  published?: string;
  categories: string[];
  /** content:encoded, else content, else description. Not yet sanitised. */
  html: string;
  source: SourceKind;
  film?: FilmInfo;
  /** The feed marks the whole review as containing spoilers (Letterboxd's "(contains spoilers)"). */
  containsSpoilers: boolean;
  /** The item had no title (a Mastodon post): the spoiler pass names it from its first spoiler-free sentence. */
  untitled?: true;
}

/**
 * A feed item before its body is finished (Medium's tracking pixels removed, see review-finish.ts):
 * `body` is the markup as the feed sent it. Finishing costs a tokenizer pass, so the poll
 * finishes only the items it sends.
 */
export interface ReviewDraft extends Omit<Review, "html"> {
  body: string;
}

export interface Feed {
  title: string;
  link?: string;
  source: SourceKind;
  /** WebSub hub and self URL named by the feed, if any. */
  hubUrl?: string;
  selfUrl?: string;
  reviews: Review[];
  /** Something the operator should know about this parse (links that were replaced). */
  warning?: string;
}

/** A feed whose items are drafts (readFeed); parseFeed finishes them all. */
export interface FeedDraft extends Omit<Feed, "reviews"> {
  reviews: ReviewDraft[];
}

/** How a spoiler was marked. */
export type SpoilerMarker =
  | "prose-block"
  | "prose-scoped"
  | "heading"
  | "inline-warning"
  | "bbcode"
  | "reddit"
  | "discord"
  | "spoiler-class"
  | "details"
  | "toggle-card"
  | "whole-review";

/** One passage the spoiler engine took out. */
export interface RemovedPassage {
  marker: SpoilerMarker;
  /** The marker text that triggered removal, e.g. "(Skip this paragraph to avoid Plot Spoilers)". */
  trigger: string;
  /** Plain text of what was removed (shown only in the operator console and preview output). */
  text: string;
  words: number;
}

/** A review after the spoiler pass: html has every marked spoiler replaced by a notice. */
export interface SpoilerFreeReview extends Review {
  removed: RemovedPassage[];
  /** The whole body was withheld (a whole-review flag). */
  withheld: boolean;
}

/** One rendered email, before per-subscriber placeholders are filled. */
export interface Digest {
  subject: string;
  preheader: string;
  html: string;
  text: string;
}
