import type { Ports } from '../ports';

/**
 * The Drive files the add-on made, recorded when it made them (in the add-on's own records, which no editor
 * can change) with the register row they belong to. Only such a file is ever trashed by the add-on: a link
 * typed into Документы can point anywhere, so it never decides what goes to the trash.
 */
const key = (fileId: string) => `file.${fileId}`;

/** The Drive id in a Docs or Drive link: …/d/<id>/… */
export function fileIdOf(url: unknown): string | null {
  const m = /\/d\/([^/?#]+)/.exec(String(url ?? ''));
  return m ? m[1] : null;
}

/** Records files the add-on made, each with its register row, in one write. */
export function recordCreatedFiles(
  ports: Ports,
  files: readonly { fileId: string; registerRowId: string }[],
): void {
  if (files.length) ports.records.create(files.map((f) => [key(f.fileId), f.registerRowId] as const));
}

/** Whether the add-on made this file for this register row. */
function isCreatedFor(ports: Ports, fileId: string, registerRowId: string): boolean {
  return ports.records.get(key(fileId)) === registerRowId;
}

/**
 * Trashes the file if the add-on made it for the row (or finds it trashed already); returns whether it is in
 * the trash now. The record stays until the register no longer links the file (`forgetCreatedFiles` after
 * the register's save): an execution stopped in between finds the file still its own when it resumes, rather
 * than telling the curator to delete by hand a file that is already in the trash.
 */
export function trashCreatedFile(ports: Ports, fileId: string, registerRowId: string): boolean {
  if (!isCreatedFor(ports, fileId, registerRowId)) return false;
  if (ports.docs.isLive(fileId)) ports.docs.trash(fileId);
  return true;
}

/** Drops the records of trashed files once the register no longer links them. */
export function forgetCreatedFiles(ports: Ports, fileIds: readonly string[]): void {
  for (const id of fileIds) ports.records.set(key(id), null);
}
