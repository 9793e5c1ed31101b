import type { MailPort } from '../services/documents/ports';

/** MailPort over MailApp: attachments are read from Drive (one call each). */
export const gasMail: MailPort = {
  remainingQuota: () => MailApp.getRemainingDailyQuota(),
  send(message) {
    MailApp.sendEmail({
      to: message.to,
      subject: message.subject,
      body: message.body,
      name: 'Наставник',
      attachments: message.attachmentIds.map((id) => DriveApp.getFileById(id).getBlob()),
    });
  },
};
