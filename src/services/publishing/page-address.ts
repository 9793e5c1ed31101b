import type { ActionOutcome } from '../step-actions/step-action';
import type { Ports } from '../ports';
import { publishedStamp } from './switch';

/** Where the results page is embedded: a Google Site's «Вставка → Встроить → Код встраивания». */
function embedCode(url: string): string {
  const safe = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${safe}" width="100%" height="900" style="border:0" title="Наставничество: результаты"></iframe>`;
}

/**
 * The results page in one click: its ready address and the code to embed it in the school's Google Site, or the
 * one step still missing (the deployment as a web app, which only the script's owner can do, in the editor).
 */
export function resultsPageAddress(ports: Ports): ActionOutcome {
  const url = ports.page.webAppUrl();
  const published = publishedStamp(ports) !== null;
  if (!url)
    return {
      message:
        'Адреса страницы ещё нет: остался один шаг — в редакторе Apps Script надстройки выберите «Развернуть → ' +
        'Новое развёртывание → Веб-приложение» («Выполнять как: я», «Доступ: все»). Затем нажмите это действие ' +
        'ещё раз: здесь появятся адрес и код для сайта.',
    };
  return {
    message: published
      ? 'Страница результатов опубликована. Скопируйте код и вставьте его на сайт школы.'
      : 'Адрес страницы готов, но результаты ещё не опубликованы: посетители увидят сообщение, что их нет. ' +
        'Нажмите «Опубликовать результаты», когда будете готовы.',
    links: [{ label: 'Страница результатов', url }],
    copyText: embedCode(url),
    details: [
      'В Google Сайте: «Вставка → Встроить → Код встраивания», вставьте скопированный код и опубликуйте сайт.',
    ],
  };
}
