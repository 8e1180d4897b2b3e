import type { timeZonesEn } from "./en.js";

/** Mensagens em português sobre o fuso horário e o idioma de cada pessoa. */
export const timeZonesPtBR: Record<keyof typeof timeZonesEn, string> = {
  "timeZone.search": "Buscar fuso horário",
  "timeZone.noMatch": "Nenhum fuso horário corresponde a “{query}”.",
  "timeZone.offer.text": "Seu computador está no horário de {zone}. Usar esse fuso?",
  "timeZone.offer.use": "Usar horário de {zone}",
  "timeZone.offer.keep": "Manter {saved}",
  "timeZone.offer.switched": "Os horários agora aparecem no horário de {zone}.",
  "timeZone.ownSettings":
    "Os horários das reuniões e os e-mails usam estas opções. Você pode mudá-las depois em Configurações.",
  "timeZone.yourTime": "{time} no seu horário",
  "timeZone.theirTime": "{time} para {name}",
};
