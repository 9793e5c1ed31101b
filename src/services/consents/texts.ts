import { consentProblems } from '../../domain/consents/elements';
import { formConsentData, type ConsentRole } from '../../domain/consents/data';
import { CONSENT_MENTOR, CONSENT_PD, CONSENT_PUBLISH } from '../../domain/consents/templates';
import { renderText } from '../../domain/documents/placeholders';
import type { TemplateDeclaration } from '../../domain/documents/template';
import type { ConsentTexts } from '../../domain/forms/consent';
import type { Settings } from '../../domain/settings';
import { UserFacingError } from '../errors';
import type { Ports } from '../ports';
import { readyTemplate } from '../documents/templates';

/**
 * A consent template as the school keeps it (the Doc in «Шаблоны»), checked before anything is built from it:
 * its placeholders, every element the law requires of that consent, and the operator's requisites in the
 * settings. Every problem is named in one Russian message; nothing is built while one remains.
 */
export function checkedConsentTemplate(ports: Ports, settings: Settings, decl: TemplateDeclaration): string {
  const template = readyTemplate(ports, settings, decl);
  const problems = consentProblems(decl.kind, decl.templateName, template.text, settings);
  if (problems) throw new UserFacingError(problems);
  return template.text;
}

/** The consent texts of the questionnaires, rendered from the school's checked templates. */
export function consentTextsForForms(ports: Ports, settings: Settings): ConsentTexts {
  const problems: string[] = [];
  const text = (decl: TemplateDeclaration, role: ConsentRole): string => {
    try {
      return tidy(renderText(checkedConsentTemplate(ports, settings, decl), formConsentData(settings, role)));
    } catch (e) {
      if (!(e instanceof UserFacingError)) throw e;
      problems.push(e.message);
      return '';
    }
  };
  const texts: ConsentTexts = {
    pdMentee: text(CONSENT_PD, 'наставляемого'),
    pdMentor: text(CONSENT_PD, 'наставника'),
    mentor: text(CONSENT_MENTOR, 'наставника'),
    publish: text(CONSENT_PUBLISH, 'наставника'),
  };
  if (problems.length)
    throw new UserFacingError(`Анкета не создана: согласия неполны.\n${[...new Set(problems)].join('\n')}`);
  return texts;
}

/** A form's description is plain text: no empty lines left by the parts meant only for paper. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}
