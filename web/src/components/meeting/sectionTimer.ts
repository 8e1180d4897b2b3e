/** "4:05" while time remains, "+1:30" once over. */
export function formatCountdown(remainingSeconds: number): string {
  const over = remainingSeconds < 0;
  const total = Math.abs(over ? Math.floor(remainingSeconds) : Math.ceil(remainingSeconds));
  const clock = `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
  return over ? `+${clock}` : clock;
}

/** "12:05" for a running total, "1:02:05" past the hour. */
export function formatElapsed(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}
