import type { settingsEn } from "./en.js";

/** Mensagens em português da página de configurações. */
export const settingsPtBR: Record<keyof typeof settingsEn, string> = {
  "settings.title": "Configurações",
  "settings.lead": "Sua conta, seu idioma e o acesso para scripts e integrações.",
  "settings.profile.title": "Perfil",
  "settings.profile.lead": "Você entra como {email}.",
  "settings.profile.zoneHint": "Datas e horários de reuniões aparecem neste fuso horário.",
  "settings.profile.useDeviceZone": "Usar o fuso deste dispositivo ({zone})",
  "settings.profile.saved": "Seu perfil foi salvo.",
  "settings.password.title": "Senha",
  "settings.password.lead": "Escolha uma senha que você não use em nenhum outro lugar.",
  "settings.password.submit": "Alterar senha",
  "settings.password.saved": "Sua senha foi alterada.",
  "settings.password.wrongCurrent": "Essa não é a sua senha atual.",
  "settings.tokens.title": "Tokens de API",
  "settings.tokens.lead":
    "Tokens pessoais permitem que scripts e integrações usem a API do Rapport em seu nome. Trate-os como senhas.",
  "settings.tokens.nameLabel": "Nome do token",
  "settings.tokens.namePlaceholder": "ex.: Sincronizar agenda",
  "settings.tokens.create": "Criar token",
  "settings.tokens.createdToast": "Token criado.",
  "settings.tokens.createdTitle": "Seu novo token “{name}”",
  "settings.tokens.createdWarning": "Copie agora e guarde num lugar seguro. Você não vai conseguir vê-lo de novo.",
  "settings.tokens.secretLabel": "Segredo do token",
  "settings.tokens.copy": "Copiar token",
  "settings.tokens.usage": "Envie-o no cabeçalho Authorization:",
  "settings.tokens.saved": "Já guardei",
  "settings.tokens.empty": "Nenhum token ainda. Crie um quando um script ou integração precisar acessar a API.",
  "settings.tokens.createdOn": "criado em {date}",
  "settings.tokens.lastUsed": "último uso {when}",
  "settings.tokens.neverUsed": "nunca usado",
  "settings.tokens.revoke": "Revogar",
  "settings.tokens.revokedToast": "“{name}” foi revogado.",
  "settings.tokens.confirmTitle": "Revogar “{name}”?",
  "settings.tokens.confirmText": "Tudo o que usa este token para de funcionar na hora. Não dá para desfazer.",
  "settings.password.signsOut": "Ao alterá-la, você sai da conta nos seus outros dispositivos.",
  "settings.password.revokesTokens_one":
    "Ao alterá-la, você sai da conta nos seus outros dispositivos e seu token de API é revogado: o que o usa para de funcionar.",
  "settings.password.revokesTokens_other":
    "Ao alterá-la, você sai da conta nos seus outros dispositivos e seus {count} tokens de API são revogados: o que os usa para de funcionar.",
  "settings.password.confirmTitle": "Alterar sua senha?",
  "settings.password.confirmText_one":
    "Seu token de API será revogado na hora e seus outros dispositivos sairão da conta. Isso não pode ser desfeito.",
  "settings.password.confirmText_other":
    "Seus {count} tokens de API serão revogados na hora e seus outros dispositivos sairão da conta. Isso não pode ser desfeito.",
  "settings.tokens.passwordLabel": "Sua senha",
  "settings.tokens.reauthHint": "Você entrou há mais de 15 minutos. Digite sua senha para criar um token.",
  "settings.tokens.wrongPassword": "Essa não é a sua senha.",
};
