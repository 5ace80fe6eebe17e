import vi from "@/messages/vi.json";
import type { NotificationKind } from "@/db/schema";
import { compiledMessage } from "@/lib/i18n/compiled-message";

/*
 * The words of the e-mails, in Vietnamese (the officials' language; the app's English is for
 * the screen), from the same messages as the inbox, so a notice reads the same in both.
 */

type Values = Record<string, string | number>;

export interface RenderedEmail {
  subject: string;
  textBody: string;
  htmlBody: string;
}

/** Mail goes out only when an SMTP server is configured; otherwise notices stay in the app. */
export function mailEnabled(): boolean {
  return Boolean(process.env.SMTP_URL);
}

/** The app's public address for links in mail (NEXTAUTH_URL, as the sign-in links use). */
export function appUrl(path: string): string {
  const base = process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`;
  return new URL(path, base.endsWith("/") ? base : `${base}/`).toString();
}

const messages = vi.notifications;

function format(message: string, values: Values = {}): string {
  return compiledMessage("vi", message)(values);
}

/** The one-line text of a notice in Vietnamese. */
export function noticeText(kind: NotificationKind, params: Values): string {
  return format(messages.kinds[kind], params);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char);
}

function footer(): { text: string; html: string } {
  const url = appUrl("/account/notifications");
  return {
    text: `--\n${format(messages.email.footer)}\n${url}`,
    html: `<hr><p style="color:#555;font-size:13px">${escapeHtml(format(messages.email.footer))}<br><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`,
  };
}

function page(title: string, bodyHtml: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:Arial,sans-serif;line-height:1.5">${bodyHtml}</body></html>`;
}

/** One event's e-mail: the notice's sentence, a link to the object, and where to change what is sent. */
export function renderNoticeEmail(event: { kind: NotificationKind; params: Values; href: string }): RenderedEmail {
  const line = noticeText(event.kind, event.params);
  const url = appUrl(event.href);
  const greeting = format(messages.email.greeting);
  const open = format(messages.email.open);
  const end = footer();
  return {
    subject: format(messages.email.subject, { text: line }),
    textBody: `${greeting}\n\n${line}\n\n${open}: ${url}\n\n${end.text}\n`,
    htmlBody: page(line, `<p>${escapeHtml(greeting)}</p><p><strong>${escapeHtml(line)}</strong></p><p><a href="${escapeHtml(url)}">${escapeHtml(open)}</a></p>${end.html}`),
  };
}

/** The daily digest: every notice of the day, each with its link. */
export function renderDigestEmail(day: string, items: { kind: NotificationKind; params: Values; href: string }[]): RenderedEmail {
  const lines = items.map((item) => ({ text: noticeText(item.kind, item.params), url: appUrl(item.href) }));
  const subject = format(messages.email.digestSubject, { day, count: items.length });
  const greeting = format(messages.email.greeting);
  const end = footer();
  return {
    subject,
    textBody: `${greeting}\n\n${lines.map((line) => `- ${line.text}\n  ${line.url}`).join("\n")}\n\n${end.text}\n`,
    htmlBody: page(
      subject,
      `<p>${escapeHtml(greeting)}</p><ul>${lines.map((line) => `<li><a href="${escapeHtml(line.url)}">${escapeHtml(line.text)}</a></li>`).join("")}</ul>${end.html}`,
    ),
  };
}
