// The second precision corpus (test/fixtures/spoiler-precision2.ts), written blind: a hundred posts
// in twenty languages (the core eight and the twelve added after probe 12) that mark nothing but
// talk around spoilers: "why I avoid spoilers" headings, "Spoilers: none" in a list, FAQs asking
// "Are there spoilers?" and answering "No.", a spoiler review promised for next week, a quoted
// tweet, a car's spoiler. Blind, 49 of 100 lost text; fixed: denials after a label and after a
// question heading in every new language, avoiding and fleeing spoilers, a review promised later.
import { describeCorpus } from "./corpus-support";
import { precision2 } from "../../fixtures/spoiler-precision2";

const AFTER_THE_JUMP = "by design: 'after the jump' and its equivalents open a span (issue 11, point 2), so the FAQ's last line, written as 'more after the jump', is hidden";
const QUOTED_TWEET = "borderline: a quotation that opens with a warning ('spoiler alert!') is marked by whoever wrote it, and the marker covers its quotation; this one holds no plot (where the warning stands in quotation marks as a sentence of its own, it is read as quoted and kept: en, es, ko, ja, tl, ur)";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {
  "en-faq-are-there-spoilers-no-after-the-jump-spoiler-review-next-week": AFTER_THE_JUMP,
  "es-faq-hay-spoilers-no-tras-el-salto-resena-con-spoilers-semana-que-viene": AFTER_THE_JUMP,
  "pt-pt-faq-ha-spoilers-nao-critica-com-spoilers-para-a-semana": AFTER_THE_JUMP,
  "fr-faq-y-a-t-il-des-spoilers-non-critique-avec-spoilers-semaine-prochaine": AFTER_THE_JUMP,
  "it-faq-ci-sono-spoiler-no-recensione-con-spoiler-prossima-settimana": AFTER_THE_JUMP,
  "pt-tweet-alerta-de-spoiler-final-me-fez-chorar-nao-leia-criticas": QUOTED_TWEET,
  "fr-qc-tweet-alerte-divulgacheur-la-fin-m-a-fait-pleurer-ne-lisez-pas": QUOTED_TWEET,
  "it-tweet-allerta-spoiler-il-finale-mi-ha-fatto-piangere-non-leggete-recensioni": QUOTED_TWEET,
  "bg-citiran-tuit-vnimanie-spoiler-krayat-me-razplaka-ne-chetete-revyuta": QUOTED_TWEET,
  "hr-tweet-upozorenje-na-spojler-kraj-me-rasplakao-nemojte-citati-kritike": QUOTED_TWEET,
  "sk-tweet-pozor-spoiler-koniec-ma-rozplakal-necitajte-recenzie": QUOTED_TWEET,
  "sl-tvit-opozorilo-spojler-konec-me-je-spravil-v-jok-ne-berite-kritik": QUOTED_TWEET,
  "ms-tweet-amaran-spoiler-ending-buat-menangis-pasal-ending-heading": QUOTED_TWEET,
  "gl-chio-alerta-de-spoiler-o-final-fixome-chorar-non-leades-criticas": QUOTED_TWEET,
};

describeCorpus("the second precision corpus", precision2, KNOWN_MISSES, { languages: null, singleDigitTokens: true });
