// Lexicon questions asked outside the block scan: does a label (a <summary>, a card heading)
// name spoilers, does a title carry a spoiler tag, does a first block flag the whole post.
import { HitContext } from "./hits";
import { SENTENCE_BREAK, type Hit } from "./matcher";
import { covers } from "./openers";
import { foldText } from "./text";

const QUOTES = "\"'\u2018\u2019\u201C\u201D\u00AB\u00BB\u300C\u300D\u300E\u300F";
const TITLE_DELIMITERS = ":|-\u2013\u2014/\uFF1A\uFF5C";

/**
 * Whether a collapsible's label names spoilers: "Ending (spoilers)" → true, "No spoilers below" →
 * false. The box already hides what follows, so naming the ending does too: "Click to reveal the
 * ending" (a reveal that in prose needs a direction, "below, …").
 */
export function namesSpoilers(label: string): boolean {
  const context = new HitContext(foldText(label));
  return context.of("open", "warn", "scoped", "label", "tag", "reveal").some((hit) => !context.isQuotedTopic(hit));
}

/**
 * The spoiler tag a title starts or ends with, as written: "[Spoilers] Ballerina" → "[Spoilers]",
 * "【ネタバレあり】映画『X』感想" → "【ネタバレあり】", "[SPOIL] Dune : la fin" → "[SPOIL]", "스포) 기생충" → "스포)",
 * "Reseña (contiene spoilers) de Dark" → "(contiene spoilers)",
 * "Why spoilers don't matter" → undefined.
 */
export function findTitleTag(title: string): string | undefined {
  const context = new HitContext(foldText(title));
  // A title asking a question ("Are spoilers the new trailer?") is tagged only by a bracket.
  const question = /[?\uFF1F]\s*$/.test(title);
  for (const hit of context.of("label", "tag", "titleTag", "warn")) {
    // A warning ("Spoiler alert") tags a title only in brackets: "Dune (Spoiler Alert)".
    if (hit.kind === "warn" && !context.isBracketed(hit)) continue;
    const bracketed = context.isBracketed(hit);
    if (question && !bracketed) continue;
    // "[SPOIL] Dune": a title tag counts only in brackets at an edge; bare, it is an ordinary word.
    if (hit.kind === "titleTag" && !bracketed) continue;
    // A tag ("Spoiler review", "ネタバレ感想") stands anywhere at an edge; a bare label only set apart.
    const apart = hit.kind === "tag" || bracketed;
    const leads = (hit.start === 0 && (apart || TITLE_DELIMITERS.includes(context.charAfter(hit) || "\0") || context.leadsHalfBracket(hit)))
      || (bracketed && afterLeadWord(title, context, hit));
    const atEnd = context.endsText(hit) || endsWithLineWords(context, hit) || endsBeforeAside(context, hit);
    const trails = atEnd && (apart || TITLE_DELIMITERS.includes(context.charBefore(hit) || "\0") || "\u300F\u300D".includes(context.charBefore(hit) || "\0"));
    // A bracketed tag says what the whole post holds wherever it stands: "Reseña (contiene spoilers) de Dark".
    const within = bracketed && hit.kind === "tag" && !context.isQuotedTopic(hit);
    if (leads || trails) return readTag(title, context, hit, bracketed);
    if (within) {
      const tag = readTag(title, context, hit, bracketed);
      // Quoted, the tag is talked about: "Why '(contains spoilers)' warnings fail".
      const at = title.indexOf(tag);
      if (!QUOTES.includes(title[at - 1] ?? "") && !QUOTES.includes(title[at + tag.length] ?? "")) return tag;
    }
  }
  return findBracketTag(title);
}

const EDGE_BRACKETS = [/^\s*[[(\uFF08\u3010][^[\]()\uFF08\uFF09\u3010\u3011]{1,40}[\])\uFF09\u3011]/, /[[(\uFF08\u3010][^[\]()\uFF08\uFF09\u3010\u3011]{1,40}[\])\uFF09\u3011]\s*$/];

/**
 * A bracket at the title's start or end holding nothing but a label and the words that go with
 * one: "[Review + Spoiler] Rumah di Ujung Sawah", "Dune [Review & Spoilers]".
 */
