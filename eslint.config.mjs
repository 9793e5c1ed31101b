import tseslint from 'typescript-eslint';

// Apps Script globals may appear only in src/gas/, src/server.ts and the emulator: domain and services
// reach Google through ports.
const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp', 'FormApp', 'DocumentApp', 'DriveApp', 'MailApp', 'GmailApp', 'PropertiesService',
  'CacheService', 'LockService', 'ScriptApp', 'HtmlService', 'Session', 'Utilities', 'UrlFetchApp', 'Logger',
].map((name) => ({ name, message: 'Apps Script globals belong in src/gas/ or src/server.ts: use a port.' }));

export default tseslint.config(
  { ignores: ['dist/**', 'conformance/dist/**', 'node_modules/**', '.local/**', 'test-artifacts/**', 'coverage/**', '*.cjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Small modules: a file over 600 lines (blank lines and comments count) is split by job.
      'max-lines': ['error', { max: 600, skipBlankLines: false, skipComments: false }],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/services/**/*.ts', 'src/api/**/*.ts', 'html/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...APPS_SCRIPT_GLOBALS] },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/services/**', '**/gas/**', '**/server'], message: 'domain depends on nothing outside domain.' }] }],
    },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/gas/**', '**/server'], message: 'services reach Apps Script through ports, not gas/.' }] }],
    },
  },
);
