import { EmulatorContext } from '../../emulator/core/context';
import { NotEmulatedError } from '../../emulator/core/errors';
import { emptyState, type SpreadsheetState } from '../../emulator/core/state';
import { createCacheService } from '../../emulator/base/cache';
import { createLockService, holdDocumentLockElsewhere, releaseAllLocks } from '../../emulator/base/lock';
import { createLogger } from '../../emulator/base/logger';
import { createMailApp } from '../../emulator/base/mail';
import { createPropertiesService } from '../../emulator/base/properties';
import { createScriptApp, fireClockTriggers } from '../../emulator/base/script';
import { createSession } from '../../emulator/base/session';
import { createUtilities, formatDate } from '../../emulator/base/utilities';

const T0 = new Date('2025-01-15T09:00:00Z'); // a Wednesday

function newCtx(): EmulatorContext {
  const state = emptyState();
  state.now = new Date(T0.getTime());
  return new EmulatorContext(state);
}

function addSpreadsheet(ctx: EmulatorContext, id = 'ss1'): string {
  ctx.state.spreadsheets[id] = { id, name: 'Наставничество 2025' } as unknown as SpreadsheetState;
  return id;
}

describe('PropertiesService', () => {
  test('getProperty is null when missing; values are strings; getProperties is a copy', () => {
    const ctx = newCtx();
    const props = createPropertiesService(ctx).getDocumentProperties();
    expect(props.getProperty('missing')).toBeNull();
    props.setProperty('year', '2025').setProperty('n', 5 as unknown as string);
    expect(props.getProperty('n')).toBe('5');
    const copy = props.getProperties();
    copy.year = 'changed';
    expect(props.getProperty('year')).toBe('2025');
    expect(ctx.state.properties.document).toEqual({ year: '2025', n: '5' });
    expect(props.getKeys().sort()).toEqual(['n', 'year']);
    props.deleteProperty('n');
    expect(props.getProperty('n')).toBeNull();
  });

  test('stores are separate', () => {
    const ctx = newCtx();
    const ps = createPropertiesService(ctx);
    ps.getUserProperties().setProperty('k', 'user');
    ps.getScriptProperties().setProperty('k', 'script');
    expect(ps.getDocumentProperties().getProperty('k')).toBeNull();
    expect(ps.getUserProperties().getProperty('k')).toBe('user');
    expect(ctx.state.properties.script.k).toBe('script');
  });

  test('a value over 9 KB is refused and nothing is stored', () => {
    const ctx = newCtx();
    const props = createPropertiesService(ctx).getScriptProperties();
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(/9 KB/);
    // Cyrillic takes two bytes in UTF-8: 5000 letters are ~10 KB.
    expect(() => props.setProperty('ru', 'ж'.repeat(5000))).toThrow(/Argument too large/);
    expect(props.getProperty('big')).toBeNull();
    expect(() => props.setProperties({ a: '1', b: 'y'.repeat(10000) })).toThrow(/Exception|too large/);
    expect(props.getProperty('a')).toBeNull();
  });

  test('a store over 500 KB is refused', () => {
    const ctx = newCtx();
    const props = createPropertiesService(ctx).getUserProperties();
    for (let i = 0; i < 55; i++) props.setProperty(`k${i}`, 'v'.repeat(9000));
    let error: Error | null = null;
    try {
      for (let i = 55; i < 70; i++) props.setProperty(`k${i}`, 'v'.repeat(9000));
    } catch (e) {
      error = e as Error;
    }
    expect(error?.name).toBe('Exception');
    expect(error?.message).toMatch(/property storage quota/);
    expect(Object.keys(ctx.state.properties.user).length).toBeLessThan(70);
  });

  test('setProperties with deleteAllOthers replaces the store; deleteAllProperties empties it', () => {
    const ctx = newCtx();
    const props = createPropertiesService(ctx).getDocumentProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' }, true);
    expect(props.getProperties()).toEqual({ c: '3' });
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });
});

