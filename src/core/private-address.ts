// Which hosts a deployed worker must not fetch on an operator's say-so: the console preview
// fetches a pasted URL, and a URL naming the loopback, a private network, a link-local or a
// cloud metadata address would turn it into a probe of what sits next to the worker.
// The WHATWG URL parser already turns decimal, hex and octal IPv4 forms ("2130706433",
// "0x7f.1") into dotted quads and compresses IPv6, so only canonical forms are checked here.

type Range = [prefix: number[], bits: number, kind: string];

const IPV4_RANGES: Range[] = [
  [[0], 8, "an unspecified (0.0.0.0/8)"],
  [[10], 8, "a private (10.0.0.0/8)"],
  [[100, 64], 10, "a carrier-grade NAT (100.64.0.0/10)"],
  [[127], 8, "a loopback (127.0.0.0/8)"],
  [[169, 254], 16, "a link-local (169.254.0.0/16, cloud metadata among them)"],
  [[172, 16], 12, "a private (172.16.0.0/12)"],
  [[192, 0, 0], 24, "an IETF protocol (192.0.0.0/24)"],
  [[192, 168], 16, "a private (192.168.0.0/16)"],
  [[198, 18], 15, "a benchmarking (198.18.0.0/15)"],
  [[224], 4, "a multicast (224.0.0.0/4)"],
  [[240], 4, "a reserved (240.0.0.0/4)"],
];

const NAMES: [RegExp, string][] = [
  [/^localhost$|\.localhost$/, "a loopback name"],
  [/^metadata(\.google\.internal)?$|\.internal$/, "a cloud metadata or internal name"],
  [/^(localdomain|local|home\.arpa|lan|intranet)$|\.(local|localdomain|home\.arpa|lan|intranet)$/, "a local network name"],
];

function inRange(bytes: number[], [prefix, bits]: Range): boolean {
  for (let bit = 0; bit < bits; bit++) {
    const index = Math.floor(bit / 8);
    const mask = 0x80 >> bit % 8;
    if (((bytes[index] ?? 0) & mask) !== ((prefix[index] ?? 0) & mask)) return false;
  }
  return true;
}

function describeIpv4(host: string): string | undefined {
  const bytes = host.split(".").map(Number);
  if (bytes.length !== 4 || bytes.some((byte) => !Number.isInteger(byte) || byte < 0 || byte > 255)) return undefined;
  if (bytes.every((byte) => byte === 255)) return "the broadcast address";
  return IPV4_RANGES.find((range) => inRange(bytes, range))?.[2].concat(" address");
}

/** "::ffff:7f00:1" → eight 16-bit groups. */
function readIpv6Groups(host: string): number[] | undefined {
  const [head = "", tail, extra] = host.split("::");
  if (extra !== undefined) return undefined;
  const parse = (part: string) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0) || [...left, ...right].some((group) => Number.isNaN(group))) return undefined;
  return [...left, ...Array<number>(missing).fill(0), ...right];
}

function describeIpv6(host: string): string | undefined {
  const groups = readIpv6Groups(host);
  if (!groups) return "an address that could not be read";
  const [first = 0] = groups;
  const embedded = () => [(groups[6] ?? 0) >> 8, (groups[6] ?? 0) & 255, (groups[7] ?? 0) >> 8, (groups[7] ?? 0) & 255].join(".");
  const zeros = (count: number) => groups.slice(0, count).every((group) => group === 0);
  if (zeros(5) && groups[5] === 0xffff) return describeIpv4(embedded())?.replace(/ address$/, " address (IPv4-mapped)");
  if (zeros(6)) return groups[7] === 1 ? "the IPv6 loopback (::1)" : "an unspecified or IPv4-compatible IPv6 address";
  if (first === 0x64 && groups[1] === 0xff9b) return describeIpv4(embedded())?.replace(/ address$/, " address (NAT64)");
  if ((first & 0xfe00) === 0xfc00) return "a unique local IPv6 (fc00::/7) address";
  if ((first & 0xffc0) === 0xfe80) return "a link-local IPv6 (fe80::/10) address";
  if ((first & 0xff00) === 0xff00) return "a multicast IPv6 address";
  return undefined;
}

/**
 * Why a deployed worker must not fetch this URL's host, or undefined when it may.
 * "http://169.254.169.254/" → "a link-local (…) address"; "https://blog.example/feed" → undefined
 */
export function describeForbiddenHost(url: URL): string | undefined {
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (!host) return "an empty host";
  if (host.startsWith("[")) return describeIpv6(host.slice(1, -1));
  if (/^[\d.]+$/.test(host)) return describeIpv4(host);
  return NAMES.find(([pattern]) => pattern.test(host))?.[1];
}
