/** Mixes 32-bit words into one (murmur3's finalizer), so nearby seeds give unrelated streams. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

const hex32 = (n: number) => `${HEX[n >>> 24]}${HEX[(n >>> 16) & 0xff]}${HEX[(n >>> 8) & 0xff]}${HEX[n & 0xff]}`;

/**
 * A seeded pseudo-random stream (sfc32: 128 bits of state, so thousands of
 * streams never overlap). Keyed by several numbers, e.g. (seed, 1:1 index),
 * so each part of the organization has its own stream and the output does not
 * depend on how the work is chunked.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(...keys: number[]) {
    let h = 0x9e3779b9;
    for (const key of keys) h = mix32(h ^ mix32(key >>> 0) ^ mix32(Math.floor(key / 2 ** 32)));
    this.a = mix32(h ^ 0x1b873593);
    this.b = mix32(h ^ 0xcc9e2d51);
    this.c = mix32(h ^ 0xe6546b64);
    this.d = 1;
    for (let i = 0; i < 15; i++) this.uint32();
  }

  /** The next 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }

  /** An index chosen with the given relative weights. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((sum, w) => sum + w, 0);
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] as number;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** A random-looking UUID (version 4 layout), like the app's own ids but reproducible. */
  uuid(): string {
    const a = this.uint32();
    const b = this.uint32();
    const c = (this.uint32() & 0x0fffffff) | 0x40000000;
    const d = ((this.uint32() & 0x3fffffff) | 0x80000000) >>> 0;
    const e = this.uint32();
    const hb = hex32(b);
    const hd = hex32(d);
    return `${hex32(a)}-${hb.slice(0, 4)}-${hex32(c).slice(0, 4)}-${hd.slice(0, 4)}-${hd.slice(4)}${hex32(e)}`;
  }
}
