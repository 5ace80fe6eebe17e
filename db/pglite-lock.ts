import fs from "node:fs";
import os from "node:os";

/**
 * PGlite is PostgreSQL inside this process: two processes writing one data folder
 * corrupt it silently. We hold an exclusive lock file beside the folder for as long
 * as the process lives and refuse a second opener with a message naming the holder.
 */
export class DataFolderLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly holder: LockHolder,
  ) {
    super(
      `Thư mục dữ liệu ${folder} đang được tiến trình khác sử dụng ` +
        `(PID ${holder.pid} trên máy ${holder.hostname}, từ ${holder.startedAt}: ${holder.command}). ` +
        `Dừng tiến trình đó trước, hoặc dùng thư mục khác (NGHISU_DATA_DIR). ` +
        `/ The data folder ${folder} is in use by another process (PID ${holder.pid} on ${holder.hostname}).`,
    );
    this.name = "DataFolderLockedError";
  }
}

export interface LockHolder {
  pid: number;
  hostname: string;
  startedAt: string;
  command: string;
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(lockPath: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockHolder;
  } catch {
    return null;
  }
}

/** Takes the lock or throws DataFolderLockedError. Returns a function that releases it. */
export function acquireDataFolderLock(folder: string): () => void {
  const lockPath = `${folder}.lock`;
  const me: LockHolder = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    command: process.argv.slice(1).join(" ").slice(0, 200),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.removeListener("exit", release);
        // Only remove a lock that is still ours.
        if (readHolder(lockPath)?.pid === me.pid) fs.rmSync(lockPath, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(lockPath);
      const stale =
        holder === null ||
        (holder.hostname === me.hostname && holder.pid !== me.pid && !processIsAlive(holder.pid));
      if (!stale) throw new DataFolderLockedError(folder, holder);
      // The holder died without cleaning up (killed, power loss): take the folder over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataFolderLockedError(folder, readHolder(lockPath) ?? { pid: 0, hostname: "?", startedAt: "?", command: "?" });
}
