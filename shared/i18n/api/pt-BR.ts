import type { apiEn } from "./en.js";

export const apiPtBR: Record<keyof typeof apiEn, string> = {
  "settings.tokens.access": "Acesso",
  "settings.tokens.scope.read": "Somente leitura",
  "settings.tokens.scope.read.hint": "Pode ler seus 1:1s, reuniões, ações e a busca. Não pode alterar nada.",
  "settings.tokens.scope.write": "Leitura e escrita",
  "settings.tokens.scope.write.hint": "Também pode adicionar pautas, editar anotações e concluir ações em seu nome.",
  "settings.tokens.sessionOnly":
    "Nenhum token, seja qual for o acesso, pode criar ou revogar tokens, mudar sua senha ou ver seu feed de calendário.",
  "settings.tokens.badge.read": "somente leitura",
  "settings.tokens.badge.write": "leitura e escrita",
};
