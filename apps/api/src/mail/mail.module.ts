import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { mailSettings } from './mail-settings';
import { FileMailTransport, MAIL_TRANSPORT, SmtpMailTransport } from './mail-transport';
import { MailService } from './mail.service';
import { MailWorker } from './mail.worker';

/**
 * E-mail (docs/mail.md): features queue messages with `MailService.enqueue` inside their
 * transactions; `MailWorker` sends them through SMTP (SMTP_URL) or, without a server, writes them as
 * .eml files under DATA_DIR/mail. Templates in zh-CN, en and ru live in `mail/templates`.
 */
@Module({
  providers: [
    {
      provide: MAIL_TRANSPORT,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        const settings = mailSettings(config.env);
        return settings.smtpUrl
          ? SmtpMailTransport.create(settings.smtpUrl)
          : new FileMailTransport(settings.fileDir);
      },
    },
    MailService,
    MailWorker,
  ],
  exports: [MailService, MailWorker],
})
export class MailModule {}
