import { CONSENT_KINDS, currentConsents } from '../../domain/consents/records';
import {
  PAIR_KIND,
  PAIR_STATUS,
  PERSON_STATUS,
  YEAR_SUMMARY,
  type YearSummaryRow,
} from '../../domain/schema/sheets';
import { Table } from '../db/table';
import { openDatabase } from '../db/database';
import { readFormRecords, formLabel } from '../forms/registry';
import type { Ports } from '../ports';
import type { FormKey } from '../../domain/forms/types';
import { quoted } from '../../domain/format/quotes';

interface Figure {
  id: string;
  indicator: string;
  value: number;
}

/**
 * The year in figures, without a name: what the school keeps of the people's data once it is deleted (the
 * report to the founder and the next year's planning need counts, not persons). Written to «Итоги года»
 * (created here; rewritten whole on a second run). Returns the figures.
 */
export function writeYearSummary(ports: Ports): Figure[] {
  const db = openDatabase(ports);
  const rows = <R>(t: { loadIfExists(): { rows: R[] } | null }) => t.loadIfExists()?.rows ?? [];
  const active = (r: { status?: string | null }) => r.status !== PERSON_STATUS.refused;
  const mentees = rows(db.mentees).filter(active);
  const mentors = rows(db.mentors).filter(active);
  const pairs = rows(db.pairs);
  const lasting = pairs.filter((p) => p.status === PAIR_STATUS.approved || p.status === PAIR_STATUS.finished);
  const documents = rows(db.documents);
  const consents = currentConsents(rows(db.consents));
  const given = (kind: keyof typeof CONSENT_KINDS) =>
    [...consents.values()].filter((c) => c[kind]?.state === 'дано').length;
  const withdrawn = [...consents.values()].filter((c) => c.pd?.state === 'отозвано').length;
  const figures: Figure[] = [
    { id: 'mentees', indicator: 'Наставляемых в базе', value: mentees.length },
    { id: 'mentors', indicator: 'Наставников в базе', value: mentors.length },
    {
      id: 'youngTeachers',
      indicator: 'Молодых специалистов среди наставляемых',
      value: mentees.filter((m) => m.youngTeacher === true).length,
    },
    {
      id: 'pairs',
      indicator: 'Утверждённых наставнических пар',
      value: lasting.filter((p) => p.kind === PAIR_KIND.pair).length,
    },
    {
      id: 'groups',
      indicator: 'Утверждённых наставнических групп',
      value: lasting.filter((p) => p.kind === PAIR_KIND.group).length,
    },
    { id: 'meetings', indicator: 'Встреч пар и групп внесено', value: rows(db.meetings).length },
    { id: 'training', indicator: 'Занятий обучения наставников', value: rows(db.training).length },
    { id: 'documents', indicator: 'Документов зарегистрировано', value: documents.length },
    { id: 'consentsPd', indicator: 'Согласий на обработку персональных данных', value: given('pd') },
    { id: 'consentsMentor', indicator: 'Согласий на осуществление наставничества', value: given('mentor') },
    { id: 'consentsPublish', indicator: 'Согласий на публикацию имени', value: given('publish') },
    { id: 'withdrawn', indicator: 'Согласий отозвано', value: withdrawn },
    { id: 'monitoring', indicator: 'Показателей мониторинга рассчитано', value: rows(db.monitoring).length },
  ];
  for (const [key, record] of Object.entries(readFormRecords(ports))) {
    if (!record) continue;
    const answers = [...record.oldSheetIds, record.sheetId].reduce(
      (n, id) => n + ports.responses.countAnswers(id),
      0,
    );
    figures.push({
      id: `answers.${key}`,
      indicator: `Ответов на анкету ${quoted(formLabel(key as FormKey))}`,
      value: answers,
    });
  }
  const table = new Table<YearSummaryRow>(YEAR_SUMMARY, ports.sheets, ports.runtime);
  if (!ports.sheets.sheetNames().includes(YEAR_SUMMARY.name))
    ports.sheets.createSheet(YEAR_SUMMARY, ports.sheets.sheetNames().length);
  const loaded = table.load();
  for (const f of figures) {
    if (loaded.find(f.id)) loaded.update(f.id, { indicator: f.indicator, value: f.value });
    else loaded.insert({ ...f });
  }
  loaded.save();
  return figures;
}
