/**
 * The public results page as an HtmlService template. Every value is printed with `<?= ?>`, which escapes
 * it for where it lands (text or attribute); there is no `<?!= ?>`, no script and nothing loaded from outside,
 * so the page embeds in a Google Site (Insert → Embed → the web app's address) as it is. `view` is a
 * PublicResults (src/domain/publishing/results.ts). An object's property, so that the build can leave the text
 * out of Code.js (only the web app reads it: scripts/template-texts.mjs).
 */
export const RESULTS_PAGE = {
  template: `<!DOCTYPE html>
<html lang="ru">
<head>
<base target="_top">
<meta charset="utf-8">
<title>Наставничество: результаты</title>
<style>
  body { font-family: Arial, sans-serif; color: #202124; margin: 16px; max-width: 860px; }
  h1 { font-size: 22px; margin: 0 0 4px; }
  h2 { font-size: 17px; margin: 24px 0 8px; }
  .muted { color: #5f6368; font-size: 13px; }
  .facts { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
  .fact { border: 1px solid #dadce0; border-radius: 8px; padding: 8px 12px; min-width: 150px; }
  .fact b { display: block; font-size: 20px; }
  .bar-row { display: flex; align-items: center; margin: 4px 0; font-size: 13px; }
  .bar-label { width: 220px; flex: none; }
  .bars { flex: 1; }
  .bar { height: 12px; margin: 2px 0; border-radius: 3px; }
  .s0 { background: #1a73e8; }
  .s1 { background: #34a853; }
  .legend span { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 12px; vertical-align: middle; }
  ul { padding-left: 20px; }
</style>
</head>
<body>
<h1>Программа наставничества «учитель – учитель»</h1>
<div class="muted"><?= view.school ?>, <?= view.year ?> учебный год. <?= view.asOf ?></div>
<div class="facts">
<? for (var i = 0; i < view.facts.length; i++) { ?>
  <div class="fact"><b><?= view.facts[i].value ?></b><?= view.facts[i].label ?></div>
<? } ?>
</div>
<? for (var c = 0; c < view.charts.length; c++) { var chart = view.charts[c]; ?>
<h2><?= chart.title ?></h2>
<div class="legend muted">
<? for (var s = 0; s < chart.series.length; s++) { ?><span class="s<?= s ?>"></span><?= chart.series[s] ?><? } ?>
</div>
<? for (var b = 0; b < chart.bars.length; b++) { var bar = chart.bars[b]; ?>
<div class="bar-row">
  <div class="bar-label"><?= bar.label ?></div>
  <div class="bars">
  <? for (var k = 0; k < bar.widths.length; k++) { ?>
    <div class="bar s<?= k ?>" style="width: <?= bar.widths[k] ?>%" title="<?= chart.series[k] ?>: <?= bar.texts[k] ?>"></div>
  <? } ?>
  </div>
  <div class="muted">&nbsp;<? for (var t = 0; t < bar.texts.length; t++) { ?><?= bar.texts[t] ?><? if (t < bar.texts.length - 1) { ?> / <? } ?><? } ?></div>
</div>
<? } ?>
<? } ?>
<? if (view.mentors.length) { ?>
<h2>Лучшие наставники</h2>
<ul>
<? for (var m = 0; m < view.mentors.length; m++) { ?>  <li><?= view.mentors[m] ?></li>
<? } ?>
</ul>
<? } ?>
<p class="muted">Публикуются обобщённые результаты мониторинга; имена — только с согласия педагогов.</p>
</body>
</html>
`,
};
