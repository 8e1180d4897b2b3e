import type { emailEn } from "./en.js";

export const emailEs: Record<keyof typeof emailEn, string> = {
  "email.reminder.subject": "Tu 1:1 con {name} — {date}",
  "email.reminder.intro": "Tu 1:1 con {name} se acerca: {date}.",
  "email.reminder.agenda": "En la agenda por ahora",
  "email.reminder.emptyAgenda":
    "Todavía no hay nada en la agenda. Añade los temas que te importan para que ambos lleguen preparados.",
  "email.reminder.addPoints": "Añade tus temas antes de la reunión.",
  "email.reminder.checkIn": "Y tómate un momento para el check-in: ¿cómo estás, de verdad?",
  "email.reminder.cta": "Preparar el 1:1",
  "email.digest.subject": "Tus acciones abiertas esta semana",
  "email.digest.intro": "Estos son los próximos pasos que te corresponden en tus 1:1.",
  "email.digest.overdue": "Vencidas",
  "email.digest.open": "Abiertas",
  "email.digest.due": "vence el {date}",
  "email.digest.cta": "Revisar tus acciones",
  "email.nudge.subject": "Han pasado {days} días desde tu último 1:1 con {name}",
  "email.nudge.body":
    "La regularidad importa más que la frecuencia. Han pasado {days} días desde tu última reunión con {name}; un 1:1 breve esta semana mantiene el ritmo.",
  "email.nudge.cta": "Programar el próximo 1:1",
  "email.schedule.subject.created": "Nuevo 1:1: {names}",
  "email.schedule.subject.updated": "1:1 actualizado: {names}",
  "email.schedule.subject.ended": "1:1 finalizado: {names}",
  "email.schedule.body.created":
    "{leader} programó un 1:1 recurrente con {teammate}. El primero será el {date}. La invitación adjunta añade la serie a tu calendario.",
  "email.schedule.body.updated":
    "Cambió el horario del 1:1 entre {leader} y {teammate}. El próximo será el {date}. La actualización adjunta mantiene tu calendario al día.",
  "email.schedule.body.ended":
    "El 1:1 recurrente entre {leader} y {teammate} ha terminado. Su historial sigue en Rapport; la cancelación adjunta lo quita de tu calendario.",
  "email.schedule.cta": "Abrir el 1:1",
  "series.reminder.label": "Correo de recordatorio",
  "series.reminder.0": "Sin recordatorio",
  "series.reminder.60": "1 hora antes",
  "series.reminder.120": "2 horas antes",
  "series.reminder.1440": "1 día antes",
  "series.reminder.2880": "2 días antes",
  "series.reminder.hint": "Ambos reciben la agenda hasta el momento y un enlace para prepararse.",
  "email.preferences": "Elige qué correos recibes: {url}",
};
