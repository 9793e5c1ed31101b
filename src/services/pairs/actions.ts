import { capitalised, counted } from '../../domain/format/ru';
import type { StepAction } from '../step-actions/step-action';
import { approveProposals, lockProposal, rejectProposal, swapMentee } from './curate';
import { proposePairs } from './propose';
import { decideMentors, scoreMentors } from './selection';
import { addMaterial, recordTraining, untrainedMentors } from './training';

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
    label: 'Оценить кандидатов в наставники',
    unavailable: noMentors,
    run: ({ ports }) => {
      const lines = scoreMentors(ports);
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
    input: {
      label: 'Эл. почта наставников через запятую',
      kind: 'textarea',
      placeholder: 'smirnova.ov@school.ru, kuznetsov.ap@school.ru',
    },
    unavailable: noMentors,
    run: ({ ports }, refs) => ({ message: `Отобраны: ${decideMentors(ports, refs, true).join(', ')}.` }),
  },
  {
    id: 'select:reject',
    step: '4.1',
    label: 'Не отбирать кандидатов',
    input: { label: 'Эл. почта кандидатов через запятую', kind: 'textarea' },
    unavailable: noMentors,
    run: ({ ports }, refs) => ({ message: `Не отобраны: ${decideMentors(ports, refs, false).join(', ')}.` }),
  },
  {
    id: 'training:add',
    step: '4.2',
    label: 'Внести занятие в журнал обучения',
    input: {
      label: 'Дата; тема; ссылка на материалы; эл. почты присутствовавших',
      kind: 'textarea',
      placeholder: '25.10.2022; Роль наставника; https://…; smirnova.ov@school.ru, kuznetsov.ap@school.ru',
    },
    unavailable: noSelected,
    run: ({ ports }, line) => ({ message: recordTraining(ports, line) }),
  },
  {
    id: 'training:untrained',
    step: '4.2',
    label: 'Кто ещё не обучен',
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
    label: 'Добавить методический материал',
    input: { label: 'Название; ссылка', kind: 'text', placeholder: 'Памятка наставника; https://…' },
    run: ({ ports }, line) => ({ message: addMaterial(ports, line) }),
  },
  {
    id: 'pairs:propose',
    step: '5.1',
    label: 'Подобрать пары и группы',
    unavailable: noSelected,
    run: ({ ports }) => {
      const r = proposePairs(ports);
      return {
        message: `${capitalised(counted(r.proposed, ['предложена', 'предложены', 'предложено'], ['пара/группа', 'пары/группы', 'пар/групп']))}; см. лист «Пары и группы».`,
        details: [...r.warnings, ...(r.unmatched.length ? ['Без пары:', ...r.unmatched] : [])],
      };
    },
  },
  {
    id: 'pairs:lock',
    step: '5.1',
    label: 'Закрепить предложенную пару',
    input: { label: 'Эл. почта наставника или ID пары', kind: 'text' },
    unavailable: noProposals,
    run: ({ ports }, ref) => ({ message: lockProposal(ports, ref) }),
  },
  {
    id: 'pairs:reject',
    step: '5.1',
    label: 'Отклонить предложенную пару',
    input: { label: 'Эл. почта наставника или ID пары', kind: 'text' },
    unavailable: noProposals,
    run: ({ ports }, ref) => ({ message: rejectProposal(ports, ref) }),
  },
  {
    id: 'pairs:swap',
    step: '5.1',
    label: 'Перевести наставляемого к другому наставнику',
    input: {
      label: 'Эл. почта наставляемого; эл. почта наставника',
      kind: 'text',
      placeholder: 'alekseeva.ad@school.ru; smirnova.ov@school.ru',
    },
    unavailable: noSelected,
    run: ({ ports }, line) => ({ message: swapMentee(ports, line) }),
  },
  {
    id: 'pairs:approve',
    step: '5.1',
    label: 'Утвердить предложенные пары',
    confirm:
      'Все предложенные пары и группы будут утверждены, участники получат статус «в паре». Продолжить?',
    unavailable: noProposals,
    run: ({ ports }) => ({ message: approveProposals(ports) }),
  },
];
