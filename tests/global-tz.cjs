/**
 * Apps Script runs the add-on in the script's time zone (appsscript.json: Europe/Moscow); so do the tests.
 * Set here, in Jest's own process before any test worker starts, TZ takes effect for every worker and for
 * in-band runs alike. (Setting it from a setupFiles module does nothing: the test sandbox has its own copy of
 * process.env, and Node only re-reads TZ when the real one is assigned.)
 */
module.exports = () => {
  process.env.TZ = 'Europe/Moscow';
};
