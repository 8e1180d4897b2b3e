import type { invitationsEn } from "./en.js";

export const invitationsPtBR: Record<keyof typeof invitationsEn, string> = {
  "errors.accountAwaitingFirstPassword":
    "A conta dessa pessoa foi importada e ainda não tem senha. Só o link de definição de senha emitido para essa conta pode abri-la: ela deve usá-lo primeiro (um admin do workspace dela pode reenviá-lo em Convites pendentes).",
  "errors.invitationLimit": "São muitos convites para uma hora. Você pode enviar mais em {minutes} min.",
  "invite.blocked.title": "Esta conta ainda não pode receber convites",
  "invite.blocked.text":
    "A conta de {email} foi trazida de outro Rapport e ainda não tem senha. Só o link de definição de senha enviado para essa conta pode abri-la. Use esse link primeiro; depois este convite funciona com a sua nova senha.",
  "invite.setPassword.eyebrow": "Boas-vindas de volta",
  "invite.setPassword.title": "Escolha sua senha",
  "invite.setPassword.lead":
    "Sua conta foi trazida para este Rapport. Escolha uma senha para entrar nos seus workspaces, com tudo o que você tinha antes.",
  "invite.setPassword.submit": "Salvar senha e entrar",
  "people.pending.setPassword": "Link de definição de senha",
  "people.pending.setPasswordNote":
    "Links de definição de senha de contas trazidas são enviados só para a pessoa: um novo link vai para o e-mail dela, nunca para você.",
  "people.pending.setPasswordSent":
    "Um novo link de definição de senha foi enviado para {email}. O anterior não funciona mais.",
  "outbox.linkHidden":
    "O link deste e-mail está oculto: ele abre uma conta, então só quem o recebe pode vê-lo. O e-mail foi enviado com o link.",
  "outbox.linkHiddenKept":
    "O link deste e-mail está oculto: ele abre uma conta, então só quem o recebe pode vê-lo. Sem SMTP, este e-mail não foi enviado.",
  "outbox.linkHiddenUnsent":
    "O link deste e-mail está oculto: ele abre uma conta, então só quem o recebe pode vê-lo. O e-mail ainda não foi enviado; quando for, levará o link.",
  "email.setPassword.subject": "Escolha sua senha para {organization} no Rapport",
  "email.setPassword.body":
    "Sua conta em {organization} foi trazida para um novo Rapport. Escolha uma senha para entrar de novo; tudo o que você tinha está lá.\n\nO link vale até {expires}. Se ele expirar, peça a um admin de {organization} um novo.",
  "email.setPassword.cta": "Escolher minha senha",
  "invite.dialog.createdTitle": "Convite pronto",
  "invite.dialog.notSentText":
    "Nenhum e-mail foi enviado: este Rapport não tem servidor de e-mail (SMTP). Copie o link e envie para {email} você mesmo, por exemplo num chat.",
  "invite.dialog.queuedText":
    "O e-mail para {email} ainda não saiu: o servidor de e-mail recusou por enquanto, e o Rapport vai tentar de novo. Você também pode enviar o link.",
  "people.toast.invitedNotSent":
    "Convite criado para {email}. Nenhum e-mail foi enviado: compartilhe o link você mesmo.",
  "people.pending.newLinkNotSent":
    "Um novo link para {email} está pronto para copiar. Nenhum e-mail foi enviado (sem SMTP). O link antigo não funciona mais.",
  "people.pending.newLinkQueued":
    "Um novo link para {email} está pronto para copiar. O e-mail ainda não saiu; o Rapport vai tentar de novo. O link antigo não funciona mais.",
  "people.pending.setPasswordNotSent":
    "Nenhum e-mail foi enviado para {email}: este Rapport não tem SMTP, e um link de definição de senha vai só para a própria pessoa. Configure o SMTP para entregá-lo.",
};
