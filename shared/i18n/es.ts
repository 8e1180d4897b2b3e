import type { MessageKey } from "./en.js";

export const es: Record<MessageKey, string> = {
  "app.name": "Rapport",
  "email.invitation.subject": "{inviter} te invitó a {organization} en Rapport",
  "email.invitation.body":
    "{inviter} te invitó a unirte a {organization} en Rapport, donde tú y tu equipo mantienen sus 1:1 estructurados, regulares y recordados.\n\nAcepta la invitación: {url}\n\nEl enlace es válido hasta {expires}.",
  "email.invitation.cta": "Aceptar la invitación",
  "email.footer": "Recibiste este correo porque alguien te invitó a Rapport.",
};
