import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP } from "node:net";

/** Addresses a webhook may never reach: private, loopback, link-local, shared, reserved and multicast ranges (SSRF). */
const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["2001:db8::", 32],
  ["64:ff9b::", 96],
  ["100::", 64],
] as const)
  blocked.addSubnet(net, prefix, "ipv6");

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

/** The IPv4 address inside an IPv4-mapped IPv6 one (::ffff:10.0.0.1), which would otherwise dodge the list. */
function unmapped(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m?.[1] ?? address;
}

/** True for an address on this machine (127.0.0.0/8, ::1). */
export function isLoopbackAddress(address: string): boolean {
  const a = unmapped(address);
  const family = isIP(a);
  return family !== 0 && loopback.check(a, family === 6 ? "ipv6" : "ipv4");
}

/** True for an address a webhook may post to: public unicast only (loopback too when allowed). */
export function isAllowedAddress(address: string, allowLoopback: boolean): boolean {
  const a = unmapped(address);
  const family = isIP(a);
  if (family === 0) return false;
  if (allowLoopback && isLoopbackAddress(a)) return true;
  return !blocked.check(a, family === 6 ? "ipv6" : "ipv4");
}

const isLoopbackName = (host: string) => host === "localhost" || host.endsWith(".localhost");
/** A URL's host without IPv6 brackets. */
const bareHost = (url: URL) => url.hostname.replace(/^\[|\]$/g, "").toLowerCase();

/**
 * Checks a webhook URL before it is stored: https to a public host, or http
 * to loopback when the insecure-loopback flag is on. Returns a reason or null.
 * Host names are checked again at delivery, against every address they resolve to.
 */
export function webhookUrlProblem(raw: string, allowInsecureLoopback: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "url: not a valid URL";
  }
  if (url.username || url.password) return "url: must not contain credentials";
  if (url.hash) return "url: must not contain a #fragment";
  const host = bareHost(url);
  const literal = isIP(host) !== 0;
  const local = literal ? isLoopbackAddress(host) : isLoopbackName(host);
  if (url.protocol === "http:") {
    if (!(allowInsecureLoopback && local)) return "url: must use https://";
  } else if (url.protocol !== "https:") return "url: must use https://";
  if (local) return allowInsecureLoopback ? null : "url: loopback addresses are not allowed";
  if (literal && !isAllowedAddress(host, false)) return "url: private and reserved addresses are not allowed";
  if (!literal && (!host.includes(".") || host.endsWith(".local") || host.endsWith(".internal")))
    return "url: must be a public host name";
  return null;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * Answers a connect-time lookup with the addresses the name resolved to, or refuses it with an error
 * of this `code` when any of them is not allowed (or there is none): the connection goes only where
 * the check looked (no DNS rebinding between the check and the connect).
 */
export function answerGuardedLookup(
  hostname: string,
  list: LookupAddress[],
  options: { all?: boolean },
  callback: LookupCallback,
  guard: { allowLoopback: boolean; code: string },
): void {
  const refused = list.find((a) => !isAllowedAddress(a.address, guard.allowLoopback));
  if (refused || list.length === 0) {
    const error: NodeJS.ErrnoException = new Error(
      `refused: ${hostname} resolves to a private or reserved address (${refused?.address ?? "none"})`,
    );
    error.code = guard.code;
    callback(error, []);
  } else if (options.all) {
    callback(null, list);
  } else {
    const first = list[0] as LookupAddress;
    callback(null, first.address, first.family);
  }
}

/** A `lookup` for http(s).request that resolves the name and refuses it when any address is not allowed. */
export function guardedLookup(allowLoopback: boolean) {
  return (hostname: string, options: object, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      answerGuardedLookup(hostname, addresses as LookupAddress[], options, callback, {
        allowLoopback,
        code: "EWEBHOOKADDRESS",
      });
    });
  };
}
