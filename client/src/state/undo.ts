// Undo and redo over snapshots of the canvas. Snapshots are small (ids, not elements), so the
// stack keeps whole states instead of inverse operations, which cannot drift out of step.

export interface CanvasSnapshot {
  /** Ids of the elements on the canvas. */
  present: string[];
  /** Ids of the elements on the canvas but hidden by the user. */
  hidden: string[];
}

export const defaults = {
  /** Older steps are dropped beyond this depth. */
  limit: 100,
};

export class UndoStack<T = CanvasSnapshot> {
  private past: T[] = [];
  private future: T[] = [];
  constructor(private readonly limit = defaults.limit) {}

  /** Record the state as it was before a change; a new change forgets what could be redone. */
  record(before: T): void {
    this.past.push(before);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }

  /** The state to go back to, given the current one (kept for redo); undefined if none. */
  undo(current: T): T | undefined {
    const previous = this.past.pop();
    if (previous !== undefined) this.future.push(current);
    return previous;
  }

  redo(current: T): T | undefined {
    const next = this.future.pop();
    if (next !== undefined) this.past.push(current);
    return next;
  }

  /** Forgets every step: after the whole graph is replaced, old snapshots name elements that are gone. */
  clear(): void {
    this.past = [];
    this.future = [];
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }
}
