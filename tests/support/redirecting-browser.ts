/**
 * A minimal browser over fetch: one cookie jar per origin, redirects followed
 * by hand so each hop (and the cookies it sets) can be seen. Enough to drive
 * an OpenID Connect sign-in between the app and a provider on loopback.
 */
export class RedirectingBrowser {
  private readonly jars = new Map<string, Map<string, string>>();
  /** Every URL visited by the last `navigate`, in order. */
  hops: string[] = [];

  /** The cookies this browser holds for an origin, by name. */
  cookies(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (!jar) {
      jar = new Map();
      this.jars.set(origin, jar);
    }
    return jar;
  }

  /**
   * Opens `url` and follows redirects until an answer is not a redirect or
   * `stopAt` says the next URL is where to stop (without fetching it).
   */
  async navigate(url: string, stopAt: (next: URL) => boolean = () => false): Promise<{ url: URL; status: number }> {
    this.hops = [];
    let current = new URL(url);
    for (let i = 0; i < 20; i++) {
      this.hops.push(current.href);
      const jar = this.cookies(current.origin);
      const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
      const res = await fetch(current, { redirect: "manual", headers: cookie ? { cookie } : {} });
      for (const line of res.headers.getSetCookie()) this.store(jar, line);
      const location = res.headers.get("location");
      await res.arrayBuffer();
      if (res.status < 300 || res.status >= 400 || !location) return { url: current, status: res.status };
      const next = new URL(location, current);
      if (stopAt(next)) {
        this.hops.push(next.href);
        return { url: next, status: res.status };
      }
      current = next;
    }
    throw new Error(`Too many redirects: ${this.hops.join(" -> ")}`);
  }

  /**
   * One API request with this browser's cookies, as the web app's own fetch
   * would send it (same-origin, JSON); the cookies it sets are kept.
   */
  async request(url: string, method = "GET", body?: unknown): Promise<{ status: number; body: any }> {
    const target = new URL(url);
    const jar = this.cookies(target.origin);
    const headers: Record<string, string> = {};
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
    if (cookie) headers.cookie = cookie;
    if (method !== "GET") headers.origin = target.origin;
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await fetch(target, {
      method,
      headers,
      redirect: "manual",
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    for (const line of res.headers.getSetCookie()) this.store(jar, line);
    const text = await res.text();
    const json = res.headers.get("content-type")?.includes("application/json") && text;
    return { status: res.status, body: json ? JSON.parse(text) : text };
  }

  private store(jar: Map<string, string>, line: string): void {
    const [pair = "", ...attributes] = line.split(";");
    const eq = pair.indexOf("=");
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    // What a server sends to delete a cookie: Max-Age=0 or an expiry at the epoch. (A date merely in the past
    // is kept: apps under test run on a fake clock, so their real cookies can look expired.)
    const removed = attributes.some((a) => /^\s*(max-age=0|expires=.*19[0-7]\d)/i.test(a)) || value === "";
    if (removed) jar.delete(name);
    else jar.set(name, value);
  }
}
