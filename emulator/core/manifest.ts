/**
 * The script's manifest (appsscript.json) as far as the emulator needs it: which OAuth scopes the user granted
 * and which advanced services are enabled. Apps Script exposes an advanced service only under the userSymbol
 * the manifest declares, and refuses a call whose scope the manifest does not list.
 */
import projectManifest from '../../appsscript.json';

interface AdvancedServiceDeclaration {
  userSymbol: string;
  serviceId: string;
  version: string;
}

export interface Manifest {
  oauthScopes?: string[];
  /** The Workspace add-on's hosts; the emulator reads Calendar's event-open trigger and event access. */
  addOns?: { calendar?: { currentEventAccess?: string; eventOpenTrigger?: { runFunction: string } } };
  dependencies?: { enabledAdvancedServices?: AdvancedServiceDeclaration[] };
}

/** The add-on's own appsscript.json: what every emulated execution runs under unless a test says otherwise. */
export const PROJECT_MANIFEST: Manifest = projectManifest;

/** The advanced services the emulator implements, by serviceId and version. */
export const EMULATED_ADVANCED = { sheets: 'v4', docs: 'v1', drive: 'v3' } as const;
