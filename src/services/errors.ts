/** A problem the curator can fix; its message is Russian and says what to do. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}

/**
 * Runs a server function so that whatever reaches the curator is Russian: a UserFacingError keeps its message;
 * anything else is logged for the developers and reported as an unexpected failure that lost nothing.
 */
export function asUserError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof UserFacingError) throw new Error(e.message);
    const detail = e instanceof Error ? e.message : String(e);
    console.error(e);
    throw new Error(
      `Не удалось выполнить действие: ${detail}. Повторите попытку; если ошибка повторяется, сообщите администратору.`,
    );
  }
}
