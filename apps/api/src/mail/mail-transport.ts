import { mkdir, rename, writeFile } from 'fs/promises';
import { join } from 'path';
import { OutgoingMail, addressOf, toEml } from './eml';

/** Where messages go: an SMTP server, or files. A transport throws when it did not take the message. */
export interface MailTransport {
  readonly name: string;
  send(mail: OutgoingMail): Promise<void>;
  close?(): Promise<void>;
}

/** The transport of this process (SMTP when SMTP_URL is set, else .eml files). */
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/**
 * Writes each message as an RFC 5322 `.eml` file (open it with any mail client) into a folder:
 * written under a temporary name and renamed, so a reader never sees half a message.
 */
export class FileMailTransport implements MailTransport {
  readonly name = 'file';

  constructor(readonly dir: string) {}

  async send(mail: OutgoingMail): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const stamp = mail.date.toISOString().replace(/[:.]/g, '-');
    const safeId = mail.messageId.replace(/[^A-Za-z0-9._-]/g, '_');
    const file = join(this.dir, `${stamp}-${safeId}.eml`);
    await writeFile(`${file}.tmp`, toEml(mail), 'utf8');
    await rename(`${file}.tmp`, file);
  }
}

interface NodemailerTransporter {
  sendMail(message: Record<string, unknown>): Promise<unknown>;
  close(): void;
}

/** Sends through an SMTP server with nodemailer (loaded only when SMTP_URL is set). */
export class SmtpMailTransport implements MailTransport {
  readonly name = 'smtp';

  private constructor(private readonly transporter: NodemailerTransporter) {}

  static async create(url: string): Promise<SmtpMailTransport> {
    const nodemailer = await import('nodemailer');
    return new SmtpMailTransport(nodemailer.createTransport(url) as unknown as NodemailerTransporter);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({
      from: mail.from,
      to: mail.to,
      envelope: { from: addressOf(mail.from), to: addressOf(mail.to) },
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${mail.messageId}>`,
      date: mail.date,
    });
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}
