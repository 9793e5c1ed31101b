import { allQuestions } from '../domain/forms/definitions';
import type { FormDefinition, Question } from '../domain/forms/types';
import { normalizeHeader } from '../domain/table/columns';
import type { FormHandle, FormLinks, FormsPort } from '../services/ports';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

/** FormsPort over FormApp: forms built from their definitions and linked to the open spreadsheet. */
export class GasForms implements FormsPort {
  create(def: FormDefinition): FormHandle {
    const ss = SpreadsheetApp.getActive();
    const form = FormApp.create(def.title);
    const verifiedEmail = applySettings(form, def);
    def.sections.forEach((section, i) => {
      // The first page has no page break: its text (the consent) is a section header above its questions.
      if (i > 0)
        form
          .addPageBreakItem()
          .setTitle(section.title)
          .setHelpText(section.description ?? '');
      else if (section.description)
        form.addSectionHeaderItem().setTitle(section.title).setHelpText(section.description);
      for (const q of section.questions) addQuestion(form, q);
    });
    const before = new Set(ss.getSheets().map((s) => s.getSheetId()));
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    SpreadsheetApp.flush();
    // Google creates «Ответы на форму (N)»; the new sheet is the one that was not there before.
    const sheet = ss.getSheets().find((s) => !before.has(s.getSheetId()));
    if (!sheet) throw new Error('Google Формы не создали лист ответов. Повторите действие.');
    const taken = new Set(ss.getSheets().map((s) => s.getName()));
    let name = def.sheetName;
    for (let n = 2; taken.has(name); n++) name = `${def.sheetName} (${n})`;
    sheet.setName(name);
    return { ...links(form, verifiedEmail), sheetId: sheet.getSheetId(), sheetName: name };
  }

  update(formId: string, def: FormDefinition): FormLinks | null {
    let form: Form;
    try {
      form = FormApp.openById(formId);
    } catch {
      return null; // deleted or no longer accessible: the caller re-creates it
    }
    const verifiedEmail = applySettings(form, def);
    const items = new Map<string, Item>();
    for (const item of form.getItems()) items.set(normalizeHeader(item.getTitle()), item);
    // A section's text (a consent the school's lawyer edited) is brought up to date with the questions.
    for (const section of def.sections) {
      const header = items.get(normalizeHeader(section.title));
      if (!section.description || !header) continue;
      const type = String(header.getType());
      if (type === 'SECTION_HEADER') header.asSectionHeaderItem().setHelpText(section.description);
      else if (type === 'PAGE_BREAK') header.asPageBreakItem().setHelpText(section.description);
    }
    for (const q of allQuestions(def)) {
      const item = items.get(normalizeHeader(q.title));
      if (item) updateQuestion(item, q);
      else addQuestion(form, q); // a question the curator deleted comes back at the end
    }
    return links(form, verifiedEmail);
  }

  collectsVerifiedEmail(formId: string): boolean {
    try {
      const form = FormApp.openById(formId) as unknown as { getEmailCollectionType(): unknown };
      return String(form.getEmailCollectionType()) === 'VERIFIED';
    } catch {
      return false; // gone, or a runtime without the method: nothing proves the address
    }
  }

  close(formId: string): number | null {
    let form: Form;
    try {
      form = FormApp.openById(formId);
    } catch {
      return null;
    }
    const count = form.getResponses().length;
    form.setAcceptingResponses(false);
    form.deleteAllResponses();
    return count;
  }

  deleteResponses(formId: string, email: string): number {
    let form: Form;
    try {
      form = FormApp.openById(formId);
    } catch {
      return 0;
    }
    let deleted = 0;
    for (const r of form.getResponses()) {
      if (r.getRespondentEmail().trim().toLowerCase() === email) {
        form.deleteResponse(r.getId());
        deleted++;
      }
    }
    return deleted;
  }
}

function links(form: Form, verifiedEmail: boolean): FormLinks {
  const publishedUrl = form.getPublishedUrl();
  return {
    formId: form.getId(),
    editUrl: form.getEditUrl(),
    publishedUrl,
    shortUrl: form.shortenFormUrl(publishedUrl),
    verifiedEmail,
  };
}

