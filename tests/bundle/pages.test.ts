import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withoutGoogleCss } from '../../dev/shim';

// `npm test` builds dist/ first (pretest).
const page = (name: string) => {
  const file = join(__dirname, '..', '..', 'dist', `${name}.html`);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
};

describe.each(['Sidebar', 'Setup'])('dist/%s.html', (name) => {
  it('links Google’s add-on stylesheet for the look in Google, with the local equivalent inlined after it', () => {
    const html = page(name);
    const link = html.indexOf('https://ssl.gstatic.com/docs/script/css/add-ons1.css');
    const style = html.indexOf('<style>');
    expect(link).toBeGreaterThan(0);
    expect(style).toBeGreaterThan(link);
    expect(html).toContain('<script>');
  });

  it('is served offline without the external stylesheet', () => {
    const offline = withoutGoogleCss(page(name));
    expect(offline).not.toMatch(/<link[^>]*gstatic/);
    expect(offline).toContain('<style>');
  });
});
