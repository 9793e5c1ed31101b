/**
 * A teacher's view of an emulated Google Form (GET /form/:id) as a real HTML form in Russian, and the way back:
 * the posted fields become the answers by question title that emulator.submitForm takes, and the emulator's
 * refusals (English, as in its tests) become Russian messages next to the question. Every value from the state
 * or the request enters the page escaped; the page has no script.
 */
import type { FormItemState, FormState } from '../emulator/core/state';
import { QUESTION_TYPES } from '../emulator/forms/answers';
import { esc } from './desk-page';

/** Field names as Google Forms names them. */
const EMAIL_FIELD = 'emailAddress';
export const TOKEN_FIELD = '_token';
const OTHER = '__other_option__';
const entry = (item: FormItemState) => `entry.${item.id}`;
const otherField = (item: FormItemState) => `entry.${item.id}.other_option_response`;

export type Answers = Record<string, string | string[]>;

/** The posted fields → answers by item title, and the respondent's e-mail. Blank answers are left out. */
export function formAnswers(form: FormState, fields: URLSearchParams): { answers: Answers; email: string } {
  const answers: Answers = {};
  for (const item of form.items) {
    if (!QUESTION_TYPES.has(item.type) || item.title in answers) continue;
    const name = entry(item);
    const other = (fields.get(otherField(item)) ?? '').trim();
    let value: string | string[] | null = null;
    switch (item.type) {
      case 'CHECKBOX':
        value = fields
          .getAll(name)
          .map((v) => (v === OTHER ? other : v))
          .filter((v) => v !== '');
        break;
      case 'MULTIPLE_CHOICE': {
        const v = fields.get(name);
        value = v === OTHER ? other : v;
        break;
      }
      case 'GRID':
      case 'CHECKBOX_GRID': {
        const rows = (item.rows ?? []).map((_, r) => fields.get(`${name}.${r}`) ?? '');
        value = rows.some((v) => v !== '') ? rows : null;
        break;
      }
      default: {
        const v = fields.get(name);
        value = v === null || v.trim() === '' ? null : v;
      }
    }
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    answers[item.title] = value;
  }
  return { answers, email: (fields.get(EMAIL_FIELD) ?? '').trim() };
}

export interface Refusal {
  message: string;
  /** The question it is about, or null for the form as a whole. */
  itemId: number | null;
  /** The e-mail field is the problem. */
  email?: boolean;
}

/** The question whose title the emulator's message quotes (the longest, if titles contain one another). */
function quotedItem(form: FormState, message: string): FormItemState | null {
  let found: FormItemState | null = null;
  for (const item of form.items) {
    if (message.includes(`"${item.title}"`) && (!found || item.title.length > found.title.length))
      found = item;
  }
  return found;
}

/** The emulator's refusal (what the Forms UI would say) in Russian, attached to its question. */
export function refusal(form: FormState, message: string): Refusal {
  const item = quotedItem(form, message);
  const at = item?.id ?? null;
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/is not accepting responses/, () => 'Форма больше не принимает ответы.'],
    [/collects e-mail addresses/, () => 'Укажите действительный адрес электронной почты.'],
    [/sign-in \(an e-mail\) is required/, () => 'Чтобы ответить, укажите адрес электронной почты.'],
    [/has already responded/, () => 'Вы уже отвечали: форма принимает один ответ от каждого.'],
    [/has no item titled/, () => 'В форме нет такого вопроса: обновите страницу.'],
    [/^Required (grid )?question/, () => 'Это обязательный вопрос.'],
    [/takes one answer, got a list|takes one answer per row/, () => 'Здесь можно выбрать только один ответ.'],
    [/the same choice is ticked twice/, () => 'Один и тот же вариант отмечен дважды.'],
    [
      /is not (one|among) of its (choices|columns)|is not among its choices/,
      () => 'Выберите ответ из списка.',
    ],
    [/is not a whole number from (-?\d+) to (-?\d+)/, (m) => `Выберите значение от ${m[1]} до ${m[2]}.`],
    [/is not a date/, () => 'Укажите дату.'],
    [/is not HH:mm/, () => 'Укажите время в формате ЧЧ:ММ.'],
    [/has \d+ rows, got/, () => 'Ответьте в каждой строке.'],
    [/ is refused: (.+)$/s, (m) => m[1]],
  ];
  for (const [re, text] of rules) {
    const m = re.exec(message);
    if (!m) continue;
    const email = /e-mail/.test(message);
    return { message: text(m), itemId: email ? null : at, email };
  }
  // The trigger's own errors are Russian already; anything else is shown as the emulator said it.
  return { message: /[а-яё]/i.test(message) ? message : `Форма не приняла ответ: ${message}`, itemId: at };
}

