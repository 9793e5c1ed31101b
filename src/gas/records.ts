import type { RecordPort } from '../services/ports';
import { sheetsApi } from './advanced';
import { SPREADSHEET_METADATA_FIELDS, type GasSheets } from './sheets';

/** Prefix of the add-on's own records among the spreadsheet's developer metadata. */
const RECORD_PREFIX = 'nastavnik.record.';

/**
 * RecordPort over developer metadata of PROJECT visibility attached to the spreadsheet itself. An editor
 * cannot see or change it in the Sheets interface, and PROJECT metadata is readable only by the project that
 * created it. Unlike document properties (null in time-driven triggers and in a web app, where there is no
 * open document), it travels with the spreadsheet: every execution that opens the workbook reads the same
 * records.
 */
export function createGasRecords(workbook: Pick<GasSheets, 'ss' | 'id' | 'spreadsheetMetadata'>): RecordPort {
  const ss = () => workbook.ss;
  const find = (key: string) =>
    ss()
      .createDeveloperMetadataFinder()
      .withKey(RECORD_PREFIX + key)
      .withVisibility(SpreadsheetApp.DeveloperMetadataVisibility.PROJECT)
      // Only the spreadsheet-level record counts, not one that travelled with a copied row or column.
      .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SPREADSHEET)
      .find()[0] ?? null;
  const add = (key: string, value: string) => {
    ss().addDeveloperMetadata(RECORD_PREFIX + key, value, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  };
  // Many records in one Sheets API call (a document batch records every Doc and PDF it made at once).
  const addAll = (entries: readonly (readonly [string, string])[]) => {
    if (!entries.length) return;
    workbook.spreadsheetMetadata = null;
    const requests = entries.map(([key, value]) => ({
      createDeveloperMetadata: {
        developerMetadata: {
          metadataKey: RECORD_PREFIX + key,
          metadataValue: value,
          visibility: 'PROJECT',
          location: { spreadsheet: true },
        },
      },
    }));
    sheetsApi().Spreadsheets!.batchUpdate({ requests }, workbook.id);
  };
  return {
    // One Sheets API call instead of a finder chain of six (none when the workbook's first read, or an earlier
    // record read, brought the metadata along): the spreadsheet's own metadata, filtered here.
    get(key) {
      // Kept for the next record read in this execution, until a record is written.
      const all = (workbook.spreadsheetMetadata ??=
        sheetsApi().Spreadsheets!.get(workbook.id, {
          fields: `developerMetadata(${SPREADSHEET_METADATA_FIELDS})`,
        }).developerMetadata ?? []);
      const found = (all ?? []).find(
        (m) =>
          m.metadataKey === RECORD_PREFIX + key &&
          m.visibility === 'PROJECT' &&
          m.location?.locationType === 'SPREADSHEET',
      );
      return found ? (found.metadataValue ?? '') : null;
    },
    set(key, value) {
      workbook.spreadsheetMetadata = null;
      const existing = find(key);
      if (value === null) existing?.remove();
      else if (existing) existing.setValue(value);
      else add(key, value);
    },
    create: addAll,
  };
}
