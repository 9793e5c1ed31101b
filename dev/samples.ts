/**
 * `npm run samples -- DIR`: plays the demo school's year on the offline emulator (the built add-on, through
 * the desk's own API, as a curator would click it) and writes every document and every questionnaire it
 * produces into DIR as UTF-8 text — each Doc also as HTML — so a school can read them all before it deploys.
 * tests/integration/samples.test.ts reads the same texts against a checklist.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Emulator } from '../emulator';
import type { FormState } from '../emulator/core/state';
import { renderDocumentHtml } from '../emulator/documents';
import { DEMO_TEACHERS } from './demo-school';
import { liveForms } from './forms';
import { startDevServer } from './server';
import { NO_MENTOR_CONSENT_INDEX, REFUSING_INDEX } from './simulate';

/** The curators the demo's first order appoints (the input of «Сформировать приказ» at step 1.2). */
export const SAMPLE_CURATORS =
  'Иванова Мария Петровна, заместитель директора по УВР\nПетрова Анна Сергеевна, руководитель методического объединения';

export interface Sample {
  name: string;
  kind: 'document' | 'form';
  text: string;
  html?: string;
}

interface ActionAnswer {
  result?: { message: string; more?: boolean };
  message?: string;
}

/** Plays the year on a fresh demo workbook; returns the emulator loaded from the workbook it ends with. */
export async function playDemoYear(
  distDir: string,
  log: (line: string) => void = () => undefined,
): Promise<Emulator> {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-samples-'));
  const workbookFile = join(dir, 'workbook.json');
  const server = await startDevServer({ port: 0, workbookFile, distDir });
  const post = async (path: string, body: unknown): Promise<ActionAnswer> => {
    const response = await fetch(server.url + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const data = (await response.json()) as ActionAnswer;
    if (response.status !== 200) throw new Error(`${path}: ${data.message ?? response.status}`);
    return data;
  };
  const act = async (id: string, input = '') => {
    let answer = await post('api/run/runAction', { args: [id, input] });
    // Batches (plans, letters) return `more` while work is left, as the sidebar repeats them.
    while (answer.result?.more) answer = await post('api/run/runAction', { args: [id, input] });
    log(`${id}: ${answer.result?.message ?? ''}`);
  };
  try {
    const mentors = DEMO_TEACHERS.filter((t) => t.role === 'mentor');
    const chosen = mentors
      .filter((_, i) => i !== REFUSING_INDEX && i !== NO_MENTOR_CONSENT_INDEX)
      .slice(0, 6);
    await act('documents:orderIntroduce', SAMPLE_CURATORS);
    await act('documents:orderApprove');
    await act('form:prelim');
    await act('select:score');
    await act('select:choose', chosen.map((t) => t.email).join('\n'));
    await act('pairs:propose');
    await act('pairs:approve');
    await act('documents:orderPairs');
    await act('documents:plans');
    await post('api/clock', { to: 'october' });
    await act('form:meeting');
    await post('api/simulate', {});
    await post('api/clock', { to: 'january' });
    await act('form:interim');
    await act('survey:invite:interim');
    await post('api/simulate', {});
    await post('api/clock', { to: 'may' });
    await act('form:impactBefore');
    await act('form:satisfaction', 'named');
    await act('form:impactAfter');
    await act('form:curator');
    await post('api/simulate', {});
    await act('monitoring:compute');
    await act('monitoring:ranking');
    await act('documents:finalReport', SAMPLE_CURATORS);
    await act('documents:orderReward');
    await act('documents:orderFinalEvent', '26.05.2023');
    await act('documents:letters');
  } finally {
    await server.close();
  }
  const emulator = Emulator.fromFile(workbookFile);
  rmSync(dir, { recursive: true, force: true });
  return emulator;
}

/** A questionnaire as a teacher reads it: title, description, each question with its help and choices. */
export function formText(form: FormState): string {
  const lines = [form.title, '', form.description, ''];
  form.items.forEach((item, i) => {
    lines.push(`${i + 1}. ${item.title}${item.required ? ' *' : ''}`);
    if (item.helpText) lines.push(`   ${item.helpText}`);
    for (const c of item.choices ?? []) lines.push(`   ○ ${c}`);
    if (item.scale)
      lines.push(
        `   шкала ${item.scale.lower}–${item.scale.upper}: ${item.scale.leftLabel} … ${item.scale.rightLabel}`,
      );
    for (const r of item.rows ?? []) lines.push(`   — ${r}`);
  });
  if (form.confirmationMessage) lines.push('', `После отправки: ${form.confirmationMessage}`);
  return lines.join('\n');
}

/** Every live Doc (templates excluded: the documents made from them are the samples) and every live form. */
export function collectSamples(emulator: Emulator): Sample[] {
  const state = emulator.state;
  emulator.install(globalThis);
  const docs = Object.values(state.documents).filter(
    (d) => !state.drive.files[d.id]?.trashed && !d.name.startsWith('Шаблон'),
  );
  return [
    ...docs.map((d) => ({
      name: d.name,
      kind: 'document' as const,
      text: DocumentApp.openById(d.id).getBody().getText(),
      html: renderDocumentHtml(state, d.id),
    })),
    ...liveForms(emulator).map((f) => ({
      name: `Анкета — ${f.title}`,
      kind: 'form' as const,
      text: formText(f),
    })),
  ];
}

const safe = (name: string) => name.replace(/[\\/:*?"<>|\n]/g, '-').slice(0, 150);

/** Writes the samples into `dir`, numbered in the order the year made them; returns the files written. */
export function writeSamples(dir: string, samples: readonly Sample[]): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  samples.forEach((s, i) => {
    const base = join(dir, `${String(i + 1).padStart(3, '0')} ${safe(s.name)}`);
    writeFileSync(`${base}.txt`, s.text, 'utf8');
    files.push(`${base}.txt`);
    if (s.html) {
      writeFileSync(`${base}.html`, s.html, 'utf8');
      files.push(`${base}.html`);
    }
  });
  return files;
}

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) {
    console.error('Укажите папку: npm run samples -- папка');
    process.exit(2);
  }
  const emulator = await playDemoYear(resolve(__dirname, '..', 'dist'), (line) => console.log(line));
  const samples = collectSamples(emulator);
  const files = writeSamples(resolve(out), samples);
  console.log(`Образцов: ${samples.length}, файлов: ${files.length} (${resolve(out)}).`);
}

if (require.main === module) void main();
