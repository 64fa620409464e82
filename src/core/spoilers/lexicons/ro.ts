// Romanian: „Atenție, spoilere!", „Atenție: spoiler!", „Alertă de spoiler", „urmează spoilere",
// „de aici încolo, spoilere", „recenzia conține spoilere", „Sfârșit spoilere", „(cu spoilere)". „Fără
// spoilere", „nu vă dau spoilere" and a car's „eleron" or „spoiler spate" mark nothing. Diacritics fold
// away (ș/ş, ț/ţ, ă, â, î), so „atentie" is „atenție". "spoiler" alone is English's: phrases anchor
// on the Romanian words beside it.
import type { Lexicon } from "./types";

const SP = "(spoilere|spoiler|spoilers|spoilerele|spoilerul|spoileri|spoilerelor)";

export const ro: Lexicon = {
  openers: [
    `(urmează|urmeaza|vin|încep|incep) ${SP}`,
    `(de aici încolo|de aici incolo|de aici înainte|de aici inainte|de acum încolo|de acum incolo|mai jos|în continuare|in continuare|de aici) (urmează |urmeaza |sunt |avem |vin |)${SP}`,
    `${SP} (mai jos|în continuare|in continuare|de aici încolo|de aici incolo|urmează|urmeaza)`,
    `(recenzia|articolul|textul|cronica|această recenzie|aceasta recenzie|acest articol|acest text|postarea) (conține|contine|poate conține|poate contine|include) ${SP}`,
    "(să vorbim|sa vorbim|hai să vorbim|hai sa vorbim|acum să vorbim|acum sa vorbim) (despre |)(final|finalul|deznodământ|deznodamant|deznodământul|deznodamantul|răsturnarea de situație)",
  ],
  warnings: [`(atenție|atentie|avertisment|avertizare|alertă|alerta|alertă de|alerta de|atenție la|atentie la) ${SP}`],
  closers: [
    `(sfârșit|sfarsit|sfârșitul|sfarsitul|sfârșit de|sfarsit de) ${SP}`, `${SP} (s au terminat|s a terminat|se termină|se termina|gata|încheiate|incheiate|până aici|pana aici)`,
    `gata cu ${SP}`, `(înapoi la|inapoi la|revenim la) (partea |recenzia |)(fără|fara) ${SP}`, `(de aici încolo|de aici incolo|de acum) (fără|fara) ${SP}`,
  ],
  closingLines: [],
  scoped: [
    ["(acest|acesta|în acest|in acest) paragraf", "this 1 p"],
    ["(paragraful următor|paragraful urmator|următorul paragraf|urmatorul paragraf|în paragraful următor|in paragraful urmator)", "next 1 p"],
    ["(următoarele|urmatoarele|în următoarele|in urmatoarele) {n} paragrafe", "next {n} p"],
    ["(această|aceasta|în această|in aceasta) (secțiune|sectiune|parte)", "this s"],
    ["(secțiunea următoare|sectiunea urmatoare|următoarea secțiune|urmatoarea sectiune|partea următoare|partea urmatoare)", "next s"],
  ],
  labels: ["spoilere", "spoilerele", "spoilerul", "partea cu spoilere"],
  tags: [`(cu|conține|contine|plină de|plina de|are) ${SP}`, `(recenzie|cronică|cronica|analiză|analiza|review) (cu|plină de|plina de) ${SP}`],
  titleTags: [],
  qualifiers: ["mărunte", "marunte", "ușoare", "usoare", "majore", "masive"],
  lineWords: ["atenție", "atentie", "avertisment", "recenzie", "evident", "firește", "fireste", "bineînțeles", "bineinteles", "mai jos", "pe propria răspundere", "pe propria raspundere"],
  topics: ["pentru", "despre"],
  verbs: ["sunt", "este", "au fost", "strică", "strica", "pot"],
  directions: ["mai jos", "în continuare", "in continuare", "de aici încolo", "de aici incolo", "de aici înainte", "de aici inainte", "de acum încolo", "urmează", "urmeaza", "să vorbim", "sa vorbim"],
  reveals: [
    "(dezvălui|dezvalui|dezvăluie|dezvaluie|discut|discută|discuta|povestesc|povestește|povesteste|analizez|analizează|analizeaza) (finalul|deznodământul|deznodamantul|răsturnarea de situație|rasturnarea de situatie)",
    "(ce se întâmplă|ce se intampla) (la final|în final|in final|la sfârșit|la sfarsit)",
  ],
  notSeen: ["(nu ați văzut|nu ati vazut|n ați văzut|n ati vazut|nu ai văzut|nu ai vazut|n ai văzut|n ai vazut|încă nu ați văzut|inca nu ati vazut|încă n ați văzut|nu a văzut|nu a vazut|n a văzut|n a vazut)"],
  stops: ["(nu mai citiți|nu mai cititi|nu mai citi|nu citiți mai departe|nu cititi mai departe|opriți vă aici|opriti va aici|opriți vă din citit|opriti va din citit|săriți peste|sariti peste|sari peste|treceți peste|treceti peste)"],
  reasons: ["(ca să nu vă stric|ca sa nu va stric|dacă nu vreți spoilere|daca nu vreti spoilere|ca să evitați spoilerele|ca sa evitati spoilerele)"],
  contentWarnings: ["avertisment de conținut", "avertisment de continut"],
  endings: ["(finalul sezonului|finalul serialului|ultimul episod|deznodământul|deznodamantul)"],
  nonMarkers: [
    `(fără|fara|zero|niciun|nici un|lipsit de|lipsită de|lipsita de) ${SP}`,
    "(nu vă dau spoiler|nu va dau spoiler|nu dau spoilere|nu dau spoiler|nu vreau să dau spoilere|nu vreau sa dau spoilere|nu vă stric|nu va stric|nu dezvălui|nu dezvalui|nu vă spun|nu va spun|nu o să vă spun|nu o sa va spun)",
    "(nu conține|nu contine) (spoilere|spoiler)", "(spoiler|spoilerul|eleronul|eleron) (spate|din spate|mașinii|masinii)", "(frica de|teama de) (spoilere|spoiler)",
  ],
  boilerplate: ["a apărut prima dată pe", "a aparut prima data pe"],
  counts: { "2": 2, "3": 3, "4": 4, două: 2, doua: 2, trei: 3, patru: 4 },
};
