// Spanish: «¡Alerta de spoiler!», «contiene spoilers», «fin de los spoilers», «tras el salto».
import type { Lexicon } from "./types";

const SPOILERS = "(spoilers|spoiler|espoilers|espoiler|spoileo|spoileos)";
const FINAL = "(el final|del final|el desenlace|del desenlace|el giro final|del giro final|el giro|del giro)";

export const es: Lexicon = {
  openers: [
    "(ojo|cuidado|atencion|aviso) (que |)(destripo|cuento|revelo|desvelo|spoileo|destripamos|contamos) (el final|todo|la trama|el giro|el desenlace)",
    "todo lo que (viene|sigue) (a continuacion |)(es|son) (spoiler|spoilers|destripe)", "lo que sigue (destripa|revela|cuenta|desvela) (la pelicula|la peli|la serie|todo|la trama)( entera| completa|)",
    `${SPOILERS} (a continuacion|mas abajo|debajo|a partir de aqui|desde aqui|de aqui en adelante|en adelante|por delante)`,
    `(a partir de aqui|desde aqui|de aqui en adelante|a continuacion) (hay |vienen |van |habra |)${SPOILERS}`,
    "(tras el salto|despues del salto|luego del salto)", "(zona de spoilers|entramos en zona de spoilers|entrando en zona de spoilers)",
    `(vamos con|pasemos a|hablemos de|ahora los|y ahora|toca hablar de) (los |)${SPOILERS}`,
    "(se vienen|vienen|que vienen|llegan|ahi van|alla van) (spoilers|spoiler|destripes)",
    // Mexico's «aguas», Argentina's «se viene spoileo»: the spoiler is on its way.
    "(se viene|se vienen|viene|vienen|aqui viene|aqui vienen|aca viene|aca vienen|ahi va|ahi viene|alla va) (el |un |los |)(spoiler|spoilers|spoileo|spoileos|destripe)", `(hablemos|ahora hablemos|vamos a hablar|pasemos a hablar|toca hablar) ${FINAL}`, "(de aqui en adelante|a partir de aqui|desde aqui) destripe", "(spoilers|spoiler) (a partir de aca|desde aca|de aca en adelante|de aca para abajo)", "(a partir de aca|desde aca|de aca en adelante) (hay |vienen |van |habra |)(spoilers|spoiler)", "(esta|este|la|el) (resena|critica|texto|articulo|post|entrada|nota) (revela|desvela|destripa|cuenta|contiene) (detalles|pormenores) (clave |importantes |)(de la trama|del argumento|de la historia|del final)", "(esta|este|la|el) (resena|critica|texto|articulo|post|entrada|nota) (revela|desvela|destripa|cuenta) (el final|el desenlace|el giro final)",
  ],
  warnings: [
    `(alerta|aviso|advertencia|cuidado|ojo|atencion|peligro) (de |con |por |que hay |)(los |)${SPOILERS}`,
    `${SPOILERS} (alert|alerta)`,
    "(alerta|aviso|advertencia|cuidado|ojo|atencion) (de |)(destripe|destripes)", "aguas (con |)(los |)(spoilers|spoiler)",
  ],
  closers: [
    `fin (de los |del |de |)${SPOILERS}`, "fin de la alerta", `fin de la alerta de ${SPOILERS}`, `final de (los |)${SPOILERS}`, `(fin|final|salimos) de (la |)zona (de |)${SPOILERS}`,
    `(se acabaron|acabaron|terminan|terminaron|se acabo|aqui terminan|aqui acaban) (los |)${SPOILERS}`,
    `${SPOILERS} (terminados|acabados|fuera|finalizados)`, `(volvemos|regresamos|volviendo) a (la parte |)sin ${SPOILERS}`,
    "(se acabaron|acabaron|se acabo|acabo|termino|terminan) (el |los |)(spoilers|spoiler)", "fin (del |de los |de |)(destripe|destripes)", "(ya |)(paso|termino|se acabo|acabo) el (spoiler|spoileo|destripe)", "(ya esta|listo|bueno|vale) (sin mas|no mas|basta de) (spoilers|spoiler)",
  ],
  closingLines: [],
  scoped: [
    ["(este|esta) (parrafo|fragmento)", "this 1 p"],
    ["(selecciona|selecciona el texto|subraya|sombrea) para (leer|ver|leerlo|verlo)", "this 1 l"],
    ["(el |)(siguiente|proximo) (parrafo|fragmento)", "next 1 p"],
    ["(los |)(siguientes|proximos) {n} parrafos", "next {n} p"],
    ["(los |){n} (siguientes|proximos) parrafos", "next {n} p"], ["(los |){n} parrafos (siguientes|que siguen)", "next {n} p"],
    ["(esta|la) (seccion|parte) (contiene|tiene|incluye)", "this s"],
    ["(la |)(siguiente|proxima) (seccion|parte)", "next s"],
  ],
  labels: [
    "spoiler", "spoilers", "espoiler", "espoilers", "spoileres", "destripe", "destripes", "spoileo",
    // Who the part is for, on a line of its own or before a colon: "Para quienes ya la vieron:".
    "(solo |)para (quienes|los que|las que|quien) ya (la|lo|las|los|) (han visto|vieron|hayan visto|visteis|habeis visto)",
  ],
  tags: [`(con|contiene|incluye|hay|tiene|habra|puede contener|contendra|va con|viene con|lleva|trae) ${SPOILERS}`, `(critica|resena|analisis|review|discusion|charla|conversacion) con ${SPOILERS}`, `${SPOILERS} incluidos`],
  titleTags: [],
  qualifiers: ["leves", "ligeros", "menores", "pequenos", "grandes", "importantes", "algunos", "fuertes", "muchos", "masivos", "serios", "posibles", "enormes", "gordos"],
  lineWords: [
    "alerta", "aviso", "atencion", "cuidado", "ojo", "advertencia", "este", "esta", "articulo", "entrada", "post", "resena", "critica", "texto",
    "lo que sigue", "a continuacion", "de", "con", "hay", "y", "el final", "todo", "de todo", "obviamente", "evidentemente", "por supuesto", "la", "el", "los", "aqui",
  ],
  topics: ["de", "sobre", "para", "acerca de"],
  verbs: ["son", "es", "fue", "eran", "estan", "arruinan", "arruina", "puede", "pueden", "tiene", "tienen"],
  directions: ["tengo que", "toca", "aqui tengo que", "a partir del", "a continuacion", "mas abajo", "abajo", "a partir de aqui", "desde aqui", "de aqui en adelante", "en adelante", "vamos con", "hablemos", "voy a", "lo que sigue", "a partir de aca", "desde aca", "de aca en adelante"],
  reveals: ["(cuentan|cuenta|revelan|revela|explican|explica|desvelan|desvela) (como termina|como acaba|como se resuelve)",`(hablo|hablare|hablamos|hablar|comento|comentamos|revela|revelo|revelamos|desvela|desvelamos|destripo|destripamos|cuenta|cuento|contamos|analizo|analizamos|explico|explicamos|sobre) ${FINAL}`, `(destripa|destripan|revelan|desvelan|desvelo|cuentan|spoilea|spoilean) ${FINAL}`, "(que pasa|que ocurre|que sucede|lo que pasa|lo que ocurre) al final", "(detalles|informacion|datos) (de la trama|del argumento|sobre la trama|sobre el argumento|del desenlace|del final)"],
  notSeen: [
    "(no quieres|no quereis|no quiere|no quieren) saber (como acaba|como termina|el final|como sigue|como se resuelve)", "(quien|quienes) no (la|lo|las|los|) (haya|hayan) visto",
    "(no estas|no vas|no vais|no estais|no estan|no va) al dia", "(no has terminado|no has acabado|no has visto) (la serie|la temporada|el episodio|el capitulo)",
    "(no has|no habeis|no hayas|no hayan|no han|no ha|aun no has|todavia no has|aun no hayas|todavia no hayas) (visto|vistos)",
    "(no la has|no lo has|no la hayan|no la han|no la habeis|no lo habeis|no la hayas|no lo hayas) visto",
    "(no la viste|no lo viste|no viste|no la vieron|no lo vieron|no vieron|no la vio|no lo vio)",
  ],
  stops: ["(que no siga leyendo|que no sigan leyendo|no siga leyendo|no sigan leyendo)",
    "(deja de leer|dejad de leer|dejen de leer|no sigas leyendo|no sigais leyendo|no sigan leyendo|no sigas|no continues|no continues leyendo|para de leer|no leas mas|salta al siguiente|mira hacia otro lado|aparta la vista|vuelve mas tarde|detente aqui|hasta aqui)",
    "(parar aqui|parar de leer|no leas|no leer mas|dejes de leer)", "(ni la abras|ni lo abras|no la abras|no lo abras|ni la leas|ni lo leas|ni empieces)",
  ],
  reasons: ["(para evitar|evitar|si no quieres) (spoilers|spoiler|destripes)", "si no quieres saber", "sin saber nada"],
  contentWarnings: ["advertencia de contenido", "aviso de contenido"],
  endings: ["(final de temporada|final de la serie|desenlace|ultimo episodio|el final)"],
  nonMarkers: [
    "(nivel|grado) de (spoiler|spoilers)",
    "(huyo de|evito) (los |)spoilers",
    `(hasta donde pone|hasta donde dice|hasta que veas|hasta que leas|hasta el|saltad a|salta a) (fin del |fin de los |fin de |fin )${SPOILERS}`,
    `nunca (hago|escribo|doy|pongo|incluyo|hay) ${SPOILERS}`,
    `(sin|libre de|cero|ningun|no hay|no habra|no contiene|sin ningun|sin ninguno|sin nada de|nada de) ${SPOILERS}`,
    "(no voy a|no quiero|no pienso|sin) (spoilear|hacer spoiler|hacer spoilers|destripar|revelar nada|contar nada|desvelar)", "(no|nunca|jamas) (spoileo|destripo)",
    "(no lo voy a|no la voy a|no voy a|no te voy a|no les voy a|no os voy a|no se los voy a|no te lo voy a) (contar|decir|revelar|spoilear|destripar|adelantar|spoilear)",
    "salto de fe", "tras el salto de", "despues del salto de",
  ],
  elsewhere: ["la semana que viene", "la proxima semana", "la semana proxima", "en el podcast", "en el podcast de", "en nuestro podcast", "en el proximo episodio", "en otra entrada", "en otro post"],
  boilerplate: ["aparecio primero en", "se publico primero en", "aparece primero en"],
  counts: { "2": 2, "3": 3, "4": 4, "5": 5, dos: 2, tres: 3, cuatro: 4, cinco: 5 },
};
