import type { settingsEn } from "./en.js";

/** Mensajes en español de la página de ajustes. */
export const settingsEs: Record<keyof typeof settingsEn, string> = {
  "settings.title": "Ajustes",
  "settings.lead": "Tu cuenta, tu idioma y el acceso para scripts e integraciones.",
  "settings.profile.title": "Perfil",
  "settings.profile.lead": "Inicias sesión como {email}.",
  "settings.profile.zoneHint": "Las fechas y horas de las reuniones se muestran en esta zona horaria.",
  "settings.profile.useDeviceZone": "Usar la zona horaria de este dispositivo ({zone})",
  "settings.profile.saved": "Se guardó tu perfil.",
  "settings.password.title": "Contraseña",
  "settings.password.lead": "Elige una contraseña que no uses en ningún otro sitio.",
  "settings.password.submit": "Cambiar contraseña",
  "settings.password.saved": "Se cambió tu contraseña.",
  "settings.password.wrongCurrent": "Esa no es tu contraseña actual.",
  "settings.tokens.title": "Tokens de API",
  "settings.tokens.lead":
    "Los tokens personales permiten que scripts e integraciones usen la API de Rapport en tu nombre. Trátalos como contraseñas.",
  "settings.tokens.nameLabel": "Nombre del token",
  "settings.tokens.namePlaceholder": "p. ej., Sincronizar calendario",
  "settings.tokens.create": "Crear token",
  "settings.tokens.createdToast": "Token creado.",
  "settings.tokens.createdTitle": "Tu nuevo token «{name}»",
  "settings.tokens.createdWarning": "Cópialo ahora y guárdalo en un lugar seguro. No podrás volver a verlo.",
  "settings.tokens.secretLabel": "Secreto del token",
  "settings.tokens.copy": "Copiar token",
  "settings.tokens.usage": "Envíalo en la cabecera Authorization:",
  "settings.tokens.saved": "Ya lo guardé",
  "settings.tokens.empty": "Aún no hay tokens. Crea uno cuando un script o una integración necesite acceso a la API.",
  "settings.tokens.createdOn": "creado el {date}",
  "settings.tokens.lastUsed": "último uso {when}",
  "settings.tokens.neverUsed": "sin usar",
  "settings.tokens.revoke": "Revocar",
  "settings.tokens.revokedToast": "Se revocó «{name}».",
  "settings.tokens.confirmTitle": "¿Revocar «{name}»?",
  "settings.tokens.confirmText": "Todo lo que use este token dejará de funcionar de inmediato. No se puede deshacer.",
  "settings.password.signsOut": "Al cambiarla, se cierra tu sesión en tus otros dispositivos.",
  "settings.password.revokesTokens_one":
    "Al cambiarla, se cierra tu sesión en tus otros dispositivos y se revoca tu token de API: lo que lo use dejará de funcionar.",
  "settings.password.revokesTokens_other":
    "Al cambiarla, se cierra tu sesión en tus otros dispositivos y se revocan tus {count} tokens de API: lo que los use dejará de funcionar.",
  "settings.password.confirmTitle": "¿Cambiar tu contraseña?",
  "settings.password.confirmText_one":
    "Tu token de API se revocará de inmediato y se cerrará tu sesión en tus otros dispositivos. No se puede deshacer.",
  "settings.password.confirmText_other":
    "Tus {count} tokens de API se revocarán de inmediato y se cerrará tu sesión en tus otros dispositivos. No se puede deshacer.",
  "settings.tokens.passwordLabel": "Tu contraseña",
  "settings.tokens.reauthHint": "Iniciaste sesión hace más de 15 minutos. Escribe tu contraseña para crear un token.",
  "settings.tokens.wrongPassword": "Esa no es tu contraseña.",
};
