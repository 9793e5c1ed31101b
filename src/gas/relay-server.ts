/**
 * The web app's side of the relay (doPost, executing as the curator who deployed it): Google's tokeninfo
 * endpoint verifies the identity token's signature and expiry, and the project's own identity token says which
 * OAuth client (audience) a token must be issued to. The spreadsheet is the one setup fixed in the script
 * properties, as for the results page.
 */
import type { Ports } from '../services/ports';
import type { IdentityPort } from '../services/teacher-card/relay';
import { createGasPorts } from './ports';
import { activateSpreadsheetById } from './schedule';

const TOKENINFO = 'https://oauth2.googleapis.com/tokeninfo?id_token=';

function decodePayload(jwt: string): Record<string, unknown> | null {
  try {
    const raw = jwt.split('.')[1] ?? '';
    // JWT parts are unpadded base64url; Utilities.base64DecodeWebSafe is documented for padded input.
    const part = raw + '='.repeat((4 - (raw.length % 4)) % 4);
    const text = Utilities.newBlob(Utilities.base64DecodeWebSafe(part)).getDataAsString();
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
}

export const gasIdentity: IdentityPort = {
  tokenClaims(idToken) {
    if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(idToken)) return null;
    const response = UrlFetchApp.fetch(TOKENINFO + encodeURIComponent(idToken), { muteHttpExceptions: true });
    if (response.getResponseCode() !== 200) return null;
    try {
      return JSON.parse(response.getContentText()) as Record<string, unknown>;
    } catch {
      return null;
    }
  },
  ownAudience() {
    // The web app's own token is issued to the same OAuth client as every user's token of this project.
    const own = ScriptApp.getIdentityToken();
    const aud = own ? decodePayload(own)?.aud : null;
    return typeof aud === 'string' && aud ? aud : null;
  },
};

/** The programme's ports in the web app, or null before setup fixed a spreadsheet. */
export function openFixedProgramme(): Ports | null {
  const ports = createGasPorts();
  const id = ports.page.boundSpreadsheetId();
  return id && activateSpreadsheetById(id) ? ports : null;
}

/** The relay's answer as JSON (ContentService), what UrlFetchApp in the card reads. */
export function jsonOutput(data: unknown): GoogleAppsScript.Content.TextOutput {
  return ContentService.createTextOutput(JSON.stringify(data)).setMimeType(ContentService.MimeType.JSON);
}
