/**
 * The plain data that the emulated CardService builders produce: what a test asserts and the desk draws.
 * Google renders the same structure as the add-on's card UI; here it stays data.
 */
export interface ActionData {
  functionName: string;
  parameters: Record<string, string>;
}

export interface ButtonData {
  kind: 'button';
  text: string;
  onClick?: ActionData;
  openLink?: string;
}

export type WidgetData =
  | { kind: 'text'; text: string }
  | {
      kind: 'decorated';
      topLabel: string;
      text: string;
      bottomLabel: string;
      wrap: boolean;
      openLink?: string;
    }
  | ButtonData
  | { kind: 'buttons'; buttons: ButtonData[] }
  | { kind: 'textInput'; fieldName: string; title: string; value: string; hint: string; multiline: boolean }
  | { kind: 'datePicker'; fieldName: string; title: string; valueMs: number | null }
  | {
      kind: 'selection';
      fieldName: string;
      title: string;
      type: string;
      items: { text: string; value: string; selected: boolean }[];
    };

export interface SectionData {
  header: string;
  widgets: WidgetData[];
}

export interface CardData {
  name: string;
  header: { title: string; subtitle: string } | null;
  sections: SectionData[];
}

export type NavigationStep = { op: 'push' | 'update'; card: CardData } | { op: 'pop' | 'popToRoot' };

export interface ActionResponseData {
  notification: string | null;
  navigation: NavigationStep[];
  openLink: string | null;
}

/**
 * Every emulated builder hands its data to the builder it is added to through this (`_` passes the proxy).
 * `_data` runs with the proxy as `this`, so builder fields are never `undefined` (the proxy would answer an
 * undefined field with a NotEmulatedError thrower): unset fields are null or empty.
 */
interface HasData<T> {
  _data(): T;
}

export function dataOf<T>(value: unknown, expected: string): T {
  const d = (value as Partial<HasData<T>> | null)?._data;
  if (typeof d !== 'function') throw new TypeError(`Invalid argument: expected ${expected}`);
  return d.call(value);
}
