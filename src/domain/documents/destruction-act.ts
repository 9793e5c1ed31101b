import { COMMON_FIELDS, p, type TemplateDeclaration } from './template';

/**
 * The act of destruction of personal data and its appendix, the export of the event log: what Приказ
 * Роскомнадзора от 28.10.2022 № 179 «Об утверждении Требований к подтверждению уничтожения персональных
 * данных» requires when data processed with automation are destroyed (п. 2: the act and the export). The act
 * names the operator and its address, the processor acting for it, the subjects, the persons who destroyed the
 * data with their signatures, the categories, the paper media (with their sheets) or the information system,
 * the method, the reason and the date (п. 3); the export names the subjects, the categories, the system, the
 * reason and the date (п. 5) — what the log cannot hold (the names, erased from Журнал with everything else)
 * is in the act, which the export refers to. Both are kept for 3 years (п. 8).
 *
 * The act is made before anything is deleted: it is the one place the names remain, lawfully, as the
 * operator's record of the destruction. The export is made after, from the Журнал rows of the deletion.
 */

const section = (text: string) => p(text, { align: 'justify' });

const SHARED_FIELDS = [
  { name: 'subjects.count', label: 'число субъектов («4 человека»)' },
  { name: 'categories', label: 'перечень категорий уничтоженных персональных данных' },
  { name: 'system', label: 'наименование информационной системы персональных данных' },
  { name: 'reason', label: 'причина уничтожения' },
  { name: 'destroyed.date', label: 'дата уничтожения' },
] as const;

export const DESTRUCTION_ACT: TemplateDeclaration = {
  kind: 'destructionAct',
  templateName: 'Шаблон — Акт об уничтожении персональных данных',
  series: null,
  per: 'programme',
  fileTitle: '',
  fields: [
    ...COMMON_FIELDS,
    ...SHARED_FIELDS,
    { name: 'operator.address', label: 'адрес оператора (школы)' },
    { name: 'processor', label: 'лицо, обрабатывавшее данные по поручению оператора' },
    { name: 'method', label: 'способ уничтожения' },
    { name: 'kept', label: 'что не уничтожалось и почему' },
    { name: 'actor', label: 'учётная запись, из которой выполнено уничтожение' },
  ],
  lists: [
    {
      name: 'subjects',
      label: 'Субъекты персональных данных',
      fields: [
        { name: 'n', label: 'номер по порядку' },
        { name: 'name', label: 'фамилия, имя, отчество или иные сведения о лице' },
        { name: 'role', label: 'роль в программе' },
        { name: 'note', label: 'примечание', optional: true },
      ],
    },
    {
      name: 'destroyers',
      label: 'Лица, уничтожившие персональные данные',
      fields: [
        { name: 'name', label: 'фамилия, имя, отчество' },
        { name: 'position', label: 'должность' },
      ],
    },
  ],
  flags: [],
  blocks: [
    p('УТВЕРЖДАЮ', { align: 'right' }),
    p('Директор {{school.short}}', { align: 'right' }),
    p('_______________ {{director.signature}}', { align: 'right' }),
    p('«___» ____________ 20___ г.', { align: 'right' }),
    p(''),
    p('АКТ', { align: 'center', bold: true }),
    p('об уничтожении персональных данных', { align: 'center', bold: true }),
    p(''),
    p('{{doc.date}}', { align: 'left' }),
    p('{{city}}', { align: 'left' }),
    p(''),
    section('1. Оператор персональных данных: {{school.full}}; адрес: {{operator.address}}.'),
    section('2. Лицо, осуществлявшее обработку персональных данных по поручению оператора: {{processor}}.'),
    section(
      '3. Субъекты персональных данных, чьи персональные данные уничтожены ({{subjects.count}}), — ' +
        'участники программы наставничества {{year}} учебного года:',
    ),
    {
      type: 'table',
      rows: [
        ['№ п/п', 'Фамилия, имя, отчество (иные сведения о лице)', 'Роль в программе', 'Примечание'],
        ['{{#subjects}}{{n}}', '{{name}}', '{{role}}', '{{note}}{{/subjects}}'],
      ],
      widths: [40, 200, 110, 130],
    },
    section('4. Перечень категорий уничтоженных персональных данных: {{categories}}.'),
    section(
      '5. Наименование информационной системы персональных данных, из которой уничтожены персональные ' +
        'данные: {{system}}.',
    ),
    section(
      '6. Материальные носители: персональные данные на бумажных носителях (подписанные согласия, ' +
        'распечатки) этим актом не уничтожались. Если они уничтожены вместе с данными системы, укажите ' +
        'наименование каждого носителя и число листов: ' +
        '__________________________________________________________ (заполняется от руки).',
    ),
    section('7. Способ уничтожения: {{method}}.'),
    section('8. Причина уничтожения: {{reason}}.'),
    section('9. Дата уничтожения персональных данных: {{destroyed.date}}.'),
    section('10. Не уничтожались: {{kept}}.'),
    section(
      '11. Приложение: выгрузка из журнала регистрации событий информационной системы персональных данных ' +
        '(лист «Журнал» таблицы программы) — отдельным документом. Акт и выгрузка хранятся три года со дня ' +
        'уничтожения персональных данных.',
    ),
    p(''),
    section(
      'Уничтожение выполнено надстройкой «Наставник» по команде из учётной записи {{actor}}. Лица, ' +
        'уничтожившие персональные данные (фамилия, имя, отчество и должность вписываются от руки):',
    ),
    {
      type: 'table',
      rows: [
        ['Фамилия, имя, отчество', 'Должность', 'Подпись'],
        ['{{#destroyers}}{{name}}', '{{position}}', '_______________{{/destroyers}}'],
      ],
      widths: [200, 170, 110],
    },
  ],
};