export interface FormPageOptions {
  form: FormState;
  token: string;
  /** What the teacher sent, to fill the form again after a refusal. */
  fields?: URLSearchParams;
  refusal?: Refusal | null;
}

export function formPage(opts: FormPageOptions): string {
  const { form, token } = opts;
  const fields = opts.fields ?? new URLSearchParams();
  const problem = opts.refusal ?? null;
  const questions = form.items.filter((i) => QUESTION_TYPES.has(i.type));
  const anyRequired = questions.some((i) => i.required) || form.collectEmail;
  const banner = problem
    ? `<div class="card refusal" role="alert" id="refusal"><strong>Ответ не отправлен.</strong> ${esc(
        problem.itemId !== null ? `${titleOf(form, problem.itemId)}: ${problem.message}` : problem.message,
      )}</div>`
    : '';
  const email = form.collectEmail
    ? `<div class="card question${problem?.email ? ' has-error' : ''}" id="q-email">
<label class="q-title" for="f-email">Адрес электронной почты <span class="req" aria-hidden="true">*</span></label>
<input type="email" id="f-email" name="${EMAIL_FIELD}" value="${esc(fields.get(EMAIL_FIELD) ?? '')}" autocomplete="email" placeholder="Ваш адрес электронной почты" aria-required="true">
${problem?.email ? `<p class="error">${esc(problem.message)}</p>` : ''}</div>`
    : '';
  const body = form.items.map((item) => renderItem(item, fields, problem)).join('\n');
  return page(
    form.title,
    `<form method="post" action="" accept-charset="utf-8" novalidate>
<input type="hidden" name="${TOKEN_FIELD}" value="${esc(token)}">
<div class="card head"><h1>${esc(form.title || 'Без названия')}</h1>
${form.description ? `<p class="description">${esc(form.description)}</p>` : ''}
${anyRequired ? '<p class="required-note"><span class="req">*</span> Обязательный вопрос</p>' : ''}</div>
${banner}
${email}
${body}
<div class="submit-row"><button type="submit" class="submit">Отправить</button>
<a class="clear" href="">Очистить форму</a></div>
</form>`,
  );
}

function titleOf(form: FormState, id: number): string {
  return `«${form.items.find((i) => i.id === id)?.title ?? ''}»`;
}

function renderItem(item: FormItemState, fields: URLSearchParams, problem: Refusal | null): string {
  const help = item.helpText ? `<p class="help" id="h-${item.id}">${esc(item.helpText)}</p>` : '';
  if (item.type === 'SECTION_HEADER' || item.type === 'PAGE_BREAK') {
    return `<div class="card section"><h2>${esc(item.title)}</h2>${help}</div>`;
  }
  if (!QUESTION_TYPES.has(item.type)) return '';
  const error = problem?.itemId === item.id ? `<p class="error">${esc(problem.message)}</p>` : '';
  const req = item.required ? ' <span class="req" aria-label="обязательный вопрос">*</span>' : '';
  const described = item.helpText ? ` aria-describedby="h-${item.id}"` : '';
  const id = `f-${item.id}`;
  const single = item.type === 'TEXT' || item.type === 'PARAGRAPH_TEXT' || item.type === 'LIST';
  const single2 = single || item.type === 'DATE' || item.type === 'TIME';
  const head = single2
    ? `<label class="q-title" for="${id}">${esc(item.title)}${req}</label>`
    : `<legend class="q-title">${esc(item.title)}${req}</legend>`;
  const control = renderControl(item, fields, id, described);
  const tag = single2 ? 'div' : 'fieldset';
  return `<${tag} class="card question${error ? ' has-error' : ''}" id="q-${item.id}" data-title="${esc(item.title)}">
${head}${help}${control}${error}</${tag}>`;
}

