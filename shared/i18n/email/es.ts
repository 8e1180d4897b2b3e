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
  "email.preferences": "Elige qué correos recibes: {url}",
};
