// Every query field against the seeded Bangkok Declaration, with answers read off the text:
// ¶ 12 cites three treaties through footnotes 5–7 (UNTS vol. 823, 993, 1760); UNCAC is cited by
// ¶¶ 4, 5, 23 and 25; ¶ 21 names the Security Council and its Counter-Terrorism bodies; ...
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, pid, seededApi, SYMBOL, type TestApi } from './support.ts';

let api: TestApi;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.close());

const locals = (list: { paragraph: { localId: string } }[]) => [...new Set(list.map((c) => c.paragraph.localId))];

describe('citations', () => {
  it('finds every citation of UNCAC, by acronym or id, with the citing paragraph', async () => {
    for (const target of ['UNCAC', 'uncac', 'United Nations Convention against Corruption']) {
      const { data, errors } = await api.gql(
        `{ citations(target: "${target}") { id surface via sentence sentenceStart sentenceEnd start end paragraph { localId text } target { id } } }`,
      );
      expect(errors).toBeUndefined();
      expect(locals(data.citations)).toEqual(['op-4', 'op-5', 'op-23', 'op-25']);
      for (const c of data.citations) {
        expect(c.target.id).toBe('uncac');
        expect(c.paragraph.text.slice(c.start, c.end)).toBe(c.surface);
        expect(c.sentence).toContain(c.surface);
        // The sentence's offsets point at the cited occurrence itself, not the first one of the words.
        expect(c.paragraph.text.slice(c.sentenceStart, c.sentenceEnd)).toBe(c.sentence);
        expect(c.sentence.slice(c.start - c.sentenceStart, c.end - c.sentenceStart)).toBe(c.surface);
      }
    }
  });

  it('finds a resolution cited through a footnote: A/RES/55/25 through footnote 2 of ¶ 4', async () => {
    const { data } = await api.gql(
      '{ citations(target: "A/RES/55/25") { via footnote { marker text } paragraph { localId } } }',
    );
    expect(data.citations).toContainEqual({
      via: 'footnote',
      footnote: { marker: '2', text: expect.stringContaining('55/25') },
      paragraph: { localId: 'op-4' },
    });
  });

  it('answers NOT_FOUND for a target that names nothing', async () => {
    const response = await api.gql('{ citations(target: "No Such Convention") { id } }');
    expect(codesOf(response)).toEqual(['NOT_FOUND']);
  });
});

