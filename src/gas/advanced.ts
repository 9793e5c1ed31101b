/**
 * The advanced services the add-on uses (appsscript.json → dependencies.enabledAdvancedServices). Apps Script
 * defines each global only when the manifest enables it; a project copied without the manifest gets a clear
 * Russian message instead of a ReferenceError.
 */

function missing(name: string): Error {
  return new Error(
    `Не включена расширенная служба «${name}»: проверьте раздел dependencies в appsscript.json проекта Apps Script.`,
  );
}

export function sheetsApi(): GoogleAppsScript.Sheets {
  if (typeof Sheets === 'undefined' || !Sheets) throw missing('Google Sheets API');
  return Sheets;
}

export function docsApi(): GoogleAppsScript.Docs {
  if (typeof Docs === 'undefined' || !Docs) throw missing('Google Docs API');
  return Docs;
}

export function driveApi(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) throw missing('Drive API');
  return Drive;
}
