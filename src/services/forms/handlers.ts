import type { ParsedResponse } from '../../domain/forms/answers';
import type { FormDefinition, FormKey } from '../../domain/forms/types';
import type { Ports } from '../ports';
import { recordMeetingReport } from '../meetings/record';
import { checkCuratorAnswer, checkSurveyAnswer } from '../monitoring/check';
import type { HandledOutcome, ResponseOrigin } from './outcome';

/**
 * What to do with the answers of a questionnaire that does not fill a base of people (target null): meeting
 * reports, feedback and monitoring surveys. A feature registers its handler here by form key; a form without
 * one is only noted in the journal (its answers stay in its response sheet).
 */
export type ResponseHandler = (
  ports: Ports,
  def: FormDefinition,
  response: ParsedResponse,
  origin: ResponseOrigin,
) => HandledOutcome;

export const RESPONSE_HANDLERS: Partial<Record<FormKey, ResponseHandler>> = {
  meeting: (ports, _def, r, origin) => recordMeetingReport(ports, r, origin),
  interim: checkSurveyAnswer,
  interimMentor: checkSurveyAnswer,
  interimMentee: checkSurveyAnswer,
  satisfactionMentor: checkSurveyAnswer,
  satisfactionMentee: checkSurveyAnswer,
  impactBeforeMentor: checkSurveyAnswer,
  impactBeforeMentee: checkSurveyAnswer,
  impactAfterMentor: checkSurveyAnswer,
  impactAfterMentee: checkSurveyAnswer,
  curator: checkCuratorAnswer,
};
