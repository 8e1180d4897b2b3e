// Applies the saved theme before the first paint so the page never flashes the wrong colours.
(() => {
  let theme = "light";
  try {
    const saved = localStorage.getItem("rapport.theme");
    const systemDark = window.matchMedia("(prefers-color-scheme: dark)").matches;
    if (saved === "dark" || (saved !== "light" && systemDark)) theme = "dark";
  } catch {
    // Storage can be blocked; the system preference is applied later by the app.
  }
  document.documentElement.dataset.theme = theme;
})();
