import { append, clear, el, replaceContent, setAttrs, show } from '../../../html/shared/dom';
import { FakeElement, fake, installFakeDocument } from './fake-dom';

let uninstall: () => void;
beforeEach(() => {
  uninstall = installFakeDocument();
});
afterEach(() => uninstall());

describe('dom helpers', () => {
  test('el sets attributes, skips empty values, flattens children as text', () => {
    const node = fake(
      el(
        'button',
        {
          type: 'button',
          class: 'action',
          disabled: true,
          title: null,
          'aria-expanded': 'false',
          'data-stage': 3,
        },
        'Этап ',
        3,
        null,
        false,
        ['/', ['4']],
      ),
    );
    expect(node.tagName).toBe('BUTTON');
    expect(node.getAttribute('class')).toBe('action');
    expect(node.getAttribute('disabled')).toBe('');
    expect(node.hasAttribute('title')).toBe(false);
    expect(node.getAttribute('data-stage')).toBe('3');
    expect(node.textContent).toBe('Этап 3/4');
  });

  test('markup in data stays text', () => {
    const node = fake(el('p', null, '<b>жирный</b>'));
    expect(node.children).toHaveLength(0);
    expect(node.textContent).toBe('<b>жирный</b>');
  });

  test('on… keys add listeners; other functions are refused', () => {
    let clicks = 0;
    const node = fake(el('button', { onclick: () => clicks++ }, 'Обновить'));
    node.click();
    expect(clicks).toBe(1);
    expect(() => setAttrs(node as unknown as Element, { title: (() => {}) as never })).toThrow();
  });

  test('clear, replaceContent, show', () => {
    const node = new FakeElement('div');
    append(node as unknown as Node, 'a', 'b');
    expect(node.childNodes).toHaveLength(2);
    replaceContent(node as unknown as Node, 'c');
    expect(node.textContent).toBe('c');
    clear(node as unknown as Node);
    expect(node.childNodes).toHaveLength(0);
    show(node as unknown as HTMLElement, false);
    expect(node.hasAttribute('hidden')).toBe(true);
    show(node as unknown as HTMLElement, true);
    expect(node.hasAttribute('hidden')).toBe(false);
  });
});
