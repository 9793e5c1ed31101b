import type { MailPort } from '../services/documents/ports';

/** MailPort over MailApp: each attached Doc is exported as PDF (two calls each). */
export const gasMail: MailPort = {
  remainingQuota: () => MailApp.getRemainingDailyQuota(),
  send(message) {
    MailApp.sendEmail({
      to: message.to,
      subject: message.subject,
      body: message.body,
      name: 'Наставник',
      attachments: message.attachmentIds.map((id) => DocumentApp.openById(id).getAs('application/pdf')),
    });
  },
};
