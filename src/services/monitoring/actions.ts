import type { SurveyKey } from '../../domain/forms/monitoring-forms';
import { countOf, shortName } from '../../domain/format/ru';
import type { ProgrammeFacts } from '../../domain/roadmap/facts';
import { RANKING } from '../../domain/schema/sheets';
import { formAction } from '../forms/actions';
import { surveyFormsAction } from './survey-forms';
import { needsApprovedPairs, type StepAction } from '../step-actions/step-action';
import { resultsPageAddress } from '../publishing/page-address';
import { switchPublishing } from '../publishing/switch';
import { quoted } from '../../domain/format/quotes';
import { onDemand } from '../on-demand/load';

/** How a survey is named on its buttons where a step has several. */
const WHICH: Partial<Record<SurveyKey, string>> = {
  interim: 'промежуточная обратная связь',
  impactBefore: 'самооценка до',
  satisfaction: 'удовлетворённость',
  impactAfter: 'самооценка после',
};

/** A survey can be mailed once its forms exist, or the single form an earlier version made for it. */
const launched = (f: ProgrammeFacts, key: SurveyKey) =>
  !!f.forms[key]?.created || f.forms[key]?.earlier !== undefined;

function inviteAction(key: SurveyKey, step: string): StepAction {
  const named = key !== 'interim' && WHICH[key] ? ` ${quoted(WHICH[key])}` : '';
  return {
    id: `survey:invite:${key}`,
    step,
    // After a reload the button says how far the mailing got.
    label: (f) => `Разослать ссылку${named}${f.invited[key] ? ` (отправлено: ${f.invited[key]})` : ''}`,
    done: (f) => (f.invited[key] ?? 0) > 0,
    progressNoun: 'Письмо',
    relevant: (f) => launched(f, key),
    // Each participant gets the questionnaire of their role.
    confirm:
      'Каждому участнику утверждённых пар/групп уйдёт письмо со ссылкой (тем, кому уже отправляли, — нет). Продолжить?',
    unavailable: (f) => (!launched(f, key) ? 'Сначала создайте анкеты' : needsApprovedPairs(f)),
    run({ ports }) {
      const r = onDemand().inviteToSurvey(ports, key);
      return { message: r.message, more: r.more, progress: { done: r.total - r.left, total: r.total } };
    },
  };
}

/** Steps 6.2, 7.1 and 7.2: the surveys, their invitations, the indicators, the ranking and the news text. */
export const MONITORING_ACTIONS: StepAction[] = [
  surveyFormsAction('interim', '6.2', WHICH.interim!),
  inviteAction('interim', '6.2'),
  {
    id: 'survey:interimSummary',
    step: '6.2',
    label: 'Сводка ответов',
    unavailable: (f) => (f.forms.interim?.responses ? null : 'Ответов пока нет'),
    run({ ports }) {
      const s = onDemand().summarizeInterim(ports);
      return { message: s.message, details: s.lines };
    },
  },
  surveyFormsAction('impactBefore', '6.1', WHICH.impactBefore!),
  inviteAction('impactBefore', '6.1'),
  surveyFormsAction('satisfaction', '7.1', WHICH.satisfaction!),
  inviteAction('satisfaction', '7.1'),
  surveyFormsAction('impactAfter', '7.1', WHICH.impactAfter!),
  inviteAction('impactAfter', '7.1'),
  formAction('curator', '7.1', 'анкета куратора'),
  {
    id: 'monitoring:compute',
    step: '7.1',
    label: 'Рассчитать показатели',
    unavailable: needsApprovedPairs,
    run({ ports }) {
      const r = onDemand().runMonitoring(ports);
      return {
        message: `Показатели записаны на лист «Мониторинг» (${countOf(r.rows, ['строка', 'строки', 'строк'])}, ${countOf(r.charts, ['диаграмма', 'диаграммы', 'диаграмм'])}); рейтинг — на листе «${RANKING.name}».`,
        details: r.details,
      };
    },
  },
  {
    id: 'monitoring:ranking',
    step: '7.2',
    label: 'Лучшие наставники',
    secondary: true,
    run({ ports }) {
      const { marked, mentors: list } = onDemand().rewardChoice(ports);
      if (!list.length)
        return { message: 'Рейтинга ещё нет: рассчитайте показатели мониторинга (этап 7.1).' };
      return {
        message: marked
          ? `В приказ и письма попадут ${list.length} наставников, отмеченных «Поощрить» на листе «${RANKING.name}».`
          : `В приказ и письма попадут все наставники утверждённых пар/групп: «Поощрить» на листе «${RANKING.name}» пока никто не отмечен. Поправьте «Поправка куратора» и отметьте лучших.`,
        details: list.map((m) => `${m.rank}. ${shortName(m.fullName)}`),
      };
    },
  },
  {
    id: 'publishing:news',
    step: '7.2',
    label: 'Текст новости для сайта',
    unavailable: needsApprovedPairs,
    run({ ports }) {
      return {
        message: 'Текст новости готов: скопируйте его на сайт школы.',
        copyText: onDemand().buildNewsText(ports),
        details: [
          'Страница результатов для сайта: действие «Адрес страницы для сайта» даёт её адрес и код для вставки.',
          'На странице — только обобщённые показатели и имена наставников, отмеченных «Поощрить» и давших согласие на публикацию.',
        ],
      };
    },
  },
  {
    id: 'publishing:on',
    step: '7.2',
    label: 'Опубликовать результаты',
    confirm:
      'Страница результатов станет доступна всем, у кого есть её адрес: обобщённые показатели и имена наставников, отмеченных «Поощрить» и давших согласие на публикацию. Опубликовать?',
    unavailable: needsApprovedPairs,
    run: ({ ports }) => {
      const message = switchPublishing(ports, true);
      const address = resultsPageAddress(ports);
      return { ...address, message: `${message} ${address.message}` };
    },
  },
  {
    id: 'publishing:address',
    step: '7.2',
    label: 'Адрес страницы для сайта',
    secondary: true,
    run: ({ ports }) => resultsPageAddress(ports),
  },
  {
    id: 'publishing:off',
    step: '7.2',
    label: 'Снять результаты со страницы',
    secondary: true,
    run: ({ ports }) => ({ message: switchPublishing(ports, false) }),
  },
];
