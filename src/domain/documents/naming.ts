/**
 * File names of generated documents: «2022-09-08 Приказ № 12 об утверждении наставнических пар» for orders,
 * «2022-10-03 Индивидуальный план наставничества — Смирнова О.В., Алексеева А.Д.» for documents about people.
 * Sorted by name, a folder lists them by date.
 */
export interface FileNameParts {
  date: Date;
  /** Register label («Благодарственное письмо») or, for orders, «Приказ». */
  label: string;
  number?: string | null;
  /** What follows the number: «об утверждении наставнических пар». */
  title?: string;
  /** Whom it is about («Смирнова О.В.»). */
  subject?: string;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function isoDate(d: Date): string {
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

export function documentFileName(parts: FileNameParts): string {
  const words = [isoDate(parts.date), parts.label];
  if (parts.number) words.push(`№ ${parts.number}`);
  if (parts.title) words.push(parts.title);
  let name = words.join(' ');
  if (parts.subject) name += ` — ${parts.subject}`;
  // Drive accepts any character, but a downloaded file must be a valid name on Windows too: «134/4» → «134-4».
  return name
    .replace(/\//g, '-')
    .replace(/[\\:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function pdfFileName(parts: FileNameParts): string {
  return `${documentFileName(parts)}.pdf`;
}
