import type { Ports } from '../services/ports';
import { gasLock, gasRuntime } from './runtime';
import { GasSheets } from './sheets';

/** The ports of one execution, over the real (or emulated) Apps Script services. */
export function createGasPorts(): Ports {
  return { sheets: new GasSheets(), runtime: gasRuntime, lock: gasLock };
}
