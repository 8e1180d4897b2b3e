import type { invitationsEn } from "./en.js";

export const invitationsEs: Record<keyof typeof invitationsEn, string> = {
  "errors.accountAwaitingFirstPassword":
    "La cuenta de esta persona se importó y aún no tiene contraseña. Solo el enlace para crear la contraseña emitido para esa cuenta puede abrirla: debe usarlo primero (un admin de su espacio de trabajo puede reenviarlo desde Invitaciones pendientes).",
  "errors.invitationLimit": "Son muchas invitaciones para una hora. Podrás enviar más en {minutes} min.",
  "invite.blocked.title": "Esta cuenta aún no puede recibir invitaciones",
  "invite.blocked.text":
    "La cuenta de {email} se trajo desde otro Rapport y aún no tiene contraseña. Solo el enlace para crear la contraseña enviado para esa cuenta puede abrirla. Usa ese enlace primero; después esta invitación funciona con tu nueva contraseña.",
  "invite.setPassword.eyebrow": "Bienvenido de nuevo",
  "invite.setPassword.title": "Elige tu contraseña",
  "invite.setPassword.lead":
    "Tu cuenta se trajo a este Rapport. Elige una contraseña para entrar en tus espacios de trabajo, con todo lo que tenías.",
  "invite.setPassword.submit": "Guardar contraseña y entrar",
  "people.pending.setPassword": "Enlace para crear la contraseña",
  "people.pending.setPasswordNote":
    "Los enlaces para crear la contraseña de cuentas traídas se envían solo a la persona: un enlace nuevo va a su correo, nunca a ti.",
  "people.pending.setPasswordSent":
    "Se envió un nuevo enlace para crear la contraseña a {email}. El anterior ya no funciona.",
  "outbox.linkHidden":
    "El enlace de este correo está oculto: abre una cuenta, así que solo quien lo recibe puede verlo. El correo se envió con el enlace.",
  "outbox.linkHiddenKept":
    "El enlace de este correo está oculto: abre una cuenta, así que solo quien lo recibe puede verlo. Sin SMTP, este correo no se envió.",
  "outbox.linkHiddenUnsent":
    "El enlace de este correo está oculto: abre una cuenta, así que solo quien lo recibe puede verlo. El correo aún no se ha enviado; cuando se envíe, llevará el enlace.",
  "email.setPassword.subject": "Elige tu contraseña para {organization} en Rapport",
  "email.setPassword.body":
    "Tu cuenta en {organization} se trajo a un nuevo Rapport. Elige una contraseña para volver a entrar; todo lo que tenías está ahí.\n\nEl enlace es válido hasta {expires}. Si caduca, pide a un admin de {organization} uno nuevo.",
  "email.setPassword.cta": "Elegir mi contraseña",
  "invite.dialog.createdTitle": "Invitación lista",
  "invite.dialog.notSentText":
    "No se envió ningún correo: este Rapport no tiene servidor de correo (SMTP). Copia el enlace y envíaselo tú a {email}, por ejemplo por chat.",
  "invite.dialog.queuedText":
    "El correo a {email} aún no salió: el servidor de correo lo rechazó por ahora y Rapport lo volverá a intentar. También puedes enviar el enlace tú.",
  "people.toast.invitedNotSent": "Invitación creada para {email}. No se envió ningún correo: comparte el enlace tú.",
  "people.pending.newLinkNotSent":
    "Un nuevo enlace para {email} está listo para copiar. No se envió ningún correo (sin SMTP). El enlace anterior ya no funciona.",
  "people.pending.newLinkQueued":
    "Un nuevo enlace para {email} está listo para copiar. Su correo aún no salió; Rapport lo volverá a intentar. El enlace anterior ya no funciona.",
  "people.pending.setPasswordNotSent":
    "No se envió ningún correo a {email}: este Rapport no tiene SMTP, y un enlace para elegir contraseña va solo a su persona. Configura SMTP para entregarlo.",
};
