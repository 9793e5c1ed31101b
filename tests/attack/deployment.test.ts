/**
 * Issue 10.12: the README deploys Наставник as an add-on (a standalone project), not as a script bound to the
 * spreadsheet that every editor can change; where a bound script is used, it says only curators may edit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const readme = readFileSync(process.env.ATTACK_README ?? join(__dirname, '..', '..', 'README.md'), 'utf8');
const deploy = readme.slice(readme.indexOf('## Deploy to a school'), readme.indexOf('### OAuth scopes'));

describe('10.12 deployment in the README', () => {
  it('creates a standalone project and installs it as an Editor add-on', () => {
    expect(deploy).toContain('clasp create-script --type standalone');
    expect(deploy).toMatch(/Test deployments → Install/);
    // The numbered steps never create a spreadsheet-bound script.
    const steps = deploy.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(steps.join('\n')).not.toMatch(/--type sheets|Bind a script/);
  });

  it('says why a bound script is unsafe and that then only curators may edit the spreadsheet', () => {
    expect(deploy).toMatch(/changed by every editor of the spreadsheet/);
    expect(deploy).toMatch(/only the curators may be editors of that spreadsheet/);
  });

  it('documents the public page as it now behaves: fixed spreadsheet, closed until published', () => {
    expect(deploy).not.toContain('?s=');
    expect(deploy).toContain('Опубликовать результаты на странице');
  });
});
