// Draws expansions on the canvas: asks the API for a node's neighbourhood through the links
// chosen, asks the user first when many nodes would come, places the new nodes around the node
// expanded, and remembers which expansions are drawn, so a link or a scene replays only those
// the canvas lacks.
import type { Api } from '../api.ts';
import type { Canvas } from '../canvas/canvas.ts';
import { placeAround } from '../canvas/layouts.ts';
import {
  EXPAND,
  type Expansion,
  expandQuestion,
  expandVariables,
  formatExpansion,
  needsConfirmation,
  newNodeIds,
} from './expansion.ts';

export interface ExpanderParts {
  api: Api;
  canvas: Canvas;
  /** Asks the user before a big change; resolves true to go ahead. */
  confirm(message: string, action: string): Promise<boolean>;
}

export class Expander {
  private readonly drawn = new Set<string>();
  constructor(private readonly parts: ExpanderParts) {}

  /**
   * Expands as the user asked: false when the user declined a big one. `beforeChange` runs once,
   * just before the canvas changes (the app records its undo step there).
   */
  async expand(expansions: Expansion[], beforeChange: () => void): Promise<boolean> {
    const { canvas, api } = this.parts;
    const answers = await Promise.all(expansions.map((e) => api.request(EXPAND, expandVariables(e))));
    const fresh = new Set(answers.flatMap(({ neighborhood }) => newNodeIds(neighborhood, (n) => canvas.has(n))));
    if (needsConfirmation(fresh.size)) {
      const first = expansions[0]!.id;
      const what =
        expansions.length === 1
          ? String(canvas.cy.getElementById(first).data('fullLabel') ?? first)
          : `${expansions.length} nodes`;
      const question = expandQuestion(what, expansions[0]!, fresh.size, canvas.cy.nodes().length);
      if (!(await this.parts.confirm(question, `Add ${fresh.size} nodes`))) return false;
    }
    beforeChange();
    answers.forEach(({ neighborhood }, i) => {
      const e = expansions[i]!;
      const added = canvas.add(neighborhood);
      // Show what was there but hidden, too: expanding means "show me what this touches".
      canvas.cy.getElementById(e.id).closedNeighborhood().removeClass('hidden');
      placeAround(canvas.cy, e.id, added);
      this.drawn.add(formatExpansion(e));
    });
    return true;
  }

  /** Draws the expansions named that the canvas lacks, in their order, without asking. */
  async replay(expanded: Expansion[]): Promise<void> {
    const { canvas, api } = this.parts;
    for (const e of expanded) {
      const key = formatExpansion(e);
      if (this.drawn.has(key) || !canvas.has(e.id)) continue;
      const { neighborhood } = await api.request(EXPAND, expandVariables(e));
      placeAround(canvas.cy, e.id, canvas.add(neighborhood));
      this.drawn.add(key);
    }
  }

  /** What is drawn now: nothing (another document), or an undo step's expansions. */
  reset(drawn: Expansion[] = []): void {
    this.drawn.clear();
    for (const e of drawn) this.drawn.add(formatExpansion(e));
  }
}
