import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, notificationSettings } from "@/db/schema";
import { createTask } from "@/lib/tasks/commands";
import { commandContext, createDirective } from "@/lib/tasks/test-helpers";
import { createTaskSchema } from "@/lib/tasks/validation";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { runDigests } from "./digest";
import { deliverOutbox, type MailMessage, MAX_ATTEMPTS, retryDelayMs, smtpTransport } from "./mailer";

/** A real SMTP server on a free local port that keeps what it receives (the mail sink). */
interface Received {
  to: string[];
  raw: string;
}
const received: Received[] = [];
let sink: SMTPServer;
let port = 0;

beforeAll(async () => {
  sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
  port = (sink.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => sink.close(() => resolve()));
});

afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.NEXTAUTH_URL;
});

async function assignTo(agencyId: number, title: string) {
  const { directive } = await createDirective(db());
  const input = createTaskSchema.parse({ directiveId: String(directive.id), title, leadAgencyId: String(agencyId), deadline: "30/09/2012" });
  return createTask(commandContext(db()), input);
}

describe("e-mail through SMTP", () => {
  it("delivers the outbox to a real SMTP server: Vietnamese subject, text and HTML, the link to the task and to the settings", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    process.env.NEXTAUTH_URL = "https://hoinghi.example.gov.vn";
    const agency = await createAgency(db());
    const officer = await createUser(db(), { role: "unit_officer", agencyId: agency.id });
    await db().insert(notificationSettings).values({ userId: officer.id, email: "bcvt@dienbien.example.vn" });
    const task = await assignTo(agency.id, "Quản lý thuê bao trả trước");

    const transport = smtpTransport();
    expect(transport).not.toBeNull();
    expect(await deliverOutbox(db(), transport!, new Date())).toBe(1);
    const mail = received.find((item) => item.to.includes("bcvt@dienbien.example.vn"));
    expect(mail).toBeDefined();
    const parsed = await simpleParser(mail!.raw);
    expect(parsed.subject).toBe("[Nghị Sự] Đơn vị được giao nhiệm vụ: Quản lý thuê bao trả trước");
    expect(parsed.text).toContain(`https://hoinghi.example.gov.vn/tasks/${task.id}`);
    expect(parsed.text).toContain("https://hoinghi.example.gov.vn/account/notifications");
    expect(parsed.html).toContain(`<a href="https://hoinghi.example.gov.vn/tasks/${task.id}">Xem chi tiết</a>`);
    const [row] = await db().select().from(emailOutbox).where(eq(emailOutbox.userId, officer.id));
    expect(row).toMatchObject({ status: "sent", attempts: 1, lockedUntil: null });
    // Nothing left to send: a second pass sends nothing again.
    expect(await deliverOutbox(db(), transport!, new Date())).toBe(0);
  });

  it("sends the daily digest from 07:00 Vietnam time, once a day, with every waiting notice", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    const agency = await createAgency(db());
    const officer = await createUser(db(), { role: "unit_officer", agencyId: agency.id });
    await db().insert(notificationSettings).values({ userId: officer.id, email: "digest@dienbien.example.vn", dailyDigest: true });
    await assignTo(agency.id, "Việc một");
    await assignTo(agency.id, "Việc hai");
    expect(await db().select().from(emailOutbox).where(eq(emailOutbox.userId, officer.id))).toEqual([]);
    expect(await runDigests(db(), new Date("2031-02-03T06:59:59+07:00"))).toBe(0);
    expect(await runDigests(db(), new Date("2031-02-03T07:00:00+07:00"))).toBe(1);
    await assignTo(agency.id, "Việc ba");
    expect(await runDigests(db(), new Date("2031-02-03T09:00:00+07:00"))).toBe(0);
    const mails = await db().select().from(emailOutbox).where(eq(emailOutbox.userId, officer.id));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("[Nghị Sự] Tổng hợp 2 thông báo ngày 03/02/2031");
    expect(mails[0].textBody).toContain("Việc một");
    expect(mails[0].textBody).toContain("Việc hai");
    expect(await runDigests(db(), new Date("2031-02-04T07:00:00+07:00"))).toBe(1);
  });
});

describe("retries", () => {
  it("retries a failed send with growing waits, never throws, and gives up after the last attempt", async () => {
    // Only this test's rows are due.
    await db().update(emailOutbox).set({ status: "sent" });
    const [row] = await db().insert(emailOutbox).values({ toAddress: "retry@example.vn", subject: "Thử", textBody: "t", htmlBody: "<p>t</p>" }).returning();
    const attempts: MailMessage[] = [];
    let failuresLeft = 2;
    const flaky = {
      sendMail: async (message: MailMessage) => {
        attempts.push(message);
        if (failuresLeft-- > 0) throw new Error("421 máy chủ bận");
      },
    };
    const start = new Date("2031-01-01T00:00:00Z");
    expect(await deliverOutbox(db(), flaky, start)).toBe(0);
    let [state] = await db().select().from(emailOutbox).where(eq(emailOutbox.id, row.id));
    expect(state).toMatchObject({ status: "pending", attempts: 1, lastError: "421 máy chủ bận" });
    expect(state.nextAttemptAt.getTime() - start.getTime()).toBe(retryDelayMs(1));
    // Not due yet: nothing is tried.
    expect(await deliverOutbox(db(), flaky, new Date(start.getTime() + retryDelayMs(1) - 1))).toBe(0);
    expect(attempts.filter((m) => m.to === "retry@example.vn")).toHaveLength(1);
    const later = new Date(start.getTime() + retryDelayMs(1));
    expect(await deliverOutbox(db(), flaky, later)).toBe(0);
    [state] = await db().select().from(emailOutbox).where(eq(emailOutbox.id, row.id));
    expect(state.nextAttemptAt.getTime() - later.getTime()).toBe(retryDelayMs(2));
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));
    expect(await deliverOutbox(db(), flaky, new Date(later.getTime() + retryDelayMs(2)))).toBe(1);
    [state] = await db().select().from(emailOutbox).where(eq(emailOutbox.id, row.id));
    expect(state).toMatchObject({ status: "sent", attempts: 3 });

    const [doomed] = await db().insert(emailOutbox).values({ toAddress: "never@example.vn", subject: "Hỏng", textBody: "t", htmlBody: "t", attempts: MAX_ATTEMPTS - 1 }).returning();
    const broken = { sendMail: async () => Promise.reject(new Error("550 không có hộp thư")) };
    expect(await deliverOutbox(db(), broken, new Date("2031-01-02T00:00:00Z"))).toBe(0);
    [state] = await db().select().from(emailOutbox).where(eq(emailOutbox.id, doomed.id));
    expect(state).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
  });
});
