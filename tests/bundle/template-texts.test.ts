import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setHtmlFileSource } from '../../emulator/html';
import { loadScriptFile } from '../../emulator/runtime';
import { TEMPLATES } from '../../src/domain/documents/templates';
import { ROADMAP_SEED } from '../../src/domain/roadmap/seed';
import { builtWithForms, menteeAnswers } from './built';
import { GOOD, OCT_5, allText, cardProgramme, meetingEvent } from './card-programme';
import { cardDataOf } from '../../emulator';
import type { CardData } from '../../emulator/cards';

/**
 * Issue 13 point 6: the texts only setup, form building and document generation need live in
 * dist/TemplateTexts.html, which Apps Script reads on demand, not in Code.js, which it parses on every execution.
 */
const dist = join(__dirname, '..', '..', 'dist');
const asset = JSON.parse(readFileSync(join(dist, 'TemplateTexts.html'), 'utf8')) as {
  templates: Record<string, Record<string, unknown>>;
  strings: string[];
};
const code = readFileSync(join(dist, 'Code.js'), 'utf8');

const longest = (decl: (typeof TEMPLATES)[number]) =>
  decl.blocks
    .map((b) => (b.type === 'paragraph' ? b.text : ''))
    .reduce((a, b) => (b.length > a.length ? b : a), '');

describe('template texts outside Code.js', () => {
  it('holds every declaration’s texts and catalog exactly as the TypeScript declares them', () => {
    for (const decl of TEMPLATES) {
      const { blocks, fields, lists, flags, templateName, fileTitle } = decl;
      expect(asset.templates[decl.kind]).toEqual(
        JSON.parse(JSON.stringify({ blocks, fields, lists, flags, templateName, fileTitle })),
      );
    }
  });

  it('leaves the long texts out of Code.js: a paragraph of each declaration and a roadmap step', () => {
    for (const decl of TEMPLATES) expect(code).not.toContain(longest(decl));
    const step = ROADMAP_SEED.find((s) => s.content.length > 100)!;
    expect(Object.values(asset.strings)).toContain(step.content);
    expect(code).not.toContain(step.content);
    expect(code.length).toBeGreaterThan(1000);
  });

  it('builds the templates and the roadmap from the asset at setup, through the bundle', () => {
    const addOn = builtWithForms();
    const roadmap = addOn.sheet('Дорожная карта').getDataRange().getDisplayValues().flat();
    expect(roadmap.some((v) => v.includes(ROADMAP_SEED[1].content))).toBe(true);
    // Setup builds every template Doc with DocumentApp from its blocks.
    const docs = JSON.stringify(addOn.emulator.state.documents);
    for (const decl of TEMPLATES) expect(docs).toContain(JSON.stringify(longest(decl)).slice(1, -1));
  });

  it('is not read by the overview, the menu, a form submission or the daily trigger', () => {
    const addOn = builtWithForms();
    // A new execution: Apps Script starts every one with a fresh global scope.
    const script = loadScriptFile(addOn.emulator, join(dist, 'Code.js'));
    const read: string[] = [];
    setHtmlFileSource(addOn.emulator.ctx, (name) => {
      read.push(name);
      const file = join(dist, `${name}.html`);
      return existsSync(file) ? readFileSync(file, 'utf8') : null;
    });
    script.call('onOpen', { authMode: 'FULL' });
    script.call('getOverview');
    addOn.emulator.submitForm(
      addOn.menteeForm,
      menteeAnswers('Петрова Анна Сергеевна'),
      'petrova@school.example',
    );
    script.call('onDailyCheck');
    expect(addOn.sheet('Наставляемые').getLastRow()).toBe(2);
    expect(read).not.toContain('TemplateTexts');
    // Nor the once-a-year code (on-demand.test.ts).
    expect(read).not.toContain('OnDemand');
  });

  it('is not read by a teacher’s card, its relay or a meeting recorded from it', () => {
    const p = cardProgramme();
    // A new execution after setup (which reads the asset): a fresh global scope, the web app's too.
    const script = loadScriptFile(p.emulator, join(dist, 'Code.js'));
    const read: string[] = [];
    setHtmlFileSource(p.emulator.ctx, (name) => {
      read.push(name);
      const file = join(dist, `${name}.html`);
      return existsSync(file) ? readFileSync(file, 'utf8') : null;
    });
    p.as('smirnova@school.example');
    const card = cardDataOf<CardData>(script.call('onTeacherHomepage', {}));
    expect(allText(card)).toContain('Алексеева Анна Дмитриевна');
    script.call('onCardRecordMeeting', meetingEvent('t1', GOOD, OCT_5));
    expect(p.meetings()).toHaveLength(1);
    expect(read).not.toContain('TemplateTexts');
    expect(read).not.toContain('OnDemand');
  });
});
