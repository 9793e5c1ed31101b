/** FileIterator and FolderIterator: hasNext/next over a snapshot of ids, as DriveApp's iterators. */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import type { DriveFileState, DriveFolderState } from '../core/state';
import { fileView, folderView } from './shared';

const ITERATOR_END = 'Cannot retrieve the next object: iterator has reached the end.';

class IteratorImpl {
  private index = 0;
  constructor(
    private ctx: EmulatorContext,
    private ids: string[],
    private make: (ctx: EmulatorContext, id: string) => unknown,
  ) {}
  hasNext(): boolean {
    return this.index < this.ids.length;
  }
  next(): unknown {
    if (this.index >= this.ids.length) throw gasError(ITERATOR_END);
    return this.make(this.ctx, this.ids[this.index++]);
  }
}

export function fileIterator(
  ctx: EmulatorContext,
  files: DriveFileState[],
): GoogleAppsScript.Drive.FileIterator {
  return ctx.wrap(
    new IteratorImpl(
      ctx,
      files.map((f) => f.id),
      fileView,
    ),
    'FileIterator',
  );
}

export function folderIterator(
  ctx: EmulatorContext,
  folders: DriveFolderState[],
): GoogleAppsScript.Drive.FolderIterator {
  return ctx.wrap(
    new IteratorImpl(
      ctx,
      folders.map((f) => f.id),
      folderView,
    ),
    'FolderIterator',
  );
}
