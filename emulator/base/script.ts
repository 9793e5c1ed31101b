/**
 * ScriptApp: installable triggers kept in ctx.state.triggers, with the rules an Editor add-on lives by:
 * time-driven triggers at most hourly, at most 20 triggers per user per script. fireClockTriggers runs the
 * time-driven triggers that are due at the emulated "now".
 */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import type { TriggerState } from '../core/state';
import { zonedParts, zonedTime } from '../../src/domain/time/zone';
import { identityTokenFor } from '../net/identity';

export const MAX_TRIGGERS_PER_USER = 20;
const TOO_MANY_TRIGGERS_MESSAGE =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
const ADDON_HOURLY_MESSAGE =
  "Add-ons can't create time-driven triggers that run more often than once per hour: use everyHours(n), everyDays(n) or everyWeeks(n) instead of everyMinutes(n).";

const EventType = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
} as const;
const TriggerSource = {
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
  CALENDAR: 'CALENDAR',
} as const;
const AuthMode = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const;
const AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;
const WeekDay = {
  SUNDAY: 'SUNDAY',
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
} as const;
const WEEKDAY_INDEX: string[] = Object.keys(WeekDay);

const HOUR_MS = 3600000;
const ALLOWED_HOURS = [1, 2, 4, 6, 8, 12];

function positiveInteger(value: unknown, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw gasError(`Invalid argument: ${name}`);
  return n;
}

/** The trigger's owner: its creator, or (for triggers saved before owners were kept) the session's user. */
export function triggerOwner(ctx: EmulatorContext, trigger: TriggerState): string {
  return trigger.owner ?? ctx.state.session.effectiveUser;
}

/** The triggers the effective user owns: each user sees and counts only their own. */
function ownTriggers(ctx: EmulatorContext): TriggerState[] {
  return ctx.state.triggers.filter((t) => triggerOwner(ctx, t) === ctx.state.session.effectiveUser);
}

function addTrigger(
  ctx: EmulatorContext,
  trigger: Omit<TriggerState, 'id'>,
): GoogleAppsScript.Script.Trigger {
  // The quota is per user per script: another curator's triggers do not count against this one's.
  if (ownTriggers(ctx).length >= MAX_TRIGGERS_PER_USER) throw gasError(TOO_MANY_TRIGGERS_MESSAGE);
  const owner = ctx.state.session.effectiveUser;
  const state: TriggerState = { id: String(1000000 + ctx.newNumber()), owner, ...trigger };
  ctx.state.triggers.push(state);
  return wrapTrigger(ctx, state);
}

class TriggerImpl {
  constructor(readonly _state: TriggerState) {}

  get _id(): string {
    return this._state.id;
  }

  getHandlerFunction(): string {
    return this._state.handler;
  }

  getEventType(): string {
    return this._state.eventType;
  }

  getTriggerSource(): string {
    return this._state.source;
  }

  /** The spreadsheet/form/document id; null for time-driven triggers, as in Apps Script. */
  getTriggerSourceId(): string | null {
    return this._state.source === 'CLOCK' ? null : this._state.sourceId;
  }

  getUniqueId(): string {
    return this._state.id;
  }
}

function wrapTrigger(ctx: EmulatorContext, state: TriggerState): GoogleAppsScript.Script.Trigger {
  return ctx.wrap<GoogleAppsScript.Script.Trigger>(new TriggerImpl(state), 'Trigger');
}

class SpreadsheetTriggerBuilderImpl {
  private eventType: TriggerState['eventType'] | null = null;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {}

  onOpen(): this {
    this.eventType = 'ON_OPEN';
    return this;
  }

  onEdit(): this {
    this.eventType = 'ON_EDIT';
    return this;
  }

  onChange(): this {
    this.eventType = 'ON_CHANGE';
    return this;
  }

  onFormSubmit(): this {
    this.eventType = 'ON_FORM_SUBMIT';
    return this;
  }

  create(): GoogleAppsScript.Script.Trigger {
    if (!this.eventType)
      throw gasError('Missing event type: call onOpen, onEdit, onChange or onFormSubmit before create()');
    if (!this.ctx.state.spreadsheets[this.spreadsheetId]) {
      throw gasError(
        `No item with the given ID could be found, or you do not have permission to access it. (${this.spreadsheetId})`,
      );
    }
    return addTrigger(this.ctx, {
      handler: this.handler,
      eventType: this.eventType,
      source: 'SPREADSHEETS',
      sourceId: this.spreadsheetId,
    });
  }
}

