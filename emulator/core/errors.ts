/** Thrown when code calls an Apps Script method the emulator does not implement: never pretend. */
export class NotEmulatedError extends Error {
  constructor(member: string) {
    super(`${member} is not emulated: implement it in emulator/ before relying on it`);
    this.name = 'NotEmulatedError';
  }
}

/** Apps Script throws plain `Exception: ...` errors; keep the same shape so callers' handling is tested. */
export function gasError(message: string): Error {
  const e = new Error(message);
  e.name = 'Exception';
  return e;
}
