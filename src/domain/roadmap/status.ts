import { menuPath } from '../menu';
import { DOCUMENT_KINDS } from '../documents/kinds';
import { capitalised, countOf, counted, formatDate } from '../format/ru';
import { REBUILD_LABEL } from '../forms/intake';
import type { FormFacts, ProgrammeFacts } from './facts';

/**
 * Each roadmap step's progress, computed from the workbook's data rather than ticked by hand. A rule says what
 * is done, what the counts are, and what the curator does next, all in Russian.
 */

export type Progress = 'done' | 'in_progress' | 'todo';

export interface StepProgress {
  progress: Progress;
  text: string;
  next: string;
}

const MENTEES: [string, string, string] = ['наставляемый', 'наставляемых', 'наставляемых'];
const MENTORS: [string, string, string] = ['наставник', 'наставника', 'наставников'];
const ANSWERS: [string, string, string] = ['ответ', 'ответа', 'ответов'];
const PAIRS: [string, string, string] = ['пара/группа', 'пары/группы', 'пар/групп'];
const MEETINGS: [string, string, string] = ['встреча', 'встречи', 'встреч'];
const APPROVED = ['утверждена', 'утверждены', 'утверждено'] as const;
const SESSIONS: [string, string, string] = ['занятие', 'занятия', 'занятий'];
const CONSENTS: [string, string, string] = ['согласие', 'согласия', 'согласий'];

const docs = (f: ProgrammeFacts, label: string) => f.documents[label] ?? 0;

function documentsStep(f: ProgrammeFacts, labels: string[], nextHint: string): StepProgress {
  const have = labels.filter((l) => docs(f, l) > 0);
  const missing = labels.filter((l) => docs(f, l) === 0);
  if (!missing.length)
    return {
      progress: 'done',
      text: `Документы подготовлены (${have.length} из ${labels.length})`,
      next: '',
    };
  return {
    progress: have.length ? 'in_progress' : 'todo',
    text: `Подготовлено документов: ${have.length} из ${labels.length}`,
    next: `${nextHint}: ${missing.map((l) => `«${l}»`).join(', ')}`,
  };
}

/**
 * Answers on the response sheets that are not in the base (the lock was held, a trigger failed): the step is
 * not done, and its next thing to do is the rebuild.
 */
function withPending(form: FormFacts | undefined, step: StepProgress): StepProgress {
  const n = form?.pending ?? 0;
  if (!n) return step;
  return {
    progress: 'in_progress',
    text: `${step.text}. В базу не попали ответы анкеты: ${n}`,
    next: `Выполните «${REBUILD_LABEL}», чтобы внести ${n === 1 ? 'его' : 'их'} в базу`,
  };
}

function formStep(f: ProgrammeFacts, key: string, what: string): StepProgress {
  const form = f.forms[key];
  if (!form?.created)
    return { progress: 'todo', text: 'Анкета ещё не создана', next: `Создайте анкету: ${what}` };
  if (!form.responses)
    return {
      progress: 'in_progress',
      text: 'Анкета создана, ответов пока нет',
      next: 'Разошлите ссылку на анкету педагогам',
    };
  const refused = form.refused ? `; без согласия — ${form.refused} (данные не сохранены)` : '';
  return {
    progress: 'done',
    text: `${capitalised(counted(form.responses, ['получен', 'получены', 'получено'], ANSWERS))}${refused}`,
    next: '',
  };
}

type Rule = (f: ProgrammeFacts) => StepProgress;

