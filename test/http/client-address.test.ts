import { describe, expect, it } from "vitest";
import { clientNetwork } from "../../src/http/client-address";

describe("clientNetwork", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    ["2001:db8:1:2::17", "2001:db8:1:2::/64"],
    ["2001:0db8:0001:0002:0000:0000:0000:0017", "2001:db8:1:2::/64"],
    ["2001:DB8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    [undefined, "unknown"],
    ["", "unknown"],
  ])("%s → %s", (address, network) => {
    expect(clientNetwork(address)).toBe(network);
  });

  it("puts every address of one /64 in one network, and a neighbouring /64 in another", () => {
    expect(clientNetwork("2001:db8:1:2::1")).toBe(clientNetwork("2001:db8:1:2:ffff::9"));
    expect(clientNetwork("2001:db8:1:3::1")).not.toBe(clientNetwork("2001:db8:1:2::1"));
  });
});
