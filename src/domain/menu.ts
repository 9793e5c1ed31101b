/** The add-on's menu, declared once: server.ts builds it, messages that send the curator there quote it. */
const ADDON_NAME = 'Наставник';

export const MENU_ITEMS = {
  openPanel: { caption: 'Открыть панель', functionName: 'showSidebar' },
  setup: { caption: 'Настроить программу', functionName: 'showSetupDialog' },
} as const;

/** How a curator finds a menu item in Google Sheets: «Расширения → Наставник → Настроить программу». */
export function menuPath(item: keyof typeof MENU_ITEMS): string {
  return `«Расширения → ${ADDON_NAME} → ${MENU_ITEMS[item].caption}»`;
}
