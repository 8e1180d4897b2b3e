import type { ssoEn } from "./en.js";

export const ssoPtBR: Record<keyof typeof ssoEn, string> = {
  "sso.login.or": "ou",
  "sso.login.button": "Entrar com SSO",
  "sso.login.title": "Entrar com SSO",
  "sso.login.lead": "Informe seu e-mail de trabalho. Vamos levar você à página de login da sua empresa.",
  "sso.login.continue": "Continuar",
  "sso.login.redirecting": "Redirecionando…",
  "sso.login.back": "Entrar com senha",
  "sso.error.sso_not_configured":
    "O login único não está configurado para este domínio de e-mail. Entre com sua senha.",
  "sso.error.sso_provider_unavailable":
    "O serviço de login da sua empresa não está respondendo agora. Tente de novo daqui a pouco.",
  "sso.error.sso_issuer_mismatch":
    "O serviço de login da sua empresa não se identificou como esperado, então paramos. Peça ao admin para revisar as configurações de SSO.",
  "sso.error.sso_state_invalid": "Esse link de login expirou ou já foi usado. Comece de novo.",
  "sso.error.sso_denied": "O serviço de login da sua empresa não concluiu o seu login.",
  "sso.error.sso_failed": "Não conseguimos verificar a resposta do serviço de login da sua empresa. Tente de novo.",
  "sso.error.sso_email_unverified":
    "O serviço de login da sua empresa não verificou o seu e-mail, então não podemos fazer o login com ele.",
  "sso.error.sso_wrong_domain": "O e-mail dessa conta não é do domínio que este workspace usa no SSO.",
  "sso.error.sso_member_deactivated": "Seu acesso a este workspace foi desativado. Peça a um admin para reativá-lo.",
  "sso.error.sso_not_member":
    "Já existe uma conta no Rapport com este e-mail, mas ela não faz parte deste workspace. Peça um convite a um admin.",
  "sso.error.rate_limited": "Muitas tentativas. Aguarde um pouco e tente de novo.",
  "sso.error.sso_domain_taken": "Outro workspace já usa login único para este domínio de e-mail.",
  "sso.nav": "Login único (SSO)",
  "sso.settings.title": "Login único (SSO)",
  "sso.settings.lead":
    "Permita que as pessoas entrem com o provedor de identidade da sua empresa (OpenID Connect): Okta, Microsoft Entra ID, Google Workspace, Keycloak e outros.",
  "sso.settings.redirectTitle": "URI de redirecionamento",
  "sso.settings.redirectHint": "Cadastre este endereço no seu provedor de identidade como URI de redirecionamento.",
  "sso.settings.copyRedirect": "Copiar URI de redirecionamento",
  "sso.settings.formTitle": "Provedor de identidade",
  "sso.settings.issuer": "URL do emissor (issuer)",
  "sso.settings.issuerHint": "Por exemplo https://sua-empresa.okta.com ou https://accounts.google.com.",
  "sso.settings.clientId": "Client ID",
  "sso.settings.clientSecret": "Client secret",
  "sso.settings.clientSecretKept": "Há um segredo guardado. Deixe em branco para mantê-lo.",
  "sso.settings.clientSecretHint": "Guardado criptografado e nunca mais exibido.",
  "sso.settings.domain": "Domínio de e-mail",
  "sso.settings.domainHint":
    "Pessoas com e-mail verificado neste domínio podem entrar. Depois que o domínio for verificado abaixo, quem é novo entra neste workspace como membro no primeiro acesso.",
  "sso.settings.enabled": "Permitir login com SSO",
  "sso.settings.enabledHint": "Desative para pausar o SSO sem perder estas configurações. As senhas continuam valendo.",
  "sso.settings.save": "Salvar configurações",
  "sso.settings.saved": "Configurações de login único salvas.",
  "sso.settings.remove": "Remover SSO",
  "sso.settings.removeTitle": "Remover o login único?",
  "sso.settings.removeBody":
    "As pessoas não poderão mais entrar pelo seu provedor de identidade. Contas e participações continuam como estão.",
  "sso.settings.removed": "Login único removido.",
  "sso.settings.statusOn": "Ativo",
  "sso.settings.statusOff": "Inativo",
  "sso.settings.notSet": "Ainda não configurado",
  "sso.settings.docs": "O passo a passo para Okta, Google e Keycloak está em docs/sso.md.",
  "sso.settings.adminOnly": "Só proprietários e admins podem alterar o login único.",
  "sso.validation.issuer": "Informe o endereço https do emissor.",
  "sso.validation.clientId": "Informe o client ID.",
  "sso.validation.clientSecret": "Informe o client secret.",
  "sso.validation.domain": "Informe um domínio como empresa.com.",
  "email.ssoChanged.subject": "Login único alterado em {organization}",
  "email.ssoChanged.body.configured": "{actor} alterou as configurações de login único (SSO) de {organization}.",
  "email.ssoChanged.body.domain_verified":
    "{actor} verificou o domínio de e-mail do login único (SSO) em {organization}. Pessoas desse domínio agora podem ser enviadas ao provedor de identidade, e pessoas novas entram no workspace.",
  "email.ssoChanged.body.removed":
    "{actor} desativou o login único (SSO) em {organization} e removeu suas configurações.",
  "email.ssoChanged.details": "Provedor de identidade: {issuer}\nDomínio de e-mail: {domain}",
  "email.ssoChanged.notYou":
    "O provedor de identidade decide quem pode entrar neste workspace. Se você não esperava esta alteração, revise as configurações agora.",
  "email.ssoChanged.cta": "Revisar o login único",
  "sso.error.sso_domain_unverified":
    "O domínio de e-mail deste workspace ainda não foi verificado, então o serviço de login dele não pode criar contas novas. Fale com o administrador.",
  "sso.error.sso_domain_verification_failed":
    "O registro TXT ainda não foi encontrado no domínio. Mudanças de DNS podem demorar; tente de novo mais tarde.",
  "sso.link.title": "Confirme que é você para vincular o login de {organization}",
  "sso.link.lead":
    "O serviço de login de {organization} diz que é você, {email}. Você já tem uma conta no Rapport, então digite a senha dela uma vez para vincular as duas. Depois você poderá entrar em {organization} com o login único.",
  "sso.link.confirm": "Confirmar e vincular",
  "sso.link.cancel": "Não vincular",
  "sso.link.expired": "Este pedido de vinculação expirou. Comece o login único de novo.",
  "sso.settings.domainUnverified":
    "Não verificado: este domínio não encaminha ninguém e o login único não cria contas novas.",
  "sso.settings.domainVerified": "Verificado em {date}",
  "sso.settings.verifyTitle": "Verificar o domínio de e-mail",
  "sso.settings.verifyHint":
    "Publique este registro TXT em {domain} e depois verifique. Até lá, o login único começa só a partir deste workspace, e só membros existentes podem entrar.",
  "sso.settings.copyRecord": "Copiar registro TXT",
  "sso.settings.verify": "Verificar domínio",
  "sso.settings.verified": "Domínio verificado.",
  "sso.settings.reauthTitle": "Confirme sua senha",
  "sso.settings.reauthBody":
    "O login único decide quem pode entrar neste workspace. Digite sua senha para confirmar esta alteração.",
  "sso.settings.reauthConfirm": "Confirmar",
  "sso.settings.ownersNotified": "Todos os proprietários do workspace recebem um e-mail a cada alteração.",
  "sso.settings.reauthWrong": "Essa senha não está certa. Tente de novo.",
  "sso.settings.startLinkTitle": "Link de login",
  "sso.settings.startLinkHint":
    "Compartilhe este link com sua equipe: ele faz o login pelo seu provedor de identidade, mesmo antes de o domínio ser verificado.",
  "sso.settings.copyStartLink": "Copiar link de login",
  "email.ssoLinked.subject": "Sua conta do Rapport agora está vinculada ao login de {organization}",
  "email.ssoLinked.body":
    "Você confirmou com sua senha, então agora pode entrar em {organization} com o login único. Esse login abre apenas {organization}.",
  "email.ssoLinked.notYou": "Se não foi você, troque sua senha agora e avise um proprietário de {organization}.",
  "email.ssoLinked.cta": "Abrir suas configurações",
};
