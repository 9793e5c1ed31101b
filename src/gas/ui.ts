import type { UiPort } from '../services/step-actions/step-action';

/** Names of the built HTML files in dist/ (html/<page>/ → <Page>.html). */
const PAGES = { sidebar: 'Sidebar', setup: 'Setup' } as const;

export function showSidebarPanel(): void {
  const output = HtmlService.createHtmlOutputFromFile(PAGES.sidebar).setTitle('Наставник');
  SpreadsheetApp.getUi().showSidebar(output);
}

export function showSetupPanel(): void {
  const output = HtmlService.createHtmlOutputFromFile(PAGES.setup).setWidth(520).setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(output, 'Настройка программы наставничества');
}

export const gasUi: UiPort = {
  activateSheet(name) {
    const ss = SpreadsheetApp.getActive();
    const sheet = ss.getSheetByName(name);
    if (!sheet) return false;
    ss.setActiveSheet(sheet);
    return true;
  },
  showSetupDialog: showSetupPanel,
};
