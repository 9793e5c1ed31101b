import { gasError } from '../core/errors';
import type { ActionData } from './data';

/**
 * Action: the script function a button calls. Per the reference, setParameters takes "a map of string keys and
 * string values"; anything else is rejected here as it is by Google.
 */
export class ActionImpl {
  private functionName = '';
  private parameters: Record<string, string> = {};

  setFunctionName(name: string): this {
    this.functionName = String(name);
    return this;
  }

  setParameters(parameters: Record<string, unknown>): this {
    const copy: Record<string, string> = {};
    for (const [k, v] of Object.entries(parameters ?? {})) {
      if (typeof v !== 'string')
        throw gasError(`Invalid argument: parameters (value of "${k}" is not a string)`);
      copy[k] = v;
    }
    this.parameters = copy;
    return this;
  }

  _data(): ActionData {
    if (!this.functionName) throw gasError('Invalid argument: an Action needs a function name');
    return { functionName: this.functionName, parameters: { ...this.parameters } };
  }
}
