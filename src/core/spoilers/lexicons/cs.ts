// Czech: „Pozor, spoilery!", „Pozor na spoilery", „Varování: spoilery", „Spoilery níže", „Následují
// spoilery", „Konec spoilerů", „Recenze obsahuje spoilery", „recenze se spoilery". „Bez spoilerů",
// „bezspoilerová recenze" and „nebudu spoilerovat" mark nothing, nor a car's „zadní spoiler".
// "spoilery" is also English's: phrases anchor on the Czech words beside it.
import type { Lexicon } from "./types";

const SPOILERY = "(spoilery|spoiler)";
const KONEC = "(konec|závěr|rozuzlení|pointu|twist|finále)";

export const cs: Lexicon = {
  openers: [
    `${SPOILERY} (níže|následují|od teď|od této chvíle|odsud|pod obrázkem)`,
    `(níže|dále v textu|od teď|odsud|od této chvíle|v dalším textu) (jsou |budou |následují |přijdou |už |)${SPOILERY}`,
    "(následují|přicházejí|budou) spoilery",
    `(text|recenze|článek|tato recenze|tento text|tento článek) (obsahuje|může obsahovat|bude obsahovat) ${SPOILERY}`,
    `(pojďme|teď) (probrat|rozebrat|mluvit o) (konec|závěr|rozuzlení)`,
  ],
  warnings: [`(pozor|varování|upozornění) (na |)${SPOILERY}`],
  closers: [
    "konec (spoilerů|spoileru|spoilerové části|části se spoilery)", `${SPOILERY} (končí|skončily|konec)`,
    "(zpět|vracíme se|vraťme se) (k|ke) (části |recenzi |textu |)bez spoilerů", "(dál|dále|odteď|od teď) (už |zase |)bez spoilerů",
  ],
  closingLines: [],
  scoped: [
    ["(tento|tomto|tohoto) (odstavec|odstavci|odstavce)", "this 1 p"],
    ["(označte|označ|zvýrazněte) (text |)(pro přečtení|pro zobrazení)", "this 1 l"],
    ["(další|následující|následujícím|dalším) (odstavec|odstavci|odstavce)", "next 1 p"],
    ["(další|následující|následujících|dalších) {n} (odstavce|odstavců|odstavcích)", "next {n} p"],
    ["(tato|této|tuto) (sekce|část|části|kapitola)", "this s"],
    ["(další|následující) (sekce|část|kapitola)", "next s"],
  ],
  labels: ["spoilerů", "spoilerama", "se spoilery", "spoilerová část", "spoilerové"],
  tags: [`(obsahuje|obsahují|může obsahovat|se) ${SPOILERY}`, "plná spoilerů", "(recenze|rozbor|analýza|text) (se spoilery|obsahuje spoilery)", "spoilerová (recenze|analýza)"],
  titleTags: [],
  qualifiers: ["drobne", "drobny", "mensi", "velke", "velky", "lehke", "mirne", "zasadni", "mozne"],
  lineWords: ["pozor", "varovani", "upozorneni", "recenze", "clanek", "samozrejme", "pochopitelne", "zaver", "nize", "ctete na vlastni riziko", "na vlastni riziko"],
  topics: ["ke", "ohledne"],
  verbs: ["jsou", "byly", "budou", "kazi", "zkazi", "mohou"],
  directions: ["níže", "dále v textu", "od teď", "odsud", "od této chvíle", "v dalším textu", "pojďme"],
  reveals: [
    `(prozradím|prozrazuji|rozebírám|rozeberu|popisuji|popíšu|probírám|proberu|vysvětlím|prozrazuje|rozebírá|popisuje) ${KONEC}`,
    "(co se stane|jak to dopadne|jak film končí) (na konci|v závěru|ve finále)",
  ],
  notSeen: ["(neviděl|neviděla|neviděli|neviděls|ještě neviděl|ještě neviděli|neviděl jsi|jste neviděli)"],
  stops: ["(dál nečtěte|nečtěte dál|dál nečti|nečti dál|nečtěte|přestaňte číst|přestaň číst|přeskočte|přeskoč|zavřete záložku)"],
  reasons: ["(abyste se vyhnuli spoilerům|vyhnout se spoilerům|pokud nechcete spoilery|pokud nechcete nic vědět)"],
  contentWarnings: ["upozornění na obsah"],
  endings: ["(finále|finále řady|závěr|poslední díl|poslední epizoda)"],
  nonMarkers: [
    "(bez|žádné|bez jakýchkoli) (spoilerů|spoilery)", "(bezspoilerová|bezspoilerový|bezspoilerové|nespoilerová|nespoilerový)",
    "(nebudu|nechci|nehodlám|nemůžu|nemohu) (spoilerovat|spoilovat|prozrazovat|vyzrazovat)",
    "(neprozradím|neprozrazuji|aniž bych prozradil|aniž bych prozradila|bez prozrazení)",
    "(neobsahuje|neobsahují) (spoilery|žádné spoilery)", "(zadní|přední) (spoiler|spoilery)", "(bojí|bojím|bojíme) se spoilerů",
  ],
  boilerplate: ["se poprvé objevil na", "vyšel původně na"],
  counts: { "2": 2, "3": 3, "4": 4, "5": 5, dva: 2, dvě: 2, tři: 3, čtyři: 4, pět: 5 },
};