export const DESTRUCTION_LOG: TemplateDeclaration = {
  kind: 'destructionLog',
  templateName: 'Шаблон — Выгрузка из журнала регистрации событий',
  series: null,
  per: 'programme',
  fileTitle: '',
  fields: [...COMMON_FIELDS, ...SHARED_FIELDS, { name: 'act.date', label: 'дата акта об уничтожении' }],
  lists: [
    {
      name: 'events',
      label: 'События журнала',
      fields: [
        { name: 'n', label: 'номер по порядку' },
        { name: 'at', label: 'дата и время события' },
        { name: 'user', label: 'пользователь' },
        { name: 'action', label: 'событие' },
        { name: 'details', label: 'подробности', optional: true },
      ],
    },
  ],
  flags: [],
  blocks: [
    p('Приложение', { align: 'right' }),
    p('к акту об уничтожении персональных данных', { align: 'right' }),
    p('от {{act.date}}', { align: 'right' }),
    p(''),
    p('ВЫГРУЗКА', { align: 'center', bold: true }),
    p('из журнала регистрации событий в информационной системе персональных данных', {
      align: 'center',
      bold: true,
    }),
    p('{{school.full}}', { align: 'center' }),
    p(''),
    section(
      '1. Субъекты персональных данных, чьи персональные данные уничтожены: перечислены в акте об ' +
        'уничтожении персональных данных от {{act.date}} ({{subjects.count}}). Журнал не хранит их фамилий ' +
        'и адресов: при уничтожении они заменены в нём отметкой «[данные удалены]».',
    ),
    section('2. Перечень категорий уничтоженных персональных данных: {{categories}}.'),
    section('3. Информационная система персональных данных: {{system}}.'),
    section('4. Причина уничтожения: {{reason}}.'),
    section('5. Дата уничтожения персональных данных: {{destroyed.date}}.'),
    section('6. События журнала (лист «Журнал» таблицы программы), относящиеся к уничтожению:'),
    {
      type: 'table',
      rows: [
        ['№ п/п', 'Дата и время', 'Пользователь', 'Событие', 'Подробности'],
        ['{{#events}}{{n}}', '{{at}}', '{{user}}', '{{action}}', '{{details}}{{/events}}'],
      ],
      widths: [35, 75, 95, 100, 175],
    },
    p(''),
    section('Выгрузка сформирована {{doc.date}}.'),
    p('Куратор программы наставничества    _______________ / _______________________'),
  ],
};
