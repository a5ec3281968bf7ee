// Loading, error and empty states shown in the page (a role=status/alert region), not only
// the console: a user must see that the API is down or that a search found nothing.
import { byId, fill, h } from '../dom.ts';

export interface Status {
  busy(on: boolean): void;
  error(message: string, retry?: () => void): void;
  info(message: string): void;
  clear(): void;
}

export function createStatus(): Status {
  const region = byId('status');
  const spinner = byId('busy');
  return {
    busy(on) {
      spinner.hidden = !on;
      document.body.toggleAttribute('aria-busy', on);
    },
    error(message, retry) {
      region.className = 'status error';
      region.setAttribute('role', 'alert');
      fill(
        region,
        h('strong', {}, 'Error: '),
        message,
        retry && h('button', { type: 'button', onclick: () => retry() }, 'Retry'),
      );
      region.hidden = false;
    },
    info(message) {
      region.className = 'status info';
      region.setAttribute('role', 'status');
      fill(
        region,
        message,
        h('button', { type: 'button', 'aria-label': 'Dismiss', onclick: () => (region.hidden = true) }, '×'),
      );
      region.hidden = false;
    },
    clear() {
      region.hidden = true;
      fill(region);
    },
  };
}
