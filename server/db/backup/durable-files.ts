import { closeSync, fsyncSync, openSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";

/** Flushes a file to disk, so a finished backup or restore survives a power cut. */
export function syncFile(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a directory's entries (a rename) to disk where the system allows it (Linux, macOS; not Windows). */
function syncDirectory(path: string): void {
  try {
    syncFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EPERM" && code !== "EISDIR" && code !== "EINVAL") throw error;
  }
}

/** Renames within one directory (atomic on POSIX file systems) and makes the new name durable. */
export function renameDurably(from: string, to: string): void {
  syncFile(from);
  renameSync(from, to);
  syncDirectory(dirname(to));
}

/** Removes a SQLite file this tool created, with the journal files SQLite may have left beside it. */
export function removeSqliteFiles(file: string): void {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
}
