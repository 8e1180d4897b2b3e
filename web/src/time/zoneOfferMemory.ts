/** Which device zones a person declined to switch to, on this browser: the offer is made once per zone. */
const keyOf = (userId: string) => `rapport.zoneOffer.declined.${userId}`;

function declinedZones(userId: string): string[] {
  try {
    const saved = JSON.parse(localStorage.getItem(keyOf(userId)) ?? "[]");
    return Array.isArray(saved) ? saved.filter((zone): zone is string => typeof zone === "string") : [];
  } catch {
    return [];
  }
}

/** True when the person already said no to this device zone. */
export function hasDeclinedZone(userId: string, zone: string): boolean {
  return declinedZones(userId).includes(zone);
}

/** Remembers that the person keeps their saved zone while the device is on `zone`. */
export function declineZone(userId: string, zone: string): void {
  try {
    const zones = [...declinedZones(userId).filter((z) => z !== zone), zone].slice(-20);
    localStorage.setItem(keyOf(userId), JSON.stringify(zones));
  } catch {
    // Private mode: the offer comes back next visit.
  }
}
