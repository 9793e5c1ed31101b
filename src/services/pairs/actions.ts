import { capitalised, counted } from '../../domain/format/ru';
import type { StepAction } from '../step-actions/step-action';
import { onDemand } from '../on-demand/load';
import { untrainedMentors } from './training';
import { linePart, listPart, requireFields } from '../step-actions/fields';

/** The training form's fields as the journal's line: «дата; тема; ссылка; участники». */
function trainingLine(input: string): string {
  const v = requireFields(input, ['date', 'topic']);
  return [v.date, linePart(v.topic), linePart(v.materials), listPart(v.attendees)].join('; ');
}

const noMentors = (f: { mentors: { total: number } }) => (f.mentors.total ? null : 'База наставников пуста');
const noSelected = (f: { mentors: { selected: number; inPair: number } }) =>
  f.mentors.selected + f.mentors.inPair ? null : 'Сначала отберите наставников (этап 4.1)';
const noProposals = (f: { pairs: { proposed: number } }) =>
  f.pairs.proposed ? null : 'Нет предложенных пар: запустите подбор';

/** Stages 4 and 5.1: selecting and training mentors, proposing, curating and approving pairs. */
export const PAIRING_ACTIONS: StepAction[] = [
  {
    id: 'select:score',
    step: '4.1',
    label: 'Оценить кандидатов',
    done: (f) => f.mentors.selected + f.mentors.inPair > 0,
    unavailable: noMentors,
    run: ({ ports }) => {
      const lines = onDemand().scoreMentors(ports);
      return {
        message: `${capitalised(counted(lines.length, ['оценён', 'оценены', 'оценено'], ['кандидат', 'кандидата', 'кандидатов']))}; баллы записаны на лист «Наставники».`,
        details: lines,
      };
    },
  },
  {
    id: 'select:choose',
    step: '4.1',
    label: 'Отобрать наставников',
    input: (f) => ({ label: 'Кого отобрать', kind: 'checklist', options: f.choices.candidates }),
    done: (f) => f.mentors.selected + f.mentors.inPair > 0,
    unavailable: noMentors,
    run: ({ ports }, refs) => ({
      message: `Отобраны: ${onDemand().decideMentors(ports, refs, true).join(', ')}.`,
    }),
  },
  {
    id: 'select:reject',
    step: '4.1',
    label: 'Не отбирать',
    secondary: true,
    input: (f) => ({ label: 'Кого не отбирать', kind: 'checklist', options: f.choices.candidates }),
    unavailable: noMentors,
    run: ({ ports }, refs) => ({
      message: `Не отобраны: ${onDemand().decideMentors(ports, refs, false).join(', ')}.`,
    }),
  },
  {
    id: 'training:add',
    step: '4.2',
    label: 'Внести занятие',
    input: (f) => ({
      label: 'Занятие',
      kind: 'fields',
      fields: [
        { name: 'date', label: 'Дата', kind: 'date' },
        { name: 'topic', label: 'Тема', kind: 'text', placeholder: 'Роль наставника' },
        {
          name: 'materials',
          label: 'Ссылка на материалы',
          kind: 'text',
          placeholder: 'https://…',
          optional: true,
        },
        { name: 'attendees', label: 'Присутствовали', kind: 'checklist', options: f.choices.selectedMentors },
      ],
    }),
    unavailable: noSelected,
    run: ({ ports }, input) => ({ message: onDemand().recordTraining(ports, trainingLine(input)) }),
  },
  {
    id: 'training:untrained',
    step: '4.2',
    label: 'Кто не обучен',
    unavailable: noSelected,
    run: ({ ports }) => {
      const names = untrainedMentors(ports);
      return names.length
        ? { message: `Не прошли обучение: ${names.length}.`, details: names }
        : { message: 'Все отобранные наставники прошли обучение.' };
    },
  },
  {
    id: 'training:material',
    step: '4.2',
    label: 'Добавить материал',
    secondary: true,
    input: {
      label: 'Материал',
      kind: 'fields',
      fields: [
        { name: 'title', label: 'Название', kind: 'text', placeholder: 'Памятка наставника' },
        { name: 'url', label: 'Ссылка', kind: 'text', placeholder: 'https://…' },
      ],
    },
    run: ({ ports }, input) => {
      const v = requireFields(input, ['title', 'url']);
      return { message: onDemand().addMaterial(ports, `${linePart(v.title)}; ${v.url.trim()}`) };
    },
  },
  {
    id: 'pairs:propose',
    step: '5.1',
    label: 'Подобрать пары',
    done: (f) => f.pairs.proposed + f.pairs.approved > 0,
    unavailable: noSelected,
    run: ({ ports }) => {
      const r = onDemand().proposePairs(ports);
      return {
        message: `${capitalised(counted(r.proposed, ['предложена', 'предложены', 'предложено'], ['пара/группа', 'пары/группы', 'пар/групп']))}; см. лист «Пары и группы».`,
        details: [...r.warnings, ...(r.unmatched.length ? ['Без пары:', ...r.unmatched] : [])],
      };
    },
  },
  {
    id: 'pairs:lock',
    step: '5.1',
    label: 'Закрепить пару',
    secondary: true,
    relevant: (f) => f.pairs.proposed > 0,
    input: (f) => ({ label: 'Какую пару закрепить', kind: 'select', options: f.choices.proposals }),
    unavailable: noProposals,
    run: ({ ports }, ref) => ({ message: onDemand().lockProposal(ports, ref) }),
  },
  {
    id: 'pairs:reject',
    step: '5.1',
    label: 'Отклонить пару',
    secondary: true,
    relevant: (f) => f.pairs.proposed > 0,
    input: (f) => ({ label: 'Какую пару отклонить', kind: 'select', options: f.choices.proposals }),
    unavailable: noProposals,
    run: ({ ports }, ref) => ({ message: onDemand().rejectProposal(ports, ref) }),
  },
  {
    id: 'pairs:swap',
    step: '5.1',
    label: 'Перевести наставляемого',
    secondary: true,
    relevant: (f) => f.pairs.proposed > 0,
    input: (f) => ({
      label: 'Перевод',
      kind: 'fields',
      fields: [
        { name: 'mentee', label: 'Наставляемый', kind: 'select', options: f.choices.proposedMentees },
        { name: 'mentor', label: 'К наставнику', kind: 'select', options: f.choices.selectedMentors },
      ],
    }),
    unavailable: noSelected,
    run: ({ ports }, input) => {
      const v = requireFields(input, ['mentee', 'mentor']);
      return { message: onDemand().swapMentee(ports, `${v.mentee}; ${v.mentor}`) };
    },
  },
  {
    id: 'pairs:approve',
    step: '5.1',
    label: 'Утвердить пары',
    confirm:
      'Все предложенные пары и группы будут утверждены, участники получат статус «в паре». Продолжить?',
    unavailable: noProposals,
    run: ({ ports }) => ({ message: onDemand().approveProposals(ports) }),
  },
];
