// The caller's network as rate limits count it: an IPv4 address, or an IPv6 address's /64, since
// any IPv6 client holds a whole /64 and could otherwise step around a limit one address at a time.

/** "2001:db8:1:2::17" → "2001:db8:1:2::/64"; "203.0.113.9" stays; a missing header is "unknown". */
export function clientNetwork(address: string | undefined): string {
  const ip = address?.trim() ?? "";
  if (ip === "") return "unknown";
  if (!ip.includes(":")) return ip;
  const [head = "", tail = ""] = ip.toLowerCase().split("::");
  const front = head === "" ? [] : head.split(":");
  const back = tail === "" ? [] : tail.split(":");
  const groups = ip.includes("::") ? [...front, ...new Array<string>(Math.max(0, 8 - front.length - back.length)).fill("0"), ...back] : front;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
