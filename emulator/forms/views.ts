/**
 * How Form and FormResponse hand each other out: a Form lists its responses, and submitting a response fires
 * form triggers whose event carries the Form. The classes receive these constructors (built once in wrap.ts)
 * instead of importing each other, which would be an import cycle.
 */
import type { EmulatorContext } from '../core/context';

export interface FormViews {
  form(ctx: EmulatorContext, formId: string): GoogleAppsScript.Forms.Form;
  response(
    ctx: EmulatorContext,
    formId: string,
    responseId: string | null,
  ): GoogleAppsScript.Forms.FormResponse;
}
