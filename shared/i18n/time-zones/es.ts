import type { timeZonesEn } from "./en.js";

/** Mensajes en español sobre la zona horaria y el idioma de cada persona. */
export const timeZonesEs: Record<keyof typeof timeZonesEn, string> = {
  "timeZone.search": "Buscar zona horaria",
  "timeZone.noMatch": "Ninguna zona horaria coincide con “{query}”.",
  "timeZone.offer.text": "Tu computadora está en la hora de {zone}. ¿Usarla?",
  "timeZone.offer.use": "Usar la hora de {zone}",
  "timeZone.offer.keep": "Mantener {saved}",
  "timeZone.offer.switched": "Las horas se muestran ahora en la hora de {zone}.",
  "timeZone.ownSettings":
    "Los horarios de las reuniones y los correos usan estas opciones. Puedes cambiarlas luego en Ajustes.",
  "timeZone.yourTime": "{time} tu hora",
  "timeZone.theirTime": "{time} para {name}",
};
