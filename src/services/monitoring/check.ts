import type { ParsedResponse } from '../../domain/forms/answers';
import type { Audience, FormDefinition } from '../../domain/forms/types';
import { readCurators } from '../access/curators';
import type { HandledOutcome, ResponseOrigin } from '../forms/outcome';
import { hasRole, loadProgrammePairs } from '../meetings/pairs';
import type { Ports } from '../ports';
import { asRun, satisfactionIsAnonymous } from './mode';

/**
 * The check of a monitoring answer as it arrives. Answers stay in their response sheets, the raw data the
 * curator can see; they are read back when the indicators are computed. An answer from someone outside the
 * approved pairs has no consent behind it: its content is erased. An answer to the other role's form is kept and
 * not counted (the journal says so). An answer that cannot be read (a rating off
 * the scale, a choice the form does not offer, a count that is not a number) is kept as it is, and the journal
 * says in Russian what to correct: nothing is lost, and the unreadable value is not counted.
 */
export function checkSurveyAnswer(
  ports: Ports,
  def: FormDefinition,
  r: ParsedResponse,
  origin: ResponseOrigin,
): HandledOutcome {
  const anonymous = !!asRun(def, satisfactionIsAnonymous(ports)).anonymous && !r.email;
  const programme = loadProgrammePairs(ports);
  if (!anonymous && !programme.byEmail.has(r.email)) {
    ports.responses.blankRows(origin.sheetId, [origin.row], 2);
    return {
      kind: 'invalid',
      problems: [
        'Ответ не от участника утверждённых пар/групп: содержимое удалено (нет согласия на обработку).',
      ],
    };
  }
  // A form per role: a mentee's answer to the mentors' questions (or the reverse) is kept but not counted.
  if (!anonymous && def.audience && !hasRole(programme, r.email, def.audience)) {
    const other = def.audience === 'mentor' ? 'mentee' : 'mentor';
    return {
      kind: 'invalid',
      problems: [
        `Эту анкету заполняют ${WHO[def.audience].plural}, а ответ пришёл от ${WHO[other].genitive}: он сохранён на листе ответов, но не учитывается. Попросите участника заполнить анкету ${WHO[other].forWhom}.`,
      ],
    };
  }
  return readable(r, anonymous);
}

const WHO: Record<Audience, { plural: string; genitive: string; forWhom: string }> = {
  mentor: { plural: 'наставники', genitive: 'наставника', forWhom: 'для наставников' },
  mentee: { plural: 'наставляемые', genitive: 'наставляемого', forWhom: 'для наставляемых' },
};

/** The curator's questionnaire: only the curators setup recorded may answer it. */
export function checkCuratorAnswer(
  ports: Ports,
  _def: FormDefinition,
  r: ParsedResponse,
  origin: ResponseOrigin,
): HandledOutcome {
  if (!readCurators(ports).includes(r.email)) {
    ports.responses.blankRows(origin.sheetId, [origin.row], 2);
    return {
      kind: 'invalid',
      problems: [
        'Анкету куратора заполнил не куратор программы: содержимое удалено. Её заполняют только кураторы, указанные в настройках.',
      ],
    };
  }
  return readable(r, false);
}

function readable(r: ParsedResponse, anonymous: boolean): HandledOutcome {
  // An anonymous form collects no e-mail: that is not a fault of the answer.
  const problems = anonymous ? r.problems.filter((p) => !p.includes('адреса эл. почты')) : r.problems;
  if (!problems.length) return { kind: 'noted' };
  return {
    kind: 'invalid',
    problems: [
      ...problems,
      'Ответ сохранён на листе ответов; исправьте значение там, и при расчёте показателей оно будет учтено.',
    ],
  };
}
