// Expands the lexicon's compact phrase syntax: "(a|b|)" alternatives and "{n}" counts.

/** "skip (this|the next) paragraph" → ["skip this paragraph", "skip the next paragraph"]. */
export function expandPhrase(phrase: string, counts: Record<string, number>): Array<{ text: string; count?: number }> {
  const open = phrase.indexOf("(");
  if (open >= 0) {
    const close = phrase.indexOf(")", open);
    const head = phrase.slice(0, open);
    const tail = phrase.slice(close + 1);
    return phrase.slice(open + 1, close).split("|").flatMap((choice) => expandPhrase(head + choice + tail, counts));
  }
  const slot = phrase.indexOf("{n}");
  if (slot < 0) return [{ text: phrase }];
  return Object.entries(counts).map(([word, count]) => ({ text: phrase.replace("{n}", word), count }));
}
