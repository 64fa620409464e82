// Dutch: "Let op: spoilers!", "Pas op, spoilers", "Spoilers vanaf hier", "Hieronder volgen spoilers",
// "Spoileralarm", "Einde spoilers", "Deze recensie bevat spoilers". Compounds are single words:
// "spoilervrij" is a non-marker, as are "zonder spoilers" and "ik verklap niets".
import type { Lexicon } from "./types";

const SPOILERS = "(spoilers|spoiler)";
const EINDE = "(het einde|de afloop|de ontknoping|de plottwist|de twist|het slot|de finale|de clou)";

export const nl: Lexicon = {
  openers: [
    `${SPOILERS} (vanaf hier|hieronder|volgen|volgen hieronder|vanaf nu|verderop|in aantocht|vanaf dit punt|na de foto)`,
    `(vanaf hier|vanaf nu|hieronder|hierna|vanaf dit punt|verderop) (volgen |komen |staan |zitten |wel |)${SPOILERS}`,
    `(nu|en nu|tijd voor|door naar|over naar) (de |)${SPOILERS}`, "(spoilerzone|spoilergedeelte|spoilerdeel) (begint|start|vanaf hier)",
    "(deze|de) (recensie|review|bespreking|tekst|analyse) (bevat|kan bevatten|bevat mogelijk) (spoilers|spoiler)",
    `(nu|tijd om|laten we) (het |)(hebben over|praten over|bespreken) ${EINDE}`,
  ],
  warnings: [
    `(let op|pas op|waarschuwing|opgelet|attentie|opgepast|alarm) (voor |)${SPOILERS}`,
    "(spoilerwaarschuwing|spoileralarm|spoileralert|spoiler alarm|spoiler waarschuwing)",
  ],
  closers: [
    `einde (van de |der |)(spoilers|spoiler|spoileralarm|spoilerwaarschuwing|spoilerdeel|spoilergedeelte|spoilerzone)`, "(spoilers|spoiler) (voorbij|afgelopen|einde|klaar)",
    "(spoileralarm|spoilerwaarschuwing) (voorbij|einde|afgelopen)", "geen spoilers meer",
    "(terug naar|verder met|door met) (het |de |)(spoilervrije|spoilerloze) (deel|gedeelte|recensie|bespreking|tekst)",
    "(vanaf hier|vanaf nu) (weer |)(spoilervrij|zonder spoilers)",
  ],
  closingLines: [],
  scoped: [
    ["(deze|dit) (alinea|paragraaf|stuk)", "this 1 p"],
    ["(selecteer|markeer) (de tekst |)om te (lezen|zien)", "this 1 l"],
    ["(de |)(volgende|komende|onderstaande) (alinea|paragraaf)", "next 1 p"],
    ["(de |)(volgende|komende) {n} (alinea's|alinea s|alineas|paragrafen)", "next {n} p"],
    ["(dit|deze) (deel|gedeelte|sectie|hoofdstuk)", "this s"],
    ["(het |de |)(volgende|komende) (deel|gedeelte|sectie|hoofdstuk)", "next s"],
  ],
  labels: ["spoiler", "spoilers", "spoilerdeel", "spoilergedeelte", "spoilerzone", "spoilerrijk", "spoilerrijke"],
  tags: [
    `(bevat|bevatten|met|bevat mogelijk|kan bevatten|vol) ${SPOILERS}`, "(recensie|review|bespreking|analyse|filmrecensie) met spoilers", "(spoilerrecensie|spoilerreview|spoilerbespreking)",
  ],
  titleTags: [],
  qualifiers: ["kleine", "kleinere", "grote", "lichte", "milde", "zware", "flinke", "enorme", "mogelijke", "forse", "heftige"],
  lineWords: ["let op", "pas op", "waarschuwing", "opgelet", "deze", "recensie", "review", "bespreking", "tekst", "uiteraard", "natuurlijk", "vanzelfsprekend", "hier", "het einde", "hieronder", "lezen op eigen risico", "op eigen risico"],
  topics: ["voor", "over", "van", "uit"],
  verbs: ["zijn", "waren", "hebben", "heeft", "verpesten", "verpest", "bederven", "kunnen", "zullen"],
  directions: ["vanaf hier", "vanaf nu", "hieronder", "hierna", "verderop", "vanaf dit punt", "wat volgt", "in wat volgt", "laten we", "ik ga", "nu gaan we"],
  reveals: [
    `(bespreek|bespreken|bespreekt|verklap|verklappen|verklapt|onthul|onthullen|onthult|beschrijf|beschrijven|analyseer|behandel|behandelen|vertel|vertellen|verklaar|uitleggen) ${EINDE}`,
    `(bespreek ik|verklap ik|onthul ik|behandel ik|beschrijf ik|vertel ik|bespreken we|hebben we het over|heb ik het over|ga ik in op) ${EINDE}`,
    "(wat er|hoe het) (op het einde|aan het einde|uiteindelijk|in de finale) (gebeurt|afloopt)",
    `(klik hier voor|klik voor|lees hier) ${EINDE}`,
  ],
  notSeen: ["(nog niet bijgekeken|niet bijgekeken|nog niet gezien|niet gezien|nog niet bekeken|niet bekeken|nog niet hebt gezien|nog niet heeft gezien|nog niet gezien hebt|nog wil zien|nog gaat zien|nog moet zien)"],
  stops: ["(stop met lezen|stop hier met lezen|stop dan met lezen|stop dan hier met lezen|lees niet verder|niet verder lezen|lees dan niet verder|stop hier|kijk weg|sla over|sla dit over|sla deze alinea over|sla de volgende alinea over|scroll door|klik weg)"],
  reasons: ["(om spoilers te vermijden|om spoilers te voorkomen|als je blanco wilt gaan|blanco|onbevangen|niets wilt weten)"],
  contentWarnings: ["inhoudswaarschuwing", "cw", "tw"],
  endings: ["(seizoensfinale|finale|het einde|laatste aflevering|ontknoping|afloop)"],
  nonMarkers: [
    "(spoilervrij|spoilervrije|spoilerloos|spoilerloze|spoilerarm|spoilerarme)",
    `(zonder|geen|vrij van|nul|zonder enige) ${SPOILERS}`,
    "(zonder te spoilen|niet spoilen|ga niet spoilen|wil niet spoilen|niets verklappen|niks verklappen|zonder iets te verklappen|zonder te veel te verklappen|verklap niets|verklap niks|verklap ik niets|verklap ik niks|ga niets verklappen|ga niks verklappen)",
    "(bevat|bevatten) geen (spoilers|spoiler)",
  ],
  boilerplate: ["verscheen eerst op", "verscheen oorspronkelijk op", "het bericht verscheen eerst op"],
  counts: { "2": 2, "3": 3, "4": 4, "5": 5, twee: 2, drie: 3, vier: 4, vijf: 5 },
};
