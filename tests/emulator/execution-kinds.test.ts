import { Emulator } from '../../emulator';
import { MAX_TRIGGERS_PER_USER } from '../../emulator/base/script';
import { loadScript } from '../../emulator/runtime';

/** Issue 13 point 8: the emulator withholds what Google withholds, where the reference says so. */
function boot() {
  const emulator = new Emulator();
  emulator.setNow(new Date(2022, 8, 15, 10, 0));
  const ss = emulator.openNewSpreadsheet('Книга');
  const script = loadScript(
    emulator,
    `function probe() { return [CacheService.getDocumentCache() === null, LockService.getDocumentLock() === null,
       Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()]; }
     function doGet() { return probe(); }
     function onOpen() { return probe(); }
     var seen = [];
     function onTick() { seen.push(probe()); }
     function ticks() { return seen; }`,
  );
  return { emulator, ss, script, g: emulator.globals };
}

describe('execution kinds', () => {
  it('the sidebar has the document cache and lock and the user’s e-mail', () => {
    expect(boot().script.call('probe')).toEqual([
      false,
      false,
      'curator@school.example',
      'curator@school.example',
    ]);
  });

  it('a web app has no document cache or lock and no active user’s e-mail', () => {
    expect(boot().script.call('doGet')).toEqual([true, true, '', 'curator@school.example']);
  });

  it('a simple trigger does not reveal the active user; it keeps the document', () => {
    expect(boot().script.call('onOpen')).toEqual([false, false, '', 'curator@school.example']);
  });

  it('a time-driven trigger has no containing document and runs as its creator', () => {
    const { emulator, g, script } = boot();
    emulator.state.session.activeUser = emulator.state.session.effectiveUser = 'b@school.example';
    g.ScriptApp.newTrigger('onTick').timeBased().everyHours(1).create();
    emulator.state.session.activeUser = emulator.state.session.effectiveUser = 'curator@school.example';
    emulator.ctx.advance(3600 * 1000);
    expect(emulator.runDueClockTriggers()).toBe(1);
    expect(script.call('ticks')).toEqual([[true, true, 'curator@school.example', 'b@school.example']]);
  });
});

describe('triggers belong to the user who created them', () => {
  it('each user sees and deletes only their own, and the limit counts per user', () => {
    const { emulator, ss, g } = boot();
    const as = (user: string) => {
      emulator.state.session.activeUser = emulator.state.session.effectiveUser = user;
    };
    as('a@school.example');
    g.ScriptApp.newTrigger('onTick').forSpreadsheet(ss).onFormSubmit().create();
    as('b@school.example');
    expect(g.ScriptApp.getUserTriggers(ss)).toHaveLength(0);
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(0);
    for (let i = 0; i < MAX_TRIGGERS_PER_USER; i++)
      g.ScriptApp.newTrigger('onTick').forSpreadsheet(ss).onFormSubmit().create();
    expect(() => g.ScriptApp.newTrigger('onTick').forSpreadsheet(ss).onFormSubmit().create()).toThrow(
      /too many triggers/,
    );
    expect(emulator.state.triggers).toHaveLength(MAX_TRIGGERS_PER_USER + 1);
    as('a@school.example');
    expect(g.ScriptApp.getUserTriggers(ss)).toHaveLength(1);
  });
});

describe('an execution Google stops (the 6-minute limit)', () => {
  it('the matching call takes effect, nothing after it runs, not even a catch; its lock is released', () => {
    const emulator = new Emulator();
    emulator.setNow(new Date(2022, 8, 15, 10, 0));
    emulator.openNewSpreadsheet('Книга');
    const script = loadScript(
      emulator,
      `function sendTwo() {
         var lock = LockService.getDocumentLock(); lock.waitLock(1000);
         try {
           MailApp.sendEmail('a@school.example', 'Первое', '');
           MailApp.sendEmail('b@school.example', 'Второе', '');
         } catch (e) {
           PropertiesService.getDocumentProperties().setProperty('caught', String(e));
         } finally { lock.releaseLock(); }
       }
       function caught() { return PropertiesService.getDocumentProperties().getProperty('caught'); }`,
    );
    emulator.stopExecutionAfter('MailApp.sendEmail', (args) => args[0] === 'a@school.example');
    expect(() => script.call('sendTwo')).toThrow('Exceeded maximum execution time');
    expect(emulator.outbox.map((m) => m.to)).toEqual(['a@school.example']);
    // The next execution runs normally: nothing was caught and saved, and the lock is free again.
    expect(emulator.ctx.lockHeld).toBe(false);
    expect(script.call('caught')).toBeNull();
  });

  it('setActiveSpreadsheet lasts one execution: the next starts in its own document, even after a stop', () => {
    const emulator = new Emulator();
    const own = emulator.openNewSpreadsheet('Своя');
    const other = emulator.openNewSpreadsheet('Другая');
    emulator.state.activeSpreadsheetId = own.getId();
    const script = loadScript(
      emulator,
      `function switchTo(id) { SpreadsheetApp.setActiveSpreadsheet(SpreadsheetApp.openById(id));
         MailApp.sendEmail('a@school.example', 'Письмо', ''); return SpreadsheetApp.getActive().getName(); }
       function activeName() { return SpreadsheetApp.getActive().getName(); }`,
    );
    expect(script.call('switchTo', other.getId())).toBe('Другая');
    expect(script.call('activeName')).toBe('Своя');
    emulator.stopExecutionAfter('MailApp.sendEmail');
    expect(() => script.call('switchTo', other.getId())).toThrow('Exceeded maximum execution time');
    expect(script.call('activeName')).toBe('Своя');
  });
});