function renderControl(item: FormItemState, fields: URLSearchParams, id: string, described: string): string {
  const name = entry(item);
  const value = fields.get(name) ?? '';
  const aria = `${described}${item.required ? ' aria-required="true"' : ''}`;
  const choices = item.choices ?? [];
  switch (item.type) {
    case 'TEXT':
      return `<input type="text" id="${id}" name="${name}" value="${esc(value)}" placeholder="Мой ответ"${aria}>`;
    case 'PARAGRAPH_TEXT':
      return `<textarea id="${id}" name="${name}" rows="3" placeholder="Мой ответ"${aria}>${esc(value)}</textarea>`;
    case 'DATE':
      return `<input type="date" id="${id}" name="${name}" value="${esc(value)}"${aria}>`;
    case 'TIME':
      return `<input type="time" id="${id}" name="${name}" value="${esc(value)}"${aria}>`;
    case 'LIST':
      return `<select id="${id}" name="${name}"${aria}><option value="">Выбрать</option>${choices
        .map((c) => `<option value="${esc(c)}"${c === value ? ' selected' : ''}>${esc(c)}</option>`)
        .join('')}</select>`;
    case 'MULTIPLE_CHOICE':
    case 'CHECKBOX': {
      const type = item.type === 'CHECKBOX' ? 'checkbox' : 'radio';
      const picked = new Set(fields.getAll(name));
      const options = choices.map(
        (c, i) =>
          `<label class="option"><input type="${type}" name="${name}" value="${esc(c)}" id="${id}-${i}"${
            picked.has(c) ? ' checked' : ''
          }> <span>${esc(c)}</span></label>`,
      );
      if (item.hasOtherOption) {
        options.push(
          `<label class="option other"><input type="${type}" name="${name}" value="${OTHER}"${
            picked.has(OTHER) ? ' checked' : ''
          }> <span>Другое:</span> <input type="text" class="other-text" name="${otherField(item)}" value="${esc(
            fields.get(otherField(item)) ?? '',
          )}" aria-label="Другое: свой вариант"></label>`,
        );
      }
      return `<div class="options"${described}>${options.join('\n')}</div>`;
    }
    case 'SCALE': {
      const s = item.scale ?? { lower: 1, upper: 5, leftLabel: '', rightLabel: '' };
      const cells: string[] = [];
      for (let n = s.lower; n <= s.upper; n++) {
        cells.push(
          `<label class="scale-point"><span>${n}</span><input type="radio" name="${name}" value="${n}"${
            value === String(n) ? ' checked' : ''
          }></label>`,
        );
      }
      return `<div class="scale"${described}><span class="scale-label">${esc(s.leftLabel)}</span>${cells.join(
        '',
      )}<span class="scale-label">${esc(s.rightLabel)}</span></div>`;
    }
    case 'GRID':
    case 'CHECKBOX_GRID': {
      const cols = item.columns ?? [];
      const head = `<tr><td></td>${cols.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr>`;
      const rows = (item.rows ?? []).map((r, ri) => {
        const v = fields.get(`${name}.${ri}`) ?? '';
        return `<tr><th scope="row">${esc(r)}</th>${cols
          .map(
            (c) =>
              `<td><input type="radio" name="${name}.${ri}" value="${esc(c)}" aria-label="${esc(`${r}: ${c}`)}"${
                v === c ? ' checked' : ''
              }></td>`,
          )
          .join('')}</tr>`;
      });
      return `<table class="grid">${head}${rows.join('')}</table>`;
    }
    default:
      return '';
  }
}

/** What Google shows after a submission: the form's confirmation message; the desk adds what the trigger did. */
export function confirmationPage(
  form: FormState,
  notes: { warning?: string | null; journal?: string[] } = {},
): string {
  const journal = notes.journal?.length
    ? `<div class="card desk-note" id="desk-note"><strong>Стол разработчика:</strong> триггер onFormSubmit записал в «Журнал»:<ul>${notes.journal
        .map((j) => `<li>${esc(j)}</li>`)
        .join('')}</ul></div>`
    : '';
  const warning = notes.warning
    ? `<div class="card refusal" role="alert" id="trigger-error"><strong>Ответ сохранён в форме, но обработчик onFormSubmit завершился с ошибкой:</strong> ${esc(
        notes.warning,
      )}</div>`
    : '';
  return page(
    form.title,
    `<div class="card head"><h1>${esc(form.title || 'Без названия')}</h1>
<p class="confirmation" id="confirmation">${esc(form.confirmationMessage || 'Ответ записан.')}</p>
<p><a href="">Отправить ещё один ответ</a></p></div>
${warning}${journal}`,
  );
}

