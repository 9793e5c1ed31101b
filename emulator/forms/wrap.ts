/** The one place that constructs Form and FormResponse objects for scripts (see views.ts). */
import { FormImpl } from './form';
import { FormResponseImpl } from './responses';
import type { FormViews } from './views';

export const formViews: FormViews = {
  form: (ctx, formId) => ctx.wrap(new FormImpl(ctx, formViews, formId), 'Form'),
  response: (ctx, formId, responseId) =>
    ctx.wrap(new FormResponseImpl(ctx, formViews, formId, responseId), 'FormResponse'),
};
