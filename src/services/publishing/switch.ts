import { logAction } from '../db/journal';
import type { Ports } from '../ports';

/**
 * Whether the public page shows this programme: off until a curator switches it on. The record holds the
 * moment of the last change that the page must show at once (switched on, a consent withdrawn); the page's
 * cache is keyed by it, so such a change is never served stale.
 */
const PUBLISHING_RECORD = 'publishing';

/** The stamp of the published state, or null while the page shows nothing. */
export function publishedStamp(ports: Ports): string | null {
  const value = ports.records.get(PUBLISHING_RECORD) ?? '';
  return value.startsWith('on:') ? value : null;
}

export function switchPublishing(ports: Ports, on: boolean): string {
  if (on) {
    ports.page.bindToThisSpreadsheet();
    ports.records.set(PUBLISHING_RECORD, newStamp(ports));
    logAction(ports, 'Публикация результатов включена', 'Страница результатов показывает эту таблицу.');
    return 'Страница результатов включена: она показывает обобщённые показатели и имена наставников, отмеченных «Поощрить» и давших согласие на публикацию.';
  }
  ports.records.set(PUBLISHING_RECORD, 'off');
  logAction(ports, 'Публикация результатов выключена');
  return 'Страница результатов выключена: посетители видят только сообщение, что результаты не опубликованы.';
}

/** After a change the page must reflect at once (a withdrawal): the cached page is no longer served. */
export function refreshPublishedPage(ports: Ports): void {
  if (publishedStamp(ports)) ports.records.set(PUBLISHING_RECORD, newStamp(ports));
}

/** Unique per change, even for two changes within the same millisecond. */
function newStamp(ports: Ports): string {
  return `on:${ports.runtime.now().getTime()}:${ports.runtime.newUuid()}`;
}
