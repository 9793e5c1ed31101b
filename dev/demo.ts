/**
 * Fills a fresh emulated workbook with the demo school, through the add-on's own services and gas adapters:
 * setup, then the bases as the questionnaires (a later stage) would leave them. Runs in Node with the
 * emulator's globals installed, never inside the deployed add-on.
 */
import type { Emulator } from '../emulator';
import { createGasPorts } from '../src/gas/ports';
import { openDatabase } from '../src/services/db/database';
import { setupProgramme } from '../src/services/programme/setup';
import { DEMO_TEACHERS, demoSettings } from './demo-school';

export function seedDemo(emulator: Emulator, academicYearStart: number): void {
  emulator.install(globalThis);
  const ports = createGasPorts();
  setupProgramme(ports, demoSettings(academicYearStart));
  const db = openDatabase(ports);
  const consentAt = new Date(academicYearStart, 8, 12, 10, 0);
  const person = (t: (typeof DEMO_TEACHERS)[number], i: number) => ({
    fullName: t.fullName,
    email: t.email,
    position: t.position,
    subjects: t.subjects,
    experienceYears: t.experienceYears,
    category: t.category,
    // One mentee and one mentor have not yet returned the signed consent.
    status: i === 3 ? 'анкета получена' : 'в базе',
    consentPd: i === 3 ? null : consentAt,
  });
  db.mentors.append(
    DEMO_TEACHERS.filter((t) => t.role === 'mentor').map((t, i) => ({
      ...person(t, i),
      competences: '',
      capacity: t.experienceYears > 20 ? 2 : 1,
      consentMentor: i === 3 ? null : consentAt,
      consentPublish: i % 3 !== 0,
    })),
  );
  db.mentees.append(
    DEMO_TEACHERS.filter((t) => t.role === 'mentee').map((t, i) => ({
      ...person(t, i),
      youngTeacher: t.experienceYears <= 3,
      requests: '',
      curatorNotes: '',
    })),
  );
}
