// Letterboxd's RSS: film metadata sits in the letterboxd: namespace, and a review the member
// flagged as spoilery says so twice — a title suffix and a first line in the body.
import type { FilmInfo } from "./types";

const TITLE_SUFFIX = "(contains spoilers)";
const BODY_NOTICE = "This review may contain spoilers.";

export interface LetterboxdFields {
  filmTitle?: string;
  filmYear?: string;
  memberRating?: string;
}

/** The film a Letterboxd item is about; undefined when the item has no letterboxd:filmTitle. */
export function readFilm(fields: LetterboxdFields): FilmInfo | undefined {
  const title = fields.filmTitle?.trim();
  if (!title) return undefined;
  const film: FilmInfo = { title };
  const year = Number.parseInt(fields.filmYear ?? "", 10);
  if (Number.isInteger(year) && year > 1800 && year < 3000) film.year = year;
  const rating = Number.parseFloat(fields.memberRating ?? "");
  // Letterboxd rates in half stars from 0.5 to 5; anything else is not a rating.
  if (rating >= 0.5 && rating <= 5 && Number.isInteger(rating * 2)) film.rating = rating;
  return film;
}

/** True when the member marked the whole review as containing spoilers. */
export function isMarkedSpoiler(title: string, html: string): boolean {
  return title.trim().toLowerCase().endsWith(TITLE_SUFFIX) || html.includes(BODY_NOTICE);
}

/** "The Call, 2020 - ★★★★ (contains spoilers)" → "The Call, 2020 - ★★★★": the flag is kept apart. */
export function removeSpoilerSuffix(title: string): string {
  const trimmed = title.trim();
  if (!trimmed.toLowerCase().endsWith(TITLE_SUFFIX)) return trimmed;
  return trimmed.slice(0, -TITLE_SUFFIX.length).trim();
}
