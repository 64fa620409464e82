// Portuguese: «alerta de spoiler», «contém spoilers», «fim dos spoilers», «sem spoilers».
import type { Lexicon } from "./types";

const SPOILERS = "(spoilers|spoiler)";
const FINAL = "(o final|do final|o desfecho|do desfecho|a reviravolta|da reviravolta|o plot twist|do plot twist|o twist|do twist)";

export const pt: Lexicon = {
  openers: [
    `alerta de ${SPOILERS} (nivel maximo|maximo|total)`,
    `${SPOILERS} (a seguir|abaixo|adiante|a partir daqui|daqui em diante|pela frente|logo abaixo)`,
    `(a partir daqui|daqui em diante|a seguir) (ha |vem |temos |)${SPOILERS}`,
    "(depois do salto|apos o salto)", "(zona de spoilers|entrando na zona de spoilers)",
    `(vamos aos|agora os|vamos falar dos|hora dos) ${SPOILERS}`,
    "(spoilers|spoiler) (a frente|liberados|liberado)", "(daqui pra frente|daqui para frente|daqui pra baixo|daqui para baixo) (ha |vem |tem |temos |)(spoilers|spoiler)",
    "(este|esse) (texto|post|artigo|review|critica|resenha) (contem|tem|inclui|pode conter) (spoilers|spoiler)",
    `(vamos falar|agora vamos falar|falemos|bora falar|hora de falar) ${FINAL}`, "(este|esse|o) (texto|post|artigo|review|critica|resenha) (revela|conta|desvenda|discute) (o final|o desfecho|a reviravolta|o twist|o plot twist)", "(este|esse|o) (texto|post|artigo|review|critica|resenha) (revela|conta|desvenda) (pormenores|detalhes) (do enredo|da trama|da historia|do final)", "(atencao|aviso|cuidado|alerta) (este|esse|o) (texto|post|artigo|review|critica|resenha) (revela|conta|desvenda|discute) (o final|o desfecho|a reviravolta|o twist|o plot twist)",
  ],
  warnings: [`(alerta|aviso|cuidado|atencao|perigo) (de |com |contra |)(os |)${SPOILERS}`, `${SPOILERS} (alert|alerta)`],
  closers: [
    "(ja |)(podem|pode|podes) (destapar|destapar os ouvidos|abrir os olhos|tirar os dedos dos ouvidos|voltar a ler)",
    `fim (dos |do |de |)${SPOILERS}`, "fim do alerta", `fim do alerta de ${SPOILERS}`, `(acabaram|acabou|terminaram|terminou|encerram|aqui terminam) (os |)${SPOILERS}`,
    `${SPOILERS} (acabaram|terminaram|encerrados|finalizados)`, `(fim|saindo) da zona de ${SPOILERS}`, `(voltando|voltamos) (a parte |)sem ${SPOILERS}`, `(voltando|voltamos|de volta) (a critica|a resenha|ao texto|ao filme) sem ${SPOILERS}`,
    "(acabaram|acabou|terminaram|terminou) (o |os |)(spoilers|spoiler)",
  ],
  closingLines: [],
  scoped: [
    ["(este|esse) (paragrafo|trecho)", "this 1 p"],
    ["(selecione|selecione o texto|selecciona|sublinhe) para (ler|ver)", "this 1 l"],
    ["(o |)(proximo|seguinte) (paragrafo|trecho)", "next 1 p"],
    ["(os |)(proximos|seguintes) {n} paragrafos", "next {n} p"],
    ["(esta|essa) (secao|parte) (contem|tem)", "this s"],
    ["(a |)(proxima|seguinte) (secao|parte)", "next s"],
    ["(pode |podem |)(pular|pule|pulem|passar|passe) (direto |direto |)(para|pro|ate) o (proximo|seguinte) (intertitulo|subtitulo|topico|titulo|bloco)", "this s"],
    ["(os |){n} (proximos|seguintes) paragrafos", "next {n} p"], ["(os |){n} paragrafos (seguintes|a seguir|abaixo)", "next {n} p"], ["(o |)paragrafo (a seguir|abaixo)", "next 1 p"],
  ],
  labels: [
    "spoiler", "spoilers",
    // Who the part is for, on a line of its own or before a colon: "Para quem já viu:".
    "(so |)para quem (ja |)(viu|assistiu|tiver visto|tiver assistido)", "(so |)para (os que|aqueles que) (ja |)(viram|assistiram)",
  ],
  tags: [`(com|contem|tem|inclui|pode conter) ${SPOILERS}`, `(critica|resenha|analise|review|discussao|conversa|papo|bate papo) com ${SPOILERS}`],
  titleTags: [],
  qualifiers: ["leves", "pequenos", "grandes", "alguns", "pesados", "importantes", "muitos", "possiveis", "enormes", "grandes"],
  lineWords: [
    "alerta", "aviso", "atencao", "cuidado", "este", "esta", "post", "texto", "critica", "resenha", "artigo", "com", "de", "ha", "o", "a", "os",
    "obviamente", "e", "aqui",
  ],
  topics: ["de", "sobre", "para", "do", "da", "dos", "das"],
  verbs: ["sao", "e", "estao", "foram", "estragam", "estraga", "podem", "tem"],
  directions: ["a seguir", "abaixo", "a partir daqui", "daqui em diante", "vamos falar", "vou falar", "adiante", "daqui pra frente", "daqui para frente", "daqui pra baixo", "daqui para baixo"],
  reveals: [`(falo|falar|falamos|comento|revela|revelo|conto|conta|analiso|explico|sobre) ${FINAL}`, "(revelo|revela|revelam|conto|desvendo) (pormenores|detalhes) (do enredo|da trama|da historia)", "(pormenores|detalhes) (do enredo|da trama|da historia|do final|do desfecho)", `(revelam|contam|mostram|explicam|analisam|falam sobre|falam d) ${FINAL}`, "(o que acontece|o que aconteceu) (no final|no fim)"],
  notSeen: [
    "(nao quer|nao quiser|nao queira|nao querem|nao quiserem) saber (o final|como termina|como acaba|o desfecho)",
    "(nao esta|nao estiver|nao estao|nao estiverem) em dia", "(nao terminou|nao terminaram|nao acabou) (a serie|a temporada|o episodio)",
    "(nao viu|nao assistiu|nao viram|nao assistiram|ainda nao viu|ainda nao assistiu|nao tenha visto|nao tenham visto|nao tenha assistido|nao tenham assistido|ainda nao viram)", "(ainda nao viste|nao viste|ainda nao vistes|nao vistes|ainda nao o viste|ainda nao a viste)",
  ],
  stops: ["(pule esta parte|pule essa parte|pulem esta parte|pulem essa parte|pule este trecho|pule esse trecho)", "(pare de ler|parem de ler|nao leia mais|nao continue|nao continue lendo|nao prossiga|pule para|volte depois|desvie o olhar|feche a aba|pare por aqui|parem por aqui)", "nao leia", "(nao leias mais|nao leias|deixa de ler|para de ler|nao continues|nao continues a ler|nao prossigas)"],
  reasons: ["(para evitar|evitar|se nao quiser) (spoilers|spoiler)", "(se nao quiser|se voce nao quiser|caso nao queira|se nao quer) saber"],
  contentWarnings: ["aviso de conteudo", "alerta de conteudo"],
  endings: ["(final de temporada|final da serie|desfecho|ultimo episodio|o final)"],
  nonMarkers: [
    "(nivel|grau) de (spoiler|spoilers)",
    "(fujo de|fujo dos|evito) (os |)spoilers",
    `nunca (dou|faco|escrevo|coloco|tem|ha) ${SPOILERS}`,
    `(sem|livre de|zero|nenhum|nao ha|nao tem|nao contem|sem nenhum) ${SPOILERS}`,
    "(nao vou|nao quero|sem) (dar spoiler|dar spoilers|spoilar|contar nada|revelar nada|estragar)", "salto de fe",
  ],
  elsewhere: ["semana que vem", "na semana que vem", "proxima semana", "na proxima semana", "no podcast", "no nosso podcast", "no proximo episodio", "em outro post"],
  boilerplate: ["apareceu primeiro em", "foi publicado primeiro em"],
  counts: { "2": 2, "3": 3, "4": 4, "5": 5, dois: 2, duas: 2, tres: 3, quatro: 4 },
};
