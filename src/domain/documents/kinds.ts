/** Kinds of documents the programme produces; the label is what the register (Документы) shows. */
export const DOCUMENT_KINDS = {
  orderIntroduce: 'Приказ о внедрении целевой модели наставничества',
  orderApprove: 'Приказ об утверждении Положения о наставничестве, дорожной карты и программы',
  regulation: 'Положение о наставничестве',
  roadmap: 'Дорожная карта',
  programme: 'Программа наставничества',
  orderPairs: 'Приказ об утверждении наставнических пар/групп',
  plan: 'Индивидуальный план наставничества',
  orderReward: 'Приказ о поощрении участников наставнической деятельности',
  orderFinalEvent: 'Приказ о проведении итогового мероприятия',
  letter: 'Благодарственное письмо',
  finalReport: 'Итоговый отчёт',
  consentPd: 'Согласие на обработку персональных данных',
  consentPublish: 'Согласие на распространение персональных данных',
  consentMentor: 'Согласие на осуществление наставничества',
  agreementMentor: 'Дополнительное соглашение к трудовому договору о наставничестве',
  destructionAct: 'Акт об уничтожении персональных данных',
  destructionLog: 'Выгрузка из журнала регистрации событий',
} as const;

export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/** Whether a register's «Код вида» names a kind the add-on knows (a curator may have typed anything there). */
export function isDocumentKind(kind: string | null): kind is DocumentKind {
  return kind !== null && Object.hasOwn(DOCUMENT_KINDS, kind);
}