describe('CacheService', () => {
  test('put/get with default and explicit expiration by the emulated clock', () => {
    const ctx = newCtx();
    const cache = createCacheService(ctx).getDocumentCache()!;
    cache.put('a', '1');
    cache.put('b', '2', 30);
    expect(cache.get('a')).toBe('1');
    ctx.advance(31_000);
    expect(cache.get('b')).toBeNull();
    expect(cache.get('a')).toBe('1');
    ctx.advance(600_000);
    expect(cache.get('a')).toBeNull();
  });

  test('expiration is capped at 6 hours', () => {
    const ctx = newCtx();
    const cache = createCacheService(ctx).getScriptCache();
    cache.put('k', 'v', 86400);
    ctx.advance(21599_000);
    expect(cache.get('k')).toBe('v');
    ctx.advance(2_000);
    expect(cache.get('k')).toBeNull();
  });

  test('getAll, putAll, remove, removeAll', () => {
    const ctx = newCtx();
    const cache = createCacheService(ctx).getUserCache();
    cache.putAll({ x: '1', y: '2', z: '3' });
    expect(cache.getAll(['x', 'y', 'missing'])).toEqual({ x: '1', y: '2' });
    cache.remove('x');
    cache.removeAll(['y', 'z']);
    expect(cache.getAll(['x', 'y', 'z'])).toEqual({});
  });

  test('limits: key 250 characters, value 100 KB', () => {
    const ctx = newCtx();
    const cache = createCacheService(ctx).getScriptCache();
    cache.put('k'.repeat(250), 'ok');
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow(/key/);
    cache.put('v', 'x'.repeat(100 * 1024));
    expect(() => cache.put('v2', 'x'.repeat(100 * 1024 + 1))).toThrow(/100 KB/);
  });

  test('caches are separate per scope and per emulator', () => {
    const ctx = newCtx();
    createCacheService(ctx).getScriptCache().put('k', 'script');
    expect(createCacheService(ctx).getUserCache().get('k')).toBeNull();
    expect(createCacheService(ctx).getScriptCache().get('k')).toBe('script');
    expect(createCacheService(newCtx()).getScriptCache().get('k')).toBeNull();
  });
});

