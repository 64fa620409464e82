// Hungarian: „Vigyázat, spoiler!", „Figyelem, spoilerek!", „innentől spoileres", „spoilerek
// következnek", „a kritika spoilereket tartalmaz", „spoiler vége", and "spoileres" for a whole post
// („spoileres kritika", „(spoileres)"). „Spoilermentes", „spoiler nélkül", „nem spoilerezek", „nem
// lövöm le a poént" and a car's „hátsó spoiler" mark nothing. "spoiler" alone is English's: phrases
// anchor on the Hungarian words beside it.
import type { Lexicon } from "./types";

const SP = "(spoiler|spoilerek|spoilereket|spoileres|spoileresek)";

export const hu: Lexicon = {
  openers: [
    `(innentől|innen|mostantól|alább|lentebb|az alábbiakban|a következőkben) (jönnek |jön |következnek |következik |már |)${SP}`,
    `(spoilerek|spoileres rész|spoileres szakasz) (következnek|következik|jönnek|jön|innentől|alább|lentebb)`, "spoiler (következik|következnek|jön)",
    `(a kritika|a cikk|az írás|a bejegyzés|a szöveg|ez a kritika|ez a cikk|ez az írás) (spoilereket|spoilert) (tartalmaz|tartalmazhat)`,
    "(a kritika|a cikk|az írás|a bejegyzés|a szöveg|ez a kritika|ez a cikk|ez az írás) (spoileres|spoileres lesz)",
    "(beszéljünk|most beszéljünk|lássuk) (a befejezésről|a végéről|a csavarról|a fordulatról)",
  ],
  warnings: [`(vigyázat|figyelem|figyelmeztetés|vigyázz) ${SP}`, "(spoilerveszély|spoilerriasztás|spoilerfigyelmeztetés)"],
  closers: [
    `${SP} (vége|vége van|véget ért|befejeződött|itt véget ér)`, "vége (a spoilereknek|a spoilernek|a spoileres résznek)", "(spoileres rész|spoileres szakasz) vége",
    "(innentől|mostantól|innen) (ismét |újra |megint |)(spoilermentes|spoilermentesen|spoiler nélkül)", "(vissza a|visszatérve a) spoilermentes (részhez|kritikához)",
  ],
  closingLines: [],
  scoped: [
    ["(ez a|ebben a|ezt a) (bekezdés|bekezdésben|bekezdést)", "this 1 p"],
    ["(jelöld ki|jelöljétek ki|jelölje ki|fehérrel írtam|fehérrel|fehér betűkkel)", "this 1 l"],
    ["(a következő|a következo|következő) (bekezdés|bekezdésben|bekezdést)", "next 1 p"],
    ["(a következő|következő) {n} (bekezdés|bekezdésben|bekezdést)", "next {n} p"],
    ["(ez a|ebben a) (rész|részben|szakasz|szakaszban)", "this s"],
    ["(a következő|következő) (rész|részben|szakasz|szakaszban)", "next s"],
  ],
  labels: ["spoilerek", "spoileres", "spoileres rész", "spoilereket"],
  tags: [`(spoileres|spoilerekkel teli|spoilerekkel) (kritika|elemzés|ismertető|értékelés|vélemény|beszámoló)`, "(spoilereket tartalmaz|spoilert tartalmaz|spoilerekkel)", "(kritika|elemzés) spoilerekkel"],
  titleTags: [],
  qualifiers: ["enyhe", "enyhén", "kisebb", "komoly", "durva", "súlyos"],
  lineWords: ["vigyázat", "figyelem", "figyelmeztetés", "kritika", "természetesen", "nyilván", "innentől", "alább", "lentebb", "saját felelősségre"],
  topics: [],
  verbs: ["vannak", "van", "lesznek", "elrontják", "tartalmaz"],
  directions: ["innentől", "mostantól", "alább", "lentebb", "az alábbiakban", "a következőkben", "beszéljünk"],
  reveals: [
    "(elárulom|elárulja|leírom|leírja|kitérek|kitér|tárgyalja|elemzem|elemzi|felfedi|lelövi|lelövöm) (a befejezést|a végét|a csavart|a fordulatot|a poént|a befejezésre|a végére|a csavarra)",
    "(mi történik|mi lesz) a (végén|film végén|fináléban)",
  ],
  notSeen: ["(aki még nem látta|aki nem látta|még nem látta|nem látta|aki még nem nézte|aki nem nézte)", "(még nem láttad|nem láttad|még nem láttátok|nem láttátok|még nem nézted|nem nézted meg|nem nézte meg|még nem nézte meg|nem néztétek meg)"],
  stops: ["(ne olvass tovább|ne olvassátok tovább|ne olvasson tovább|ne olvasd tovább|hagyd abba az olvasást|itt hagyd abba|ugord át|ugorjátok át|ugorja át|görgess tovább)"],
  reasons: ["(hogy elkerüld a spoilereket|ha nem akarsz spoilert|ha kerülnéd a spoilereket)"],
  contentWarnings: ["tartalmi figyelmeztetés"],
  endings: ["(évadzáró|évadzáró rész|fináléja|finálé|utolsó rész|utolsó epizód|befejezés)"],
  nonMarkers: [
    "(spoilermentes|spoilermentesen|spoilermentesség|spoilermentes kritika|spoilerektől mentes|spoilerek nélkül|spoiler nélkül|spoilerek nélküli|spoiler nélküli)",
    "(nem spoilerezek|nem spoilerezem|nem akarok spoilerezni|nem szeretnék spoilerezni|nem fogok spoilerezni|nem lövöm le a poént|nem akarom lelőni a poént|nem árulom el|nem árulok el|nem lövök le)",
    "(nincsenek|nincs benne|nincs) (spoilerek|spoiler)", "(hátsó|első|autó|autóra szerelt) spoiler", "(légterelő|légterelője|légterelőt|légterelővel) (spoiler|spoilere|spoilert)", "(félnek|félek|utálom) a spoilerektől",
  ],
  boilerplate: ["először itt jelent meg"],
  counts: { "2": 2, "3": 3, két: 2, kettő: 2, három: 3, négy: 4 },
};
