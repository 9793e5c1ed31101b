import { EmulatorContext } from '../../emulator/core/context';
import { NotEmulatedError } from '../../emulator/core/errors';
import { emptyState } from '../../emulator/core/state';
import { createHtmlService, setHtmlFileSource } from '../../emulator/html';
import { ADDON_MENU_TITLE, createUi, queueAlertAnswers } from '../../emulator/html/ui';

function newCtx(): EmulatorContext {
  return new EmulatorContext(emptyState());
}

describe('HtmlOutput', () => {
  test('content, title, size, meta tags', () => {
    const HtmlService = createHtmlService(newCtx());
    const out = HtmlService.createHtmlOutput('<p>a</p>')
      .append('<p>b</p>')
      .appendUntrusted('<i>')
      .setTitle('Наставник')
      .setWidth(400)
      .setHeight(300)
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.DEFAULT)
      .addMetaTag('viewport', 'width=device-width');
    expect(out.getContent()).toBe('<p>a</p><p>b</p>&lt;i&gt;');
    expect(out.getTitle()).toBe('Наставник');
    expect(out.getWidth()).toBe(400);
    expect(out.getHeight()).toBe(300);
    expect(out.getMetaTags()[0].getName()).toBe('viewport');
    expect(() => out.addMetaTag('refresh', '0')).toThrow(/not allowed/);
    out.setContent('x');
    expect(out.getContent()).toBe('x');
    expect(HtmlService.createHtmlOutput().getContent()).toBe('');
    expect(out.getBlob().getDataAsString()).toBe('x');
  });

  test('files come from the configured source; a missing file has the Apps Script message', () => {
    const ctx = newCtx();
    const HtmlService = createHtmlService(ctx);
    expect(() => HtmlService.createHtmlOutputFromFile('Sidebar')).toThrow(
      'No HTML file named Sidebar was found.',
    );
    setHtmlFileSource(ctx, (name) => (name === 'Sidebar' ? '<div>sidebar</div>' : null));
    expect(HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<div>sidebar</div>');
    expect(HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<div>sidebar</div>');
    expect(() => HtmlService.createTemplateFromFile('Dialog')).toThrow(
      'No HTML file named Dialog was found.',
    );
  });
});

describe('HtmlTemplate', () => {
  test('printing scriptlets escape a <script> payload in text', () => {
    const t = createHtmlService(newCtx()).createTemplate('<p><?= name ?></p>');
    t.name = '<script>alert("x")</script>';
    const html = t.evaluate().getContent();
    expect(html).not.toContain('<script>');
    expect(html).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>');
  });

  test('a " in an attribute cannot break out of it', () => {
    const t = createHtmlService(newCtx()).createTemplate('<input value="<?= v ?>" title=\'<?= v ?>\'>');
    t.v = `" onfocus="alert(1)' x`;
    const html = t.evaluate().getContent();
    expect(html).toBe(
      '<input value="&quot; onfocus&#61;&quot;alert(1)&#39; x" title=\'&quot; onfocus&#61;&quot;alert(1)&#39; x\'>',
    );
  });

  test('unquoted attribute values escape whitespace too', () => {
    const t = createHtmlService(newCtx()).createTemplate('<div class=<?= c ?>>x</div>');
    t.c = 'a onclick=alert(1)';
    expect(t.evaluate().getContent()).toBe('<div class=a&#32;onclick&#61;alert(1)>x</div>');
  });

  test('inside <script> a printed value is a JavaScript literal that cannot close the tag', () => {
    const t = createHtmlService(newCtx()).createTemplate(
      '<script>var data = <?= data ?>; var s = <?= s ?>;</script><p><?= s ?></p>',
    );
    t.data = { n: 1, list: ['a', 'б'] };
    t.s = '</script><script>alert(1)</script>';
    const html = t.evaluate().getContent();
    expect(html).toContain('var data = {"n":1,"list":["a","б"]};');
    expect(html).toContain(
      'var s = "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e";',
    );
    expect(html).toContain('<p>&lt;/script&gt;');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  test('force-printing scriptlets are raw; standard scriptlets loop', () => {
    const t = createHtmlService(newCtx()).createTemplate(
      '<ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul><?!= raw ?>',
    );
    t.items = ['Иванов', 'A&B'];
    t.raw = '<b>bold</b>';
    expect(t.evaluate().getContent()).toBe('<ul><li>Иванов</li><li>A&amp;B</li></ul><b>bold</b>');
  });

  test('conditionals, null values, getCode, getRawContent, template from output', () => {
    const HtmlService = createHtmlService(newCtx());
    const source = '<? if (show) { ?>shown<? } else { ?>hidden<? } ?>[<?= missing ?>]';
    const t = HtmlService.createTemplate(source);
    t.show = false;
    t.missing = null;
    expect(t.evaluate().getContent()).toBe('hidden[]');
    t.show = true;
    expect(t.evaluate().getContent()).toBe('shown[]');
    expect(t.getRawContent()).toBe(source);
    expect(t.getCode()).toContain('if (show)');
    const t2 = HtmlService.createHtmlOutput('<?= 1 + 1 ?>').asTemplate();
    expect(t2.evaluate().getContent()).toBe('2');
  });

  test('scriptlets can call the script functions and see template variables', () => {
    const ctx = newCtx();
    ctx.resolveFunction = (name) =>
      name === 'greet' ? (who: unknown) => `Здравствуйте, ${String(who)}` : undefined;
    const t = createHtmlService(ctx).createTemplate('<h1><?= greet(user) ?></h1>');
    t.user = 'Анна';
    expect(t.evaluate().getContent()).toBe('<h1>Здравствуйте, Анна</h1>');
  });

  test('errors in scriptlets surface', () => {
    const HtmlService = createHtmlService(newCtx());
    expect(() => HtmlService.createTemplate('<?= nothingHere.x ?>').evaluate()).toThrow(ReferenceError);
    expect(() => HtmlService.createTemplate('<? if ( ?>').evaluate()).toThrow(/SyntaxError/);
  });

  test('from a file', () => {
    const ctx = newCtx();
    setHtmlFileSource(ctx, () => '<title><?= title ?></title>');
    const t = createHtmlService(ctx).createTemplateFromFile('Sidebar');
    t.title = 'A < B';
    expect(t.evaluate().getContent()).toBe('<title>A &lt; B</title>');
  });
});

describe('Ui', () => {
  test('menus are recorded, the add-on menu is titled with the add-on name, re-adding replaces', () => {
    const ctx = newCtx();
    const ui = createUi(ctx);
    ui.createAddonMenu()
      .addItem('Открыть панель', 'showSidebar')
      .addSeparator()
      .addSubMenu(ui.createMenu('Анкеты').addItem('Создать анкеты', 'createForms'))
      .addToUi();
    expect(ADDON_MENU_TITLE).toBe('Наставник');
    expect(ctx.state.ui.menus).toEqual([
      {
        title: 'Наставник',
        items: [
          { caption: 'Открыть панель', functionName: 'showSidebar' },
          { separator: true },
          {
            caption: 'Анкеты',
            functionName: '',
            subMenu: [{ caption: 'Создать анкеты', functionName: 'createForms' }],
          },
        ],
      },
    ]);
    ui.createAddonMenu().addItem('Только это', 'only').addToUi();
    ui.createMenu('Другое').addItem('x', 'x').addToUi();
    expect(ctx.state.ui.menus.map((m) => m.title)).toEqual(['Наставник', 'Другое']);
    expect(ctx.state.ui.menus[0].items).toEqual([{ caption: 'Только это', functionName: 'only' }]);
    expect(ctx.calls.get('Menu.addItem')).toBe(4);
  });

  test('sidebar and dialogs record their HTML', () => {
    const ctx = newCtx();
    const ui = createUi(ctx);
    const HtmlService = createHtmlService(ctx);
    ui.showSidebar(HtmlService.createHtmlOutput('<p>s</p>').setTitle('Наставник'));
    expect(ctx.state.ui.sidebar).toEqual({ title: 'Наставник', html: '<p>s</p>' });
    ui.showModalDialog(
      HtmlService.createHtmlOutput('<p>m</p>').setWidth(500).setHeight(200),
      'Подтверждение',
    );
    ui.showModelessDialog(HtmlService.createHtmlOutput('<p>n</p>'), 'Справка');
    expect(ctx.state.ui.dialogs).toEqual([
      { title: 'Подтверждение', html: '<p>m</p>', modal: true, width: 500, height: 200 },
      { title: 'Справка', html: '<p>n</p>', modal: false, width: 600, height: 400 },
    ]);
    // Reading the output for the UI is not a script call.
    expect(ctx.calls.get('HtmlOutput.getContent')).toBe(0);
    expect(() => ui.showSidebar('<p>' as unknown as GoogleAppsScript.HTML.HtmlOutput)).toThrow(
      /method signature/,
    );
  });

  test('alerts are recorded and answered; prompt is not emulated', () => {
    const ctx = newCtx();
    const ui = createUi(ctx);
    expect(ui.alert('Готово')).toBe(ui.Button.OK);
    expect(ui.alert('Удалить?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    queueAlertAnswers(ctx, 'NO');
    expect(ui.alert('Внимание', 'Удалить?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ctx.state.ui.alerts).toEqual([
      { title: '', prompt: 'Готово' },
      { title: '', prompt: 'Удалить?' },
      { title: 'Внимание', prompt: 'Удалить?' },
    ]);
    expect(() => ui.prompt('Имя?')).toThrow(NotEmulatedError);
  });
});
