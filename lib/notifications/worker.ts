import type { Db } from "@/db/client";
import { runDigests } from "./digest";
import { deliverOutbox, type MailTransport, smtpTransport } from "./mailer";
import { runReminders } from "./reminders";

/*
 * The job worker: reminders, digests and e-mail delivery, every minute. Its own small loop
 * over the app's tables rather than a queue library: the jobs are a few periodic scans whose
 * once-only guarantee is a unique key in the same transaction as the notices (scheduled_sends)
 * and a row lease for mail (FOR UPDATE SKIP LOCKED), which work the same on PostgreSQL and on
 * the embedded PGlite, where pg-boss and graphile-worker do not run (they need LISTEN/NOTIFY
 * and several connections). Any number of workers may run at once.
 */

export interface WorkerOptions {
  db: Db;
  transport?: MailTransport | null;
  intervalMs?: number;
  clock?: () => Date;
  onError?: (error: unknown) => void;
}

/** One pass: what is due at `now`. */
export async function runWorkerOnce(db: Db, now: Date, transport: MailTransport | null): Promise<void> {
  await runReminders(db, now);
  await runDigests(db, now);
  if (transport) await deliverOutbox(db, transport, now);
}

/** Starts the loop; a pass never overlaps the previous one. stop() waits for the pass under way. */
export function startWorker(options: WorkerOptions): { stop: () => Promise<void> } {
  const interval = options.intervalMs ?? Number(process.env.NGHISU_WORKER_INTERVAL_MS || 60_000);
  const transport = options.transport === undefined ? smtpTransport() : options.transport;
  const clock = options.clock ?? (() => new Date());
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const pass = () => {
    running = runWorkerOnce(options.db, clock(), transport)
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        if (!stopped) timer = setTimeout(pass, interval).unref();
      });
  };
  pass();
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
