import type { emailEn } from "./en.js";

export const emailPtBR: Record<keyof typeof emailEn, string> = {
  "email.reminder.subject": "Seu 1:1 com {name} — {date}",
  "email.reminder.intro": "Seu 1:1 com {name} está chegando: {date}.",
  "email.reminder.agenda": "Na pauta até agora",
  "email.reminder.emptyAgenda":
    "Ainda não há nada na pauta. Adicione os assuntos que importam para você, para que os dois cheguem preparados.",
  "email.reminder.addPoints": "Adicione seus pontos de pauta antes da conversa.",
  "email.reminder.checkIn": "E reserve um momento para o check-in: como você está, de verdade?",
  "email.reminder.cta": "Preparar o 1:1",
  "email.digest.subject": "Suas ações em aberto nesta semana",
  "email.digest.intro": "Estes são os próximos passos sob sua responsabilidade nos seus 1:1s.",
  "email.digest.overdue": "Atrasadas",
  "email.digest.open": "Em aberto",
  "email.digest.due": "prazo {date}",
  "email.digest.cta": "Revisar suas ações",
  "email.nudge.subject": "Já faz {days} dias desde o seu último 1:1 com {name}",
  "email.nudge.body":
    "Regularidade importa mais que frequência. Já faz {days} dias desde a última conversa com {name}; um 1:1 curto nesta semana mantém o ritmo.",
  "email.nudge.cta": "Agendar o próximo 1:1",
  "email.schedule.subject.created": "Novo 1:1: {names}",
  "email.schedule.subject.updated": "1:1 atualizado: {names}",
  "email.schedule.subject.ended": "1:1 encerrado: {names}",
  "email.schedule.body.created":
    "{leader} criou um 1:1 recorrente com {teammate}. O primeiro será em {date}. O convite anexo adiciona a série à sua agenda.",
  "email.schedule.body.updated":
    "A agenda do 1:1 entre {leader} e {teammate} mudou. O próximo será em {date}. A atualização anexa mantém sua agenda em dia.",
  "email.schedule.body.ended":
    "O 1:1 recorrente entre {leader} e {teammate} foi encerrado. O histórico continua no Rapport; o cancelamento anexo o remove da sua agenda.",
  "email.schedule.cta": "Abrir o 1:1",
  "series.reminder.label": "E-mail de lembrete",
  "series.reminder.0": "Sem lembrete",
  "series.reminder.60": "1 hora antes",
  "series.reminder.120": "2 horas antes",
  "series.reminder.1440": "1 dia antes",
  "series.reminder.2880": "2 dias antes",
  "series.reminder.hint": "Vocês dois recebem a pauta até o momento e um link para se preparar.",
  "email.preferences": "Escolha quais e-mails você recebe: {url}",
};
