// French: « Attention spoilers ! » (a narrow no-break space before "!", "?" and ":"), « alerte
// spoiler », « divulgâcheur » (the Québec coinage), « fin des spoilers », « sans spoiler ».
import type { Lexicon } from "./types";

const SPOILERS = "(spoilers|spoiler|spoil|divulgacheurs|divulgacheur|divulgachage)";
const FIN = "(de la fin|la fin|du denouement|le denouement|du twist|le twist|de la chute|la chute|du final|le final|de la conclusion|du retournement)";

export const fr: Lexicon = {
  openers: [
    "(attention|alerte|gare) (je spoile|je divulgache|ca spoile|ca divulgache|je vais spoiler|je vais divulgacher)",
    "(a partir d ici|desormais|a partir de maintenant|maintenant) (je devoile|je revele|je raconte|je dis|je spoile) tout",
    `${SPOILERS} (a venir|ci dessous|ci apres|plus bas|en approche|droit devant|a suivre|a partir d ici)`,
    `(a partir d ici|a partir de maintenant|des maintenant|ci dessous|a partir de ce point) (des |il y a des |gros |)${SPOILERS}`,
    `(zone|territoire) (de |a |)${SPOILERS}`, `(place aux|passons aux|parlons|parlons des|venons en aux) ${SPOILERS}`,
    "(apres le saut|apres la coupure)", "(a partir de maintenant|a partir d ici|des maintenant|desormais) (je spoile|je divulgache|je vais spoiler|je vais tout spoiler|on spoile|ca spoile)", `(parlons|parlons maintenant|parlons donc|parlons enfin|parlons a present) ${FIN}`, "(ca divulgache|ca spoile|ca spoil|on divulgache|je divulgache|je spoile) (a partir d ici|ci dessous|a partir de maintenant)",
  ],
  warnings: [
    `(attention|alerte|avertissement|gare aux|gare au|prudence|attention aux|attention au|alerte aux|alerte au|mise en garde) (des |)${SPOILERS}`,
    `${SPOILERS} (alert|alerte)`, "(attention|alerte|avertissement) divulgation",
  ],
  closers: [
    `fin (des |du |de |)${SPOILERS}`, `${SPOILERS} (termine|termines|fini|finis|terminee|terminees)`,
    `(fin de la|sortie de la|on sort de la) zone (de |a |)${SPOILERS}`, "(retour|on revient|revenons) (a la partie |a la |au |)sans (spoiler|spoilers|divulgacheur)",
    `(c est fini pour les|plus de) ${SPOILERS} (a partir d ici|desormais)`,
    "(retour|on revient|revenons|retournons) (a la critique|a l avis|a la chronique|au film) sans (spoiler|spoilers|spoil|divulgacheur|divulgacheurs)",
    "fin de la (partie|section) (avec |)(spoilers|spoiler|spoil|divulgacheurs|divulgacheur)", "fin de l alerte", `fin de l alerte ${SPOILERS}`,
  ],
  closingLines: [],
  scoped: [
    ["ce paragraphe", "this 1 p"],
    ["(surligner|surlignez|surligne|selectionnez|selectionner|selectionne) (le texte |)pour (lire|voir|le lire)", "this 1 l"],
    ["(le |)(paragraphe suivant|prochain paragraphe)", "next 1 p"],
    ["(les |){n} (paragraphes suivants|prochains paragraphes)", "next {n} p"],
    ["(cette) (section|partie)", "this s"],
    ["(la |)(section|partie) suivante", "next s"],
    ["(la |)(prochaine) (section|partie)", "next s"],
    ["(le |)paragraphe qui suit", "next 1 p"], ["(les |){n} paragraphes qui suivent", "next {n} p"],
  ],
  labels: [
    "spoiler", "spoilers", "divulgacheur", "divulgacheurs", "divulgachage",
    // Who the part is for, on a line of its own or before a colon: « Pour ceux qui l'ont vu : ».
    "(seulement |)pour (ceux|celles|ceux et celles) qui l (ont|auront) (deja |)vu",
  ],
  tags: [
    `(avec|contient|contenant|comporte|peut contenir|garanti avec) (des |)${SPOILERS}`, `(critique|analyse|chronique|avis) (avec |)(des |)${SPOILERS}`,
    `${SPOILERS} inclus`,
  ],
  // «[SPOIL]» heads French forum and blog titles; «spoil» alone is too common a word (English
  // "does the trailer spoil it?") to be a label in headings or prose.
  titleTags: ["spoil", "spoils"],
  qualifiers: ["legers", "leger", "legere", "legeres", "petits", "petit", "gros", "grands", "majeurs", "majeur", "mineurs", "importants", "quelques", "nombreux", "massifs", "possibles", "enormes"],
  lineWords: [
    "attention", "alerte", "avertissement", "cet", "cette", "article", "critique", "billet", "texte", "avec", "des", "de", "la", "le", "les",
    "suite", "la suite", "ce qui suit", "evidemment", "bien sur", "il y a", "et", "ici", "si", "le film", "la serie", "l episode",
    "jusqu a la fin", "jusqu a la fin de cette journee", "jusqu a la fin de cette partie", "jusqu a la fin de cette section", "jusqu a la fin du billet",
  ],
  topics: ["sur", "pour", "de", "concernant", "a propos de"],
  verbs: ["sont", "est", "etaient", "gachent", "gache", "peuvent", "ont", "a"],
  directions: ["c est la que je dois", "c est la que", "je dois", "je vais devoir", "ci dessous", "ci apres", "plus bas", "a partir d ici", "a partir de maintenant", "des maintenant", "a venir", "la suite", "ce qui suit", "parlons", "je vais", "passons"],
  reveals: [`(parle|parlons|parler|revele|reveler|devoile|devoiler|raconte|raconter|evoque|evoquer|analyse|analyser|aborde|aborder|discute|discuter|explique|expliquer|devoilent|revelent|racontent|evoquent|abordent|parlent|expliquent|analysent) ${FIN}`, "(contient|contiennent|revele|revelent|devoile|devoilent) des (details|elements|informations) (de l intrigue|sur l intrigue|du scenario|sur le scenario|de la fin|sur la fin|du denouement)", "(ce qui se passe|ce qui arrive|ce qu il se passe) a la fin"],
  notSeen: [
    "(ne voulez pas|ne veux pas|ne veut pas|ne voulez rien) (connaitre|savoir) (la fin|le denouement|la suite)", "ceux qui ne l (ont|auront) pas (encore |)vu",
    "(pas a jour|pas encore a jour)", "(pas fini|pas termine|pas encore fini|pas encore termine) (la serie|la saison|l episode)",
    "(n avez pas|n avez pas encore|n as pas|n as pas encore|n ont pas|ne l avez pas|ne l as pas|ne l avez pas encore|ne l as pas encore|n ont pas encore) (vu|regarde)",
    "(pas encore vu|jamais vu)",
  ],
  stops: ["(arretez vous la|arretez vous ici|arrete toi la|arrete toi ici|peuvent sauter ce passage|sautez ce passage|passez ce passage|peuvent passer ce passage)",
    "(arretez vous ici|arretez vous la|arrete toi ici|arretez de lire|arrete de lire|arretez la lecture|ne lisez pas la suite|ne lisez pas plus loin|ne lis pas la suite|passez votre chemin|passe ton chemin|detournez les yeux|detournez le regard|fuyez|revenez plus tard|reviens plus tard|passez directement|stoppez la lecture|ne lisez pas ce qui suit)",
    "(s abstenir|abstenez vous|abstiens toi)", "(ne lisez pas|ne lis pas|ne lisez surtout pas|ne lis surtout pas)",
  ],
  reasons: ["(pour eviter|eviter|si vous voulez eviter) (les |)(spoilers|spoiler|divulgacheurs)", "(garder la surprise|rester vierge|decouvrir le film)", "(etre spoile|etre spoiles|etre spoilee|etre spoilees|vous faire spoiler|te faire spoiler)"],
  contentWarnings: ["avertissement de contenu", "avertissement", "cw", "tw"],
  endings: ["(finale de saison|final de la serie|denouement|dernier episode|la fin)"],
  nonMarkers: [
    "(niveau|degre) de (spoil|spoiler|spoilers)",
    "(fuis|evite) les spoilers",
    `(jamais|plus jamais) (de |d |)${SPOILERS}`,
    `(sans|zero|aucun|pas de|sans aucun|garanti sans|libre de|sans trop de) ${SPOILERS}`,
    "(je ne vais pas|je ne veux pas|sans|sans trop) (spoiler|spoil|divulgacher|reveler|devoiler|en dire plus|en dire trop|trop en dire|rien devoiler|rien reveler)",
    "(ne spoile|ne spoilerai|ne divulgacherai|ne spoilerais) (pas|rien)",
  ],
  elsewhere: ["la semaine prochaine", "semaine prochaine", "dans le podcast", "dans notre podcast", "dans le prochain episode", "dans un autre billet", "dans un prochain article"],
  boilerplate: ["est apparu en premier sur", "a d abord ete publie sur", "est paru en premier sur"],
  counts: { "2": 2, "3": 3, "4": 4, "5": 5, deux: 2, trois: 3, quatre: 4, cinq: 5 },
};
