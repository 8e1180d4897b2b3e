import type { MessageKey } from "./en.js";

export const ptBR: Record<MessageKey, string> = {
  "app.name": "Rapport",
  "email.invitation.subject": "{inviter} convidou você para {organization} no Rapport",
  "email.invitation.body":
    "{inviter} convidou você para entrar em {organization} no Rapport, onde você e seu time mantêm seus 1:1s estruturados, regulares e lembrados.\n\nAceite o convite: {url}\n\nO link vale até {expires}.",
  "email.invitation.cta": "Aceitar o convite",
  "email.footer": "Você recebeu este e-mail porque alguém convidou você para o Rapport.",
};
