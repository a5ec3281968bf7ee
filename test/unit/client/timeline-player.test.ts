// Playing the timeline through time: the years it steps through, what each shows, and that it
// pauses, plays on and stops at the end. The clock is stepped by hand.
import { describe, expect, it } from 'vitest';
import { createPlayer, eventsBy, playYears } from '../../../client/src/corpus/timeline-player.ts';

/** A clock the test advances: `tick()` runs the scheduled step once. */
function manualClock() {
  let step: (() => void) | null = null;
  return {
    schedule: (s: () => void) => {
      step = s;
      return () => (step = null);
    },
    tick: () => step?.(),
    get running() {
      return step !== null;
    },
  };
}

describe('the timeline player', () => {
  const dates = ['2003-10-31', null, '2005-12-14', '2003-12-09', '2006-01-01'];

  it('steps through every year from the first event to the last, undated events aside', () => {
    expect(playYears(dates)).toEqual([2003, 2004, 2005, 2006]);
    expect(playYears([null])).toEqual([]);
    expect([2003, 2004, 2005, 2006].map((y) => eventsBy(dates, y))).toEqual([2, 2, 3, 4]);
  });

  it('plays year by year, pauses, plays on, and stops at the end', () => {
    const clock = manualClock();
    const seen: [number | null, boolean][] = [];
    const player = createPlayer(playYears(dates), (year, playing) => seen.push([year, playing]), {
      schedule: clock.schedule,
    });
    player.play();
    expect(player.year).toBe(2003);
    clock.tick();
    expect(player.year).toBe(2004);
    player.toggle();
    expect(player.playing).toBe(false);
    expect(clock.running).toBe(false);
    clock.tick();
    expect(player.year).toBe(2004);
    player.toggle();
    expect(player.year).toBe(2005);
    clock.tick();
    expect(player.year).toBe(2006);
    expect(player.playing).toBe(false);
    expect(clock.running).toBe(false);
    expect(seen).toEqual([
      [2003, true],
      [2004, true],
      [2004, false],
      [2005, true],
      [2006, false],
    ]);
    // Played again from the end, it starts over.
    player.play();
    expect(player.year).toBe(2003);
    player.reset();
    expect([player.year, player.playing, clock.running]).toEqual([null, false, false]);
  });

  it('does nothing with nothing dated', () => {
    const clock = manualClock();
    const player = createPlayer([], () => {}, { schedule: clock.schedule });
    player.play();
    expect([player.year, player.playing, clock.running]).toEqual([null, false, false]);
  });
});
