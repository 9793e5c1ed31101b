import { gasError } from '../core/errors';

/** OpenLink: a URL a button or text opens (setOpenAs/setOnClose are not emulated). */
export class OpenLinkImpl {
  private url = '';

  setUrl(url: string): this {
    this.url = String(url);
    return this;
  }

  _data(): string {
    if (!/^https?:\/\//.test(this.url)) throw gasError(`Invalid argument: url "${this.url}"`);
    return this.url;
  }
}
