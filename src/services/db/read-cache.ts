import type { Ports, RecordPort, SheetPort } from '../ports';

/**
 * Ports whose sheet reads are remembered for the length of one use case: building the overview consults
 * Настройки and several tables from different services, and each whole-sheet read costs a round trip.
 * Any write to a sheet forgets what was read from it. Not for long-lived ports: a curator's edit made between
 * two use cases must be seen.
 */
export function withCachedReads(ports: Ports): Ports {
  const inner = ports.sheets;
  const values = new Map<string, unknown[][] | null>();
  let names: string[] | null = null;
  const forget = (name: string) => values.delete(name);
  const copy = (v: unknown[][]) => v.map((row) => row.slice());
  const sheets: SheetPort = {
    readValues(name) {
      if (!values.has(name)) values.set(name, inner.readValues(name));
      const v = values.get(name)!;
      return v ? copy(v) : null;
    },
    readHeader(name) {
      if (!values.has(name)) return inner.readHeader(name);
      const v = values.get(name)!;
      return v ? [...(v[0] ?? [])] : null;
    },
    readColumnKeys: (name) => inner.readColumnKeys(name),
    writeBlock(name, row, column, block) {
      forget(name);
      inner.writeBlock(name, row, column, block);
    },
    appendRows(name, rows) {
      forget(name);
      inner.appendRows(name, rows);
    },
    deleteRows(name, rowNumbers) {
      forget(name);
      inner.deleteRows(name, rowNumbers);
    },
    createSheet(schema, index) {
      forget(schema.name);
      names = null;
      inner.createSheet(schema, index);
    },
    addColumns(schema, columns) {
      forget(schema.name);
      inner.addColumns(schema, columns);
    },
    sheetNames() {
      names ??= inner.sheetNames();
      return [...names];
    },
    deleteSheetIfEmpty(name) {
      forget(name);
      names = null;
      return inner.deleteSheetIfEmpty(name);
    },
    restrictEditing(name, editors, description) {
      inner.restrictEditing(name, editors, description);
    },
  };
  // The curators' record is consulted by every service that reads the settings.
  const recorded = new Map<string, string | null>();
  const records: RecordPort = {
    get(key) {
      if (!recorded.has(key)) recorded.set(key, ports.records.get(key));
      return recorded.get(key)!;
    },
    set(key, value) {
      recorded.delete(key);
      ports.records.set(key, value);
    },
    create(key, value) {
      recorded.delete(key);
      ports.records.create(key, value);
    },
  };
  return { ...ports, sheets, records };
}
