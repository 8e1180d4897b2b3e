import type { errorsEn } from "./en.js";

export const errorsPtBR: Record<keyof typeof errorsEn, string> = {
  "errors.badRequest": "O servidor não conseguiu ler essa solicitação. Recarregue a página e tente de novo.",
  "errors.tooLarge": "É coisa demais para enviar de uma vez. Encurte e tente de novo.",
  "errors.crossSiteRequest":
    "Esta solicitação veio de outro site, então foi recusada. Abra o Rapport diretamente e tente de novo.",
  "errors.databaseUnavailable": "O Rapport não consegue acessar o banco de dados agora. Tente de novo em instantes.",
  "errors.restarting": "O Rapport está reiniciando. Tente de novo em instantes.",
  "errors.importInvalid": "Esse arquivo não é uma exportação do Rapport que possa ser importada.",
  "errors.insufficientScope": "Este token de API não tem permissão para fazer isso.",
  "errors.sessionRequired": "Só uma sessão aberta no navegador pode fazer isso, não um token de API.",
  "errors.reauthenticationRequired": "Confirme sua senha para continuar.",
  "errors.workspaceScopedSession": "Você entrou em um só espaço de trabalho. Entre com sua senha para usar isto.",
  "errors.invalidCursor": "Esta lista mudou enquanto você a lia. Recarregue a página.",
  "errors.invalidMeeting": "Essa reunião não faz parte deste 1:1.",
  "errors.invalidWebhookUrl": "Use um endereço https:// público para o webhook.",
  "errors.tooManyWebhooks": "Este espaço de trabalho já tem o máximo de webhooks. Remova um antes.",
  "errors.rotationConflict": "Outra pessoa acabou de trocar este segredo. Recarregue e tente de novo.",
  "errors.upgradeRequired": "Não foi possível abrir a conexão ao vivo. Recarregue a página.",
  "errors.meetingNotHeld": "Este 1:1 ainda não aconteceu.",
  "errors.notTheirManager":
    "Só o gestor da pessoa pode iniciar um 1:1 de gestor com ela. Escolha outro tipo ou peça a um admin para ajustar a linha de reporte.",
  "errors.startTooEarly": "Este 1:1 é daqui a mais de uma hora. Confirme para começar agora mesmo assim.",
  "errors.completeTooEarly": "Este 1:1 é daqui a mais de um dia. Mude-o para hoje antes de encerrá-lo.",
  "errors.meetingNotStarted": "Este 1:1 ainda não foi iniciado.",
  "errors.meetingHasRecords": "Algo já foi registrado neste 1:1, então não dá para desfazer o início.",
};
