import { normalizeEmail } from './format/values';

/** What the user is about to do: run the setup (open to the first editor) or anything else. */
export type AccessPurpose = 'setup' | 'action';

/**
 * Who may act: an editor of the spreadsheet who is among the curators that setup recorded. Before the first
 * setup (no curators recorded) an editor may run the setup and becomes its first curator; nothing else runs
 * until then, so a workbook without curators never lets every editor in.
 * Returns a Russian refusal, or null when allowed.
 */
export function curatorRefusal(
  user: string,
  curators: readonly string[],
  editors: readonly string[],
  purpose: AccessPurpose = 'action',
): string | null {
  const me = normalizeEmail(user);
  if (!me) {
    return 'Не удалось определить вашу учётную запись Google. Войдите в аккаунт и откройте таблицу ещё раз.';
  }
  if (!editors.map(normalizeEmail).includes(me)) {
    return 'Действия программы доступны только редакторам таблицы. Попросите куратора открыть вам доступ на редактирование.';
  }
  if (!curators.length) {
    return purpose === 'setup'
      ? null
      : 'Программа ещё не настроена: сначала выполните настройку программы (её автор станет куратором).';
  }
  if (!curators.map(normalizeEmail).includes(me)) {
    return `Действия программы выполняют кураторы (${curators.join(', ')}). Попросите куратора добавить вас в настройках программы.`;
  }
  return null;
}
