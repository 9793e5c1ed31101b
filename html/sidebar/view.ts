import { menuPath } from '../../src/domain/menu';
/**
 * Pure Overview → view model for the sidebar: labels, percentages, which stage is open.
 * No DOM here, so everything is testable in plain Node.
 */
import type {
  ActionInput,
  ChoiceOption,
  InputField,
  ActionView,
  LinkView,
  Overview,
  StageView,
  StepStatus,
  StepView,
} from '../../src/api/types';

export const STATUS_LABELS: Record<StepStatus, string> = {
  done: 'Выполнено',
  in_progress: 'В работе',
  todo: 'Не начато',
  overdue: 'Просрочено',
};

export const TEXT = {
  title: 'Наставничество',
  noSchool: 'Школа не указана',
  noYear: 'Учебный год не указан',
  notConfigured: 'Программа ещё не настроена',
  notConfiguredHint: `Откройте меню ${menuPath('setup')}, заполните данные школы и сохраните. Затем нажмите «Обновить».`,
  problems: 'Проверьте таблицу',
  refresh: 'Обновить',
  loading: 'Загрузка…',
  loadFailed: 'Не удалось загрузить обзор программы.',
  stage: (n: number) => `Этап ${n}`,
  progress: (done: number, total: number) => `${done}/${total}`,
  progressLabel: (done: number, total: number) => `Выполнено шагов: ${done} из ${total}`,
  due: 'Срок: ',
  responsible: 'Ответственные: ',
  next: 'Дальше: ',
  details: 'Подробнее',
  current: 'Текущий шаг',
  allDone: 'Все шаги дорожной карты выполнены.',
  noStages: 'Дорожная карта пуста.',
  actionFailed: (label: string) => `Не удалось выполнить «${label}».`,
  links: 'Ссылки',
  newTab: '(откроется в новой вкладке)',
  run: 'Выполнить',
  cancel: 'Отмена',
  confirmYes: 'Да, выполнить',
  confirmInput: (value: string) => `Вы ввели: ${value}`,
  confirmChoice: (value: string) => `Вы выбрали: ${value}`,
  more: 'Ещё',
  moreLabel: (step: string) => `Другие действия шага ${step}`,
  choose: '— выберите —',
  chooseOne: (label: string) => `Выберите значение в поле «${label}».`,
  chooseSome: (label: string) => `Отметьте хотя бы одно значение в поле «${label}».`,
  badDate: (label: string) => `Укажите в поле «${label}» дату в виде ДД.ММ.ГГГГ, например 25.10.2022.`,
  badNumber: (label: string) => `Укажите в поле «${label}» число, например 45.`,
  noChoices: 'Выбирать пока не из чего.',
  required: (label: string) => `Заполните поле «${label}».`,
  badEmail: 'Введите адрес электронной почты целиком, например ivanova@school.ru.',
  textareaHint: 'Чтобы выполнить, нажмите Ctrl+Enter или кнопку «Выполнить».',
  running: (label: string) => `Выполняется «${label}»`,
  progressUnknown: 'Выполняется…',
  progressDone: (done: number, total: number) => `Готово ${done} из ${total}`,
  progressUnit: (unit: string, done: number, total: number) => `${unit} ${done} из ${total}`,
  progressAria: (label: string) => `Ход выполнения «${label}»`,
  stop: 'Остановить',
  stopping: 'Останавливаю после текущей части…',
  stopped: (label: string) => `Остановлено по вашей команде. Чтобы продолжить, нажмите «${label}» ещё раз.`,
  stoppedAt: (label: string, done: number, total: number) =>
    `Остановлено по вашей команде: готово ${done} из ${total}. Чтобы продолжить, нажмите «${label}» ещё раз.`,
  failedPartial: (label: string, done: number, total: number) =>
    `Готово ${done} из ${total}, сделанное сохранено. Устраните причину и нажмите «${label}» ещё раз, чтобы продолжить.`,
  failedAfterSome: (label: string) =>
    `Часть работы уже выполнена и сохранена. Устраните причину и нажмите «${label}» ещё раз, чтобы продолжить.`,
  failedRetry: (label: string) =>
    `Устраните причину и нажмите «${label}» ещё раз. Если ошибка повторяется, нажмите «Обновить» и проверьте таблицу.`,
  emptyAnswer: 'Сервер вернул неполный ответ. Нажмите «Обновить» и проверьте, что уже сделано.',
  tooManyCalls: (n: number) =>
    `Действие не завершилось за ${n} частей подряд и остановлено. Нажмите «Обновить», проверьте результат и при необходимости запустите действие ещё раз.`,
  resultDetails: 'Подробности',
  resultLinks: 'Ссылки',
  copyLabel: 'Текст для копирования',
  copy: 'Скопировать',
  copied: 'Скопировано',
  copyFailed: 'Не удалось скопировать автоматически: текст выделен, нажмите Ctrl+C (на Mac — Cmd+C).',
} as const;

