import { RESULTS_PAGE } from '../domain/publishing/page';
import type { PublicResults } from '../domain/publishing/results';
import type { ResultsPagePort } from '../services/ports';

/** The public results page: the template evaluated with `<?= ?>` escaping, embeddable in a Google Site. */
export function renderResultsPage(view: PublicResults): GoogleAppsScript.HTML.HtmlOutput {
  const template = HtmlService.createTemplate(RESULTS_PAGE.template);
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

/** Script property naming the one spreadsheet the deployed page shows (set by setup, moved by a curator). */
const PAGE_SPREADSHEET_PROPERTY = 'results.spreadsheetId';

/** How long a rendered page is served from the script cache (a change of consent or publishing bumps it). */
const PAGE_CACHE_SECONDS = 600;

export const gasResultsPage: ResultsPagePort = {
  boundSpreadsheetId: () => PropertiesService.getScriptProperties().getProperty(PAGE_SPREADSHEET_PROPERTY),
  bindToThisSpreadsheet() {
    const ss = SpreadsheetApp.getActive();
    if (!ss) throw new Error('Надстройка работает только в открытой таблице.');
    PropertiesService.getScriptProperties().setProperty(PAGE_SPREADSHEET_PROPERTY, ss.getId());
  },
  // "Returns the URL of the web app, if it has been deployed; otherwise returns null."
  webAppUrl: () => ScriptApp.getService().getUrl() || null,
};

/** The rendered page from the script cache (shared by every visitor), or null. */
export function cachedPage(key: string): string | null {
  return CacheService.getScriptCache()?.get(key) ?? null;
}

export function cachePage(key: string, html: string): void {
  // A value over the cache's 100 KB limit is simply not cached.
  try {
    CacheService.getScriptCache()?.put(key, html, PAGE_CACHE_SECONDS);
  } catch (error) {
    console.error(error);
  }
}

/** Serves cached HTML the way renderResultsPage serves a fresh page. */
export function servePageHtml(html: string, title: string): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutput(html)
    .setTitle(title)
    .addMetaTag('viewport', 'width=device-width, initial-scale=1')
    .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL);
}
