// Dates as people read them in our emails and pages, in UTC. Written out by hand: the first
// Intl.DateTimeFormat in an isolate loads ICU's locale data, ~20 ms of CPU on a cold start.
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2023-12-05T14:31:07Z" → "5 December 2023" (what en-GB's long date style gives). */
export function formatLongDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
