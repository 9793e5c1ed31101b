import { formatDate, shortName } from '../../domain/format/ru';
import { splitIds } from '../../domain/pairs';
import { isSelected } from '../../domain/selection';
import { parseRuDate } from '../../domain/table/codec';
import { openDatabase } from '../db/database';
import { UserFacingError } from '../errors';
import { logAction } from '../db/journal';
import type { Ports } from '../ports';
import { readRegistry, writeRegistry } from '../setup/registry';
import { findPeople } from './candidates';
import { quoted } from '../../domain/format/quotes';

/**
 * 4.2: a session of the mentors' training from one line the curator types:
 * «дата; тема; ссылка на материалы (необязательно); эл. почты присутствовавших через запятую».
 */
export function recordTraining(ports: Ports, line: string): string {
  const [dateText, topic, materials, attendees] = line.split(';').map((s) => s.trim());
  const date = parseRuDate(dateText ?? '');
  if (!date)
    throw new UserFacingError(
      'Начните с даты занятия в виде 25.10.2022, затем через «;» тему, ссылку и участников.',
    );
  if (!topic) throw new UserFacingError('Укажите тему занятия после даты, через «;».');
  if (materials && !/^https?:\/\//.test(materials))
    throw new UserFacingError('Третья часть — ссылка на материалы (http…) или пусто.');
  return ports.lock.withDocumentLock(() => {
    const db = openDatabase(ports);
    const present = attendees ? findPeople(db.mentors.load().rows, attendees, 'участники занятия') : [];
    db.training.append([
      { date, topic, materials: materials ?? '', attendees: present.map((p) => p.id).join('; ') },
    ]);
    logAction(ports, 'Занятие для наставников', `${formatDate(date)}: ${topic}`);
    return `Занятие ${formatDate(date)} ${quoted(topic)} внесено в журнал: присутствовали ${present.length}.`;
  });
}

/** Selected mentors who have not attended any training session. */
export function untrainedMentors(ports: Ports): string[] {
  const db = openDatabase(ports);
  const trained = new Set(db.training.load().rows.flatMap((t) => splitIds(t.attendees)));
  return db.mentors
    .load()
    .rows.filter((m) => isSelected(m.status) && !trained.has(m.id))
    .map((m) => shortName(m.fullName ?? ''));
}

/** Methodical materials for mentors (links), kept in Настройки as 'material.N'. */
export function addMaterial(ports: Ports, line: string): string {
  const [title, url] = line.split(';').map((s) => s.trim());
  if (!title || !url || !/^https?:\/\//.test(url))
    throw new UserFacingError('Введите «название; ссылка», например «Памятка наставника; https://…».');
  const n = Object.keys(readRegistry(ports, 'material.')).length + 1;
  writeRegistry(ports, [{ key: `material.${n}`, label: title, value: url }]);
  return `Материал ${quoted(title)} добавлен.`;
}

export function materials(ports: Ports): { label: string; url: string }[] {
  const table = openDatabase(ports).settings.loadIfExists();
  return (table?.rows ?? [])
    .filter((r) => r.id.startsWith('material.'))
    .map((r) => ({ label: r.label ?? '', url: r.value ?? '' }));
}