const STEP_RULES: Record<string, Rule> = {
  '1.1': (f) =>
    f.configured
      ? { progress: 'done', text: 'Решение принято, программа настроена', next: '' }
      : {
          progress: 'todo',
          text: 'Программа не настроена',
          next: `Откройте ${menuPath('setup')}`,
        },
  '1.2': (f) =>
    documentsStep(
      f,
      [
        DOCUMENT_KINDS.orderIntroduce,
        DOCUMENT_KINDS.orderApprove,
        DOCUMENT_KINDS.regulation,
        DOCUMENT_KINDS.roadmap,
        DOCUMENT_KINDS.programme,
      ],
      'Подготовьте',
    ),
  '1.3': (f) => formStep(f, 'prelim', 'мониторинг предварительных запросов'),
  '1.4': (f) =>
    f.configured
      ? {
          progress: 'in_progress',
          text: 'Информирование проводит администрация',
          next: 'Отметьте выполнение вручную после педсовета и публикации на сайте',
        }
      : { progress: 'todo', text: 'Программа не настроена', next: 'Сначала настройте программу' },
  '2.1': (f) => formStep(f, 'mentee', 'анкета наставляемого'),
  '2.2': (f) =>
    withPending(
      f.forms.mentee,
      f.mentees.total === 0
        ? { progress: 'todo', text: 'База наставляемых пуста', next: 'Соберите анкеты наставляемых' }
        : {
            progress: f.mentees.consented >= f.mentees.total ? 'done' : 'in_progress',
            text: `В базе ${countOf(f.mentees.total, MENTEES)}, ${countOf(f.mentees.consented, CONSENTS)}`,
            next:
              f.mentees.consented >= f.mentees.total
                ? ''
                : 'Соберите недостающие согласия на обработку персональных данных',
          },
    ),
  '3.1': (f) => formStep(f, 'mentor', 'анкета наставника'),
  '3.2': (f) =>
    withPending(
      f.forms.mentor,
      f.mentors.total === 0
        ? { progress: 'todo', text: 'База наставников пуста', next: 'Соберите анкеты наставников' }
        : {
            progress: f.mentors.consented >= f.mentors.total ? 'done' : 'in_progress',
            text: `В базе ${countOf(f.mentors.total, MENTORS)}, ${countOf(f.mentors.consented, CONSENTS)} на обработку данных, ${countOf(f.mentorsWithMentorConsent, CONSENTS)} быть наставником`,
            next: f.mentors.consented >= f.mentors.total ? '' : 'Соберите недостающие согласия наставников',
          },
    ),
  '4.1': (f) => {
    const chosen = f.mentors.selected + f.mentors.inPair;
    if (chosen > 0)
      return {
        progress: 'done',
        text: capitalised(counted(chosen, ['отобран', 'отобраны', 'отобрано'], MENTORS)),
        next: '',
      };
    return f.mentors.total
      ? {
          progress: 'in_progress',
          text: `Кандидатов: ${f.mentors.total}`,
          next: 'Проанализируйте базу и отберите наставников',
        }
      : { progress: 'todo', text: 'Нет кандидатов', next: 'Сначала сформируйте базу наставников' };
  },
  '4.2': (f) => {
    const chosen = f.mentors.selected + f.mentors.inPair;
    if (!f.trainingSessions)
      return {
        progress: 'todo',
        text: 'Обучение не проводилось',
        next: 'Внесите занятие в журнал обучения наставников',
      };
    const all = chosen > 0 && f.trainedMentors >= chosen;
    return {
      progress: all ? 'done' : 'in_progress',
      text: `${capitalised(counted(f.trainingSessions, ['проведено', 'проведены', 'проведено'], SESSIONS))}, обучено ${f.trainedMentors} из ${chosen}`,
      next: all ? '' : 'Обучите наставников, не прошедших обучение',
    };
  },
  '5.1': (f) => {
    const order = docs(f, DOCUMENT_KINDS.orderPairs) > 0;
    const waiting = f.pairs.awaitingDecision ?? 0;
    if (waiting)
      return {
        progress: 'in_progress',
        text: `Требуют решения куратора: ${waiting} (участник отозвал согласие)`,
        next: 'Решите, как продолжить пары/группы, где участник отозвал согласие (лист «Пары и группы», столбец «Обоснование»): замените участника или завершите пару',
      };
    if (f.pairs.approved && order)
      return {
        progress: 'done',
        text: `${capitalised(counted(f.pairs.approved, APPROVED, PAIRS))}, приказ издан`,
        next: '',
      };
    if (f.pairs.approved)
      return {
        progress: 'in_progress',
        text: capitalised(counted(f.pairs.approved, APPROVED, PAIRS)),
        next: 'Сформируйте приказ об утверждении пар/групп',
      };
    if (f.pairs.proposed)
      return {
        progress: 'in_progress',
        text: capitalised(counted(f.pairs.proposed, ['предложена', 'предложены', 'предложено'], PAIRS)),
        next: 'Рассмотрите и утвердите предложенные пары/группы',
      };
    return {
      progress: 'todo',
      text: 'Пары/группы не сформированы',
      next: 'Подберите пары после отбора наставников',
    };
  },
  '5.2': (f) => {
    const plans = docs(f, DOCUMENT_KINDS.plan);
    if (!f.pairs.approved)
      return { progress: 'todo', text: 'Нет утверждённых пар/групп', next: 'Сначала утвердите пары/группы' };
    return plans >= f.pairs.approved
      ? { progress: 'done', text: `Планы готовы для всех ${f.pairs.approved} пар/групп`, next: '' }
      : {
          progress: plans ? 'in_progress' : 'todo',
          text: `Планов: ${plans} из ${f.pairs.approved}`,
          next: 'Сформируйте индивидуальные планы наставничества',
        };
  },
  '6.1': (f) =>
    f.meetings
      ? {
          progress: 'in_progress',
          text: `${capitalised(counted(f.meetings, ['проведена', 'проведены', 'проведено'], MEETINGS))}; встречались ${f.pairsWithMeetings} из ${f.pairs.approved} пар/групп${f.lastMeetingAt ? `; последняя встреча ${formatDate(f.lastMeetingAt)}` : ''}`,
          // The «до» self-assessment belongs to the start of the pairs' work: the May comparison needs it.
          next: f.forms.impactBefore?.responses
            ? 'Следите, чтобы каждая пара встречалась регулярно'
            : 'Проведите входную самооценку участников («до»): без неё в мае не с чем сравнить',
        }
      : {
          progress: 'todo',
          text: 'Встреч пока нет',
          next: f.pairs.approved
            ? 'Напомните наставникам вносить отчёты о встречах'
            : 'Сначала утвердите пары/группы',
        },
  '6.2': (f) => {
    const survey = f.forms.interim;
    // A workbook of an earlier version has one form for both roles: its answers count as the survey's.
    if (survey && !survey.created && survey.earlier !== undefined)
      return formStep({ ...f, forms: { interim: { ...survey, created: true } } }, 'interim', '');
    if (!survey?.created)
      return {
        progress: 'todo',
        text: 'Анкеты ещё не созданы',
        next: 'Создайте анкеты промежуточной обратной связи: отдельно для наставников и наставляемых',
      };
    if (!survey.responses)
      return {
        progress: 'in_progress',
        text: 'Анкеты созданы, ответов пока нет',
        next: 'Разошлите ссылки: каждый участник получит анкету своей роли',
      };
    return formStep(f, 'interim', '');
  },
  '7.1': (f) => {
    const surveys = [f.forms.impactBefore, f.forms.satisfaction, f.forms.impactAfter, f.forms.curator];
    const parts = surveys.filter((x) => x?.responses).length;
    if (parts === surveys.length) return { progress: 'done', text: 'Мониторинги проведены', next: '' };
    return parts
      ? {
          progress: 'in_progress',
          text: `Есть ответы на ${parts} из ${surveys.length} анкет мониторинга`,
          next: 'Проведите оставшиеся мониторинги: удовлетворённость и качество, итоговая самооценка (входная — этап 6.1), анкета куратора',
        }
      : {
          progress: 'todo',
          text: 'Мониторинги не проводились',
          next: 'Проведите мониторинг удовлетворённости, качества и влияния программы',
        };
  },
  '7.2': (f) =>
    documentsStep(
      f,
      [DOCUMENT_KINDS.orderReward, DOCUMENT_KINDS.orderFinalEvent, DOCUMENT_KINDS.letter],
      'Сформируйте',
    ),
};

export function evaluateStep(code: string, facts: ProgrammeFacts): StepProgress {
  const rule = STEP_RULES[code];
  return rule
    ? rule(facts)
    : { progress: 'todo', text: 'Шаг добавлен куратором', next: 'Отмечайте выполнение вручную' };
}
