// The network boundary for tests: outbound fetch is routed by host to in-test fakes
// (Resend, feed servers, Discord, Slack, WebSub hubs). Our own modules are never stubbed.
// A host with no fake fails like an unreachable server does: fetch rejects with a TypeError.
import { afterEach, vi } from "vitest";

export type FakeHandler = (request: Request) => Response | Promise<Response>;

export interface Network {
  /** Every request that reached a fake, in order (cloned, so bodies can be read). */
  requests: Request[];
  /** Adds or replaces the fake for a host ("resend.test", "feeds.test:8080"). */
  route(host: string, handler: FakeHandler): void;
}

/** Replaces global fetch for the current test; restored automatically after it. */
export function installNetwork(routes: Record<string, FakeHandler> = {}): Network {
  const table = new Map(Object.entries(routes));
  const network: Network = {
    requests: [],
    route(host, handler) {
      table.set(host, handler);
    },
  };
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const handler = table.get(new URL(request.url).host);
    if (!handler) throw new TypeError(`fetch failed: no route to ${new URL(request.url).host} in this test`);
    network.requests.push(request.clone());
    return handler(request);
  });
  return network;
}

afterEach(() => {
  vi.restoreAllMocks();
});
