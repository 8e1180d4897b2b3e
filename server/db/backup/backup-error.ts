/** Why a backup or restore stopped; the CLI prints the message and exits non-zero. */
export type BackupErrorCode =
  | "not_found"
  | "exists"
  | "corrupt"
  | "not_rapport"
  | "newer_version"
  | "mismatch"
  | "in_use"
  | "tool_missing"
  | "tool_failed";

/** A refusal with a reason a person can act on; nothing was changed when it is thrown. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "BackupError";
  }
}
