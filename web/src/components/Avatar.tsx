import type { CSSProperties } from "react";

const HUES = [172, 200, 250, 290, 330, 20, 40, 140];

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? "?";
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

function hueFor(seed: string): number {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return HUES[hash % HUES.length] ?? HUES[0] ?? 172;
}

/** Initials on a soft colour derived from the id; decorative, the name is always shown beside it. */
export function Avatar({ name, seed, size = "md" }: { name: string; seed: string; size?: "sm" | "md" }) {
  return (
    <span
      className={`avatar avatar-${size}`}
      style={{ "--avatar-hue": hueFor(seed) } as CSSProperties}
      aria-hidden="true"
    >
      {initials(name)}
    </span>
  );
}
