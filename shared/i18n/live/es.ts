import type { liveEn } from "./en.js";

export const liveEs: Record<keyof typeof liveEn, string> = {
  "live.status.connecting": "Conectando…",
  "live.status.live": "En vivo",
  "live.status.reconnecting": "Reconectando…",
  "live.status.offline": "Sin conexión",
  "live.status.signedOut": "Sesión cerrada",
  "live.status.liveHint": "Los cambios aparecen en ambas pantallas mientras editan.",
  "live.status.reconnectingHint":
    "Se cortó la conexión. Sigue trabajando: tus ediciones se guardan y se sincronizan cuando vuelva.",
  "live.status.offlineHint":
    "Estás sin conexión. Sigue trabajando: tus ediciones se guardan y se sincronizan al volver.",
  "live.status.signedOutHint": "Tu sesión terminó. Vuelve a entrar para seguir editando juntos.",
  "live.presence.label": "Quién está en esta página",
  "live.presence.alone": "{name} no está aquí ahora",
  "live.presence.lastHere": "{name} no está aquí ahora · estuvo {when}",
  "live.presence.here": "{name} está aquí",
  "live.presence.typing": "{name} está escribiendo…",
  "live.presence.typingIn": "{name} está escribiendo en {place}",
  "live.place.notes": "las notas compartidas",
  "live.notes.hint": "Ambos escriben aquí al mismo tiempo. No se pierde ninguna tecla.",
  "live.notes.loading": "Abriendo las notas compartidas…",
  "live.notes.readOnly": "Esta reunión fue cancelada; sus notas son de solo lectura.",
  "live.notes.tooLarge":
    "Esta nota admite como máximo 100.000 caracteres. Tu último cambio lo habría superado, así que no se guardó.",
  "live.notes.caretOf": "cursor de {name}",
};
