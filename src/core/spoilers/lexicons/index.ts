// Every language the spoiler matcher knows. Adding one: a data module here and a test corpus.
import { ar } from "./ar";
import { cs } from "./cs";
import { da } from "./da";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { id } from "./id";
import { it } from "./it";
import { ja } from "./ja";
import { ko } from "./ko";
import { nl } from "./nl";
import { no } from "./no";
import { pl } from "./pl";
import { pt } from "./pt";
import { ru } from "./ru";
import { sv } from "./sv";
import { th } from "./th";
import { tr } from "./tr";
import type { Lexicon } from "./types";
import { uk } from "./uk";
import { vi } from "./vi";
import { zh } from "./zh";

export const LEXICONS: readonly Lexicon[] = [en, es, pt, fr, de, it, ko, ja, zh, ru, nl, pl, tr, sv, id, vi, th, ar, uk, cs, da, no];
