/**
 * The `google.script` object that Apps Script gives a sidebar or dialog, emulated for the desk: `run` carries the
 * script's public functions (POST /api/run/<name>), `host` talks to the desk page through postMessage. Links to
 * Google Forms open the emulated form (/form-link) instead, links to Google Docs and Drive files the local
 * rendering (/doc-link).
 * The source is plain ES2017 in a string: it runs in the browser, never in Node.
 */

export interface ShimOptions {
  /** Public top-level functions of the script; google.script.run has exactly these methods. */
  functions: string[];
  /** Which frame the page is in, so the desk knows what to close. */
  frame: 'sidebar' | 'dialog';
}

/** JSON that is safe inside a <script> element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function shimScript(opts: ShimOptions): string {
  return `<script>\n(function () {\n  var FUNCTIONS = ${scriptJson(opts.functions)};\n  var FRAME = ${scriptJson(opts.frame)};\n${SHIM_BODY}\n})();\n</script>`;
}

/** Puts the shim at the very start of <head>, before any script of the page. */
/** Google's add-on stylesheet cannot load offline (and the desk allows no external requests): drop its link. */
export function withoutGoogleCss(html: string): string {
  return html.replace(/<link\b[^>]*data-google-addon-css[^>]*>/gi, '');
}

export function injectShim(html: string, opts: ShimOptions): string {
  html = withoutGoogleCss(html);
  const shim = shimScript(opts);
  const head = /<head\b[^>]*>/i.exec(html);
  if (head)
    return html.slice(0, head.index + head[0].length) + shim + html.slice(head.index + head[0].length);
  const root = /<html\b[^>]*>/i.exec(html);
  if (root) {
    const at = root.index + root[0].length;
    return `${html.slice(0, at)}<head>${shim}</head>${html.slice(at)}`;
  }
  return shim + html;
}

const SHIM_BODY = String.raw`
  function post(message) {
    message.nastavnik = 1;
    message.frame = FRAME;
    if (window.parent && window.parent !== window) window.parent.postMessage(message, location.origin);
  }

  function illegal(value, path) {
    if (value === null || value === undefined) return null;
    var t = typeof value;
    if (t === 'string' || t === 'number' || t === 'boolean') return null;
    if (t !== 'object') return path + ': ' + t;
    if (Object.prototype.toString.call(value) === '[object Date]') return path + ': Date';
    if (Array.isArray(value)) {
      for (var i = 0; i < value.length; i++) {
        var p = illegal(value[i], path + '[' + i + ']');
        if (p) return p;
      }
      return null;
    }
    var proto = Object.getPrototypeOf(value);
    if (proto !== null && proto !== Object.prototype) return path + ': ' + Object.prototype.toString.call(value);
    for (var k in value) {
      if (Object.prototype.hasOwnProperty.call(value, k)) {
        var q = illegal(value[k], path + '.' + k);
        if (q) return q;
      }
    }
    return null;
  }

  // A <form> is the one non-plain argument Apps Script accepts: it becomes {name: value}.
  function formToObject(form) {
    var out = {};
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (!el.name || el.disabled) continue;
      if (el.type === 'file') throw new Error('Файлы из формы эмулятор не передаёт (file inputs are not emulated).');
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) continue;
      var values = el.type === 'select-multiple'
        ? Array.prototype.filter.call(el.options, function (o) { return o.selected; }).map(function (o) { return o.value; })
        : [el.value];
      for (var j = 0; j < values.length; j++) {
        if (!(el.name in out)) out[el.name] = values[j];
        else if (Array.isArray(out[el.name])) out[el.name].push(values[j]);
        else out[el.name] = [out[el.name], values[j]];
      }
    }
    return out;
  }

  function makeError(data, fallback) {
    var e = new Error((data && data.message) || fallback);
    if (data && data.name) e.name = data.name;
    return e;
  }

  function invoke(name, args, success, failure, userObject) {
    var fail = function (error) {
      setTimeout(function () {
        if (failure) failure(error, userObject);
        else console.error('google.script.run.' + name + ':', error);
      }, 0);
    };
    var list = [];
    try {
      for (var i = 0; i < args.length; i++) {
        var arg = args[i];
        if (arg && typeof HTMLFormElement !== 'undefined' && arg instanceof HTMLFormElement) arg = formToObject(arg);
        var problem = illegal(arg, 'аргумент ' + i);
        if (problem) throw new TypeError('Недопустимое значение для google.script.run (' + problem + '): передавайте только числа, строки, логические значения, null, массивы и простые объекты.');
        list.push(arg === undefined ? null : arg);
      }
    } catch (error) {
      fail(error);
      return;
    }
    fetch('/api/run/' + encodeURIComponent(name), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ args: list }),
    })
      .then(function (response) {
        return response.text().then(function (text) {
          var data = null;
          try { data = JSON.parse(text); } catch (e) { data = null; }
          if (data && data.ui) post({ type: 'ran', ui: data.ui });
          if (!response.ok || !data) throw makeError(data, 'HTTP ' + response.status);
          return data.result;
        });
      })
      .then(function (result) {
        setTimeout(function () { if (success) success(result, userObject); }, 0);
      }, function (error) {
        if (error instanceof TypeError) error = makeError({ name: 'NetworkError', message: 'NetworkError: ' + error.message });
        fail(error);
      });
  }

  function runner(success, failure, userObject) {
    var r = {
      withSuccessHandler: function (f) { return runner(f, failure, userObject); },
      withFailureHandler: function (f) { return runner(success, f, userObject); },
      withUserObject: function (o) { return runner(success, failure, o); },
    };
    FUNCTIONS.forEach(function (name) {
      if (name in r) return;
      r[name] = function () { invoke(name, Array.prototype.slice.call(arguments), success, failure, userObject); };
    });
    return r;
  }

  // Google links cannot open offline: a Forms link (published, editor, forms.gle) opens the emulated form, a
  // Docs document or a Drive file (the PDFs) its local rendering.
  var FORM_LINK = /^https:\/\/(docs\.google\.com\/forms\/|forms\.gle\/)/;
  var DRIVE_LINK = /^https:\/\/(docs\.google\.com\/document\/|drive\.google\.com\/(file\/|uc\?|open\?))/;
  function openFormLink(ev) {
    if (ev.type === 'auxclick' && ev.button !== 1) return;
    var a = ev.target && ev.target.closest ? ev.target.closest('a[href]') : null;
    if (!a) return;
    var local = FORM_LINK.test(a.href) ? '/form-link' : DRIVE_LINK.test(a.href) ? '/doc-link' : null;
    if (!local) return;
    ev.preventDefault();
    window.open(local + '?url=' + encodeURIComponent(a.href), '_blank', 'noopener');
  }
  document.addEventListener('click', openFormLink, true);
  document.addEventListener('auxclick', openFormLink, true);

  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: {
      origin: location.origin,
      close: function () { post({ type: 'close' }); },
      setHeight: function (h) { post({ type: 'size', height: Number(h) }); },
      setWidth: function (w) { post({ type: 'size', width: Number(w) }); },
      editor: { focus: function () {} },
    },
    url: { getLocation: function (cb) { cb({ hash: location.hash.slice(1), parameter: {}, parameters: {} }); } },
  };
`;
