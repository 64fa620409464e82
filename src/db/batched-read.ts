// Reads that can share one D1 batch with others: each names its statements and how to read its
// results. A cron tick's chores read through one round trip, as each D1 call costs the Worker CPU.

export interface BatchedRead<T> {
  statements: D1PreparedStatement[];
  read: (results: D1Result[]) => T;
}

/** Runs one read alone. */
export async function runRead<T>(db: D1Database, read: BatchedRead<T>): Promise<T> {
  return read.read(await db.batch(read.statements));
}

/** Runs several reads in one batch (one transaction), each given its own results. */
export async function runReads<T extends unknown[]>(db: D1Database, reads: { [K in keyof T]: BatchedRead<T[K]> }): Promise<T> {
  const results = await db.batch(reads.flatMap((read) => read.statements));
  let at = 0;
  return reads.map((read) => {
    const own = results.slice(at, at + read.statements.length);
    at += read.statements.length;
    return read.read(own);
  }) as T;
}
