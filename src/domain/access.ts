import { normalizeEmail } from './format/values';

/**
 * Who may run stage actions: an editor of the spreadsheet who is listed among the programme's curators.
 * Before the programme is set up (no curators yet) any editor may run the setup.
 * Returns a Russian refusal, or null when allowed.
 */
export function curatorRefusal(
  user: string,
  curators: readonly string[],
  editors: readonly string[],
): string | null {
  const me = normalizeEmail(user);
  if (!me) {
    return 'Не удалось определить вашу учётную запись Google. Войдите в аккаунт и откройте таблицу ещё раз.';
  }
  if (!editors.map(normalizeEmail).includes(me)) {
    return 'Действия программы доступны только редакторам таблицы. Попросите куратора открыть вам доступ на редактирование.';
  }
  if (curators.length && !curators.map(normalizeEmail).includes(me)) {
    return `Действия программы выполняют кураторы (${curators.join(', ')}). Попросите куратора добавить вас в настройках программы.`;
  }
  return null;
}
