import type { apiEn } from "./en.js";

export const apiEs: Record<keyof typeof apiEn, string> = {
  "settings.tokens.access": "Acceso",
  "settings.tokens.scope.read": "Solo lectura",
  "settings.tokens.scope.read.hint": "Puede leer tus 1:1, reuniones, acciones y la búsqueda. No puede cambiar nada.",
  "settings.tokens.scope.write": "Lectura y escritura",
  "settings.tokens.scope.write.hint": "También puede añadir temas, editar notas y completar acciones en tu nombre.",
  "settings.tokens.sessionOnly":
    "Ningún token, sea cual sea su acceso, puede crear o revocar tokens, cambiar tu contraseña ni ver tu calendario.",
  "settings.tokens.badge.read": "solo lectura",
  "settings.tokens.badge.write": "lectura y escritura",
};
