/**
 * The offline Apps Script: one Emulator holds an emulated Google account (see core/state.ts) and exposes the
 * service globals a script sees (SpreadsheetApp, FormApp, ...). Tests install them on globalThis or into a vm
 * context; `npm start` keeps the state in a local file.
 */
import { EmulatorContext, type FunctionResolver } from './core/context';
import { gasError, NotEmulatedError } from './core/errors';
import { scopeProblem } from './core/scopes';
import { loadStateFromFile, saveStateToFile } from './core/persist';
import { emptyState, type EmulatorState } from './core/state';
import { createCacheService } from './base/cache';
import { createLockService, releaseAllLocks } from './base/lock';
import { createLogger } from './base/logger';
import { createMailApp } from './base/mail';
import { createPropertiesService } from './base/properties';
import { createScriptApp, fireClockTriggers } from './base/script';
import { createSession } from './base/session';
import { createUtilities } from './base/utilities';
import { createDocumentApp } from './documents';
import { createCardService } from './cards';
import {
  addCalendarEvent,
  calendarOpenEventObject,
  createCalendarApp,
  deleteCalendarEvent,
  eventsOnCalendarOf,
  moveCalendarEvent,
} from './calendar';
import { createContentService } from './net/content';
import { createUrlFetchApp } from './net/url-fetch';
import { createDriveApp } from './drive';
import { createFormApp, submitFormResponse, type SubmittedAnswers } from './forms';
import { editFormResponse, fireBlankDuplicateSubmit, redeliverLastSubmit } from './forms/submit';
import { createHtmlService } from './html';
import { createSpreadsheetApp } from './spreadsheet';
import { createCharts } from './spreadsheet/charts';
import { createDocsService } from './advanced/docs';
import { createDriveService } from './advanced/drive';
import { createSheetsService } from './advanced/sheets';
import { EMULATED_ADVANCED, PROJECT_MANIFEST, type Manifest } from './core/manifest';

export type { EmulatorState } from './core/state';
export { NotEmulatedError } from './core/errors';
export type { Manifest } from './core/manifest';
export { cardDataOf } from './cards';

export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  FormApp: GoogleAppsScript.Forms.FormApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  Charts: GoogleAppsScript.Charts.Charts;
  CardService: GoogleAppsScript.Card_Service.CardService;
  CalendarApp: GoogleAppsScript.Calendar.CalendarApp;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
  ContentService: GoogleAppsScript.Content.ContentService;
  /** Advanced services, present only under the userSymbol the manifest enables them as. */
  [userSymbol: string]: unknown;
}

export interface EmulatorOptions {
  /** The manifest the script runs under: its scopes and advanced services. Default: the add-on's own. */
  manifest?: Manifest;
  /**
   * Refuse, as Apps Script does, every call whose documented scopes (core/scopes.ts) the manifest does not
   * grant, and every call whose scopes are not documented there yet. On wherever the add-on runs.
   */
  enforceScopes?: boolean;
}

export class Emulator {
  readonly ctx: EmulatorContext;
  readonly globals: AppsScriptGlobals;

  readonly manifest: Manifest;

  constructor(state: EmulatorState = emptyState(), options: EmulatorOptions = {}) {
    this.ctx = new EmulatorContext(state);
    this.manifest = options.manifest ?? PROJECT_MANIFEST;
    const ctx = this.ctx;
    ctx.onStoppedExecutionEnd = () => releaseAllLocks(ctx);
    if (options.enforceScopes) {
      const granted = this.manifest.oauthScopes ?? [];
      ctx.grantedScopes = granted;
      ctx.authorize = (member) => {
        const problem = scopeProblem(member, granted);
        if (problem) throw gasError(problem);
      };
    }
    this.globals = {
      SpreadsheetApp: createSpreadsheetApp(ctx),
      FormApp: createFormApp(ctx),
      DocumentApp: createDocumentApp(ctx),
      DriveApp: createDriveApp(ctx),
      MailApp: createMailApp(ctx),
      PropertiesService: createPropertiesService(ctx),
      CacheService: createCacheService(ctx),
      LockService: createLockService(ctx),
      ScriptApp: createScriptApp(ctx),
      HtmlService: createHtmlService(ctx),
      Session: createSession(ctx),
      Utilities: createUtilities(ctx),
      Logger: createLogger(ctx),
      Charts: createCharts() as unknown as GoogleAppsScript.Charts.Charts,
      CardService: createCardService(ctx),
      CalendarApp: createCalendarApp(ctx),
      UrlFetchApp: createUrlFetchApp(ctx),
      ContentService: createContentService(ctx),
      ...advancedServices(ctx, this.manifest),
    };
  }

  /**
   * Runs fn without the scope check: a test looking at what the script made, as the account's owner would in
   * Drive, not a call the script makes.
   */
  unchecked<T>(fn: () => T): T {
    const authorize = this.ctx.authorize;
    this.ctx.authorize = null;
    try {
      return fn();
    } finally {
      this.ctx.authorize = authorize;
    }
  }

  static fromFile(file: string, options: EmulatorOptions = {}): Emulator {
    return new Emulator(loadStateFromFile(file), options);
  }

  get state(): EmulatorState {
    return this.ctx.state;
  }

