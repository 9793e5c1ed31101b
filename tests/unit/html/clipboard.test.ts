import { copyText } from '../../../html/shared/clipboard';

describe('copy to clipboard', () => {
  test('uses the Clipboard API when it works', async () => {
    const written: string[] = [];
    const fallback = jest.fn(() => true);
    const ok = await copyText('Текст', {
      writeText: (t) => {
        written.push(t);
        return Promise.resolve();
      },
      selectAndCopy: fallback,
    });
    expect(ok).toBe(true);
    expect(written).toEqual(['Текст']);
    expect(fallback).not.toHaveBeenCalled();
  });

  test('falls back to select + execCommand when the API is missing or refused', async () => {
    const fallback = jest.fn(() => true);
    expect(await copyText('a', { selectAndCopy: fallback })).toBe(true);
    expect(
      await copyText('a', {
        writeText: () => Promise.reject(new Error('NotAllowedError')),
        selectAndCopy: fallback,
      }),
    ).toBe(true);
    expect(fallback).toHaveBeenCalledTimes(2);
  });

  test('reports failure when both ways fail', async () => {
    expect(await copyText('a', { selectAndCopy: () => false })).toBe(false);
    expect(
      await copyText('a', {
        selectAndCopy: () => {
          throw new Error('no');
        },
      }),
    ).toBe(false);
  });
});
