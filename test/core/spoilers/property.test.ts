// Property: any post assembled from marked and unmarked pieces loses every marked sentence
// (LEAKn) and keeps every unmarked one (KEEPn), in "remove" and in "mark" mode.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { removeSpoilers } from "../../../src/core/spoilers";
import { plainText, splitMarked } from "./helpers";

const neutral = fc.constantFrom("the", "film", "fight", "score", "camera", "night", "city", "slow", "bright", "actor", "rain", "neon", "friend", "dance", "quiet", "with", "but");
// Phrases that mention spoilers without marking any: they must never trigger removal.
const harmless = fc.constantFrom("spoiler-free", "no spoilers", "I won't spoil it", "trailers spoil too much", "spoiler culture", "without spoilers", "it spoiled nothing", "trigger warning");
const sentence = fc.array(fc.oneof({ weight: 6, arbitrary: neutral }, { weight: 1, arbitrary: harmless }), { minLength: 1, maxLength: 10 })
  .map((words) => words.join(" "));

const openers = ["Spoilers ahead!", "<strong>SPOILER WARNING</strong>", "(Mild Spoiler Alert)", "Warning: major spoilers.", "<em>“Plot spoilers below”</em>", "(Spoilers)", "[spoiler]"];
const closers = ["(End of spoilers)", "End spoilers.", "<em>Spoilers end here.</em>", "[spoilers over]", "Back to the spoiler-free part.", "[/spoiler]"];
const scoped = ["Spoilers in the next paragraph.", "(Skip this paragraph to avoid spoilers)", "The next paragraph contains spoilers."];

type Piece = (keep: () => string, leak: () => string) => string;

const pieces: Array<fc.Arbitrary<Piece>> = [
  sentence.map((s) => (keep) => `<p>${keep()} ${s}.</p>`),
  fc.tuple(fc.constantFrom(...openers), fc.constantFrom(...closers), fc.array(sentence, { minLength: 1, maxLength: 3 }))
    .map(([open, close, body]) => (_keep, leak) => `<p>${open}</p>${body.map((s) => `<p>${leak()} ${s}.</p>`).join("")}<p>${close}</p>`),
  fc.tuple(fc.constantFrom(...scoped), sentence).map(([open, s]) => (_keep, leak) => `<p>${open}</p><p>${leak()} ${s}.</p>`),
  fc.tuple(sentence, sentence).map(([a, b]) => (keep, leak) => `<p>${keep()} ${a} [spoiler]${leak()} ${b}[/spoiler] ${keep()}.</p>`),
  fc.tuple(sentence, sentence).map(([a, b]) => (keep, leak) => `<p>${keep()} ${a} &gt;!${leak()} <em>${b}</em>!&lt; ${keep()}.</p>`),
  fc.tuple(sentence, sentence).map(([a, b]) => (keep, leak) => `<p>${keep()} ${a} ||${leak()} ${b}|| ${keep()}.</p>`),
  fc.tuple(sentence, sentence).map(([a, b]) => (keep, leak) => `<p>${keep()} ${a} <span class="spoiler">${leak()} ${b}</span> ${keep()}.</p>`),
  sentence.map((s) => (_keep, leak) => `<details><summary>Spoilers</summary><p>${leak()} ${s}.</p></details>`),
  fc.tuple(sentence, sentence).map(([a, b]) => (keep, leak) => `<p>${keep()} ${a} (mild spoiler warning): ${leak()} ${b}.</p>`),
  fc.tuple(sentence, sentence).map(([a, b]) => (keep, leak) => `<h2>The ending (spoilers)</h2><p>${leak()} ${a}.</p><h2>${keep()} verdict</h2><p>${keep()} ${b}.</p>`),
];