  get calls() {
    return this.ctx.calls;
  }

  saveToFile(file: string): void {
    saveStateToFile(this.ctx.state, file);
  }

  /** Puts the service globals on `target` (globalThis in tests, a vm context for the bundle). */
  install(target: object = globalThis): void {
    Object.assign(target, this.globals);
  }

  /** Tells the emulator where the script's global functions live, for triggers and menu items. */
  setRuntime(resolve: FunctionResolver): void {
    this.ctx.resolveFunction = resolve;
  }

  /** Creates a bound spreadsheet and makes it the active one, as opening a sheet with the add-on does. */
  openNewSpreadsheet(name: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    const ss = this.globals.SpreadsheetApp.create(name);
    this.ctx.state.activeSpreadsheetId = ss.getId();
    return ss;
  }

  /** A teacher submits a form: the response is stored, written to the destination sheet, and triggers fire. */
  submitForm(
    formId: string,
    answers: SubmittedAnswers,
    email = '',
    respondent: { signedInAs?: string } = {},
  ): void {
    submitFormResponse(this.ctx, formId, answers, email, respondent);
  }

  /** A respondent edits their last response: same row updated, the event carries only the changed answers. */
  editResponse(formId: string, email: string, changed: SubmittedAnswers): void {
    editFormResponse(this.ctx, formId, email, changed);
  }

  /** Google delivers the form's last submit event once more (at-least-once delivery). */
  redeliverLastSubmit(formId: string): void {
    redeliverLastSubmit(this.ctx, formId);
  }

  /** Google's blank extra submit event for the form's last response (empty values, same row). */
  fireBlankDuplicateSubmit(formId: string): void {
    fireBlankDuplicateSubmit(this.ctx, formId);
  }

  /** Whether the spreadsheet's installable triggers run with a containing document (document cache and lock). */
  /**
   * Google stops the next execution right after the call of `member` (e.g. 'MailApp.sendEmail') whose
   * arguments `matches`: the call has taken effect, nothing after it runs, the execution's locks are freed.
   */
  stopExecutionAfter(member: string, matches?: (args: unknown[]) => boolean): void {
    this.ctx.stopExecutionAfter(member, matches);
  }

  setTriggersHaveDocument(has: boolean): void {
    this.ctx.triggersHaveDocument = has;
  }

  /** Runs the time-driven triggers that are due at the emulated "now". */
  runDueClockTriggers(): number {
    return fireClockTriggers(this.ctx);
  }

  /**
   * Deploys the script as a web app at `url`, executing as `executeAs` (the manifest's USER_DEPLOYING): what
   * ScriptApp.getService().getUrl() answers, and where UrlFetchApp reaches doGet/doPost.
   */
  deployWebApp(url: string, executeAs: string): void {
    this.ctx.state.webAppUrl = url;
    this.ctx.state.webAppExecutesAs = executeAs;
  }

  setNow(date: Date): void {
    this.ctx.state.now = new Date(date.getTime());
  }

  /** Someone creates an event in Google Calendar itself (not through the script); returns its iCalUID. */
  addCalendarEvent(organizer: string, title: string, start: Date, end: Date, guests: string[]): string {
    return addCalendarEvent(this.ctx, organizer, title, start, end, guests);
  }

  /** The organizer moves the event in Google Calendar. */
  moveCalendarEvent(iCalUid: string, start: Date, end: Date): void {
    moveCalendarEvent(this.ctx, iCalUid, start, end);
  }

  /** The organizer deletes the event in Google Calendar. */
  deleteCalendarEvent(iCalUid: string): void {
    deleteCalendarEvent(this.ctx, iCalUid);
  }

  /** The events a user's calendar shows, as data. */
  calendarEventsOf(email: string) {
    return eventsOnCalendarOf(this.ctx, email);
  }

  /**
   * The session's user opens an event in Google Calendar with the add-on installed: the manifest's
   * eventOpenTrigger function and the event object Calendar passes it.
   */
  openCalendarEvent(iCalUid: string): { runFunction: string; event: GoogleAppsScript.Addons.EventObject } {
    const calendar = this.manifest.addOns?.calendar;
    const user = this.ctx.state.session.activeUser;
    const event = calendarOpenEventObject(this.ctx, calendar, iCalUid, user);
    return { runFunction: calendar!.eventOpenTrigger!.runFunction, event };
  }

  get outbox() {
    return this.ctx.state.mail.outbox;
  }
}

const ADVANCED_FACTORIES: Record<keyof typeof EMULATED_ADVANCED, (ctx: EmulatorContext) => unknown> = {
  sheets: createSheetsService,
  docs: createDocsService,
  drive: createDriveService,
};

/** The manifest's enabled advanced services, each under its userSymbol; one the emulator lacks is an error. */
function advancedServices(ctx: EmulatorContext, manifest: Manifest): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of manifest.dependencies?.enabledAdvancedServices ?? []) {
    const id = s.serviceId as keyof typeof EMULATED_ADVANCED;
    if (EMULATED_ADVANCED[id] !== s.version)
      throw new NotEmulatedError(`advanced service ${s.serviceId} ${s.version}`);
    out[s.userSymbol] = ADVANCED_FACTORIES[id](ctx);
  }
  return out;
}
