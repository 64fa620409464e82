// The fifteenth red-team corpus (test/fixtures/spoiler-probe15.ts), written blind: 62 posts whose
// spoilers are marked by the HTML real editors, plugins and forums emit (WordPress blocks and
// shortcodes, Kadence, Elementor, Ghost, Notion, Tumblr, LiveJournal, Discourse, XenForo, phpBB,
// vBulletin, Reddit, Steam, AniList, Matrix, Telegram, MediaWiki, Bootstrap, Foundation), and
// twelve decoys: the same widgets holding no spoiler. Blind, 8 failed; fixed: <lj-cut text="Spoilers…">,
// <details class="spoiler"> whatever its summary says, a marker in a table covers the table, and a
// two-part forum box (head + body) ends with its wrapper.
import { describeCorpus } from "./corpus-support";
import { posts15 } from "../../fixtures/spoiler-probe15";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "dreamwidth-rendered-cut-spoilers":
    "a rendered Dreamwidth cut: the link naming spoilers and the <div class=\"ljcut\"> it opens are tied only by the link's #cutid, which the engine does not follow",
  "wikipedia-spoiler-start-end-template":
    "old MediaWiki banners: a <div class=\"spoiler\"> holding only 'Spoiler warning: … follow' is read as the hidden text itself, not as an opener, so the plot after it leaks until the end banner",
  "black-on-black-inline-style":
    "borderline: 'Highlight to read the spoiler below if you've seen it.' in the first block opens a span that runs to the end, so the post is withheld; the black-on-black spoiler itself is hidden",
  "trap-su-spoiler-used-for-showtimes":
    "borderline: Shortcodes Ultimate calls every collapsible box a 'spoiler' (su-spoiler), so its class hides a box of showtimes too",
};

describeCorpus("the fifteenth red-team corpus", posts15, KNOWN_MISSES, { languages: null, singleDigitTokens: true });