/** A post: pieces in any order, optionally ending with an opener that never closes. */
const post = fc.tuple(fc.array(fc.oneof(...pieces), { minLength: 1, maxLength: 12 }), fc.option(fc.constantFrom(...openers.slice(0, 6)), { nil: undefined }), sentence)
  .map(([parts, unclosed, tail]) => {
    let keeps = 0;
    let leaks = 0;
    const keep = () => `KEEP${++keeps}x`;
    const leak = () => `LEAK${++leaks}x`;
    let html = parts.map((piece) => piece(keep, leak)).join("");
    if (unclosed) html += `<p>${unclosed}</p><p>${leak()} ${tail}.</p><figure><img src="https://x.test/${leak()}.jpg"></figure>`;
    return { html, keeps, leaks };
  });

function tokens(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}${index + 1}x`);
}

describe("random posts of marked and unmarked pieces", () => {
  it("never leak a marked sentence and never drop an unmarked one (remove mode)", () => {
    fc.assert(fc.property(post, ({ html, keeps, leaks }) => {
      const result = removeSpoilers(html, { link: "https://critic.test/p" });
      const text = plainText(result.html);
      for (const token of tokens("LEAK", leaks)) expect(result.html).not.toContain(token);
      for (const token of tokens("KEEP", keeps)) expect(text).toContain(token);
      expect(/spoiler hidden/i.test(result.html)).toBe(leaks > 0);
    }), { numRuns: 300 });
  });

  it("wrap every marked sentence and nothing else (mark mode)", () => {
    fc.assert(fc.property(post, ({ html, keeps, leaks }) => {
      const { inside, outside } = splitMarked(removeSpoilers(html, { link: "https://critic.test/p", mode: "mark" }).html);
      for (const token of tokens("LEAK", leaks)) {
        expect(outside).not.toContain(token);
        expect(inside).toContain(token);
      }
      for (const token of tokens("KEEP", keeps)) expect(outside).toContain(token);
    }), { numRuns: 300 });
  });

  it("are left alone by a second pass: notices are not markers", () => {
    fc.assert(fc.property(post, ({ html }) => {
      const once = removeSpoilers(html, { link: "https://critic.test/p" });
      const twice = removeSpoilers(once.html, { link: "https://critic.test/p" });
      expect(twice.removed).toEqual([]);
      expect(plainText(twice.html)).toBe(plainText(once.html));
    }), { numRuns: 100 });
  });

  it("give the same output for the same input", () => {
    fc.assert(fc.property(post, ({ html }) => {
      const first = removeSpoilers(html, { link: "https://critic.test/p" });
      expect(removeSpoilers(html, { link: "https://critic.test/p" })).toEqual(first);
    }), { numRuns: 50 });
  });
});

describe("arbitrary input", () => {
  it("never throws, whatever the markup", () => {
    const tag = fc.constantFrom("<p>", "</p>", "<em>", "</em>", "<br>", "<li>", "<ul>", "</ul>", "<h2>", "</h2>", "<details><summary>Spoilers</summary>", "</details>", "<div class=spoiler>", "</div>");
    const word = fc.constantFrom("spoilers", "ahead", "end of spoilers", "[spoiler]", "[/spoiler]", "&gt;!", "!&lt;", "||", "skip this paragraph", "(", ")", "x", " ", ".");
    fc.assert(fc.property(fc.array(fc.oneof(tag, word, fc.string()), { maxLength: 40 }), fc.constantFrom("remove" as const, "mark" as const), (parts, mode) => {
      const result = removeSpoilers(parts.join(""), { link: "https://critic.test/p", mode });
      expect(typeof result.html).toBe("string");
    }), { numRuns: 500 });
  });

  it("keeps a post with no markers word for word", () => {
    fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 8 }), (sentences) => {
      const html = sentences.map((text, index) => (index % 3 === 2 ? `<h3>${text}</h3>` : `<p>${text}.</p>`)).join("");
      const result = removeSpoilers(html, { link: "https://critic.test/p" });
      expect(result.html).toBe(html);
      expect(result.removed).toEqual([]);
    }), { numRuns: 300 });
  });
});
