// The tenth red-team corpus (test/fixtures/spoiler-probe10.ts): posts written blind by a tenth
// author, about natural phrasing in long-form reviews. About seventy posts in en, es, pt, fr, de,
// it, ja, ko, zh, ru, nl, pl, tr and sv, with the marking phrased the many ways critics write it:
// warnings closing a paragraph or sitting in its middle, parentheses, bold, rhetorical questions,
// apologies, promises to stop, natural closers, scoped warnings with varied units, headings with
// the marker inside a longer title, and traps (negations, hypotheticals, quoted warnings,
// "spoiler" in other senses). Same checks as the other corpora (checkPost), with its own
// describe. What it still misses is listed as expected failures, with why.
import { describe, expect, it } from "vitest";
import { checkPost } from "./corpus-support";
import { posts10 } from "../../fixtures/spoiler-probe10";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "en: warning closes a paragraph ('that's where I have to talk about the ending'), closer 'OK, back to spoiler-free territory.'":
    "blind probe 10: the paragraph-closing warning 'and that's where I have to talk about the ending.' marks nothing; LEAK1 and LEAK2 after it leak",
  "en: warning in the middle of a paragraph ('Fair warning: from here on I'm spoiling things.'), closer 'That's it for spoilers.'":
    "blind probe 10: the mid-paragraph 'Fair warning: from here on I'm spoiling things.' marks nothing; LEAK1 (rest of its paragraph) and LEAK2 leak, closer 'That's it for spoilers.' unused (borderline)",
  "en: parenthesis '(spoilers follow until the next heading)' at the end of a paragraph":
    "blind probe 10: the sentence holding '(spoilers follow until the next heading)' is cut whole, so KEEP2 is lost; LEAK1-2 correctly gone (borderline: content and marker share the sentence)",
  "en: rhetorical question 'Want to know how it ends? Read on.' with no 'spoiler' word, runs to the end":
    "blind probe 10: the rhetorical 'Want to know how it ends? Read on.' (no 'spoiler' word) marks nothing; LEAK1 and LEAK2 leak (borderline)",
  "en: promise to stop at the start of a paragraph ('I'll stop spoiling after this paragraph, but:')":
    "blind probe 10: the promise 'I'll stop spoiling after this paragraph, but I have to say it.' marks nothing; LEAK1 in that paragraph leaks",
  "en: title 'Full spoiler discussion' withholds the post; heading 'Skip this part if you haven't seen it' inside":
    "blind probe 10: the title 'Severance Hall, episode 9: full spoiler discussion' does not withhold the post; LEAK1 before the '(skip this part if you haven't seen it)' heading leaks",
  "es: warning closes a paragraph ('y aquí tengo que hablar del final'), closer 'Vale, se acabaron los spoilers.'":
    "blind probe 10: the paragraph-closing 'y aquí tengo que hablar del final, con spoilers.' marks nothing; LEAK1 and LEAK2 leak",
  "es: parenthesis '(ojo, que destripo el final)' ends a paragraph; closer 'Fin del destripe.'":
    "blind probe 10: the parenthesis '(ojo, que destripo el final)' (destripar = spoil) marks nothing; LEAK1 leaks",
  "es: scoped 'los dos párrafos siguientes' reveal the ending":
    "blind probe 10: the scoped 'Aviso: los dos párrafos siguientes cuentan cómo termina.' (no 'spoiler' word) marks nothing; LEAK1 and LEAK2 leak",
  "pt: warning in the middle of a paragraph ('Daqui pra frente tem spoiler.'), runs to the end":
    "blind probe 10: the mid-paragraph 'Daqui pra frente tem spoiler.' covers only its own paragraph; LEAK2 and LEAK3 in the following paragraphs leak (borderline)",
  "fr: warning closes a paragraph ('et c'est là que je dois vous parler de la fin, spoilers compris'), closer 'Fin des spoilers.'":
    "blind probe 10: the paragraph-closing 'et c'est là que je dois vous parler de la fin, spoilers compris.' marks nothing; LEAK1 leaks",
  "fr: parenthesis '(attention, je divulgâche)' mid-paragraph, closer 'Voilà, on revient sans divulgâcheur.'":
    "blind probe 10: the mid-paragraph '(Attention, je divulgâche.)' marks nothing; LEAK1 after it leaks (borderline)",
  "fr: rhetorical question 'Vous voulez savoir comment ça finit ? Lisez la suite.' runs to the end":
    "blind probe 10: the rhetorical 'Vous voulez savoir comment ça finit ? Lisez la suite' (no 'spoiler' word) marks nothing; LEAK1 and LEAK2 leak (borderline)",
  "de: warning closes a paragraph ('und hier muss ich übers Ende reden – Spoiler!'), closer 'So, genug gespoilert.'":
    "blind probe 10: the paragraph-closing 'und hier muss ich übers Ende reden – Spoiler!' marks nothing; LEAK1 and LEAK2 leak",
  "it: warning closes a paragraph ('e qui devo parlare del finale, quindi spoiler'), closer 'Fine degli spoiler.'":
    "blind probe 10: the paragraph-closing 'e qui devo parlare del finale, quindi spoiler.' marks nothing; LEAK1 leaks",
  "it: parenthesis '(seguono spoiler)' ends a paragraph, closer 'Ok, torniamo a parlare senza spoiler.'":
    "blind probe 10: '(seguono spoiler)' opens a section but the closer 'Ok, torniamo a parlare senza spoiler.' is not recognised, so KEEP3 and KEEP4 are lost; KEEP2, the sentence holding the parenthesis, is lost too",
  "ru: warning closes a paragraph ('и тут придётся рассказать о финале — спойлеры'), closer 'Всё, спойлеры закончились.'":
    "blind probe 10: the paragraph-closing 'и тут придётся рассказать о финале — спойлеры.' marks nothing; LEAK1 leaks",
  "ru: scoped 'следующие два абзаца раскрывают концовку'":
    "blind probe 10: the scoped 'Осторожно: следующие два абзаца раскрывают концовку.' (no 'spoiler' word) marks nothing; LEAK1 and LEAK2 leak",
  "pl: scoped 'dwa kolejne akapity zdradzają zakończenie'":
    "blind probe 10: the scoped 'Uwaga, dwa kolejne akapity zdradzają zakończenie.' (no 'spoiler' word) marks nothing; LEAK1 and LEAK2 leak",
};

describe("the tenth red-team corpus", () => {
  it("has unique convs, and names each known miss once", () => {
    expect(new Set(posts10.map((post) => post.conv)).size).toBe(posts10.length);
    for (const conv of Object.keys(KNOWN_MISSES)) expect(posts10.some((post) => post.conv === conv), conv).toBe(true);
  });

  it("keeps every post within nine LEAK and nine KEEP tokens", () => {
    for (const post of posts10) {
      for (const prefix of ["LEAK", "KEEP"] as const) {
        const found = post.html.match(new RegExp(`${prefix}\\d+`, "g")) ?? [];
        expect(found.every((token) => /^(LEAK|KEEP)[1-9]$/.test(token)), `${post.conv} ${prefix}`).toBe(true);
      }
    }
  });

  posts10.forEach((post, index) => {
    const title = `#${index} [${post.lang}] ${post.conv}`;
    const miss = KNOWN_MISSES[post.conv];
    if (miss) it.fails(`${title} (known miss: ${miss})`, () => checkPost(post));
    else it(title, () => checkPost(post));
  });
});