class ClockTriggerBuilderImpl {
  private periodHours: number | null = null;
  private hour: number | null = null;
  private minute: number | null = null;
  private weekDay: number | null = null;
  private timeZone: string | null = null;
  private once: Date | null = null;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly handler: string,
  ) {}

  everyMinutes(): this {
    throw gasError(ADDON_HOURLY_MESSAGE);
  }

  everyHours(n: number): this {
    const hours = positiveInteger(n, 'hours');
    if (!ALLOWED_HOURS.includes(hours))
      throw gasError('Invalid argument: hours. The number of hours must be 1, 2, 4, 6, 8 or 12.');
    this.periodHours = hours;
    return this;
  }

  everyDays(n: number): this {
    this.periodHours = positiveInteger(n, 'days') * 24;
    return this;
  }

  everyWeeks(n: number): this {
    this.periodHours = positiveInteger(n, 'weeks') * 24 * 7;
    return this;
  }

  atHour(hour: number): this {
    const h = Number(hour);
    if (!Number.isInteger(h) || h < 0 || h > 23) throw gasError('Invalid argument: hour');
    this.hour = h;
    return this;
  }

  nearMinute(minute: number): this {
    const m = Number(minute);
    if (!Number.isInteger(m) || m < 0 || m > 59) throw gasError('Invalid argument: minute');
    this.minute = m;
    return this;
  }

  onWeekDay(day: string): this {
    const index = WEEKDAY_INDEX.indexOf(String(day));
    if (index < 0) throw gasError('Invalid argument: day');
    this.weekDay = index;
    return this;
  }

  inTimezone(timezone: string): this {
    this.timeZone = String(timezone);
    return this;
  }

  at(date: Date): this {
    if (Object.prototype.toString.call(date) !== '[object Date]' || Number.isNaN(date.getTime())) {
      throw gasError('Invalid argument: date');
    }
    this.once = new Date(date.getTime());
    return this;
  }

  atDate(year: number, month: number, day: number): this {
    const tz = this.timeZone ?? this.ctx.state.session.timeZone;
    this.once = zonedTime(tz, Number(year), Number(month), Number(day));
    return this;
  }

  after(durationMilliseconds: number): this {
    const ms = Number(durationMilliseconds);
    if (!Number.isFinite(ms) || ms < 0) throw gasError('Invalid argument: durationMilliseconds');
    this.once = new Date(this.ctx.now().getTime() + ms);
    return this;
  }

  /** First run of a recurring schedule: the next matching wall-clock time, or one period from now. */
  private firstRun(now: Date, periodHours: number): Date {
    const weekly = this.weekDay !== null;
    if (this.hour === null && !weekly) return new Date(now.getTime() + periodHours * HOUR_MS);
    const tz = this.timeZone ?? this.ctx.state.session.timeZone;
    const local = zonedParts(now, tz);
    const hour = this.hour ?? local.hour;
    const minute = this.minute ?? 0;
    for (let i = 0; i <= 8; i++) {
      const day = new Date(Date.UTC(local.year, local.month - 1, local.day + i));
      if (weekly && day.getUTCDay() !== this.weekDay) continue;
      const candidate = zonedTime(
        tz,
        day.getUTCFullYear(),
        day.getUTCMonth() + 1,
        day.getUTCDate(),
        hour,
        minute,
      );
      if (candidate.getTime() > now.getTime()) return candidate;
    }
    return new Date(now.getTime() + periodHours * HOUR_MS);
  }

  create(): GoogleAppsScript.Script.Trigger {
    const now = this.ctx.now();
    if (this.once) {
      return addTrigger(this.ctx, {
        handler: this.handler,
        eventType: 'CLOCK',
        source: 'CLOCK',
        sourceId: null,
        nextRunAt: new Date(this.once.getTime()),
        at: new Date(this.once.getTime()),
      });
    }
    let period = this.periodHours;
    if (period === null && this.weekDay !== null) period = 24 * 7;
    if (period === null) {
      throw gasError(
        'The trigger has no schedule: call everyHours, everyDays, everyWeeks, at or after before create()',
      );
    }
    if ((this.hour !== null || this.weekDay !== null) && period < 24) {
      throw gasError('atHour and onWeekDay need everyDays(n) or everyWeeks(n)');
    }
    if (this.weekDay !== null && period % (24 * 7) !== 0) throw gasError('onWeekDay needs everyWeeks(n)');
    return addTrigger(this.ctx, {
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      everyHours: period,
      nextRunAt: this.firstRun(now, period),
      at: null,
    });
  }
}

class TriggerBuilderImpl {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly handler: string,
  ) {}

  forSpreadsheet(
    sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string,
  ): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : sheet.getId();
    return this.ctx.wrap<GoogleAppsScript.Script.SpreadsheetTriggerBuilder>(
      new SpreadsheetTriggerBuilderImpl(this.ctx, this.handler, id),
      'SpreadsheetTriggerBuilder',
    );
  }

  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.ctx.wrap<GoogleAppsScript.Script.ClockTriggerBuilder>(
      new ClockTriggerBuilderImpl(this.ctx, this.handler),
      'ClockTriggerBuilder',
    );
  }
}

class AuthorizationInfoImpl {
  /** Everything is authorised in the emulator. */
  getAuthorizationStatus(): string {
    return AuthorizationStatus.NOT_REQUIRED;
  }

  getAuthorizationUrl(): string | null {
    return null;
  }
}

