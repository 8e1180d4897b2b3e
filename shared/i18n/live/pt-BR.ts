import type { liveEn } from "./en.js";

export const livePtBR: Record<keyof typeof liveEn, string> = {
  "live.status.connecting": "Conectando…",
  "live.status.live": "Ao vivo",
  "live.status.reconnecting": "Reconectando…",
  "live.status.offline": "Sem conexão",
  "live.status.signedOut": "Sessão encerrada",
  "live.status.liveHint": "As mudanças aparecem nas duas telas enquanto vocês editam.",
  "live.status.reconnectingHint":
    "A conexão caiu. Continue: suas edições ficam guardadas e sincronizam quando ela voltar.",
  "live.status.offlineHint": "Você está sem conexão. Continue: suas edições ficam guardadas e sincronizam na volta.",
  "live.status.signedOutHint": "Sua sessão terminou. Entre de novo para continuar editando juntos.",
  "live.presence.label": "Quem está nesta página",
  "live.presence.alone": "{name} não está aqui agora",
  "live.presence.lastHere": "{name} não está aqui agora · esteve aqui {when}",
  "live.presence.here": "{name} está aqui",
  "live.presence.typing": "{name} está digitando…",
  "live.presence.typingIn": "{name} está digitando em {place}",
  "live.place.notes": "notas compartilhadas",
  "live.notes.hint": "Vocês dois escrevem aqui ao mesmo tempo. Nenhuma tecla se perde.",
  "live.notes.loading": "Abrindo as notas compartilhadas…",
  "live.notes.readOnly": "Esta reunião foi cancelada; as notas são somente leitura.",
  "live.notes.tooLarge":
    "Esta nota comporta no máximo 100.000 caracteres. Sua última alteração passaria desse limite, então não foi salva.",
  "live.notes.caretOf": "cursor de {name}",
};
