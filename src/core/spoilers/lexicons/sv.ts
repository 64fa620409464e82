// Swedish: "Spoilervarning!", "Varning för spoilers", "Spoilers nedan", "Härifrån och ut: spoilers",
// "Slut på spoilers", "Recensionen innehåller spoilers". Compounds are single words: "spoilerfri"
// is a non-marker, as are "utan spoilers" and "jag tänker inte spoila".
import type { Lexicon } from "./types";

const SPOILERS = "(spoilers|spoiler|spoilrar|spoilern)";
const SLUTET = "(slutet|upplösningen|upplosningen|twisten|finalen|avslutningen|vändningen)";

export const sv: Lexicon = {
  openers: [
    `(spoilers|spoiler|spoilrar) (nedan|följer|härifrån|härifrån och ut|från och med nu|framöver|längre ner|efter bilden|väntar)`,
    `(härifrån|härifrån och ut|nedan|från och med nu|hädanefter|härefter|längre ner) (kommer |följer |blir det |finns det |finns |väntar |)(spoilers|spoiler|spoilrar)`,
    "nu (kommer|blir det|följer) (det |)(spoilers|spoiler|spoilrar)", "(dags för|över till|nu till) (spoilers|spoilrarna|spoilerdelen)",
    "(recensionen|texten|inlägget|den här recensionen|den här texten|det här inlägget) (innehåller|kan innehålla) (spoilers|spoiler|spoilrar)",
    `(nu|dags att) (pratar vi om|prata om|diskutera|gå igenom) ${SLUTET}`,
  ],
  warnings: [
    `(varning|varning för|akta|se upp för|observera|obs) ${SPOILERS}`,
    "(spoilervarning|spoilervarningar|spoileralarm|spoilerlarm|spoiler varning|spoilervarning nedan)",
  ],
  closers: [
    "slut (på |)(spoilers|spoiler|spoilrar|spoilern|spoilervarningen|spoilerdelen)", "(spoilers|spoiler|spoilrar|spoilervarning) (slut|över|klart|slutar här|tar slut här)",
    "(spoilerdelen|spoileravsnittet) (slut|är slut|över)", "inga fler (spoilers|spoilrar)", "(nu kan alla|nu kan ni|nu kan du|alla kan) (läsa|fortsätta läsa) (igen|vidare)",
    "(tillbaka till|vidare till|åter till) (den |det |)(spoilerfria) (delen|texten|recensionen)",
    "(härifrån|från och med nu) (är det |)(spoilerfritt|utan spoilers)",
  ],
  closingLines: [],
  scoped: [
    ["(detta|det här) (stycke|stycket)", "this 1 p"],
    ["(markera|markera texten) (för att) (läsa|se)", "this 1 l"],
    ["(nästa|nästkommande|följande|efterföljande) (stycke|stycket)", "next 1 p"],
    ["(de |)(nästa|följande|kommande) {n} (stycken|styckena)", "next {n} p"],
    ["(denna|den här|detta|det här) (del|delen|sektion|sektionen)", "this s"],
    ["(nästa|följande) (del|sektion|avsnitt)", "next s"],
  ],
  labels: ["spoiler", "spoilers", "spoilrar", "spoilern", "spoilerdelen", "spoilerzon"],
  tags: [
    `(innehåller|med|kan innehålla|fullt av) ${SPOILERS}`, "(recension|analys|genomgång|filmrecension|text) med (spoilers|spoilrar)", "(spoilerrecension|spoileranalys)",
  ],
  titleTags: [],
  // Not "lätta" (light): folded to "latta", it would drop Hungarian "látta" (saw) from every post.
  qualifiers: ["sma", "stora", "milda", "mindre", "storre", "tunga", "massiva", "vissa", "mojliga", "rejala", "grova"],
  lineWords: ["varning", "obs", "observera", "denna", "recension", "recensionen", "text", "texten", "sjalvklart", "sjalvfallet", "givetvis", "naturligtvis", "slutet", "nedan", "las pa egen risk", "pa egen risk"],
  topics: ["for", "om", "till", "kring"],
  verbs: ["ar", "var", "finns", "fanns", "forstor", "forstora", "kan", "ska", "blir"],
  directions: ["nedan", "härifrån", "härifrån och ut", "från och med nu", "hädanefter", "härefter", "längre ner", "i det följande", "det som följer", "nu ska jag", "jag tänker", "låt oss"],
  reveals: [
    `(diskuterar|diskutera|avslöjar|avslöja|går igenom|gå igenom|pratar om|prata om|beskriver|beskriva|analyserar|förklarar|berättar om) ${SLUTET}`,
    `(diskuterar jag|avslöjar jag|går jag igenom|pratar jag om|beskriver jag|analyserar jag|berättar jag om|diskuterar vi|pratar vi om) ${SLUTET}`,
    "vad som (händer|sker) (i slutet|på slutet|i finalen)",
  ],
  notSeen: ["(inte sett|inte har sett|inte hunnit se|inte sett filmen|ännu inte sett|ej sett|inte hunnit se filmen|inte sett den)"],
  stops: ["(sluta läsa|sluta läsa här|läs inte vidare|läs inte mer|hoppa över|hoppa över detta|titta bort|stanna här|scrolla förbi|vänta med att läsa)"],
  reasons: ["(för att undvika spoilers|undvika spoilers|vill gå in blankt|gå in blankt|vill veta så lite som möjligt)"],
  contentWarnings: ["innehållsvarning", "cw", "tw"],
  endings: ["(säsongsfinal|säsongsfinalen|finalen|slutet|sista avsnittet|upplösningen)"],
  nonMarkers: [
    "(spoilerfri|spoilerfria|spoilerfritt|spoilerfrie)",
    `(utan|inga|ingen|fri från|noll) ${SPOILERS}`,
    "(tänker inte spoila|ska inte spoila|vill inte spoila|utan att spoila|inte spoila|utan att avslöja|avslöjar inget|avslöjar ingenting|avslöjar jag inget|avslöjar jag ingenting|tänker inte avslöja|ska inte avslöja)",
    "innehåller (inga|ej|inte några|inte) (spoilers|spoilrar)", "(bakre|främre|bilens) (spoiler|spoilern)",
  ],
  boilerplate: ["publicerades först på", "dök först upp på", "inlägget publicerades först"],
  counts: { "2": 2, "3": 3, "4": 4, "5": 5, tva: 2, tre: 3, fyra: 4, fem: 5 },
};