type InputKind = ActionInput['kind'];
export type FieldKind = InputField['kind'];

export interface FieldVM {
  name: string;
  label: string;
  kind: FieldKind;
  placeholder: string;
  options: ChoiceOption[];
  optional: boolean;
}

export interface ActionInputVM {
  label: string;
  kind: InputKind;
  placeholder: string;
  /** What to choose from (select, checklist). */
  options: ChoiceOption[];
  /** The named fields (fields). */
  fields: FieldVM[];
}

export interface LinkVM {
  label: string;
  url: string;
}

export interface ActionVM {
  id: string;
  label: string;
  disabled: boolean;
  /** Why the action is unavailable; empty when it is available. */
  hint: string;
  /** The value the action asks for before it runs, or null. */
  input: ActionInputVM | null;
  /** The question to confirm before running; empty when none. */
  confirm: string;
  /** What a batch counts, for the progress line ('Документ' → «Документ 7 из 14»); empty: «Готово 7 из 14». */
  progressNoun: string;
  /** The step's main action; the others are drawn under «Ещё». */
  primary: boolean;
}

export interface StepVM {
  code: string;
  title: string;
  content: string;
  due: string;
  responsible: string;
  status: StepStatus;
  statusLabel: string;
  statusText: string;
  next: string;
  current: boolean;
  actions: ActionVM[];
  links: LinkVM[];
}

export interface StageVM {
  number: number;
  title: string;
  done: number;
  total: number;
  progressText: string;
  progressLabel: string;
  percent: number;
  expanded: boolean;
  /** The stage holds the current step. */
  current: boolean;
  steps: StepVM[];
}

export interface OverviewVM {
  school: string;
  academicYear: string;
  configured: boolean;
  problems: string[];
  currentStep: string | null;
  allDone: boolean;
  stages: StageVM[];
}

/** Stage numbers the user opened (true) or closed (false) by hand; they win over the default. */
export type ExpandState = ReadonlyMap<number, boolean>;

export function statusLabel(status: StepStatus): string {
  return STATUS_LABELS[status] ?? STATUS_LABELS.todo;
}

/** Whole percentage of done steps, 0–100; 0 for an empty stage. */
export function progressPercent(done: number, total: number): number {
  if (!Number.isFinite(done) || !Number.isFinite(total) || total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((done / total) * 100)));
}

/** The stage number a step code belongs to: '5.2' → 5; NaN for a malformed code. */
export function stageOfCode(code: string): number {
  const m = /^\s*(\d+)/.exec(code);
  return m ? Number(m[1]) : NaN;
}

/** The stage that is open by default: the one holding the current step, else none. */
export function defaultExpandedStage(overview: Pick<Overview, 'stages' | 'currentStep'>): number | null {
  const code = overview.currentStep;
  if (!code) return null;
  const holder = overview.stages.find((s) => s.steps.some((step) => step.code === code));
  if (holder) return holder.number;
  const n = stageOfCode(code);
  return overview.stages.some((s) => s.number === n) ? n : null;
}

