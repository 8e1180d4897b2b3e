import type { Locale } from "../../../shared/schemas/common.js";
import type { TemplateSection } from "../../../shared/schemas/templates.js";

/** Section keys of the default template, in meeting order. */
export const SYSTEM_SECTION_KEYS = ["check_in", "progress", "feedback", "development", "wrap_up"] as const;
const MINUTES = [5, 15, 10, 10, 2];

type Wording = { name: string; sections: Array<{ title: string; prompts: string[] }> };

/** The default five-part 1:1, worded by us after the source article, in every shipped language. */
const WORDING: Record<Locale, Wording> = {
  en: {
    name: "Rapport 1:1 (five parts)",
    sections: [
      {
        title: "Human check-in",
        prompts: [
          "How are you, really, this week?",
          "What gave you energy lately, and what drained it?",
          "Is anything outside work weighing on your focus?",
        ],
      },
      {
        title: "Progress and obstacles",
        prompts: [
          "What went well since we last talked?",
          "Where did you get stuck, and what did you learn from it?",
          "Is there a blocker I can help remove?",
        ],
      },
      {
        title: "Two-way feedback",
        prompts: [
          "One thing you did recently that made a difference — and why it mattered.",
          "One thing to try differently next time, with a concrete example.",
          "What could I do differently to support you better?",
        ],
      },
      {
        title: "Development and next steps",
        prompts: [
          "Which skill or experience do you want to grow next?",
          "What is one or two concrete steps before we meet again?",
        ],
      },
      {
        title: "Wrap-up",
        prompts: ["Read back the next steps: who owns what, and by when?", "Confirm when we meet next."],
      },
    ],
  },
  "pt-BR": {
    name: "1:1 Rapport (cinco partes)",
    sections: [
      {
        title: "Check-in humano",
        prompts: [
          "Como você está, de verdade, nesta semana?",
          "O que te deu energia ultimamente, e o que te cansou?",
          "Tem algo fora do trabalho afetando seu foco?",
        ],
      },
      {
        title: "Progresso e obstáculos",
        prompts: [
          "O que andou bem desde a nossa última conversa?",
          "Onde você travou, e o que aprendeu com isso?",
          "Existe algum bloqueio que eu possa ajudar a remover?",
        ],
      },
      {
        title: "Feedback de mão dupla",
        prompts: [
          "Algo que você fez recentemente e fez diferença — e por que importou.",
          "Algo para tentar de outro jeito da próxima vez, com um exemplo concreto.",
          "O que eu poderia fazer diferente para te apoiar melhor?",
        ],
      },
      {
        title: "Desenvolvimento e próximos passos",
        prompts: [
          "Qual habilidade ou experiência você quer desenvolver agora?",
          "Quais são um ou dois passos concretos até a próxima conversa?",
        ],
      },
      {
        title: "Encerramento",
        prompts: [
          "Recapitule os próximos passos: quem faz o quê, e até quando?",
          "Confirme quando será a próxima conversa.",
        ],
      },
    ],
  },
  es: {
    name: "1:1 Rapport (cinco partes)",
    sections: [
      {
        title: "Check-in humano",
        prompts: [
          "¿Cómo estás, de verdad, esta semana?",
          "¿Qué te dio energía últimamente y qué te la quitó?",
          "¿Hay algo fuera del trabajo que esté afectando tu concentración?",
        ],
      },
      {
        title: "Avances y obstáculos",
        prompts: [
          "¿Qué salió bien desde nuestra última conversación?",
          "¿Dónde te atascaste y qué aprendiste de ello?",
          "¿Hay algún bloqueo que pueda ayudarte a quitar?",
        ],
      },
      {
        title: "Feedback en ambos sentidos",
        prompts: [
          "Algo que hiciste hace poco y marcó la diferencia, y por qué importó.",
          "Algo que probar de otra forma la próxima vez, con un ejemplo concreto.",
          "¿Qué podría hacer yo de otra manera para apoyarte mejor?",
        ],
      },
      {
        title: "Desarrollo y próximos pasos",
        prompts: [
          "¿Qué habilidad o experiencia quieres desarrollar ahora?",
          "¿Cuáles son uno o dos pasos concretos antes de la próxima reunión?",
        ],
      },
      {
        title: "Cierre",
        prompts: [
          "Repasa los próximos pasos: ¿quién hace qué y para cuándo?",
          "Confirma cuándo será la próxima reunión.",
        ],
      },
    ],
  },
};

/** The default template's name in a language. */
export function systemTemplateName(locale: Locale): string {
  return WORDING[locale].name;
}

/** The default template's sections in a language. */
export function systemTemplateSections(locale: Locale): TemplateSection[] {
  return WORDING[locale].sections.map((section, i) => ({
    key: SYSTEM_SECTION_KEYS[i] as string,
    title: section.title,
    minutes: MINUTES[i] as number,
    prompts: [...section.prompts],
  }));
}
