import type { errorsEn } from "./en.js";

export const errorsEs: Record<keyof typeof errorsEn, string> = {
  "errors.badRequest": "El servidor no pudo leer esa solicitud. Recarga la página e inténtalo de nuevo.",
  "errors.tooLarge": "Es demasiado para enviar de una vez. Acórtalo e inténtalo de nuevo.",
  "errors.crossSiteRequest":
    "Esta solicitud vino de otro sitio, así que se rechazó. Abre Rapport directamente e inténtalo de nuevo.",
  "errors.databaseUnavailable": "Rapport no puede acceder a su base de datos ahora. Inténtalo de nuevo en un momento.",
  "errors.restarting": "Rapport se está reiniciando. Inténtalo de nuevo en un momento.",
  "errors.importInvalid": "Ese archivo no es una exportación de Rapport que se pueda importar.",
  "errors.insufficientScope": "Este token de API no tiene permiso para hacer eso.",
  "errors.sessionRequired": "Solo una sesión iniciada en el navegador puede hacer esto, no un token de API.",
  "errors.reauthenticationRequired": "Confirma tu contraseña para continuar.",
  "errors.workspaceScopedSession":
    "Iniciaste sesión en un solo espacio de trabajo. Inicia sesión con tu contraseña para usar esto.",
  "errors.invalidCursor": "Esta lista cambió mientras la leías. Recarga la página.",
  "errors.invalidMeeting": "Esa reunión no forma parte de este 1:1.",
  "errors.invalidWebhookUrl": "Usa una dirección https:// pública para el webhook.",
  "errors.tooManyWebhooks": "Este espacio de trabajo ya tiene el máximo de webhooks. Elimina uno antes.",
  "errors.rotationConflict": "Otra persona acaba de rotar este secreto. Recarga e inténtalo de nuevo.",
  "errors.upgradeRequired": "No se pudo abrir la conexión en vivo. Recarga la página.",
  "errors.meetingNotHeld": "Este 1:1 todavía no se ha celebrado.",
  "errors.notTheirManager":
    "Solo su responsable puede iniciar un 1:1 de responsable con esta persona. Elige otro tipo o pide a un admin que ajuste la línea de reporte.",
  "errors.startTooEarly": "Este 1:1 es dentro de más de una hora. Confirma para empezarlo ahora de todos modos.",
  "errors.completeTooEarly": "Este 1:1 es dentro de más de un día. Muévelo a hoy antes de cerrarlo.",
  "errors.meetingNotStarted": "Este 1:1 no se ha empezado.",
  "errors.meetingHasRecords": "Ya se registró algo en este 1:1, así que no se puede deshacer el inicio.",
};
