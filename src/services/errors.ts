/** A problem the curator can fix; its message is Russian and says what to do. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}

/** What a user reads when something unexpected failed: never the JavaScript error itself. */
export const UNEXPECTED_FAILURE =
  'Не удалось выполнить действие из-за внутренней ошибки надстройки. Повторите попытку; если ошибка повторяется, ' +
  'сообщите администратору (подробности записаны в журнал выполнения скрипта).';

/**
 * Runs a server function so that whatever reaches the curator is Russian: a UserFacingError keeps its message;
 * anything else is logged for the developers and reported as an unexpected failure that lost nothing.
 */
export function asUserError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof UserFacingError) throw new Error(e.message);
    // The JavaScript text (a service's English error, a stack) goes to the execution log only.
    console.error(e);
    throw new Error(UNEXPECTED_FAILURE);
  }
}