describe('LockService', () => {
  test('tryLock / hasLock / releaseLock; re-entrant within one execution', () => {
    const ctx = newCtx();
    const lock = createLockService(ctx).getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(ctx.lockHeld).toBe(true);
    expect(createLockService(ctx).getDocumentLock().tryLock(10)).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(ctx.lockHeld).toBe(false);
  });

  test('a lock held by another execution: tryLock is false, waitLock throws the Apps Script message', () => {
    const ctx = newCtx();
    holdDocumentLockElsewhere(ctx, true);
    const lock = createLockService(ctx).getDocumentLock();
    expect(lock.tryLock(500)).toBe(false);
    expect(ctx.now().getTime()).toBe(T0.getTime() + 500); // it waited the whole timeout
    expect(() => lock.waitLock(30000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(lock.hasLock()).toBe(false);
    // The script lock is a different lock.
    expect(createLockService(ctx).getScriptLock().tryLock(0)).toBe(true);
    holdDocumentLockElsewhere(ctx, false);
    lock.waitLock(30000);
    expect(lock.hasLock()).toBe(true);
    releaseAllLocks(ctx);
    expect(lock.hasLock()).toBe(false);
  });

  test('user lock exists', () => {
    const ctx = newCtx();
    expect(createLockService(ctx).getUserLock().tryLock(0)).toBe(true);
  });
});

describe('ScriptApp triggers', () => {
  test('spreadsheet trigger create / list / delete', () => {
    const ctx = newCtx();
    const ssId = addSpreadsheet(ctx);
    const ScriptApp = createScriptApp(ctx);
    const t = ScriptApp.newTrigger('onFormSubmitHandler').forSpreadsheet(ssId).onFormSubmit().create();
    expect(t.getHandlerFunction()).toBe('onFormSubmitHandler');
    expect(t.getEventType()).toBe(ScriptApp.EventType.ON_FORM_SUBMIT);
    expect(t.getTriggerSource()).toBe(ScriptApp.TriggerSource.SPREADSHEETS);
    expect(t.getTriggerSourceId()).toBe(ssId);
    expect(ctx.state.triggers).toHaveLength(1);
    const ss = { getId: () => ssId } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    ScriptApp.newTrigger('onEditHandler').forSpreadsheet(ss).onEdit().create();
    ScriptApp.newTrigger('weekly').timeBased().everyWeeks(1).create();
    expect(ScriptApp.getProjectTriggers()).toHaveLength(3);
    expect(ScriptApp.getUserTriggers(ss).map((x) => x.getHandlerFunction())).toEqual([
      'onFormSubmitHandler',
      'onEditHandler',
    ]);
    const listed = ScriptApp.getProjectTriggers().find((x) => x.getUniqueId() === t.getUniqueId());
    ScriptApp.deleteTrigger(listed as GoogleAppsScript.Script.Trigger);
    expect(ScriptApp.getProjectTriggers().map((x) => x.getHandlerFunction())).toEqual([
      'onEditHandler',
      'weekly',
    ]);
    expect(() => ScriptApp.deleteTrigger(t)).toThrow();
  });

  test('a spreadsheet trigger needs an event type and an existing spreadsheet', () => {
    const ctx = newCtx();
    const ScriptApp = createScriptApp(ctx);
    addSpreadsheet(ctx);
    expect(() => ScriptApp.newTrigger('h').forSpreadsheet('ss1').create()).toThrow(/event type/);
    expect(() => ScriptApp.newTrigger('h').forSpreadsheet('nope').onOpen().create()).toThrow(/nope/);
  });

  test('add-ons cannot run time-driven triggers more often than hourly', () => {
    const ctx = newCtx();
    const ScriptApp = createScriptApp(ctx);
    let error: Error | null = null;
    try {
      ScriptApp.newTrigger('h').timeBased().everyMinutes(30).create();
    } catch (e) {
      error = e as Error;
    }
    expect(error?.name).toBe('Exception');
    expect(error?.message).toMatch(/more often than once per hour/);
    expect(() => ScriptApp.newTrigger('h').timeBased().everyHours(3)).toThrow(/1, 2, 4, 6, 8 or 12/);
    expect(ctx.state.triggers).toHaveLength(0);
  });

  test('at most 20 triggers per user per script', () => {
    const ctx = newCtx();
    const ScriptApp = createScriptApp(ctx);
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`h${i}`).timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('h21').timeBased().everyHours(1).create()).toThrow(/too many triggers/);
  });

  test('a clock trigger fires once when due and not before; the event carries the trigger id', () => {
    const ctx = newCtx();
    const calls: Record<string, unknown>[] = [];
    ctx.resolveFunction = (name) =>
      name === 'remind' ? (e: unknown) => void calls.push(e as Record<string, unknown>) : undefined;
    const ScriptApp = createScriptApp(ctx);
    const t = ScriptApp.newTrigger('remind').timeBased().everyHours(2).create();
    expect(fireClockTriggers(ctx)).toBe(0);
    ctx.advance(2 * 3600_000 - 1000);
    expect(fireClockTriggers(ctx)).toBe(0);
    ctx.advance(1000);
    expect(fireClockTriggers(ctx)).toBe(1);
    expect(fireClockTriggers(ctx)).toBe(0);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ authMode: 'FULL', triggerUid: t.getUniqueId(), hour: 11, year: 2025 });
    // Missed periods do not queue up: after 10 hours it runs once, then again 2 hours later.
    ctx.advance(10 * 3600_000);
    expect(fireClockTriggers(ctx)).toBe(1);
    expect(fireClockTriggers(ctx)).toBe(0);
    ctx.advance(2 * 3600_000);
    expect(fireClockTriggers(ctx)).toBe(1);
    expect(calls).toHaveLength(3);
  });

  test('daily trigger at an hour runs at that hour in the script time zone (Moscow)', () => {
    const ctx = newCtx(); // 09:00 UTC = 12:00 Moscow
    let runs = 0;
    ctx.resolveFunction = () => () => void runs++;
    createScriptApp(ctx).newTrigger('daily').timeBased().everyDays(1).atHour(8).create();
    expect(ctx.state.triggers[0].nextRunAt?.toISOString()).toBe('2025-01-16T05:00:00.000Z');
    ctx.advance(20 * 3600_000); // 05:00 UTC next day
    expect(fireClockTriggers(ctx)).toBe(1);
    expect(ctx.state.triggers[0].nextRunAt?.toISOString()).toBe('2025-01-17T05:00:00.000Z');
    expect(runs).toBe(1);
  });

  test('weekly trigger on a weekday', () => {
    const ctx = newCtx();
    const ScriptApp = createScriptApp(ctx);
    ScriptApp.newTrigger('weekly').timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(9).create();
    // Wednesday 2025-01-15 → Monday 2025-01-20 09:00 Moscow = 06:00 UTC
    expect(ctx.state.triggers[0].nextRunAt?.toISOString()).toBe('2025-01-20T06:00:00.000Z');
    expect(ctx.state.triggers[0].everyHours).toBe(168);
  });

  test('one-off at/after triggers run once and are deleted', () => {
    const ctx = newCtx();
    let runs = 0;
    ctx.resolveFunction = () => () => void runs++;
    const ScriptApp = createScriptApp(ctx);
    ScriptApp.newTrigger('later').timeBased().after(60_000).create();
    ScriptApp.newTrigger('at')
      .timeBased()
      .at(new Date(T0.getTime() + 3600_000))
      .create();
    ctx.advance(60_000);
    expect(fireClockTriggers(ctx)).toBe(1);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['at']);
    ctx.advance(3600_000);
    expect(fireClockTriggers(ctx)).toBe(1);
    expect(ctx.state.triggers).toHaveLength(0);
    expect(runs).toBe(2);
  });

  test('a trigger whose handler is missing names it', () => {
    const ctx = newCtx();
    createScriptApp(ctx).newTrigger('ghostHandler').timeBased().everyHours(1).create();
    ctx.advance(3600_000);
    expect(() => fireClockTriggers(ctx)).toThrow(/ghostHandler/);
  });

  test('getOAuthToken is not emulated', () => {
    const ScriptApp = createScriptApp(newCtx());
    expect(() => ScriptApp.getOAuthToken()).toThrow(NotEmulatedError);
  });

  test('getService: the web app URL is null until the project is deployed as a web app', () => {
    const ctx = newCtx();
    const ScriptApp = createScriptApp(ctx);
    expect(ScriptApp.getService().getUrl()).toBeNull();
    expect(ScriptApp.getService().isEnabled()).toBe(false);
    ctx.state.webAppUrl = 'https://script.google.com/macros/s/ID/exec';
    expect(ScriptApp.getService().getUrl()).toBe('https://script.google.com/macros/s/ID/exec');
    expect(ScriptApp.getService().isEnabled()).toBe(true);
  });
});