function findBracketTag(title: string): string | undefined {
  for (const edge of EDGE_BRACKETS) {
    const group = edge.exec(title)?.[0].trim();
    if (!group) continue;
    const context = new HitContext(foldText(group.slice(1, -1)));
    const words = context.of("label", "tag", "warn", "line");
    if (!words.some((hit) => hit.kind !== "line")) continue;
    const text = context.stream.text;
    if (covers(text, words, { start: 0, end: text.length }, (at) => text[at] === SENTENCE_BREAK)) return group;
  }
  return undefined;
}

// "映画『X』ネタバレ感想・考察", "스포 후기·해석": Japanese and Korean titles stack genre nouns after a
// tag, so a tag followed only by words that go with one (the lexicons' line words) ends the title.
function endsWithLineWords(context: HitContext, hit: Hit): boolean {
  if (!context.isCjk(hit)) return false;
  const stream = context.stream.text;
  let at = hit.end;
  for (const line of context.of("line").sort((a, b) => a.start - b.start)) {
    if (line.start === at || (line.start === at + 1 && stream[at] === " ")) at = Math.max(at, line.end);
  }
  return at > hit.end && at === context.textEnd;
}

// "Dune: Part Two — Spoiler Review (see the film first)": a bracketed aside may follow the tag.
const TRAILING_ASIDE = /^\s*[(\[\uFF08][^()[\]\uFF08\uFF09]*[)\]\uFF09]\s*$/;

// Only a tag set apart from the title before it: "In defence of spoilers (an essay)" names none.
function endsBeforeAside(context: HitContext, hit: Hit): boolean {
  return hit.kind === "tag" && TITLE_DELIMITERS.includes(context.charBefore(hit) || "\0") && TRAILING_ASIDE.test(context.text.slice(context.endOf(hit)));
}

// "Review (with spoilers): Dune", "Critique (avec spoilers) : X": one word the lexicon knows
// ("review", "critique"), then the bracketed tag, then a title delimiter.
function afterLeadWord(title: string, context: HitContext, hit: Hit): boolean {
  if (!context.of("line").some((line) => line.start === 0 && line.end + 1 === hit.start)) return false;
  const close = title.indexOf(context.charAfter(hit), context.endOf(hit));
  if (close < 0) return false;
  const rest = title.slice(close + 1).trimStart();
  return rest !== "" && TITLE_DELIMITERS.includes(rest[0]!);
}

function readTag(title: string, context: HitContext, hit: Hit, bracketed: boolean): string {
  let start = context.startOf(hit);
  let end = context.endOf(hit);
  if (bracketed) {
    start = title.lastIndexOf(context.charBefore(hit), start);
    end = title.indexOf(context.charAfter(hit), end) + 1;
  } else if (hit.kind === "label" && hit.start === 0 && ":\uFF1A)\uFF09".includes(context.charAfter(hit) || "\0")) {
    end = title.indexOf(context.charAfter(hit), end) + 1;
  }
  return title.slice(start, end).trim();
}

const MAX_HASHTAGS = 8;

/**
 * Whether a post's first block flags the whole post: a line that is nothing but a tag ("This
 * review may contain spoilers.", "(Contains spoilers)"), or a content warning naming spoilers,
 * as Mastodon's feed writes one: "<p><strong>Content warning:</strong> Spoilers for X</p><hr>",
 * or one naming an ending: "[cw: severance s2 finale]".
 */
export function isWholePostLine(text: string): boolean {
  // A line of hashtags, one naming spoilers, opening a toot: "#spoilers #Furiosa".
  const tags = text.trim().split(/\s+/);
  if (tags.length <= MAX_HASHTAGS && tags.every((tag) => tag.length > 1 && tag[0] === "#")) {
    return new HitContext(foldText(tags.map((tag) => tag.slice(1)).join(" "))).of("label", "tag").some((hit) => hit.start === 0 || tags.length > 1);
  }
  const context = new HitContext(foldText(text));
  const cw = context.of("cw").find((hit) => hit.start === 0);
  // The platform folds the whole post behind the warning: naming spoilers or an ending flags it.
  if (cw) return context.of("label", "tag", "open", "warn", "ending").some((hit) => hit.start > cw.start);
  const body = context.textEnd;
  return context.of("tag").some((hit) => hit.start === 0 && hit.end === body)
    || context.of("open").some((hit) => hit.start === 0 && hit.end === body && context.has("tag"));
}
