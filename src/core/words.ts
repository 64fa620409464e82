// Word counts of HTML bodies, for the preview output and the operator's view of a digest.
import { textContent } from "domutils";
import { parseDocument } from "htmlparser2";

/** Words of visible text in an HTML fragment: "<p>Two <em>words</em></p>" → 2 */
export function countWords(html: string): number {
  const text = textContent(parseDocument(html).children).trim();
  return text === "" ? 0 : text.split(/\s+/).length;
}
