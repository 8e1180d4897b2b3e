import { describe, expect, it } from "vitest";
import { addressBlock } from "./address-block.js";

describe("addressBlock", () => {
  it("keeps an IPv4 address as it is, and unwraps an IPv4-mapped one", () => {
    expect(addressBlock("203.0.113.7")).toBe("203.0.113.7");
    expect(addressBlock("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("counts every address of an IPv6 /64 as one, however it is written", () => {
    const block = "2001:db8:85a3:8d3::/64";
    expect(addressBlock("2001:db8:85a3:8d3:1319:8a2e:370:7348")).toBe(block);
    expect(addressBlock("2001:0DB8:85a3:08d3::1")).toBe(block);
    expect(addressBlock("2001:db8:85a3:8d3:ffff::")).toBe(block);
    expect(addressBlock("2001:db8:85a3:8d4::1")).not.toBe(block);
    expect(addressBlock("::1")).toBe("0:0:0:0::/64");
    expect(addressBlock("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  it("leaves anything that is not an address alone", () => {
    expect(addressBlock("unknown")).toBe("unknown");
  });
});
