// What an empty answer says: why nothing came back, and what to try, in words. One place for
// every view and panel (search, who cites, co-citation, compare, timeline, chain, trace, path,
// filters), so the wording stays consistent; pure, so each sentence is unit-tested.

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const emptyReasons = {
  search(query: string): string {
    return (
      `Nothing in the graph matches “${query}”: no title, short title, acronym, symbol, body name or paragraph text holds these words. ` +
      'Try fewer or shorter words, a symbol as printed (55/25, A/RES/70/1), or an acronym (UNCAC).'
    );
  },

  citers(name: string): string {
    return (
      `No paragraph of a loaded document cites ${name}. It is in the graph because the catalogue holds it, or because something else links to it (a resolution that adopts it, a group it belongs to). ` +
      'Add a document that cites it, or look at what links to it with Expand.'
    );
  },

  cocited(name: string): string {
    return (
      `Nothing else is cited in the paragraphs that cite ${name}: each of them cites it alone. ` +
      'A resolution and the instrument it adopts count as one thing here. Try “Which paragraphs cite this?” to read them.'
    );
  },

  coCitationNetwork(minWeight: number, apart: boolean): string {
    const lower =
      minWeight > 1
        ? ` Lower the number (1 shows every pair that shares a paragraph).`
        : ' No paragraph of the loaded documents cites two targets: add more documents.';
    const adoption = apart
      ? ''
      : ' A resolution and the instrument it adopts count as one thing; tick “apart” to count them as two.';
    return `No two targets are cited together in ${plural(minWeight, 'paragraph')} or more.${lower}${adoption}`;
  },

  compareSide(only: string, other: string): string {
    return `${only} cites nothing that ${other} does not cite too.`;
  },

  compareNothingShared(a: string, b: string): string {
    return `${a} and ${b} cite no target in common: no instrument, resolution, document or group is cited by both. Compare one of them with another document, or look at each one's graph.`;
  },

  timeline(name: string | null): string {
    return name
      ? `Nothing dated is known about ${name}: the catalogue gives it no adoption, signature or entry-into-force date, and no dated document cites it. Try the timeline of the whole corpus.`
      : 'No dated events in the corpus: no loaded document has a date, and the catalogue dates nothing cited. Add a dated document.';
  },

  chain(symbol: string): string {
    return (
      `${symbol} recalls no other resolution of its organ that is in the graph, and no loaded resolution of that organ recalls it. ` +
      'A chain follows resolution symbols only (55/25, A/RES/79/50); try a resolution that the loaded documents cite, or load the resolutions it recalls.'
    );
  },

  path(from: string, to: string, steps: number, anyLink: boolean): string {
    return anyLink
      ? `No path of ${steps} steps or fewer joins ${from} and ${to}, even through themes, mentions and reading order: nothing links one to the other that closely. Try two nodes of the same document.`
      : `No path of ${steps} steps or fewer joins ${from} and ${to} through citation links. Tick “through themes and reading order too” to follow every kind of link.`;
  },

  /** Why the canvas shows no node although the graph has some: every filter that takes nodes away. */
  filters(
    state: { hiddenKinds: string[]; theme: string | null; asOf?: string | null; focus?: readonly string[] },
    kindNames: (kind: string) => string,
  ): string {
    const causes: string[] = [];
    if (state.hiddenKinds.length)
      causes.push(
        `${state.hiddenKinds.map(kindNames).join(', ')} ${state.hiddenKinds.length === 1 ? 'is' : 'are'} unticked`,
      );
    if (state.theme) causes.push(`only paragraphs on the chosen theme are shown`);
    if (state.asOf) causes.push(`the time filter keeps only what existed by ${state.asOf}`);
    if (state.focus?.length) causes.push('the view is focused on a selection');
    const why = causes.length ? causes.join('; ') : 'every node is hidden';
    return `The filters leave no node on the canvas: ${why}. Tick the kinds again, choose “All themes”, press “All dates”, or undo (Ctrl+Z).`;
  },
};
