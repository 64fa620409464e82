// The nineteenth red-team corpus (test/fixtures/spoiler-probe19.ts), written blind: short posts as
// they reach an RSS feed — Mastodon/Pleroma/Akkoma/Misskey content warnings and hashtags, Bluesky,
// Letterboxd, Tumblr cuts, X/Threads 🧵 crossposts, Goodreads, Reddit, Telegram, Discord, Naver,
// Tistory, note, Hatena, Weibo, Douban, Ekşi Sözlük — and traps that mark nothing (#nospoilers,
// "spoiler-free thread", a content warning about violence).
// Blind, 7 of 62 failed; fixed: a banner's own decoration closes its span ("🚨🚨🚨"), a hashtag line
// opening a toot ("#spoilers #Furiosa"), "spoilers under the readmore" and „Spoiler unterm Schnitt",
// a thread's "spoilers in the next one", «(spoil : …)»; one known miss below.
import { describeCorpus } from "./corpus-support";
import { posts19 } from "../../fixtures/spoiler-probe19";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "letterboxd-last-paragraph-spoilers":
    "'Spoilers in the last paragraph, sorry.' names a paragraph further on, not the next: the engine's scopes count from the marker (this, the next n), and hiding from the marker to the end would take the paragraphs between",
};

describeCorpus("the nineteenth red-team corpus", posts19, KNOWN_MISSES, { languages: null, singleDigitTokens: true });
