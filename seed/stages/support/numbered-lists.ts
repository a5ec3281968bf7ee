// The walk shared by the finders of numbered symbols (resolutions, decisions): a trigger word
// ("resolution", "decisions 58/521 and 60/518") opens a list of numbers joined by commas and
// "and"; each number is an item. The trigger's own words belong to the first item's surface.

export interface ListItem {
  /** The trigger's match: its groups name the organ, when the text gives one. */
  trigger: RegExpMatchArray;
  /** The item's match at its place in the list. */
  item: RegExpExecArray;
  /** Where the item's words start (the trigger's start for the first) and end. */
  start: number;
  end: number;
}

/** Every item of every list in `text`; `item` and `join` are sticky (`y`) patterns. */
export function* numberedLists(text: string, trigger: RegExp, item: RegExp, join: RegExp): Generator<ListItem> {
  for (const t of text.matchAll(trigger)) {
    let at = t.index! + t[0].length;
    for (let first = true; ; first = false) {
      item.lastIndex = at;
      const m = item.exec(text);
      if (!m) break;
      const end = at + m[0].length;
      yield { trigger: t, item: m, start: first ? t.index! : at, end };
      join.lastIndex = end;
      const joined = join.exec(text);
      if (!joined) break;
      at = end + joined[0].length;
    }
  }
}
