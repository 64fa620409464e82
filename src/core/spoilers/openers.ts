// Which lexicon hits of a paragraph open a spoiler span. Every rule reads the hit kinds the
// lexicons give and the punctuation around them; none names a word of any language.
import type { HitContext } from "./hits";
import type { Hit, HitKind, ScopeSpec } from "./matcher";
import { isWordChar } from "./stream";

/** An opener found in a block: original offsets, and the scope a scoped phrase names. */
export interface OpenerMatch {
  start: number;
  end: number;
  scope?: ScopeSpec;
  /** A bare label ("Spoiler:", "(Spoilers)", "스포)"): with text after it in its block, it names that text. A warning ("Spoiler warning: …") may run on. */
  names?: boolean;
  /** It says the spoilers follow ("spoilers ahead", "from here on … spoiler"): mid-paragraph, it still runs on past its paragraph. */
  onward?: boolean;
}

const MAX_PAIR_DISTANCE = 100;
// A direction names the spoilers' place only right beside its label: "daqui pra frente tem spoiler".
const MAX_ONWARD_GAP = 12;

/** Every opener of a paragraph, unmerged. */
export function findOpeners(context: HitContext): OpenerMatch[] {
  const found: OpenerMatch[] = [];
  const span = (hits: Hit[], scope?: ScopeSpec) => ({
    start: Math.min(...hits.map((hit) => context.startOf(hit))), end: Math.max(...hits.map((hit) => context.endOf(hit))), scope,
  });
  for (const hit of context.of("open", "warn")) if (isStandingOpener(context, hit)) found.push({ ...span([hit]), onward: hit.kind === "open" && !context.isCjk(hit) && !context.isBracketed(hit) });
  // "The next paragraph" is a marker only with a reason beside it: "…contains spoilers", "skip it if you haven't seen it".
  const scopedSentences: Array<{ start: number; end: number }> = [];
  for (const hit of context.of("scoped")) {
    // "※ネタバレ反転：…" names its line's spoiler as a label does; in a sentence it is talk about it.
    if (hasInSentence(context, hit, ["label", "tag", "reason", "notSeen", "reveal", "open", "warn"]) || (hit.scope?.unit === "l" && standsAsLabel(context, hit))) {
      const sentence = context.sentenceOf(hit.start);
      found.push({ ...span([hit], hit.scope), start: context.startOf({ start: sentence.start }) });
      scopedSentences.push(sentence);
    }
  }
  // A title tag opening a bracket before a colon labels what the bracket holds: «(spoil : …)».
  for (const hit of context.of("titleTag")) {
    if (OPEN_BRACKET.includes(context.charBefore(hit)) && context.charAfter(hit) !== "" && ":\uFF1A".includes(context.charAfter(hit))) found.push({ ...span([hit]), names: true });
  }
  for (const hit of context.of("label", "tag")) {
    if (standsAsLabel(context, hit)) found.push({ ...span([hit]), names: true });
    else {
      const topical = findTopicalLabel(context, hit);
      if (topical) found.push(topical);
    }
  }
  // A pair owns its sentence from the start: "If you haven't seen it, stop reading here."
  for (const [a, b] of findPairs(context)) {
    found.push({ ...span([a, b]), start: pairStart(context, a, b), onward: b.kind === "direction" && !context.isCjk(a) && Math.max(a.start, b.start) - Math.min(a.end, b.end) <= MAX_ONWARD_GAP });
  }
  found.push(...findClauseLabels(context));
  found.push(...findLabelSentences(context));
  return scopedSentences.length > 0 ? governByScope(context, found, scopedSentences) : found;
}

/**
 * A scope named in a sentence governs the other markers in it: "※次の段落は結末に触れています"
 * hides the next paragraph, not the rest of the section. They join the scoped opener.
 */
