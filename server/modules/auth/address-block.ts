import { isIPv4, isIPv6 } from "node:net";

/**
 * The block an address belongs to, for per-address limits: an IPv4 address is
 * its own block, an IPv6 address counts as its /64 (one subscriber's network
 * holds 2^64 addresses, so a per-address limit would not slow anyone). An
 * IPv4-mapped IPv6 address is its IPv4 address.
 */
export function addressBlock(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1] && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const [head = "", tail = ""] = ip.toLowerCase().split("%")[0]?.split("::") ?? [];
  const left = head ? head.split(":") : [];
  const right = ip.includes("::") ? (tail ? tail.split(":") : []) : [];
  // An embedded IPv4 tail takes two groups; the /64 never reaches it.
  const width = (groups: string[]) => groups.reduce((n, g) => n + (g.includes(".") ? 2 : 1), 0);
  const groups = ip.includes("::") ? [...left, ...Array(8 - width(left) - width(right)).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}
