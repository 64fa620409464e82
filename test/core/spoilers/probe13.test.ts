// The thirteenth red-team corpus (test/fixtures/spoiler-probe13.ts), written blind: fifty long
// reviews (600–1,500 words) in the core eight languages, from Substack, WordPress, Ghost, Medium,
// Blogger, Letterboxd, Naver, Tistory, Brunch, Hatena and note, with the marking deep inside and
// tokens right after each span's end, about scope; a third mark nothing. Blind, 12 of 50 failed;
// the fixes (bold pseudo-headings, a bracketed "spoiler for …:", a warning that names its closer,
// "spoiler bars", a quoted heading, quoted Japanese warnings, Korean "fearing spoilers") left these.
import { describeCorpus } from "./corpus-support";
import { posts13 } from "../../fixtures/spoiler-probe13";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "es-unmarked-rhetorical-spoiler-colon-opinion-and-quoted-alerta":
    "borderline: 'Spoiler: la secuela no está a la altura.' is an opinion written as a marker; the engine hides the rest of its paragraph, as for any 'Spoiler: …'",
  "pt-wordpress-shortcodes-ultimate-su-spoiler-box-then-paragraph":
    "'deixo abaixo … na caixinha de spoiler' announces the box below; read as 'spoilers below', it runs to the section's end and takes the paragraph after the box (hiding rather than leaking)",
  "ja-note-h2-netabare-ari-kansou-then-h2-matome":
    "borderline: '前半でネタバレなし…後半でネタバレあり' describes the post's plan; the sentence is cut at 後半で and KEEP1 goes with it",
};

describeCorpus("the thirteenth red-team corpus", posts13, KNOWN_MISSES, { singleDigitTokens: true });
