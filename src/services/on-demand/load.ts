import * as runners from './runners';

/** The use cases that run a few times a year, loaded when one runs (see runners.ts). */
export type OnDemandRunners = typeof runners;

/**
 * The once-a-year use cases. Here (tests, the emulator, `npm start`'s server) they are an ordinary import; in
 * the built add-on scripts/build.mjs replaces this file by src/gas/on-demand.ts, which keeps them out of
 * Code.js and evaluates them from dist/OnDemand.html the first time an execution calls one.
 */
export function onDemand(): OnDemandRunners {
  return runners;
}
