/**
 * The desk's card page (`/card?as=<email>`): it runs the add-on's homepage trigger as that user and draws the
 * card the emulated CardService built, every value escaped. A tiny fake dist/ keeps it independent of the add-on.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevServer, type DevServer } from '../../dev/server';

const FAKE_CODE = `
function devSeedDemo() {}
function onTeacherHomepage() {
  var who = Session.getActiveUser().getEmail();
  var section = CardService.newCardSection().setHeader('Моя пара')
    .addWidget(CardService.newTextParagraph().setText('Вы вошли как ' + who))
    .addWidget(CardService.newTextParagraph().setText('<script>alert(1)</script>'))
    .addWidget(CardService.newTextButton().setText('План')
      .setOpenLink(CardService.newOpenLink().setUrl('https://docs.google.com/document/d/plan')));
  return CardService.newCardBuilder()
    .setHeader(CardService.newCardHeader().setTitle('Наставник').setSubtitle(who))
    .addSection(section).build();
}
`;

let dir: string;
let server: DevServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nastavnik-card-'));
  writeFileSync(join(dir, 'Code.js'), FAKE_CODE);
  server = await startDevServer({ port: 0, workbookFile: join(dir, 'state', 'workbook.json'), distDir: dir });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('dev server card page', () => {
  test('draws the card of the user named in ?as=, escaped, with its links', async () => {
    const response = await fetch(`${server.url}card?as=${encodeURIComponent('smirnova@school.example')}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Вы вошли как smirnova@school.example');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('href="https://docs.google.com/document/d/plan"');
    const other = await (await fetch(`${server.url}card?as=orlova%40school.example`)).text();
    expect(other).toContain('Вы вошли как orlova@school.example');
  });
});