class ScriptAppImpl {
  AuthMode = AuthMode;
  AuthorizationStatus = AuthorizationStatus;
  EventType = EventType;
  TriggerSource = TriggerSource;
  WeekDay = WeekDay;

  constructor(private readonly ctx: EmulatorContext) {}

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '')
      throw gasError('Invalid argument: functionName');
    return this.ctx.wrap<GoogleAppsScript.Script.TriggerBuilder>(
      new TriggerBuilderImpl(this.ctx, functionName),
      'TriggerBuilder',
    );
  }

  /** "Gets all installable triggers associated with the current project and current user." */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    return ownTriggers(this.ctx).map((t) => wrapTrigger(this.ctx, t));
  }

  /** "Gets all installable triggers owned by this user in the given spreadsheet, for this script or add-on only." */
  getUserTriggers(container: { getId(): string } | string): GoogleAppsScript.Script.Trigger[] {
    const id = typeof container === 'string' ? container : container.getId();
    return ownTriggers(this.ctx)
      .filter((t) => t.sourceId === id)
      .map((t) => wrapTrigger(this.ctx, t));
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const id = (trigger as unknown as { _id?: string })?._id;
    if (typeof id !== 'string') throw gasError('Invalid argument: trigger');
    // Another user's trigger is invisible to this one, so it cannot be deleted either.
    const i = this.ctx.state.triggers.findIndex(
      (t) => t.id === id && triggerOwner(this.ctx, t) === this.ctx.state.session.effectiveUser,
    );
    // Deleting a trigger that is already gone is an error in Apps Script too.
    if (i < 0) throw gasError('No trigger with the given id was found; it may have been deleted already.');
    this.ctx.state.triggers.splice(i, 1);
  }

  /** The script's web-app publishing (Class Service): its URL once deployed, null before. */
  getService(): GoogleAppsScript.Script.Service {
    const url = () => this.ctx.state.webAppUrl ?? null;
    return this.ctx.wrap<GoogleAppsScript.Script.Service>(
      { getUrl: url, isEnabled: () => url() !== null } as unknown as GoogleAppsScript.Script.Service,
      'Service',
    );
  }

  /** "Gets an OpenID Connect identity token for the effective user, if the openid scope has been granted." */
  getIdentityToken(): string | null {
    return identityTokenFor(this.ctx);
  }

  getAuthorizationInfo(): GoogleAppsScript.Script.AuthorizationInfo {
    return this.ctx.wrap<GoogleAppsScript.Script.AuthorizationInfo>(
      new AuthorizationInfoImpl(),
      'AuthorizationInfo',
    );
  }
}

export function createScriptApp(ctx: EmulatorContext): GoogleAppsScript.Script.ScriptApp {
  return ctx.wrap<GoogleAppsScript.Script.ScriptApp>(new ScriptAppImpl(ctx), 'ScriptApp');
}

/** The event object Apps Script passes to a time-driven trigger (fields in UTC, as it sends them). */
function clockEvent(trigger: TriggerState, at: Date): Record<string, unknown> {
  const start = Date.UTC(at.getUTCFullYear(), 0, 1);
  const dayOfYear = Math.floor((at.getTime() - start) / 86400000);
  return {
    authMode: AuthMode.FULL,
    triggerUid: trigger.id,
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    'day-of-month': at.getUTCDate(),
    'day-of-week': at.getUTCDay() === 0 ? 7 : at.getUTCDay(),
    'week-of-year': Math.floor((dayOfYear + new Date(start).getUTCDay()) / 7) + 1,
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
    timezone: 'UTC',
  };
}

/**
 * Runs every time-driven trigger due at ctx.now(): each runs once even if several periods were missed
 * (Apps Script does not queue missed runs); one-off triggers are deleted. Returns how many ran.
 */
export function fireClockTriggers(ctx: EmulatorContext): number {
  const now = ctx.now();
  const due = ctx.state.triggers.filter(
    (t) => t.eventType === 'CLOCK' && t.nextRunAt && t.nextRunAt.getTime() <= now.getTime(),
  );
  let ran = 0;
  for (const trigger of due) {
    if (!ctx.state.triggers.includes(trigger)) continue; // deleted by an earlier handler
    const handler = ctx.resolveFunction(trigger.handler);
    if (!handler) {
      throw new Error(`Time-driven trigger ${trigger.id}: script function not found: ${trigger.handler}`);
    }
    if (trigger.everyHours) {
      const period = trigger.everyHours * HOUR_MS;
      let next = (trigger.nextRunAt as Date).getTime() + period;
      while (next <= now.getTime()) next += period;
      trigger.nextRunAt = new Date(next);
    } else {
      ctx.state.triggers.splice(ctx.state.triggers.indexOf(trigger), 1);
    }
    ran++;
    const event = clockEvent(trigger, now);
    ctx.runAs('timeTrigger', () => handler(event), triggerOwner(ctx, trigger));
  }
  return ran;
}
