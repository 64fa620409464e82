// Words too frequent in film writing to anchor a phrase on (index-builder.ts, generation time
// only): a post holding one is scanned around it, so a phrase anchored on "only" or "show" would
// wake the matcher in most paragraphs. A phrase is anchored on a rarer word when it has one.
// English, as most posts are; the other lexicons' words are rarer in the posts their anchors meet.
export const FREQUENT_WORDS: ReadonlySet<string> = new Set([
  "about", "after", "again", "also", "away", "back", "because", "been", "before", "being", "best", "both", "come", "could",
  "does", "done", "down", "each", "even", "ever", "every", "film", "films", "first", "from", "gets", "give", "going", "good",
  "great", "have", "here", "into", "just", "know", "last", "like", "little", "long", "look", "made", "make", "many", "more",
  "most", "movie", "much", "must", "never", "next", "only", "other", "over", "part", "people", "read", "real", "really", "same",
  "scene", "scenes", "sense", "show", "shows", "some", "still", "such", "take", "than", "that", "their", "them", "then",
  "there", "these", "they", "thing", "think", "this", "those", "through", "time", "very", "want", "well", "were", "what", "when",
  "where", "which", "while", "will", "with", "without", "would", "your", "story", "world", "life", "love",
]);
