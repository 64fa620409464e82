// Urdu: the loanword اسپائلر / اسپائلرز (سپائلر as a label): «اسپائلر الرٹ»، «انتباہ: اسپائلر»، «آگے اسپائلرز
// ہیں»، «یہاں سے اسپائلرز شروع»، «اس ریویو میں اسپائلرز ہیں»، «اسپائلرز ختم»، «اگلے پیراگراف میں اسپائلر
// ہے»، titles «(اسپائلرز کے ساتھ)», «… — اسپائلر ریویو». «بغیر اسپائلر»، «اسپائلر فری»، «کوئی اسپائلر نہیں دوں گا» and a car's
// «ریئر اسپائلر» mark nothing. ۔ ends a sentence, ، is a comma. Urdu letters (ی ک ہ ے) are written as
// Urdu keyboards type them; the engine does not fold Arabic ي ك ه into them.
import type { Lexicon } from "./types";

const SP = "(اسپائلر|اسپائلرز)";

export const ur: Lexicon = {
  openers: [
    `(آگے|نیچے|یہاں سے) ${SP} (ہیں|شروع|)`,
    `اس (ریویو|تبصرے|تحریر) میں ${SP} (ہیں|ہے)`,
  ],
  warnings: [`${SP} (الرٹ|وارننگ)`, `(انتباہ|خبردار) ${SP}`],
  closers: [`${SP} (ختم|یہاں ختم)`],
  closingLines: [],
  scoped: [
    ["(یہ|اس) (پیراگراف|پیرا)", "this 1 p"],
    ["(اگلا|اگلے) (پیراگراف|پیرا)", "next 1 p"],
    ["اگلے {n} پیراگراف", "next {n} p"],
    ["(یہ|اس) (حصہ|حصے)", "this s"],
    ["(اگلا|اگلے) (حصہ|حصے)", "next s"],
  ],
  labels: ["اسپائلر", "اسپائلرز", "سپائلر"],
  tags: [`${SP} (کے ساتھ|سمیت|ریویو)`],
  titleTags: [],
  qualifiers: [],
  lineWords: [],
  topics: [],
  verbs: [],
  directions: ["(آگے|نیچے|یہاں سے)"],
  reveals: ["(اختتام|انجام) پر بات"],
  notSeen: ["(نہیں دیکھی|نہیں دیکھا)"],
  stops: ["(آگے نہ پڑھیں|چھوڑ دیں)"],
  reasons: [],
  contentWarnings: [],
  endings: [],
  nonMarkers: [
    "اسپائلر سے پاک",
    "اسپائلرز سے پاک",
    `(بغیر|بنا|کوئی|ریئر|گاڑی کا) ${SP}`, `${SP} (فری|نہیں)`, "اختتام نہیں بتاؤں",
  ],
  boilerplate: [],
  counts: { دو: 2 },
};