describe('Session', () => {
  test('users, time zone, locale, temporary key', () => {
    const ctx = newCtx();
    const Session = createSession(ctx);
    expect(Session.getActiveUser().getEmail()).toBe('curator@school.example');
    expect(Session.getEffectiveUser().getEmail()).toBe('curator@school.example');
    expect(Session.getScriptTimeZone()).toBe('Europe/Moscow');
    expect(Session.getActiveUserLocale()).toBe('ru');
    expect(Session.getTemporaryActiveUserKey()).toBe(Session.getTemporaryActiveUserKey());
    expect(Session.getTemporaryActiveUserKey()).not.toContain('curator');
  });
});

describe('Utilities', () => {
  const Utilities = createUtilities(newCtx());
  const instant = new Date('2025-03-07T21:05:09.007Z');

  test('formatDate in Europe/Moscow shows the +3 offset', () => {
    expect(Utilities.formatDate(instant, 'Europe/Moscow', 'dd.MM.yyyy HH:mm')).toBe('08.03.2025 00:05');
    expect(Utilities.formatDate(instant, 'UTC', 'dd.MM.yyyy HH:mm')).toBe('07.03.2025 21:05');
    expect(Utilities.formatDate(instant, 'GMT+3', 'dd.MM.yyyy HH:mm')).toBe('08.03.2025 00:05');
    expect(Utilities.formatDate(instant, 'GMT-05:30', 'HH:mm')).toBe('15:35');
    expect(Utilities.formatDate(new Date('2025-07-01T12:00:00Z'), 'America/New_York', 'HH:mm Z')).toBe(
      '08:00 -0400',
    );
  });

  test('formatDate pattern letters', () => {
    const f = (p: string) => formatDate(instant, 'UTC', p);
    expect(f('yyyy-MM-dd HH:mm:ss.SSS')).toBe('2025-03-07 21:05:09.007');
    expect(f('yy M d H m s')).toBe('25 3 7 21 5 9');
    expect(f('MMM MMMM')).toBe('Mar March');
    expect(f('E EEEE')).toBe('Fri Friday');
    expect(f('h:mm a')).toBe('9:05 PM');
    expect(f("'Date:' yyyy 'o''clock' ''")).toBe("Date: 2025 o'clock '");
    expect(f('XXX Z')).toBe('Z +0000');
    expect(formatDate(instant, 'Europe/Moscow', 'XXX')).toBe('+03:00');
    expect(() => f('yyyy q')).toThrow(/Illegal pattern character 'q'/);
    expect(() => f('z')).toThrow(NotEmulatedError);
    expect(() => Utilities.formatDate('2025-01-01' as unknown as Date, 'UTC', 'yyyy')).toThrow(
      /method signature/,
    );
  });

  test('digests and HMACs, which the add-on does not use, are left to NotEmulatedError', () => {
    const u = Utilities as unknown as Record<string, (...a: unknown[]) => unknown>;
    expect(() => u.computeDigest('SHA_256', 'abc')).toThrow(NotEmulatedError);
    expect(() => u.computeHmacSha256Signature('value', 'key')).toThrow(NotEmulatedError);
  });

  test('base64 round trips, web-safe alphabet, signed bytes', () => {
    expect(Utilities.base64Encode('Наставник')).toBe(Buffer.from('Наставник').toString('base64'));
    const bytes = Utilities.base64Decode(Utilities.base64Encode('Наставник'));
    expect(Buffer.from(bytes.map((b) => b & 0xff)).toString('utf8')).toBe('Наставник');
    expect(bytes.some((b) => b < 0)).toBe(true);
    expect(Utilities.base64Encode([-5, -1])).toBe('+/8=');
    expect(Utilities.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
    expect(Utilities.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
    expect(() => Utilities.base64Decode('***')).toThrow(/decode/);
  });

  test('getUuid, newBlob, sleep advances the emulated clock', () => {
    const ctx = newCtx();
    const U = createUtilities(ctx);
    expect(U.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const blob = U.newBlob('привет', 'text/plain', 'a.txt');
    expect(blob.getDataAsString()).toBe('привет');
    expect(blob.getName()).toBe('a.txt');
    U.sleep(1500);
    expect(ctx.now().getTime()).toBe(T0.getTime() + 1500);
    expect(ctx.calls.get('Utilities.sleep')).toBe(1);
    expect(() => U.parseCsv('a,b')).toThrow(NotEmulatedError);
  });
});

describe('MailApp', () => {
  test('sendEmail (both signatures) records the outbox with emulated time', () => {
    const ctx = newCtx();
    const MailApp = createMailApp(ctx);
    MailApp.sendEmail('a@school.example', 'Приказ', 'Текст');
    MailApp.sendEmail({
      to: 'b@school.example, c@school.example',
      cc: 'd@school.example',
      subject: 'План',
      body: 'plain',
      htmlBody: '<b>html</b>',
      name: 'Наставник',
      replyTo: 'curator@school.example',
      attachments: [createUtilities(ctx).newBlob('pdf bytes', 'application/pdf', 'plan.pdf')],
    });
    MailApp.sendEmail('e@school.example', 'S', 'B', { bcc: 'f@school.example', name: 'X' });
    const [first, second, third] = ctx.state.mail.outbox;
    expect(first).toMatchObject({ to: 'a@school.example', subject: 'Приказ', body: 'Текст', sentAt: T0 });
    expect(second).toMatchObject({
      to: 'b@school.example,c@school.example',
      cc: 'd@school.example',
      name: 'Наставник',
    });
    expect(second.attachments).toEqual([{ name: 'plan.pdf', mimeType: 'application/pdf', size: 9 }]);
    expect(third).toMatchObject({ to: 'e@school.example', bcc: 'f@school.example' });
    // 1 + 3 + 2 recipients
    expect(MailApp.getRemainingDailyQuota()).toBe(100 - 6);
  });

  test('quota exhaustion over the last 24 hours of emulated time', () => {
    const ctx = newCtx();
    ctx.state.mail.dailyQuota = 5;
    const MailApp = createMailApp(ctx);
    MailApp.sendEmail('a@x.example,b@x.example,c@x.example', 's', 'b');
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
    expect(() => MailApp.sendEmail('a@x.example,b@x.example,c@x.example', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(ctx.state.mail.outbox).toHaveLength(1);
    MailApp.sendEmail({ to: 'a@x.example', cc: 'b@x.example', subject: 's', body: 'b' });
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    ctx.advance(24 * 3600_000);
    expect(MailApp.getRemainingDailyQuota()).toBe(5);
  });

  test('invalid address', () => {
    const MailApp = createMailApp(newCtx());
    expect(() => MailApp.sendEmail('not-an-address', 's', 'b')).toThrow('Invalid email: not-an-address');
    expect(() => MailApp.sendEmail({ to: 'a@x.example', cc: 'bad@', subject: 's', body: 'b' })).toThrow(
      'Invalid email: bad@',
    );
    expect(() => MailApp.sendEmail({ to: '', subject: 's', body: 'b' })).toThrow(/no recipient/);
  });
});

describe('Logger', () => {
  test('log, format, getLog, clear', () => {
    const Logger = createLogger(newCtx());
    Logger.log('one').log('%s of %s', 2, 3);
    Logger.log({ a: 1 });
    expect(Logger.getLog()).toBe('one\n2 of 3\n{"a":1}\n');
    Logger.clear();
    expect(Logger.getLog()).toBe('');
  });
});

describe('wrapping', () => {
  test('calls are counted and unimplemented methods throw NotEmulatedError', () => {
    const ctx = newCtx();
    const props = createPropertiesService(ctx).getDocumentProperties();
    props.getProperty('a');
    props.getProperty('b');
    expect(ctx.calls.get('Properties.getProperty')).toBe(2);
    expect(ctx.calls.get('PropertiesService.getDocumentProperties')).toBe(1);
    const lock = createLockService(ctx).getDocumentLock();
    lock.tryLock(1);
    expect(ctx.calls.get('Lock.tryLock')).toBe(1);
    const cache = createCacheService(ctx).getScriptCache() as unknown as { getKeys(): void };
    expect(() => cache.getKeys()).toThrow(NotEmulatedError);
    expect(() => createScriptApp(ctx).newTrigger('h').timeBased().onMonthDay(1)).toThrow(NotEmulatedError);
  });
});
