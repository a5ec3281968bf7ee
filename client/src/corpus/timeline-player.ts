// Plays a timeline through time: a year that steps from the first event's year to the last's, one
// step a tick, and stops at the end. The clock is a parameter, so tests step it by hand; the
// view (views/timeline.ts) draws what each year shows.

export const playerDefaults = {
  /** Milliseconds between two years. */
  interval: 700,
  /** How the player waits; a test passes its own. */
  schedule: (step: () => void, ms: number): (() => void) => {
    const id = setInterval(step, ms);
    return () => clearInterval(id);
  },
};
export type PlayerOptions = typeof playerDefaults;

export interface Player {
  /** The year shown, or null before the first play (every event shown). */
  readonly year: number | null;
  readonly playing: boolean;
  /** Plays on from the year shown; from the first year when nothing is shown or the end was reached. */
  play(): void;
  pause(): void;
  toggle(): void;
  /** Shows every event again, and stops. */
  reset(): void;
}

/** The years a play steps through: every year from the first to the last dated event's. */
export function playYears(dates: (string | null)[]): number[] {
  const years = dates.filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4)));
  if (years.length === 0) return [];
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** How many of the dated events happened by the end of `year`. */
export function eventsBy(dates: (string | null)[], year: number): number {
  const end = `${year}-12-31`;
  return dates.filter((d) => d !== null && d <= end).length;
}

export function createPlayer(
  years: number[],
  onChange: (year: number | null, playing: boolean) => void,
  options: Partial<PlayerOptions> = {},
): Player {
  const { interval, schedule } = { ...playerDefaults, ...options };
  let year: number | null = null;
  let stop: (() => void) | null = null;
  const last = years.at(-1);

  const halt = () => {
    stop?.();
    stop = null;
  };
  const step = () => {
    const at = year === null ? -1 : years.indexOf(year);
    year = years[at + 1] ?? null;
    if (year === last) halt();
    onChange(year, stop !== null);
  };
  const player: Player = {
    get year() {
      return year;
    },
    get playing() {
      return stop !== null;
    },
    play() {
      if (stop || years.length === 0) return;
      if (year === last) year = null;
      stop = schedule(step, interval);
      step();
    },
    pause() {
      if (!stop) return;
      halt();
      onChange(year, false);
    },
    toggle() {
      if (stop) player.pause();
      else player.play();
    },
    reset() {
      halt();
      year = null;
      onChange(null, false);
    },
  };
  return player;
}