/** '2022/2023' → '2022/2023 учебный год'; text that already names the year is kept as is. */
export function yearLabel(academicYear: string): string {
  const year = academicYear.trim();
  if (!year) return TEXT.noYear;
  return /год/i.test(year) ? year : `${year} учебный год`;
}

/** Only web and mail addresses become links; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const u = url.trim();
  return /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(u) ? u : null;
}

/** Links with a safe address; a blank label falls back to the address itself. */
export function linksVM(links: readonly LinkView[] | null | undefined): LinkVM[] {
  const out: LinkVM[] = [];
  for (const link of links ?? []) {
    const url = safeUrl(link?.url);
    if (!url) continue;
    out.push({ label: (link.label ?? '').trim() || url, url });
  }
  return out;
}

const INPUT_KINDS: readonly InputKind[] = [
  'text',
  'email',
  'textarea',
  'date',
  'number',
  'select',
  'checklist',
  'fields',
];

function knownKind<K extends InputKind>(kind: unknown, allowed: readonly K[]): K {
  return allowed.includes(kind as K) ? (kind as K) : ('text' as K);
}

function optionsVM(options: readonly ChoiceOption[] | null | undefined): ChoiceOption[] {
  return (options ?? [])
    .filter((o) => o && typeof o.value === 'string' && o.value !== '')
    .map((o) => ({ value: o.value, label: (o.label ?? '').trim() || o.value }));
}

function actionInputVM(input: ActionInput | null | undefined): ActionInputVM | null {
  if (!input) return null;
  const fields = (input.fields ?? []).map((f): FieldVM => ({
    name: f.name,
    label: f.label,
    kind: knownKind(
      f.kind,
      INPUT_KINDS.filter((k): k is FieldKind => k !== 'fields'),
    ),
    placeholder: f.placeholder ?? '',
    options: optionsVM(f.options),
    optional: !!f.optional,
  }));
  return {
    label: input.label,
    kind: knownKind(input.kind, INPUT_KINDS),
    placeholder: input.placeholder ?? '',
    options: optionsVM(input.options),
    fields,
  };
}

function actionVM(action: ActionView): ActionVM {
  return {
    id: action.id,
    label: action.label,
    disabled: !action.available,
    hint: action.available ? '' : action.hint,
    input: actionInputVM(action.input),
    confirm: (action.confirm ?? '').trim(),
    progressNoun: (action.progressNoun ?? '').trim(),
    primary: !!action.primary,
  };
}

function stepVM(step: StepView, currentStep: string | null): StepVM {
  return {
    code: step.code,
    title: step.title,
    content: step.content,
    due: step.due,
    responsible: step.responsible,
    status: step.status,
    statusLabel: statusLabel(step.status),
    statusText: step.statusText,
    next: step.status === 'done' ? '' : step.next,
    current: currentStep !== null && step.code === currentStep,
    actions: (step.actions ?? []).map(actionVM),
    links: linksVM(step.links),
  };
}

function stageVM(stage: StageView, currentStep: string | null, expanded: boolean): StageVM {
  const steps = stage.steps.map((s) => stepVM(s, currentStep));
  return {
    number: stage.number,
    title: stage.title,
    done: stage.done,
    total: stage.total,
    progressText: TEXT.progress(stage.done, stage.total),
    progressLabel: TEXT.progressLabel(stage.done, stage.total),
    percent: progressPercent(stage.done, stage.total),
    expanded,
    current: steps.some((s) => s.current),
    steps,
  };
}

export function overviewVM(overview: Overview, userExpand: ExpandState = new Map()): OverviewVM {
  const open = defaultExpandedStage(overview);
  const stages = overview.stages.map((stage) =>
    stageVM(stage, overview.currentStep, userExpand.get(stage.number) ?? stage.number === open),
  );
  return {
    school: overview.schoolShort.trim() || TEXT.noSchool,
    academicYear: yearLabel(overview.academicYear),
    configured: overview.configured,
    problems: overview.problems.filter((p) => p.trim() !== ''),
    currentStep: overview.currentStep,
    allDone: overview.currentStep === null && stages.length > 0 && stages.every((s) => s.done >= s.total),
    stages,
  };
}
