import type { Ports } from '../services/ports';
import { gasLock, gasRuntime } from './runtime';
import { GasForms } from './forms';
import { gasCache, gasResponses, gasTriggers } from './responses';
import { GasSheets } from './sheets';
import { GasDocs } from './docs';
import { gasMail } from './mail';

/** The ports of one execution, over the real (or emulated) Apps Script services. */
export function createGasPorts(): Ports {
  return {
    sheets: new GasSheets(),
    runtime: gasRuntime,
    lock: gasLock,
    forms: new GasForms(),
    responses: gasResponses,
    cache: gasCache,
    triggers: gasTriggers,
    docs: new GasDocs(),
    mail: gasMail,
  };
}