function governByScope(context: HitContext, found: OpenerMatch[], sentences: Array<{ start: number; end: number }>): OpenerMatch[] {
  const bounds = sentences.map((sentence) => ({ start: context.startOf({ start: sentence.start }), end: context.endOf({ end: sentence.end }) }));
  const scoped = found.filter((opener) => opener.scope);
  return found.filter((opener) => {
    if (opener.scope) return true;
    const at = bounds.findIndex((sentence) => opener.start >= sentence.start && opener.start < sentence.end);
    const owner = at < 0 ? undefined : scoped.find((candidate) => candidate.start === bounds[at]!.start);
    if (!owner) return true;
    owner.end = Math.max(owner.end, opener.end);
    return false;
  });
}

/** Bracketed (or half-bracketed at the block's start), or before a colon at a sentence start or set apart: "(Spoilers)", "스포)", "Spoiler:". */
function standsAsLabel(context: HitContext, hit: Hit): boolean {
  const colon = ":\uFF1A".includes(context.charAfter(hit)) && context.charAfter(hit) !== "";
  return context.isBracketed(hit) || context.leadsHalfBracket(hit) || (colon && (context.atSentenceStart(hit) || context.isSetOff(hit)));
}

const MAX_TOPIC = 60;
const OPEN_BRACKET = "([\uFF08";

/**
 * "Spoiler for last week's pick: the husband never shows up.", « Divulgâcheur pour son premier
 * film : … »: a label leading its sentence, naming its subject, then a colon, names what follows
 * the colon, as "Spoiler: …" does.
 */
function findTopicalLabel(context: HitContext, hit: Hit): OpenerMatch | undefined {
  // At a sentence start, set apart ("00:42:10 — Spoiler discussion of the ending: …"), or opening
  // a bracket: "(spoiler for the final ten minutes: …)", "[Spoilers de Nieve negra] …".
  const bracket = OPEN_BRACKET.includes(context.charBefore(hit));
  const leads = context.atSentenceStart(hit) || bracket || context.isSetOff(hit);
  if (!leads || !context.hits.some((other) => other.kind === "topic" && other.start === hit.end + 1)) return undefined;
  const text = context.text;
  const from = context.endOf(hit);
  // A bracketed label may end with its bracket, topic and all, where no colon comes first.
  const end = text.slice(from, from + MAX_TOPIC).search(bracket ? /[:\uFF1A)\]\uFF09]/ : /[:\uFF1A]/);
  if (end < 0 || /[.!?\n\u3002]/.test(text.slice(from, from + end))) return undefined;
  return { start: context.startOf(hit), end: from + end + 1, names: true };
}

/** "open" phrases stand anywhere but mid-sentence; "warn" nouns only at a sentence start or set apart. */
function isStandingOpener(context: HitContext, hit: Hit): boolean {
  if (context.isQuotedTopic(hit)) return false;
  if (context.isCjk(hit)) return true;
  const start = context.atSentenceStart(hit);
  const end = context.atSentenceEnd(hit);
  if (hit.kind === "open") return start || end || context.isSetOff(hit);
  if (readsAsTitle(context, hit)) return false;
  // "Spoiler alert is a 2022 film" continues the sentence; "Spoiler alert: …" does not.
  const carriesOn = !end && !context.isSetOff(hit) && !context.hits.some((other) => other.kind === "topic" && other.start === hit.end + 1);
  return (start && !carriesOn) || (!start && context.isSetOff(hit));
}

const TITLE_WORD = /^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+$/;
const LOWER_WORD_NEXT = /^ [a-z\u00DF-\u00FF]/;

/**
 * "<em>Spoiler Alert</em> tells you how it ends in its title": a warning written in title case and
 * running straight on into a lower-case word is a name in a sentence (the 2022 film), not a
 * warning. Warnings stand apart ("Spoiler alert:", "SPOILER ALERT!") or read as a phrase
 * ("Spoiler alert the pilot dies").
 */
