/** This browser tab, named on the writes it sends so the live events they cause don't come back to it. */
export const TAB_ID = (() => {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `tab-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
})();
