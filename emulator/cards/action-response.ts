import type { ActionResponseData } from './data';

/** ActionResponse: what an action handler returns; printJson() as in the reference. */
export class ActionResponseImpl {
  constructor(private readonly data: ActionResponseData) {}

  printJson(): string {
    return JSON.stringify(this.data, null, 2);
  }

  _data(): ActionResponseData {
    return structuredClone(this.data);
  }
}
