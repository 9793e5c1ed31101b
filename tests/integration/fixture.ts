import { Emulator } from '../../emulator';
import { createGasPorts } from '../../src/gas/ports';
import * as server from '../../src/server';
import type { Ports } from '../../src/services/ports';
import { setupProgramme } from '../../src/services/setup/setup-programme';
import type { Settings } from '../../src/domain/settings';

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
  const emulator = new Emulator();
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