describe('citation and mention by id', () => {
  const FIELDS = 'id surface start end via sentence footnote { marker text } paragraph { id } target { id }';

  it("finds each citation of a paragraph by its id, which is its edge's id in the document's graph", async () => {
    const { data } = await api.gql(
      `{ paragraph(id: "op-12") { citations { ${FIELDS} } mentions { id } } graph(document: "${SYMBOL}") { edges { id type } } }`,
    );
    const edges = new Set(data.graph.edges.map((e: { id: string }) => e.id));
    expect(data.paragraph.citations.length).toBeGreaterThan(0);
    for (const cited of data.paragraph.citations) {
      expect(edges.has(cited.id)).toBe(true);
      const { data: one, errors } = await api.gql(`query ($id: ID!) { citation(id: $id) { ${FIELDS} } }`, {
        id: cited.id,
      });
      expect(errors).toBeUndefined();
      expect(one.citation).toEqual(cited);
    }
  });

  it('finds a mention by its id: ¶ 21 names the Security Council', async () => {
    const { data } = await api.gql(
      '{ paragraph(id: "op-21") { mentions { id surface start end body { id } paragraph { id } } } }',
    );
    const [named] = data.paragraph.mentions;
    const { data: one } = await api.gql(
      'query ($id: ID!) { mention(id: $id) { id surface start end body { id } paragraph { id } } }',
      { id: named.id },
    );
    expect(one.mention).toEqual(named);
  });

  it('answers null for an id of no citation, and BAD_USER_INPUT for what is no citation id', async () => {
    const { data } = await api.gql(`{ citation(id: "CITES:${pid('op-12')}->uncac@0-3/text") { id } }`);
    expect(data.citation).toBeNull();
    expect(codesOf(await api.gql('{ citation(id: "uncac") { id } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await api.gql(`{ mention(id: "CITES:${pid('op-12')}->uncac@0-3/text") { id } }`))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

describe('paragraph, instrument, node, document', () => {
  it('¶ 12 cites three treaties through footnotes 5–7, with their UNTS registrations', async () => {
    const { data } = await api.gql(`{ paragraph(id: "op-12") {
      id label number section localId document { symbol }
      footnotes { marker text }
      citations { via footnote { marker } target { id ... on Instrument { registration { volume number } } } }
    } }`);
    const p = data.paragraph;
    expect(p).toMatchObject({
      id: pid('op-12'),
      label: '¶ 12',
      number: 12,
      section: 'operative',
      localId: 'op-12',
      document: { symbol: SYMBOL },
    });
    expect(p.footnotes.map((f: { marker: string }) => f.marker)).toEqual(['5', '6', '7']);
    const viaFootnote = p.citations.filter((c: { via: string }) => c.via === 'footnote');
    expect(viaFootnote.map((c: { footnote: { marker: string } }) => c.footnote.marker)).toEqual(['5', '6', '7']);
    expect(
      viaFootnote.map((c: { target: { registration: { volume: number } } }) => c.target.registration.volume),
    ).toEqual([823, 993, 1760]);
  });

  it('takes the full paragraph id too, and walks to the previous and next paragraphs', async () => {
    const { data } = await api.gql(
      `{ paragraph(id: "${pid('op-12')}") { previous { localId } next { localId } themes { id } } }`,
    );
    expect(data.paragraph).toMatchObject({ previous: { localId: 'op-11' }, next: { localId: 'op-13' } });
    expect(data.paragraph.themes.map((t: { id: string }) => t.id)).toContain('cultural-property');
  });

  it('gives null for a paragraph id that names no paragraph', async () => {
    const { data, errors } = await api.gql('{ paragraph(id: "op-999") { id } other: paragraph(id: "UNCAC") { id } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ paragraph: null, other: null });
  });

  it('describes UNCAC with its registration, adopting resolution and citations', async () => {
    const { data } = await api.gql(`{ instrument(id: "UNCAC") {
      id kind label instrumentKind title acronym uncatalogued registration { volume number }
      adoptedBy { symbol } citationCount citedBy { paragraph { localId } } groups { id }
    } }`);
    expect(data.instrument).toMatchObject({
      id: 'uncac',
      kind: 'instrument',
      label: 'UNCAC',
      instrumentKind: 'convention',
      acronym: 'UNCAC',
      uncatalogued: false,
      title: 'United Nations Convention against Corruption',
      registration: { volume: 2349, number: 42146 },
      adoptedBy: { symbol: 'A/RES/58/4' },
    });
    expect(data.instrument.citationCount).toBe(data.instrument.citedBy.length);
    expect(locals(data.instrument.citedBy)).toEqual(['op-4', 'op-5', 'op-23', 'op-25']);
  });

  it('links UNTOC to its protocols and to the resolution that annexes it', async () => {
    const { data } = await api.gql(`{ instrument(id: "Palermo Convention") {
      id supplementedBy { id supplements { id } }
      adoptedBy { symbol organ annexes { annex instrument { id } } citedBy { paragraph { localId } footnote { marker } } }
    } }`);
    const untoc = data.instrument;
    expect(untoc.id).toBe('untoc');
    expect(untoc.supplementedBy.map((i: { id: string }) => i.id).sort()).toEqual([
      'untoc-firearms-protocol',
      'untoc-smuggling-protocol',
      'untoc-trafficking-protocol',
    ]);
    for (const protocol of untoc.supplementedBy) expect(protocol.supplements).toEqual({ id: 'untoc' });
    expect(untoc.adoptedBy).toMatchObject({ symbol: 'A/RES/55/25', organ: 'ga' });
    expect(untoc.adoptedBy.annexes).toContainEqual({ annex: 'I', instrument: { id: 'untoc' } });
    expect(untoc.adoptedBy.citedBy).toContainEqual({ paragraph: { localId: 'op-4' }, footnote: { marker: '2' } });
  });

  it('resolves bodies by name and acronym: CTED is part of the CTC, part of the Security Council, named in ¶ 21', async () => {
    const { data } = await api.gql(`{
      cted: node(id: "CTED") { kind ... on Body { name partOf { id partOf { id label } } mentionCount mentionedIn { paragraph { localId } surface } } }
      sc: node(id: "Security Council") { label ... on Body { bodyKind parts { id } } }
    }`);
    expect(data.cted).toMatchObject({
      kind: 'body',
      partOf: { id: 'ctc', partOf: { id: 'sc', label: 'Security Council' } },
    });
    expect(data.cted.mentionedIn).toContainEqual({
      paragraph: { localId: 'op-21' },
      surface: expect.stringContaining('Counter-Terrorism'),
    });
    expect(data.cted.mentionCount).toBe(data.cted.mentionedIn.length);
    expect(data.sc.parts).toContainEqual({ id: 'ctc' });
  });

  it('returns the right type for every kind of node', async () => {
    const { data } = await api.gql(`{
      a: node(id: "${SYMBOL}") { __typename kind }  b: node(id: "op-4") { __typename kind }
      c: node(id: "${SYMBOL}#fn-5") { __typename kind label }  d: node(id: "uncac") { __typename }
      e: node(id: "A/RES/55/25") { __typename label }  f: node(id: "unodc") { __typename label }
      g: node(id: "corruption") { __typename ... on Theme { paragraphCount } }  h: node(id: "drug-control-conventions") { __typename ... on Group { title members { id } citedBy { paragraph { localId } } } }
      x: node(id: "nothing at all") { id }
    }`);
    expect(data).toMatchObject({
      a: { __typename: 'Document', kind: 'document' },
      b: { __typename: 'Paragraph', kind: 'paragraph' },
      c: { __typename: 'Footnote', kind: 'footnote', label: 'Footnote 5' },
      d: { __typename: 'Instrument' },
      e: { __typename: 'Resolution', label: 'A/RES/55/25' },
      f: { __typename: 'Body', label: 'UNODC' },
      g: { __typename: 'Theme' },
      h: { __typename: 'Group' },
      x: null,
    });
    expect(data.g.paragraphCount).toBeGreaterThan(0);
    expect(data.h.members.map((m: { id: string }) => m.id)).toContain('single-convention-1961');
    expect(data.h.citedBy).toContainEqual({ paragraph: { localId: 'op-5' } });
  });

  it('describes the document with its paragraphs, footnotes and references', async () => {
    const { data } = await api.gql(`{ document(symbol: "${SYMBOL}") {
      symbol title date dateInferred dateEvidence paragraphCount paragraphs { localId order } footnotes { marker paragraph { localId } } references { id } resolution { id }
    } }`);
    const d = data.document;
    expect(d.title).toMatch(/Eleventh United Nations Congress/);
    // A congress declaration is no resolution.
    expect(d.resolution).toBeNull();
    // No date is printed: note ¶ 1 says the Congress "was held in Bangkok from 18 to 25 April 2005".
    expect(d).toMatchObject({
      date: '2005-04-25',
      dateInferred: true,
      dateEvidence: expect.stringContaining('18 to 25 April 2005'),
    });
    expect(d.paragraphCount).toBe(d.paragraphs.length);
    // 2 paragraphs of the note, 10 preambular clauses and 35 operative paragraphs.
    const numbered = d.paragraphs.filter((p: { localId: string }) => /^(note|preamble|op)-\d+$/.test(p.localId));
    expect(numbered).toHaveLength(47);
    expect(d.paragraphs.map((p: { order: number }) => p.order)).toEqual([...d.paragraphs.keys()]);
    expect(d.footnotes.map((f: { marker: string }) => f.marker)).toEqual(
      expect.arrayContaining(['1', '2', '3', '4', '5', '6', '7', '8', '9']),
    );
    expect(d.footnotes).toContainEqual({ marker: '9', paragraph: { localId: 'op-22' } });
    expect(d.references.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining(['A/RES/55/25', 'A/RES/58/4', 'A/RES/59/290']),
    );
    const { data: none } = await api.gql('{ document(symbol: "A/NONE/1") { symbol } }');
    expect(none.document).toBeNull();
  });
});

describe('lists', () => {
  it('lists documents, resolutions, bodies and themes with their counts', async () => {
    const { data } = await api.gql(
      '{ documents { symbol } resolutions { id citationCount } bodies { id mentionCount } themes { id paragraphCount } }',
    );
    expect(data.documents).toContainEqual({ symbol: SYMBOL });
    expect(data.resolutions).toContainEqual({ id: 'A/RES/58/4', citationCount: 1 });
    expect(data.bodies.find((b: { id: string }) => b.id === 'unodc').mentionCount).toBeGreaterThanOrEqual(3);
    expect(data.themes.find((t: { id: string }) => t.id === 'corruption').paragraphCount).toBeGreaterThanOrEqual(4);
  });

  it('filters instruments by kind and by words', async () => {
    const { data } = await api.gql(
      '{ protocols: instruments(kind: "protocol") { id } corruption: instruments(search: "corruption") { id } }',
    );
    expect(data.protocols.map((i: { id: string }) => i.id)).toEqual(
      expect.arrayContaining(['untoc-trafficking-protocol', 'untoc-smuggling-protocol', 'untoc-firearms-protocol']),
    );
    expect(data.corruption.map((i: { id: string }) => i.id)).toContain('uncac');
  });
});

describe('paragraphs', () => {
  it('filters by cited instrument and pages through with cursors', async () => {
    const first = await api.gql(
      '{ paragraphs(filter: {cites: "UNCAC"}, first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { localId } } } }',
    );
    const page1 = first.data.paragraphs;
    expect(page1.totalCount).toBe(4);
    expect(page1.edges.map((e: { node: { localId: string } }) => e.node.localId)).toEqual(['op-4', 'op-5']);
    expect(page1.pageInfo).toEqual({ hasNextPage: true, endCursor: page1.edges[1].cursor });
    const next = await api.gql(
      'query ($after: String) { paragraphs(filter: {cites: "UNCAC"}, first: 2, after: $after) { pageInfo { hasNextPage } edges { node { localId } } } }',
      { after: page1.pageInfo.endCursor },
    );
    expect(next.data.paragraphs.edges.map((e: { node: { localId: string } }) => e.node.localId)).toEqual([
      'op-23',
      'op-25',
    ]);
    expect(next.data.paragraphs.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by document, section, theme, mentioned body and words', async () => {
    const { data } = await api.gql(`{
      op: paragraphs(filter: {document: "${SYMBOL}", section: "operative"}, first: 0) { totalCount }
      pre: paragraphs(filter: {section: "preamble"}, first: 0) { totalCount }
      unodc: paragraphs(filter: {mentions: "UNODC"}) { edges { node { localId } } }
      words: paragraphs(filter: {text: "ASSET RECOVERY"}) { edges { node { localId } } }
      theme: paragraphs(filter: {theme: "corruption"}) { edges { node { localId } } }
    }`);
    expect(data.op.totalCount).toBe(35);
    expect(data.pre.totalCount).toBe(10);
    expect(data.unodc.edges.map((e: { node: { localId: string } }) => e.node.localId)).toEqual(
      expect.arrayContaining(['op-2', 'op-7', 'op-11', 'op-21']),
    );
    expect(data.words.edges).toEqual([{ node: { localId: 'op-25' } }]);
    expect(data.theme.edges.map((e: { node: { localId: string } }) => e.node.localId)).toEqual(
      expect.arrayContaining(['op-23', 'op-24', 'op-25']),
    );
  });

  it('answers NOT_FOUND for a filter name that names nothing', async () => {
    expect(codesOf(await api.gql('{ paragraphs(filter: {cites: "Nothing"}) { totalCount } }'))).toEqual(['NOT_FOUND']);
  });
});

describe('coCitations and search', () => {
  it('finds what is cited together with UNTOC: UNCAC in ¶¶ 4 and 5', async () => {
    const { data } = await api.gql('{ coCitations(target: "UNTOC") { node { id } count paragraphs { localId } } }');
    expect(data.coCitations).toContainEqual({
      node: { id: 'uncac' },
      count: 2,
      paragraphs: [{ localId: 'op-4' }, { localId: 'op-5' }],
    });
    const counts = data.coCitations.map((c: { count: number }) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('ranks hits, tolerating typos and prefixes', async () => {
    const { data } = await api.gql(`{
      typo: search(text: "corupton") { score node { id } }
      prefix: search(text: "Palermo conv", limit: 3) { node { id } }
      symbol: search(text: "A/RES/55/25", limit: 1) { node { id kind } }
      paragraph: search(text: "asset recovery", limit: 3) { node { id ... on Paragraph { localId } } }
      empty: search(text: "  ?!  ") { score }
    }`);
    expect(data.typo.slice(0, 3).map((h: { node: { id: string } }) => h.node.id)).toContain('uncac');
    const scores = data.typo.map((h: { score: number }) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(data.prefix[0].node.id).toBe('untoc');
    expect(data.symbol).toEqual([{ node: { id: 'A/RES/55/25', kind: 'resolution' } }]);
    expect(data.paragraph[0].node.localId).toBe('op-25');
    expect(data.empty).toEqual([]);
  });
});

describe('path, neighborhood, graph, stats', () => {
  it('finds the shortest path from a paragraph to the Security Council, or null', async () => {
    const { data } = await api.gql(`{
      direct: path(from: "op-21", to: "Security Council") { nodes { id } edges { source target type data } }
      far: path(from: "op-12", to: "Security Council") { nodes { id kind label } edges { type } }
      short: path(from: "op-12", to: "Security Council", maxLength: 1) { nodes { id } }
      same: path(from: "UNCAC", to: "uncac") { nodes { id } edges { id } }
    }`);
    expect(data.direct.nodes).toEqual([{ id: pid('op-21') }, { id: 'sc' }]);
    expect(data.direct.edges).toEqual([
      {
        source: pid('op-21'),
        target: 'sc',
        type: 'MENTIONS',
        data: expect.objectContaining({ surface: 'Security Council' }),
      },
    ]);
    expect(data.far.nodes[0]).toEqual({ id: pid('op-12'), kind: 'paragraph', label: '¶ 12' });
    expect(data.far.nodes.at(-1).id).toBe('sc');
    expect(data.far.edges).toHaveLength(data.far.nodes.length - 1);
    expect(data.short).toBeNull();
    expect(data.same).toEqual({ nodes: [{ id: 'uncac' }], edges: [] });
  });

  it('gives the neighbourhood of ¶ 12, optionally of some kinds only', async () => {
    const { data } = await api.gql(`{
      all: neighborhood(id: "op-12") { nodes { id kind } edges { source target type } truncated }
      instruments: neighborhood(id: "op-12", kinds: ["instrument"]) { nodes { id } }
      two: neighborhood(id: "op-12", depth: 2, kinds: ["paragraph"]) { nodes { id } }
    }`);
    const ids = data.all.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        pid('op-12'),
        SYMBOL,
        pid('op-11'),
        pid('op-13'),
        `${SYMBOL}#fn-5`,
        'unesco-1970-convention',
        'cites',
        'cbd',
      ]),
    );
    expect(data.all.truncated).toBe(false);
    for (const e of data.all.edges) expect(ids).toEqual(expect.arrayContaining([e.source, e.target]));
    expect(data.instruments.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
      [pid('op-12'), 'cbd', 'cites', 'unesco-1970-convention'].sort(),
    );
    // Two hops through the document reach every paragraph.
    expect(data.two.nodes.length).toBeGreaterThanOrEqual(47);
  });

  it('expands through one relationship type and direction only, and refuses an unknown type', async () => {
    const { data, errors } = await api.gql(`{
      cited: neighborhood(id: "op-12", rel: "CITES", direction: OUT) { nodes { id } edges { source target type } }
      citers: neighborhood(id: "cbd", rel: "CITES", direction: IN) { nodes { id kind } }
      none: neighborhood(id: "op-12", rel: "CITES", direction: IN) { nodes { id } }
    }`);
    expect(errors).toBeUndefined();
    // What ¶ 12 cites, and nothing it is linked to otherwise (its document, its neighbours, footnotes).
    expect(data.cited.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
      [pid('op-12'), 'cbd', 'cites', 'unesco-1970-convention'].sort(),
    );
    expect(
      data.citers.nodes
        .filter((n: { id: string }) => n.id !== 'cbd')
        .every((n: { kind: string }) => n.kind === 'paragraph'),
    ).toBe(true);
    expect(data.citers.nodes.map((n: { id: string }) => n.id)).toContain(pid('op-12'));
    // Nothing cites a paragraph: the node alone.
    expect(data.none.nodes).toEqual([{ id: pid('op-12') }]);
    const bad = await api.gql('{ neighborhood(id: "op-12", rel: "NO_SUCH") { nodes { id } } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('NO_SUCH');
  });

  it("draws one document's graph and the whole graph, with CITES provenance on edges", async () => {
    const { data } = await api.gql(`{
      doc: graph(document: "${SYMBOL}") { nodes { id kind label data } edges { id type source target data } truncated }
      all: graph { nodes { id } edges { id } }
    }`);
    const op12 = data.doc.nodes.find((n: { id: string }) => n.id === pid('op-12'));
    expect(op12).toMatchObject({
      kind: 'paragraph',
      label: '¶ 12',
      data: { section: 'operative', number: 12, document: SYMBOL },
    });
    expect(op12.data.text).toBeUndefined();
    const cites = data.doc.edges.filter(
      (e: { type: string; source: string }) => e.type === 'CITES' && e.source === pid('op-12'),
    );
    expect(
      cites
        .map((e: { data: { footnote: string | null } }) => e.data.footnote)
        .filter(Boolean)
        .sort(),
    ).toEqual(['5', '6', '7']);
    expect(cites[0].data).toEqual(
      expect.objectContaining({
        surface: expect.any(String),
        start: expect.any(Number),
        end: expect.any(Number),
        via: expect.any(String),
      }),
    );
    expect(data.doc.truncated).toBe(false);
    expect(data.all.nodes.length).toBeGreaterThan(data.doc.nodes.length);
    expect(codesOf(await api.gql('{ graph(document: "NO/SUCH/1") { nodes { id } } }'))).toEqual(['NOT_FOUND']);
  });

  it('cuts a graph larger than MAX_GRAPH_NODES and says so', async () => {
    const small = await seededApi({ maxGraphNodes: 10 });
    try {
      const { data } = await small.gql(`{ graph(document: "${SYMBOL}") { nodes { id } truncated } }`);
      expect(data.graph.nodes).toHaveLength(10);
      expect(data.graph.truncated).toBe(true);
    } finally {
      await small.close();
    }
  });

  it('counts nodes per kind and relationships per type', async () => {
    const { data } = await api.gql(
      '{ stats { nodes { name count } relationships { name count } documents citations } }',
    );
    const nodes = Object.fromEntries(data.stats.nodes.map((c: { name: string; count: number }) => [c.name, c.count]));
    const rels = Object.fromEntries(
      data.stats.relationships.map((c: { name: string; count: number }) => [c.name, c.count]),
    );
    expect(Object.keys(nodes).sort()).toEqual([
      'body',
      'document',
      'footnote',
      'group',
      'instrument',
      'paragraph',
      'resolution',
      'theme',
    ]);
    expect(nodes.paragraph).toBeGreaterThanOrEqual(47);
    expect(data.stats.documents).toBeGreaterThanOrEqual(1);
    expect(data.stats.citations).toBe(rels.CITES);
    expect(rels.HAS_PARAGRAPH).toBe(nodes.paragraph);
  });
});
