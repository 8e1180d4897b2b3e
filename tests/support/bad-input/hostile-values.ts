import fc from "fast-check";

/** Markup that must stay text wherever it is shown (the XSS e2e spec uses the same two). */
export const XSS_SAMPLES = ["<img src=x onerror=window.__xss=1>", "<script>window.__xss=1</script>"];

/** Strings known to break careless code: injection shapes, odd Unicode, number look-alikes. */
export const HOSTILE_SAMPLES = [
  ...XSS_SAMPLES,
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  "[click](javascript:alert(1))",
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  "1; SELECT pg_sleep(5)--",
  "%' UNION SELECT NULL, NULL--",
  "\\",
  "\\'",
  "../../../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "..%2f..%2fetc%2fpasswd",
  "%00",
  "file:///etc/passwd",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDFFF",
  "\uD83D",
  "\uFEFF",
  "\u202Eevil\u202C",
  "مرحبا بالعالم",
  "שלום עולם",
  "e\u0301\u0301\u0301\u0301",
  "Z̴̡̛̖͈a̶͙l̷g̵o̸",
  "👩‍👩‍👧‍👦🏳️‍🌈🇧🇷",
  "\u200B\u200C\u200D\u2060",
  "\r\n\r\nX-Injected: 1",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally
  "${7*7}",
  "{{7*7}}",
  "%s%s%s%n",
  "NaN",
  "-1",
  "1e309",
  "Infinity",
  "-Infinity",
  "0x1F",
  "9007199254740993",
  "-0",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  " ",
  "\t\n",
  "",
];

/** Single code units no well-behaved text holds: lone surrogates, NUL and other controls. */
const nastyUnit = fc.constantFrom(
  "\u0000",
  "\uD800",
  "\uDBFF",
  "\uDC00",
  "\uDFFF",
  "\u0007",
  "\u001B",
  "\u007F",
  "\uFFFF",
);

/** Any hostile string: a known sample, random Unicode, or both mixed with lone surrogates and NULs. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_SAMPLES), weight: 4 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 24 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 16 }), weight: 2 },
  {
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...HOSTILE_SAMPLES), nastyUnit, fc.string({ unit: "grapheme", maxLength: 4 })), {
        minLength: 2,
        maxLength: 6,
      })
      .map((parts) => parts.join("")),
    weight: 2,
  },
);

/** A value that is not a string: what a client sends when it gets the type wrong. */
export const nonString: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.array(hostileString, { minLength: 1, maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
);

/** Text that will appear in a JSON body unquoted, for numbers JSON.stringify cannot write. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** Numbers JSON can carry that no bounded integer field accepts. */
export const absurdNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, -(2 ** 53) - 2, 0.5, -0.5, 1.000001),
  fc.constantFrom(new RawJson("1e400"), new RawJson("-1e400"), new RawJson("123456789012345678901234567890")),
);

/** JSON text for a value that may hold RawJson pieces. */
export function toJsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v) => {
    if (v instanceof RawJson) {
      raws.push(v.text);
      return `@@RAW_${raws.length - 1}@@`;
    }
    return v;
  });
  return (text ?? "null").replace(/"@@RAW_(\d+)@@"/g, (_m, i: string) => raws[Number(i)] as string);
}

/** Percent-encodes a path segment byte by byte; lone surrogates become U+FFFD rather than throwing. */
export function encodeSegment(value: string): string {
  let out = "";
  for (const byte of Buffer.from(value, "utf8")) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9_.~-]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** Raw, not percent-encoded path segments that are malformed URLs in themselves. */
export const malformedSegment = fc.constantFrom("%", "%zz", "%FF", "%ED%A0%80", "%C0%AF", "%00", "..", ".", "%2e%2e");
