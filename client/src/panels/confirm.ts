// Asks before a big change, in the page: a modal dialog with the change's size and two buttons.
// Keyboard users get the focus on Cancel; Esc cancels too.
import { h } from '../dom.ts';

export function confirmInPage(message: string, action: string): Promise<boolean> {
  const dialog = h(
    'dialog',
    { class: 'confirm', 'aria-describedby': 'confirm-text' },
    h('p', { id: 'confirm-text' }, message),
    h(
      'form',
      { method: 'dialog', class: 'confirm-buttons' },
      h('button', { type: 'submit', value: 'cancel', autofocus: true }, 'Cancel'),
      h('button', { type: 'submit', value: 'ok', class: 'primary' }, action),
    ),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'ok');
      dialog.remove();
    });
    dialog.showModal();
  });
}
