import { closeSync, fsyncSync, openSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";

/** Flushes a file or directory to disk, so a finished backup or restore survives a power cut. */
export function syncPath(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Renames within one directory (atomic on POSIX file systems) and makes the new name durable. */
export function renameDurably(from: string, to: string): void {
  syncPath(from);
  renameSync(from, to);
  syncPath(dirname(to));
}

/** Removes a SQLite file this tool created, with the journal files SQLite may have left beside it. */
export function removeSqliteFiles(file: string): void {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
}
