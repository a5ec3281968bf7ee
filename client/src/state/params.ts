// How one value of the view state is read from and written to the URL. A view declares its own
// parameters with these (views/registry.ts), so the URL state learns a new view's values from
// the registry alone.

export interface Param<T> {
  /** The query-string key (`?cmpA=…`). */
  key: string;
  /** The value when the URL does not name one; it is never written. */
  fallback: T;
  /** The value for the raw query value (null when absent); a bad value gives the fallback. */
  parse(raw: string | null): T;
  /** The query value, or null to leave the key out. */
  write(value: T): string | null;
}

/** A free text value such as a symbol or an id; absent means null. */
export function textParam(key: string): Param<string | null> {
  return { key, fallback: null, parse: (raw) => raw, write: (value) => value || null };
}

/** A whole number in [min, max]; anything else (a bad link) gives the fallback. */
export function intParam(key: string, fallback: number, min: number, max: number): Param<number> {
  return {
    key,
    fallback,
    parse(raw) {
      const n = Number(raw);
      return raw && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
    },
    write: (value) => (value === fallback ? null : String(value)),
  };
}

/** A set of ids, written sorted and comma-separated; absent means empty. */
export function listParam(key: string): Param<string[]> {
  return {
    key,
    fallback: [],
    parse: (raw) => (raw ? raw.split(',').filter(Boolean) : []),
    write: (value) => (value.length > 0 ? [...value].sort().join(',') : null),
  };
}
