// When the next poll runs. Workers cannot read their own cron triggers at run time, so the
// expression is kept here beside wrangler.toml's; test/browser/cron-config.test.ts checks they match.
export const POLL_CRON = "*/15 * * * *";

const FIELD_RANGES: Array<[number, number]> = [
  [0, 59], // minute
  [0, 23], // hour
  [1, 31], // day of month
  [1, 12], // month
  [0, 6], // day of week, 0 = Sunday
];

function expandPart(part: string, [low, high]: [number, number]): number[] | undefined {
  const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
  if (!match) return undefined;
  const start = match[1] === "*" ? low : Number(match[2]);
  const end = match[1] === "*" ? high : match[3] !== undefined ? Number(match[3]) : match[4] ? high : start;
  const step = match[4] ? Number(match[4]) : 1;
  if (start < low || end > high || start > end || step < 1) return undefined;
  const values: number[] = [];
  for (let value = start; value <= end; value += step) values.push(value);
  return values;
}

function parseCron(expression: string): Array<Set<number>> | undefined {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) return undefined;
  const sets: Array<Set<number>> = [];
  for (const [index, field] of fields.entries()) {
    const range = FIELD_RANGES[index];
    const values = range ? field.split(",").map((part) => expandPart(part, range)) : [undefined];
    if (values.some((list) => list === undefined)) return undefined;
    sets.push(new Set(values.flatMap((list) => list ?? [])));
  }
  return sets;
}

/**
 * The first minute strictly after `now` (UTC) that matches a five-field cron expression,
 * e.g. "*\/15 * * * *" at 10:07 → 10:15. Undefined for an expression it cannot read, or none within 8 days.
 */
export function findNextCronRun(expression: string, now: Date): Date | undefined {
  const sets = parseCron(expression);
  if (!sets) return undefined;
  const [minutes, hours, days, months, weekdays] = sets;
  const candidate = new Date(now);
  candidate.setUTCSeconds(0, 0);
  for (let step = 0; step < 8 * 24 * 60; step++) {
    candidate.setUTCMinutes(candidate.getUTCMinutes() + 1);
    if (
      minutes?.has(candidate.getUTCMinutes()) &&
      hours?.has(candidate.getUTCHours()) &&
      days?.has(candidate.getUTCDate()) &&
      months?.has(candidate.getUTCMonth() + 1) &&
      weekdays?.has(candidate.getUTCDay())
    ) {
      return candidate;
    }
  }
  return undefined;
}