function readsAsTitle(context: HitContext, hit: Hit): boolean {
  const words = context.text.slice(context.startOf(hit), context.endOf(hit)).split(" ");
  if (words.length < 2 || !words.every((word) => TITLE_WORD.test(word))) return false;
  const after = context.text.slice(context.endOf(hit), context.endOf(hit) + MAX_CREDIT);
  // Running on in lower case, or credited with a year: "Spoiler Alert (dir. Michael Showalter, 2022)".
  return LOWER_WORD_NEXT.test(after) || CREDIT_WITH_YEAR.test(after);
}

const MAX_CREDIT = 60;
const CREDIT_WITH_YEAR = /^\s*[(\uFF08][^()\uFF08\uFF09]*\b(?:19|20)\d\d\b[^()\uFF08\uFF09]*[)\uFF09]/;

function hasInSentence(context: HitContext, hit: Hit, kinds: HitKind[]): boolean {
  const sentence = context.sentenceOf(hit.start);
  return context.hits.some((other) => kinds.includes(other.kind) && other.start >= sentence.start && other.end <= sentence.end
    && (other.end <= hit.start || other.start >= hit.end));
}

/**
 * Whether a bracket stands open between two hits: "(espòiler: … ) i a partir d'aquí" pairs no
 * label in the bracket with a direction outside it; "Spoilers (mild) ahead" closes its bracket.
 */
function isBracketBetween(context: HitContext, a: Hit, b: Hit): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const between = context.text.slice(context.endOf(first), context.startOf(second));
  let depth = 0;
  for (const char of between) {
    if (char === "(" || char === "\uFF08" || char === "[") depth++;
    else if (char === ")" || char === "\uFF09" || char === "]") depth--;
  }
  return depth !== 0;
}

/** Two hits that open a span together, in one sentence: a label and a direction, a reveal and a direction, a stop and a not-seen clause. */
function findPairs(context: HitContext): Array<[Hit, Hit]> {
  const pairs: Array<[Hit, Hit]> = [];
  const rules: Array<[HitKind[], HitKind[]]> = [[["label", "tag"], ["direction"]], [["reveal"], ["direction"]], [["stop"], ["notSeen", "label", "tag"]]];
  for (const [firsts, seconds] of rules) {
    for (const a of context.of(...firsts)) {
      const sentence = context.sentenceOf(a.start);
      const b = context.hits.find((other) => seconds.includes(other.kind) && other.start >= sentence.start && other.end <= sentence.end
        && (other.end <= a.start || other.start >= a.end) && Math.abs(other.start - a.start) <= MAX_PAIR_DISTANCE);
      // "Haven't seen it yet? Stop reading." asks its question in a sentence of its own.
      const asked = !b && firsts.includes("stop") ? findInQuestionBefore(context, sentence, seconds) : undefined;
      if (asked) {
        if (!context.isQuotedTopic(a) && !context.isQuotedTopic(asked)) pairs.push([asked, a]);
        continue;
      }
      if (!b || context.isQuotedTopic(a) || context.isQuotedTopic(b) || isBracketBetween(context, a, b)) continue;
      // A label meets its direction only where it leads: "Spoilers for the finale ahead", not "fans who post spoilers below videos".
      const first = a.start < b.start ? a : b;
      if (firsts.includes("label") && !context.isCjk(a) && !context.atSentenceStart(first) && !context.isSetOff(first)) continue;
      pairs.push([a, b]);
    }
  }
  return pairs;
}

/** A hit of `kinds` in the sentence just before `sentence`, when that one is a question. */
function findInQuestionBefore(context: HitContext, sentence: { start: number; end: number }, kinds: HitKind[]): Hit | undefined {
  if (sentence.start < 2) return undefined;
  const question = context.sentenceOf(sentence.start - 2);
  const mark = context.text.slice(context.endOf({ end: question.end }), context.startOf({ start: sentence.start })).trim();
  if (!mark.startsWith("?") && !mark.startsWith("\uFF1F")) return undefined;
  return context.hits.find((hit) => kinds.includes(hit.kind) && hit.start >= question.start && hit.end <= question.end);
}

