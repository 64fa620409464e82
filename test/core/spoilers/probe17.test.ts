// The seventeenth red-team corpus (test/fixtures/spoiler-probe17.ts), written blind: 88 posts of
// film writing in twenty-two more languages (zh, ru, nl, pl, tr, sv, id, vi, th, ar, uk, cs, da,
// no, el, he, hu, ro, fi, ca, hi, fa), three per language marking spoilers the way writers there
// do (paired openers and closers, headings, scoped and "haven't seen it" warnings, title tags,
// inline brackets, platform markup) and one trap per language that marks nothing. Blind, 11 of 88
// failed; fixed: a bracket open between a label and a direction pairs them no more ("(espòiler: …)
// i a partir d'aquí"), a warning or a bracket of label words tags a title ("(स्पॉइलर अलर्ट)", "[Review
// + Spoiler]"), Pantip's spoil-* classes, Thai ช่วงนี้ ("lately") is no scope, and phrases in el, hi,
// sv, no, ar, hu.
import { describeCorpus } from "./corpus-support";
import { posts17 } from "../../fixtures/spoiler-probe17";

/** conv → why the engine still misses it. */
const KNOWN_MISSES: Record<string, string> = {};

describeCorpus("the seventeenth red-team corpus", posts17, KNOWN_MISSES, { languages: null, singleDigitTokens: true });
