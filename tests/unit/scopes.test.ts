import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import manifest from '../../appsscript.json';
import { Emulator } from '../../emulator';
import { DOCUMENTED_SCOPES, documentedScopes, scopeProblem } from '../../emulator/core/scopes';
import { readmeWithTable } from '../../scripts/scopes';

const granted = manifest.oauthScopes;

describe('OAuth scopes: the manifest against the documented scopes of each method', () => {
  it('DriveApp is documented with the full drive scope, which the manifest does not grant', () => {
    expect(scopeProblem('DriveApp.getRootFolder', granted)).toContain('Required permissions');
    expect(scopeProblem('File.makeCopy', granted)).toContain('auth/drive');
    expect(
      scopeProblem('DriveApp.getRootFolder', [...granted, 'https://www.googleapis.com/auth/drive']),
    ).toBeNull();
  });

  it('the Drive and Docs APIs are allowed under drive.file; a class rule covers its methods', () => {
    for (const m of [
      'Drive.Files.copy',
      'Drive.Files.create',
      'Docs.Documents.batchUpdate',
      'Sheets.Spreadsheets.get',
    ])
      expect(scopeProblem(m, ['https://www.googleapis.com/auth/drive.file'])).toBeNull();
    expect(documentedScopes('Range.setValues')).toBe(DOCUMENTED_SCOPES['Range.*']);
  });

  it('a method nobody looked up is refused until it is in the table', () => {
    expect(scopeProblem('GmailApp.sendEmail', granted)).toContain('no documented scopes');
  });

  it('every scope the manifest asks for authorises something the add-on calls (nothing asked in vain)', () => {
    const used = new Set(Object.values(DOCUMENTED_SCOPES).flatMap((d) => d.anyOf));
    expect(granted.filter((scope) => !used.has(scope))).toEqual([]);
  });

  it('the emulator refuses, at call time, what the manifest does not grant', () => {
    const withoutForms = { ...manifest, oauthScopes: granted.filter((s) => !s.endsWith('/forms')) };
    const strict = new Emulator(undefined, { manifest: withoutForms, enforceScopes: true });
    expect(() => strict.globals.FormApp.create('Анкета')).toThrow(
      'Specified permissions are not sufficient to call FormApp.create',
    );
    expect(() => strict.globals.DriveApp.getRootFolder()).toThrow('auth/drive');
    expect(strict.globals.PropertiesService.getScriptProperties()).toBeDefined();
    const lax = new Emulator(undefined, { manifest: withoutForms });
    expect(lax.globals.FormApp.create('Анкета').getTitle()).toBe('Анкета');
  });

  it("README's scope table is generated from the same data (run `npm run scopes -- --write`)", () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toBe(readmeWithTable(readme));
  });
});