/** Form.setEmailCollectionType and its enum (Apps Script, 2024) are missing from @types/google-apps-script. */
interface EmailCollection {
  setEmailCollectionType(type: unknown): Form;
}
const emailCollectionTypes = () =>
  (FormApp as unknown as { EmailCollectionType?: Record<string, unknown> }).EmailCollectionType;

/**
 * Applies the form's settings; returns whether Google collects verified addresses. A questionnaire that names
 * people asks Google for verified collection (respondents sign in; the address is their account's), so a
 * submission cannot carry someone else's address. Where Google refuses it, the address is typed by the
 * respondent and the add-on confirms it by mail before an answer changes anyone's consent.
 */
function applySettings(form: Form, def: FormDefinition): boolean {
  form
    .setTitle(def.title)
    .setDescription(def.description)
    .setCollectEmail(!def.anonymous)
    .setAllowResponseEdits(true)
    .setConfirmationMessage(def.confirmation);
  const types = emailCollectionTypes();
  if (def.anonymous || !types) return false;
  try {
    (form as unknown as EmailCollection).setEmailCollectionType(types.VERIFIED);
    return true;
  } catch {
    return false;
  }
}

function numberValidation(): GoogleAppsScript.Forms.TextValidation {
  return FormApp.createTextValidation().requireNumber().setHelpText('Введите число').build();
}

/** What every question item has: title, help text, required. */
interface QuestionItem<T> {
  setTitle(title: string): T;
  setHelpText(text: string): T;
  setRequired(required: boolean): T;
}

function described<T extends QuestionItem<T>>(item: T, q: Question): T {
  return item
    .setTitle(q.title)
    .setHelpText(q.help ?? '')
    .setRequired(!!q.required);
}

/** A choice that ends the form (a refusal) navigates to SUBMIT; the others must then CONTINUE explicitly. */
function setChoices(
  item: GoogleAppsScript.Forms.MultipleChoiceItem,
  q: Question,
): GoogleAppsScript.Forms.MultipleChoiceItem {
  const choices = [...(q.choices ?? [])];
  if (!q.submitOn) return item.setChoiceValues(choices);
  const nav = FormApp.PageNavigationType;
  return item.setChoices(
    choices.map((c) => item.createChoice(c, c === q.submitOn ? nav.SUBMIT : nav.CONTINUE)),
  );
}

function addQuestion(form: Form, q: Question): void {
  const choices = [...(q.choices ?? [])];
  switch (q.kind) {
    case 'text': {
      const item = described(form.addTextItem(), q);
      if (q.validation === 'number' || q.validation === 'count') item.setValidation(numberValidation());
      return;
    }
    case 'paragraph':
      described(form.addParagraphTextItem(), q);
      return;
    case 'choice':
      setChoices(described(form.addMultipleChoiceItem(), q), q).showOtherOption(!!q.other);
      return;
    case 'checkbox':
      described(form.addCheckboxItem(), q).setChoiceValues(choices).showOtherOption(!!q.other);
      return;
    case 'list':
      described(form.addListItem(), q).setChoiceValues(choices);
      return;
    case 'scale': {
      const s = q.scale ?? { from: 1, to: 10, left: '', right: '' };
      described(form.addScaleItem(), q).setBounds(s.from, s.to).setLabels(s.left, s.right);
      return;
    }
    case 'date':
      described(form.addDateItem(), q);
      return;
  }
}

/** Updates help, required and choices in place; an item whose type was changed by hand is left alone. */
function updateQuestion(item: Item, q: Question): void {
  const type = String(item.getType());
  const choices = [...(q.choices ?? [])];
  if (q.kind === 'choice' && type === 'MULTIPLE_CHOICE')
    setChoices(described(item.asMultipleChoiceItem(), q), q);
  else if (q.kind === 'checkbox' && type === 'CHECKBOX')
    described(item.asCheckboxItem(), q).setChoiceValues(choices);
  else if (q.kind === 'text' && type === 'TEXT') described(item.asTextItem(), q);
  else if (q.kind === 'paragraph' && type === 'PARAGRAPH_TEXT') described(item.asParagraphTextItem(), q);
}