/**
 * Where a pair's warning starts: its sentence's start, or, when a clause of the author's own comes
 * first ("The director loves her characters, and here I must talk about the ending"), the start
 * of the clause holding the pair's first word.
 */
function pairStart(context: HitContext, a: Hit, b: Hit): number {
  const sentence = context.startOf({ start: context.sentenceOf(a.start).start });
  const first = context.startOf(a.start < b.start ? a : b);
  const head = context.text.slice(sentence, first);
  const cut = lastClauseBreak(head);
  // A clause before it that holds no marker word of its own stays: "If you haven't seen it, …" does not.
  if (cut < 0 || context.hits.some((hit) => !PLAIN_KINDS.has(hit.kind) && context.startOf(hit) >= sentence && context.startOf(hit) < sentence + cut)) return sentence;
  return sentence + cut + 1;
}

// Helper words as common as "for", "is", "le": they do not make a clause part of a warning.
export const PLAIN_KINDS: ReadonlySet<HitKind> = new Set<HitKind>(["line", "verb", "topic"]);
const MAX_CLAUSE_LEAD = 2;

/**
 * A label that closes its sentence, after a comma or dash and at most two words: "…y aquí tengo
 * que hablar del final, con spoilers.", "…über das Ende reden – Spoiler!", "…, quindi spoiler."
 * The clause is a warning about what follows; the author's words before it stay.
 */
function findClauseLabels(context: HitContext): OpenerMatch[] {
  const found: OpenerMatch[] = [];
  const text = context.text;
  for (const hit of context.of("label", "tag")) {
    if (context.isCjk(hit) || context.isQuotedTopic(hit) || context.isBracketed(hit)) continue;
    const sentence = context.sentenceOf(hit.start);
    const tail = context.hits.filter((other) => other.start >= hit.end && other.end <= sentence.end);
    if (!endsSentence(context, hit, tail, sentence.end)) continue;
    const from = context.startOf({ start: sentence.start });
    const head = text.slice(from, context.startOf(hit));
    const cut = lastClauseBreak(head);
    if (cut < 0) continue;
    const lead = head.slice(cut + 1);
    if (lead.split(/\s+/).filter(Boolean).length > MAX_CLAUSE_LEAD) continue;
    // From the first word after the break: "…, | con spoilers."
    found.push({ start: from + cut + 1 + (lead.length - lead.trimStart().length), end: context.endOf(tail.at(-1) ?? hit), onward: true });
  }
  return found;
}

/** Whether a hit ends its sentence, but for line words right after it ("spoilers compris"). */
function endsSentence(context: HitContext, hit: Hit, tail: Hit[], sentenceEnd: number): boolean {
  if (hit.end === sentenceEnd || context.atSentenceEnd(hit)) return true;
  return covers(context.stream.text, tail.filter((other) => other.kind === "line"), { start: hit.end, end: sentenceEnd });
}

/** Where the last clause break before `end` is in `head`: a comma, a semicolon, a colon, a dash set apart by spaces; -1 if none. */
function lastClauseBreak(head: string): number {
  let at = -1;
  for (const found of head.matchAll(/[,;:\u2013\u2014\u3001\uFF0C\uFF1A]|\s-\s/g)) at = found.index + (found[0].length === 3 ? 1 : 0);
  return at;
}

/**
 * Sentences made only of labels and the words that go with them: "Spoilers, obviously.", "This
 * review contains spoilers.", and a short line of them ending in an aside: "*** MORE SPOILERS
 * (the post-credits scene!!) ***".
 */
