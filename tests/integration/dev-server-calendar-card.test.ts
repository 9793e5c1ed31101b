/**
 * The desk's card page opens a calendar event (`/card?as=<email>&event=<id>`): the add-on's eventOpenTrigger
 * runs as that user with Calendar's event object, and the card page lists the user's events to open. A tiny
 * fake dist/ keeps it independent of the add-on.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevServer, type DevServer } from '../../dev/server';

const FAKE_CODE = `
function devSeedDemo() {
  CalendarApp.getDefaultCalendar().createEvent('Встреча <пары>', new Date(2022, 9, 17, 15, 0),
    new Date(2022, 9, 17, 15, 45), { guests: 'smirnova@school.example' });
}
function card(text) {
  return CardService.newCardBuilder().setHeader(CardService.newCardHeader().setTitle('Наставник'))
    .addSection(CardService.newCardSection().addWidget(CardService.newTextParagraph().setText(text))).build();
}
function onTeacherHomepage() { return card('Домашняя'); }
function onCalendarEventOpen(e) {
  return card('Событие ' + e.calendar.id + ' для ' + e.calendar.calendarId + ', гостей: ' + e.calendar.attendees.length);
}
`;

let dir: string;
let server: DevServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nastavnik-calendar-card-'));
  writeFileSync(join(dir, 'Code.js'), FAKE_CODE);
  server = await startDevServer({ port: 0, workbookFile: join(dir, 'state', 'workbook.json'), distDir: dir });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('dev server: a calendar event’s contextual card', () => {
  test('lists the user’s events under their card and opens one as Calendar would', async () => {
    const home = await (await fetch(`${server.url}card?as=smirnova%40school.example`)).text();
    expect(home).toContain('Домашняя');
    expect(home).toContain('Календарь: открыть событие');
    expect(home).toContain('Встреча &lt;пары&gt;');
    const link = /href="(\/card\?as=[^"]+&amp;event=[^"]+)"/.exec(home);
    expect(link).not.toBeNull();
    const opened = await fetch(new URL(link![1].replace(/&amp;/g, '&'), server.url));
    expect(opened.status).toBe(200);
    const html = await opened.text();
    expect(html).toMatch(/Событие ev\w+ для smirnova@school\.example, гостей: 2/);
    const stranger = await fetch(`${server.url}card?as=orlova%40school.example&event=nope%40google.com`);
    expect(stranger.status).toBe(404);
  });
});
