/** Element ids of the sidebar's steps and actions, shared by the overview, its forms and its feedback. */

/** A safe piece of an element id from any text: 'send.mail' → 'send-mail'. */
function idPart(text: string): string {
  return text.replace(/[^0-9A-Za-z_]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/** Where an action's inline box lives, by step and action. */
export function actionDomId(stepCode: string, actionId: string): string {
  return `${stepDomId(stepCode)}-${idPart(actionId)}`;
}

/** Element ids derived from a step code: '1.3' → 'step-1-3'. */
export function stepDomId(code: string): string {
  return `step-${code.replace(/[^0-9A-Za-z]+/g, '-').replace(/^-|-$/g, '')}`;
}
