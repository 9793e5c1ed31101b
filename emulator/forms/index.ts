/**
 * FormApp of the emulator: forms as data in ctx.state.forms, linked to spreadsheets in ctx.state.spreadsheets,
 * and `submitFormResponse`, which plays a respondent (the add-on itself never submits).
 */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import type { FormState } from '../core/state';
import { formViews } from './wrap';
import { TextValidationBuilderImpl } from './items';

export { submitFormResponse, type SubmittedAnswers } from './submit';
export { buildSheetsSubmitEvent } from './record';

const NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

const ItemType = {
  CHECKBOX: 'CHECKBOX',
  CHECKBOX_GRID: 'CHECKBOX_GRID',
  DATE: 'DATE',
  DATETIME: 'DATETIME',
  DURATION: 'DURATION',
  GRID: 'GRID',
  IMAGE: 'IMAGE',
  LIST: 'LIST',
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  PAGE_BREAK: 'PAGE_BREAK',
  PARAGRAPH_TEXT: 'PARAGRAPH_TEXT',
  SCALE: 'SCALE',
  SECTION_HEADER: 'SECTION_HEADER',
  TEXT: 'TEXT',
  TIME: 'TIME',
  VIDEO: 'VIDEO',
  FILE_UPLOAD: 'FILE_UPLOAD',
} as const;

class FormAppImpl {
  DestinationType = { SPREADSHEET: 'SPREADSHEET' } as const;
  ItemType = ItemType;
  /** Form.setEmailCollectionType (Apps Script, 2024): who provides the respondent's address. */
  EmailCollectionType = {
    DO_NOT_COLLECT: 'DO_NOT_COLLECT',
    VERIFIED: 'VERIFIED',
    RESPONDER_INPUT: 'RESPONDER_INPUT',
  } as const;
  PageNavigationType = {
    CONTINUE: 'CONTINUE',
    GO_TO_PAGE: 'GO_TO_PAGE',
    RESTART: 'RESTART',
    SUBMIT: 'SUBMIT',
  } as const;

  constructor(readonly _ctx: EmulatorContext) {}

  /** A new form in the root of My Drive (also registered as a Drive file of the form MIME type). */
  create(title: string): GoogleAppsScript.Forms.Form {
    const ctx = this._ctx;
    const id = ctx.newId('form');
    const now = ctx.now();
    const form: FormState = {
      id,
      title: String(title),
      description: '',
      items: [],
      responses: [],
      collectEmail: false,
      acceptingResponses: true,
      allowResponseEdits: false,
      limitOneResponsePerUser: false,
      confirmationMessage: '',
      destination: null,
    };
    ctx.state.forms[id] = form;
    const user = ctx.state.session.effectiveUser;
    ctx.state.drive.files[id] = {
      id,
      name: String(title),
      mimeType: 'application/vnd.google-apps.form',
      parents: [ctx.state.drive.rootFolderId],
      trashed: false,
      created: now,
      updated: new Date(now.getTime()),
      owner: user,
      description: '',
      sharing: { access: 'PRIVATE', permission: 'NONE' },
      editors: [],
      viewers: [],
    };
    return formViews.form(ctx, id);
  }

  openById(id: string): GoogleAppsScript.Forms.Form {
    const key = String(id);
    const file = this._ctx.state.drive.files[key];
    if (!this._ctx.state.forms[key] || file?.trashed) throw gasError(NOT_FOUND);
    return formViews.form(this._ctx, key);
  }

  /** Opens by the edit URL (…/forms/d/<id>/edit); the published …/d/e/… URL is not a form id. */
  openByUrl(url: string): GoogleAppsScript.Forms.Form {
    const m = /^https:\/\/docs\.google\.com\/forms\/d\/([^/?#]+)/.exec(String(url));
    if (!m || m[1] === 'e') throw gasError('Invalid argument: url');
    return this.openById(m[1]);
  }

  /** An add-on bound to a spreadsheet has no active form. */
  getActiveForm(): GoogleAppsScript.Forms.Form | null {
    return null;
  }

  createTextValidation(): GoogleAppsScript.Forms.TextValidationBuilder {
    return this._ctx.wrap(new TextValidationBuilderImpl(this._ctx), 'TextValidationBuilder');
  }
}

export function createFormApp(ctx: EmulatorContext): GoogleAppsScript.Forms.FormApp {
  return ctx.wrap<GoogleAppsScript.Forms.FormApp>(new FormAppImpl(ctx), 'FormApp');
}