/** A form that is closed or gone. */
export function formMessagePage(title: string, text: string): string {
  return page(title, `<div class="card head"><h1>${esc(title)}</h1><p>${esc(text)}</p></div>`);
}

function page(title: string, main: string): string {
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title || 'Google Форма')}</title>
<style>${FORM_CSS}</style>
</head>
<body>
<main>
${main}
<p class="footer">Эмулятор Google Форм на столе разработчика «Наставника»: ответы уходят в локальную книгу.<br>
Никогда не сообщайте пароли через Google Формы.</p>
</main>
</body>
</html>
`;
}

const FORM_CSS = `
*{box-sizing:border-box}
body{margin:0;background:#f0ebf8;font:14px/1.5 Roboto,"Segoe UI",Arial,sans-serif;color:#202124}
main{max-width:770px;margin:12px auto 40px;padding:0 8px}
.card{background:#fff;border:1px solid #dadce0;border-radius:8px;padding:22px 24px;margin:12px 0}
.card.head{border-top:10px solid #673ab7}
h1{font-size:28px;font-weight:400;margin:0 0 10px;line-height:1.25}
h2{font-size:20px;font-weight:400;margin:0}
.card.section{background:#673ab7;color:#fff;border:0;border-radius:8px 8px 8px 8px}
.card.section .help{color:#f3e8fd}
.description{white-space:pre-wrap;margin:0 0 8px}
.required-note{color:#d93025;font-size:13px;margin:8px 0 0;border-top:1px solid #dadce0;padding-top:10px}
.req{color:#d93025}
fieldset.card{min-width:0}
.q-title{display:block;font-size:16px;margin:0 0 6px;padding:0}
legend.q-title{float:left;width:100%}
.help{color:#5f6368;font-size:12px;margin:0 0 12px;white-space:pre-wrap;clear:both}
input[type=text],input[type=email],input[type=date],input[type=time],textarea,select{font:inherit;border:0;border-bottom:1px solid #dadce0;padding:6px 0;width:60%;background:transparent}
textarea{width:100%;resize:vertical}
input:focus,textarea:focus,select:focus{outline:0;border-bottom:2px solid #673ab7}
select{width:auto;min-width:200px;border:1px solid #dadce0;border-radius:4px;padding:8px}
.options{clear:both}
.option{display:flex;align-items:center;gap:10px;padding:6px 0;cursor:pointer}
.option input[type=radio],.option input[type=checkbox],.scale input,.grid input{accent-color:#673ab7;width:18px;height:18px;margin:0}
.option .other-text{width:auto;flex:1}
.scale{display:flex;align-items:flex-end;gap:14px;flex-wrap:wrap;clear:both}
.scale-point{display:flex;flex-direction:column;align-items:center;gap:6px}
.scale-label{color:#5f6368;padding-bottom:2px}
.grid{border-collapse:collapse;clear:both}
.grid th,.grid td{padding:6px 10px;text-align:center;font-weight:400}
.grid th[scope=row]{text-align:left}
.has-error{border-color:#d93025}
.error{color:#d93025;margin:10px 0 0;font-size:13px}
.error::before{content:"⚠ "}
.refusal{border-color:#d93025;background:#fce8e6;color:#a50e0e}
.desk-note{background:#fef7e0;border-color:#f9ab00;font-size:13px}
.desk-note ul{margin:6px 0 0;padding-left:20px}
.confirmation{white-space:pre-wrap}
.submit-row{display:flex;justify-content:space-between;align-items:center;margin:16px 0}
.submit{background:#673ab7;color:#fff;border:0;border-radius:4px;padding:9px 24px;font:inherit;font-weight:500;cursor:pointer}
.submit:hover{background:#5e35b1}
.clear{color:#673ab7;text-decoration:none}
a{color:#673ab7}
.footer{color:#5f6368;font-size:12px;text-align:center;margin-top:24px}
`;
