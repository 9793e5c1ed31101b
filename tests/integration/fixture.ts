import { Emulator } from '../../emulator';
import { createGasPorts } from '../../src/gas/ports';
import * as server from '../../src/server';
import type { Ports } from '../../src/services/ports';
import { setupProgramme } from '../../src/services/setup/setup-programme';
import type { Settings } from '../../src/domain/settings';
import { IDENTITY, publishDetails, type ConsentDecision } from '../../src/domain/consents/records';
import { PUBLISH_CATEGORIES } from '../../src/domain/forms/consent';
import { openDatabase } from '../../src/services/db/database';
import { recordConsents } from '../../src/services/consents/records';

export const SCHOOL: Settings = {
  schoolFull:
    'Муниципальное бюджетное общеобразовательное учреждение «Межшкольный учебный комбинат № 4» города Кирова',
  schoolShort: 'МБОУ МУК № 4 г. Кирова',
  director: 'Попова Л.А.',
  city: 'Киров',
  curators: ['curator@school.example'],
  academicYearStart: 2022,
  outputFolder: 'Наставничество — документы',
  schoolAddress: '610002, Кировская область, г. Киров, ул. Свободы, д. 76',
  schoolInn: '4345012340',
  schoolOgrn: '1024301234561',
  schoolSite: 'https://muk4.example.ru',
};

/** A fresh emulated account with the add-on's spreadsheet open, its globals installed, on 15 Sep 2022. */
export function freshWorkbook(): {
  emulator: Emulator;
  ports: Ports;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
} {
  const emulator = new Emulator(undefined, { enforceScopes: true });
  emulator.setNow(new Date(2022, 8, 15, 10, 0));
  const ss = emulator.openNewSpreadsheet('Наставничество 2022/2023');
  emulator.install(globalThis);
  // `new Date()` in Node is the real clock; the services must see the emulator's pinned "today".
  const gas = createGasPorts();
  const ports: Ports = { ...gas, runtime: { ...gas.runtime, now: () => emulator.ctx.now() } };
  return { emulator, ports, ss };
}

export function configuredWorkbook() {
  const wb = freshWorkbook();
  setupProgramme(wb.ports, SCHOOL);
  wb.emulator.calls.reset();
  return wb;
}

/** A configured workbook whose google.script.run calls (from forms and dialogs) reach src/server's functions. */
export function configuredWorkbookWithServer() {
  const wb = configuredWorkbook();
  wb.emulator.setRuntime((name) => (server as unknown as Record<string, (...a: unknown[]) => unknown>)[name]);
  return wb;
}

/**
 * Tests that seed the bases directly also seed the consent records the questionnaires would have written:
 * the add-on reads consent from Согласия, never from the marks in a base.
 */
export function recordSeededConsents(ports: Ports): void {
  const db = openDatabase(ports);
  for (const row of [...db.mentees.load().rows, ...db.mentors.load().rows]) {
    const decisions: ConsentDecision[] = [];
    if (row.consentPd) decisions.push({ kind: 'pd', state: 'дано' });
    if ('consentMentor' in row && row.consentMentor) decisions.push({ kind: 'mentor', state: 'дано' });
    if ('consentPublish' in row && row.consentPublish)
      decisions.push({ kind: 'publish', state: 'дано', details: publishDetails(PUBLISH_CATEGORIES, '') });
    if (decisions.length)
      recordConsents(ports, {
        personId: row.id,
        email: String(row.email ?? ''),
        decisions,
        source: 'тестовые данные',
        identity: IDENTITY.verified,
      });
  }
}

/** A configured workbook with n approved pairs (one mentor, one mentee each), for cost measurements. */
export function workbookWithPairs(n: number) {
  const wb = configuredWorkbook();
  const db = openDatabase(wb.ports);
  const mentors = db.mentors.append(
    Array.from({ length: n }, (_, i) => ({
      fullName: `Наставникова Ольга Викторовна${i}`,
      position: 'учитель',
      email: `m${i}@school.example`,
      status: 'в паре',
    })),
  );
  const mentees = db.mentees.append(
    Array.from({ length: n }, (_, i) => ({
      fullName: `Учеников Илья Романович${i}`,
      position: 'учитель',
      email: `t${i}@school.example`,
      status: 'в паре',
      requests: 'Работа с родителями; Подготовка к аттестации',
    })),
  );
  db.pairs.append(
    mentors.map((m, i) => ({ mentorId: m.id, menteeIds: mentees[i].id, kind: 'пара', status: 'утверждена' })),
  );
  return wb;
}
