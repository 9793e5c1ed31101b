// Apps Script runs in the script's time zone (appsscript.json: Europe/Moscow); so do the tests.
process.env.TZ = 'Europe/Moscow';
