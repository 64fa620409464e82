// The shape of one language's spoiler vocabulary. Phrases are plain text: they are folded the
// same way as a post (case, accents, width, punctuation), so "Achtung: Spoiler!" and "achtung
// spoiler" are one entry. "(a|b|)" lists alternatives (the empty one makes the group optional)
// and "{n}" stands for each of `counts`: "skip the next {n} paragraphs".

export interface Lexicon {
  /** Open a span that runs to a closer or the end of the section: "spoilers ahead", "以下ネタバレ". */
  openers: string[];
  /** Warning nouns: a span opens only when they start a sentence or stand apart ("Spoiler alert:"). */
  warnings: string[];
  /** Close the open span: "end of spoilers", "fin des spoilers", "ネタバレ終わり". */
  closers: string[];
  /** Close the open span only as a line of their own, brackets and arrows aside: "（ここまで）", "↑ここまで↑". */
  closingLines: string[];
  /**
   * What a scoped warning names, with its scope: ["the next {n} paragraphs", "next {n} p"]; "this 1 l"
   * is the line itself when it carries the spoiler ("highlight to read"). A marker only with a
   * label, reason or not-seen clause in its sentence.
   */
  scoped: Array<[string, string]>;
  /** Words naming spoilers. Marker when alone on a line, bracketed, before a colon, or in a heading. */
  labels: string[];
  /** Tags that mark a whole post at the start or end of its title ("contains spoilers", "ネタバレあり"). */
  tags: string[];
  /** Tags that flag a whole post only in brackets at the very start or end of its title, never elsewhere: "[SPOIL]". */
  titleTags: string[];
  /** Words dropped before matching, so "major plot spoilers ahead" is "spoilers ahead". */
  qualifiers: string[];
  /** Words that may stand with a label on a line of its own: "Spoilers, obviously". */
  lineWords: string[];
  /** "Spoilers for …": a label line may name what it spoils. */
  topics: string[];
  /** A label line holding one of these is a sentence about spoilers, not a label. */
  verbs: string[];
  /** With a label in the same sentence, open a span: "spoilers for the finale ahead", "ab hier Spoiler". */
  directions: string[];
  /** "discusses the ending": with a direction in the same sentence ("below, I discuss the ending"), opens a span. */
  reveals: string[];
  /** "If you haven't seen it": with a stop phrase in the same sentence, opens a span. */
  notSeen: string[];
  /** "stop reading", "look away": open a span with a not-seen clause or a label beside them. */
  stops: string[];
  /** Why a scoped "skip this paragraph" asks to skip: "to go in blind". */
  reasons: string[];
  /** How a feed labels a content warning in its first block: Mastodon's "Content warning:". */
  contentWarnings: string[];
  /** What a story's ending is called: a content warning naming one flags the post ("CW: Severance finale"). */
  endings: string[];
  /** Mentions that mark nothing: "spoiler-free", "sin spoilers", "스포 없음". They mask what they overlap. */
  nonMarkers: string[];
  /**
   * Where and when spoilers will be instead: a sentence holding one ("next week on the podcast,
   * with spoilers") promises them elsewhere, so its labels and tags mark nothing here.
   */
  elsewhere?: string[];
  /** Blocks holding one of these are platform boilerplate and never marked: "appeared first on". */
  boilerplate: string[];
  /** Number words for "{n}": { two: 2 }. */
  counts: Record<string, number>;
}
