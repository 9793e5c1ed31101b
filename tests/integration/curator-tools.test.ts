import { gasLock } from '../../src/gas/runtime';
import { runCatalogAction } from '../../src/services/step-actions/catalog';
import { sendDeadlineDigest } from '../../src/services/roadmap/deadline-digest';
import { setupProgramme } from '../../src/services/setup/setup-programme';
import { SCHOOL, configuredWorkbook } from './fixture';

const noUi = { activateSheet: () => true, showSetupDialog: () => undefined };

describe('deadline digest to the curators', () => {
  it('sends the steps due within two weeks once a day, and the overdue ones after the deadline', () => {
    const { emulator, ports } = configuredWorkbook();
    emulator.setNow(new Date(2022, 8, 10, 8, 0));
    expect(sendDeadlineDigest(ports)).toBe('nothing-due');

    emulator.setNow(new Date(2022, 8, 20, 8, 0));
    expect(sendDeadlineDigest(ports)).toBe('sent');
    expect(emulator.outbox).toHaveLength(1);
    expect(emulator.outbox[0].to).toBe('curator@school.example');
    expect(emulator.outbox[0].subject).toMatch(/^Наставничество: сроки в ближайшие две недели/);
    expect(emulator.outbox[0].body).toContain('1.2 Подготовка нормативной базы');
    expect(emulator.outbox[0].body).not.toContain('1.1 '); // done at setup

    emulator.setNow(new Date(2022, 8, 20, 18, 0));
    expect(sendDeadlineDigest(ports)).toBe('already-sent-today');

    emulator.setNow(new Date(2022, 9, 3, 8, 0));
    expect(sendDeadlineDigest(ports)).toBe('sent');
    expect(emulator.outbox[1].subject).toMatch(/^Наставничество: просрочено \d+ мероприяти/);
  });
});

describe('only curators run stage actions', () => {
  it('refuses an editor who is not a curator, in Russian, and lets the curator act', () => {
    const { emulator, ports, ss } = configuredWorkbook();
    ss.addEditor('teacher@school.example');
    emulator.state.session.activeUser = 'teacher@school.example';
    expect(() => runCatalogAction({ ports, ui: noUi }, 'setup:open', '')).toThrow(
      'Действия программы выполняют кураторы (curator@school.example)',
    );
    expect(() => setupProgramme(ports, SCHOOL)).toThrow('кураторы');
    emulator.state.session.activeUser = 'curator@school.example';
    expect(runCatalogAction({ ports, ui: noUi }, 'setup:open', '').message).toBe(
      'Открыто окно настройки программы.',
    );
  });

  it('refuses someone who is not an editor even if listed as a curator', () => {
    const { emulator, ports } = configuredWorkbook();
    setupProgramme(ports, { ...SCHOOL, curators: ['curator@school.example', 'deputy@school.example'] });
    emulator.state.session.activeUser = 'deputy@school.example';
    expect(() => runCatalogAction({ ports, ui: noUi }, 'setup:open', '')).toThrow(
      'только редакторам таблицы',
    );
  });
});

describe('the document lock', () => {
  it('is re-entrant within one execution and released once at the end', () => {
    const { emulator } = configuredWorkbook();
    emulator.calls.reset();
    const inner = gasLock.withDocumentLock(() => gasLock.withDocumentLock(() => 42));
    expect(inner).toBe(42);
    expect(emulator.calls.get('Lock.tryLock')).toBe(1);
    expect(emulator.calls.get('Lock.releaseLock')).toBe(1);
    expect(() =>
      gasLock.withDocumentLock(() =>
        gasLock.withDocumentLock(() => {
          throw new Error('x');
        }),
      ),
    ).toThrow('x');
    expect(emulator.calls.get('Lock.releaseLock')).toBe(2);
    expect(gasLock.withDocumentLock(() => 1)).toBe(1); // not stuck after the error
  });
});
