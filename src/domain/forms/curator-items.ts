import type { MonitoringItem } from './monitoring-items';

/**
 * Kept apart from the participants' items: their `label` is the curator's question itself, read whenever the
 * questionnaires are declared, while the participants' labels are read only by the indicators and the report
 * (scripts/template-texts.mjs keeps those out of Code.js).
 */

/** The curator's questionnaire (7.1): how the school's conditions meet the model and its programme. */
export const CURATOR_ITEMS: readonly MonitoringItem[] = [
  {
    key: 'cur_model',
    label: 'Соответствие программы целевой модели наставничества и Положению школы',
    short: 'Соответствие целевой модели',
    ask: {},
  },
  {
    key: 'cur_materials',
    label: 'Обеспеченность методическими материалами',
    short: 'Методические материалы',
    ask: {},
  },
  {
    key: 'cur_training',
    label: 'Подготовка наставников (обучение, консультации)',
    short: 'Подготовка наставников',
    ask: {},
  },
  { key: 'cur_matching', label: 'Удачность подбора пар и групп', short: 'Подбор пар', ask: {} },
  { key: 'cur_plans', label: 'Качество индивидуальных планов', short: 'Индивидуальные планы', ask: {} },
  {
    key: 'cur_admin',
    label: 'Поддержка администрации школы (время в расписании, поощрение)',
    short: 'Поддержка администрации',
    ask: {},
  },
  {
    key: 'cur_info',
    label: 'Информирование педагогов о программе и её результатах',
    short: 'Информирование',
    ask: {},
  },
];
