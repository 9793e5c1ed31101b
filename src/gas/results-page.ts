import { RESULTS_PAGE_TEMPLATE } from '../domain/publishing/page';
import type { PublicResults } from '../domain/publishing/results';

/** The public results page: the template evaluated with `<?= ?>` escaping, embeddable in a Google Site. */
export function renderResultsPage(view: PublicResults): GoogleAppsScript.HTML.HtmlOutput {
  const template = HtmlService.createTemplate(RESULTS_PAGE_TEMPLATE);
  (template as unknown as { view: PublicResults }).view = view;
  return template
    .evaluate()
    .setTitle(`Наставничество: результаты — ${view.school}`)
    .addMetaTag('viewport', 'width=device-width, initial-scale=1')
    .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL);
}

/** A plain page for when the results cannot be shown (no spreadsheet, programme not set up). */
export function renderUnavailablePage(message: string): GoogleAppsScript.HTML.HtmlOutput {
  const template = HtmlService.createTemplate(
    '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"></head><body style="font-family: Arial, sans-serif"><p><?= message ?></p></body></html>',
  );
  (template as unknown as { message: string }).message = message;
  return template
    .evaluate()
    .setTitle('Наставничество')
    .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL);
}

/** The web app's own address (after the script is deployed as a web app), or '' before that. */
export function webAppUrl(): string {
  try {
    return ScriptApp.getService().getUrl() ?? '';
  } catch {
    return '';
  }
}
