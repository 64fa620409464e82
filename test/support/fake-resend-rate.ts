// Resend's per-team rate limit as a sliding one-second window, with the IETF-draft
// ratelimit-limit / ratelimit-remaining / ratelimit-reset headers it sends on every answer.

export function createRateWindow(perSecond: number, now: () => number) {
  const admitted: number[] = [];
  function prune(at: number): void {
    while (admitted.length && (admitted[0] as number) <= at - 1000) admitted.shift();
  }
  function secondsUntilSlot(at: number): number {
    const oldest = admitted[0];
    return oldest === undefined ? 0 : Math.max(1, Math.ceil((oldest + 1000 - at) / 1000));
  }
  return {
    /** Admits a request, or returns the retry-after seconds when the window is full. */
    admit(): number | undefined {
      const at = now();
      prune(at);
      if (admitted.length >= perSecond) return secondsUntilSlot(at);
      admitted.push(at);
      return undefined;
    },
    headers(): Record<string, string> {
      const at = now();
      prune(at);
      return {
        "ratelimit-limit": String(perSecond),
        "ratelimit-remaining": String(Math.max(0, perSecond - admitted.length)),
        "ratelimit-reset": String(secondsUntilSlot(at) || 1),
      };
    },
  };
}