function findLabelSentences(context: HitContext): OpenerMatch[] {
  const text = context.stream.text;
  const found: OpenerMatch[] = [];
  // "Spoilers ahead, if you haven't seen it stop reading.": who should stop is part of the label.
  // Not the words of a film's title: "Spoiler Alert (Focus Features, 2022)".
  const titles = context.of("warn").filter((hit) => readsAsTitle(context, hit));
  const words = context.of("label", "tag", "line", "direction", "notSeen", "stop", "open", "warn")
    .filter((hit) => !context.isQuotedTopic(hit) && !titles.some((title) => hit.start < title.end && title.start < hit.end));
  const aside = findLineAside(context.text);
  const excused = aside ? (at: number) => { const from = context.stream.from(at); return from >= aside.start && from < aside.end; } : undefined;
  for (let start = 0; start < text.length; ) {
    const sentence = context.sentenceOf(start);
    const inside = words.filter((hit) => hit.start >= sentence.start && hit.end <= sentence.end);
    if (inside.some((hit) => hit.kind === "label" || hit.kind === "tag") && covers(text, inside, sentence, excused)) {
      found.push({ start: context.startOf({ start: sentence.start }), end: context.endOf({ end: sentence.end }) });
    }
    start = sentence.end + 1;
  }
  if (found.length === 0) found.push(...findLabelLine(context));
  return found;
}

/** Whether `hits` cover every word of a stream range, but for the positions `excused` allows. */
export function covers(text: string, hits: Hit[], range: { start: number; end: number }, excused?: (at: number) => boolean): boolean {
  const covered = new Uint8Array(range.end - range.start);
  for (const hit of hits) covered.fill(1, hit.start - range.start, hit.end - range.start);
  for (let i = range.start; i < range.end; i++) if (!covered[i - range.start] && text[i] !== " " && !excused?.(i)) return false;
  return true;
}

// A bracketed aside closing a short line (its decoration after it trimmed by hand: a \p{L} class
// would cost a fresh isolate its compile).
const LINE_ASIDE = /[([\uFF08\u3010][^()[\]\uFF08\uFF09\u3010\u3011]{1,60}[)\]\uFF09\u3011]$/;
const ASIDE_CLOSERS = ")]\uFF09\u3011";

/** The aside a short line ends with, in original offsets: "SPOILERS (the post-credits scene!!) ***". */
function findLineAside(block: string): { start: number; end: number } | undefined {
  if (block.length > MAX_LABEL_LINE) return undefined;
  let end = block.length;
  while (end > 0 && !isWordChar(block.charCodeAt(end - 1)) && !ASIDE_CLOSERS.includes(block[end - 1]!)) end--;
  const found = LINE_ASIDE.exec(block.slice(0, end));
  return found ? { start: found.index, end: block.length } : undefined;
}

const MAX_LABEL_LINE = 80;
const FIRST_SENTENCE_END = /[.!?\u3002](?:\s|$)/;

/**
 * A short verbless block, or first sentence of one, led by a label naming its subject: "SPOILERS
 * FOR THE WHOLE FILM", "Spoilers for this one. I can't talk about it otherwise."
 */
function findLabelLine(context: HitContext): OpenerMatch[] {
  const text = context.stream.text.replace(/\|+$/, "");
  // Read on the block itself: the stream may hold only the sentences around a marker word.
  const whole = context.text.trim();
  const cut = whole.search(FIRST_SENTENCE_END);
  const block = (cut >= 0 ? whole.slice(0, cut) : whole).replace(/[.!?\u3002]+$/, "");
  const first = context.sentenceOf(0);
  // "Spoiler for last week's pick: …" carries its spoiler after the colon (findTopicalLabel).
  if (text.length === 0 || block.length > MAX_LABEL_LINE || /[.!?\n\u3002]|[:\uFF1A]\s*\S/.test(block)
    || context.of("verb").some((hit) => hit.start < first.end)) return [];
  const lead = context.of("label", "tag").find((hit) => hit.start === 0);
  // The topic follows the label itself: "Spoiler (zum Lesen markieren): …" is an aside, not "Spoiler zum …".
  const topic = lead && context.hits.find((hit) => hit.kind === "topic" && hit.start === lead.end + 1);
  if (!lead || !topic || /[([\uFF08\u3010]/.test(context.text.slice(context.endOf(lead), context.startOf(topic)))) return [];
  return [{ start: context.startOf(lead), end: context.text.length }];
}
