// "Add document": a dialog that takes a PDF or text file, dropped or picked, shows progress while
// the server reads it, previews what the extractor found (paragraphs with the cited words marked,
// footnotes, warnings), and loads it on confirmation. The control appears only when the server
// says its write path is on (GET /api/upload). Every refusal is shown in the dialog with its code.
import './add-document.css';
import { fill, h } from '../dom.ts';
import {
  loadDocument,
  previewDocument,
  type Citation,
  type Loaded,
  type Preview,
  UploadError,
  uploadStatus,
  type UploadStatus,
} from '../upload-api.ts';
import { type MarkedCitation, type MarkedFootnote, markedText } from './marked-text.ts';
import { pageLabel } from './page-label.ts';

export interface AddDocumentOptions {
  /** Called once the document is in the graph. */
  onLoaded(loaded: Loaded): void;
  /** Where the button goes; the top bar by default. */
  container?: HTMLElement;
}

export interface AddDocument {
  /** Opens the dialog (with this file already chosen, when given). */
  open(file?: File): void;
}

/** Mounts the control when the server allows adding documents; resolves to null when it does not. */
export async function mountAddDocument(options: AddDocumentOptions): Promise<AddDocument | null> {
  const status = await uploadStatus();
  if (!status.enabled) return null;
  const panel = createPanel(status, options);
  const button = h(
    'button',
    {
      type: 'button',
      id: 'btn-add-document',
      title: 'Add a PDF or text document to the graph',
      onclick: () => panel.open(),
    },
    'Add document',
  );
  const container = options.container ?? document.querySelector<HTMLElement>('.topbar') ?? document.body;
  // Beside the document picker: both choose what the graph shows.
  container.insertBefore(button, container.querySelector('.views'));
  return panel;
}

function createPanel(status: UploadStatus, options: AddDocumentOptions): AddDocument {
  const input = h('input', {
    type: 'file',
    id: 'add-document-file',
    accept: '.pdf,.txt,application/pdf,text/plain',
    class: 'visually-hidden',
  });
  const token = h('input', { type: 'password', id: 'add-document-token', autocomplete: 'off', spellcheck: 'false' });
  const drop = h(
    'div',
    { class: 'drop-zone', id: 'add-document-drop' },
    h('p', {}, 'Drop a PDF or a text file here, or'),
    h('button', { type: 'button', class: 'pick', onclick: () => input.click() }, 'choose a file…'),
    h(
      'p',
      { class: 'hint' },
      `Up to ${(status.maxBytes / 1048576).toFixed(0)} MB and ${status.maxPages} pages. The document is read on the server; nothing is added until you confirm.`,
    ),
    input,
  );
  const body = h('div', { class: 'add-document-body', 'aria-live': 'polite' });
  const close = h(
    'button',
    { type: 'button', class: 'close', 'aria-label': 'Close', onclick: () => dialog.close() },
    '×',
  );
  const dialog = h(
    'dialog',
    { id: 'add-document', 'aria-labelledby': 'add-document-title' },
    h('header', {}, h('h2', { id: 'add-document-title' }, 'Add a document'), close),
    status.token ? h('p', { class: 'token' }, h('label', { for: 'add-document-token' }, 'Upload token '), token) : null,
    drop,
    body,
  );
  document.body.append(dialog);

  let chosen: File | null = null;
  const sendOptions = (onProgress?: (sent: number) => void) => ({ token: token.value.trim() || undefined, onProgress });

  const choose = async (file: File) => {
    chosen = file;
    drop.hidden = true;
    const progress = h('progress', { max: '1', value: '0', 'aria-label': `Sending ${file.name}` });
    const label = h('span', {}, `Sending ${file.name} (${size(file.size)})…`);
    fill(body, h('div', { class: 'reading', role: 'status', id: 'add-document-progress' }, label, progress));
    try {
      const preview = await previewDocument(
        file,
        sendOptions((sent) => {
          progress.value = sent;
          if (sent >= 1) {
            // Sent: the server is reading it now, for a time nobody can predict; an indeterminate bar says so.
            progress.removeAttribute('value');
            label.textContent = `Reading ${file.name}…`;
          }
        }),
      );
      if (chosen === file) showPreview(preview);
    } catch (error) {
      if (chosen === file) showError(error);
    }
  };

  const showPreview = (preview: Preview) => {
    const citations = preview.paragraphs.reduce((n, p) => n + p.citations.length, 0);
    // The graph names documents by symbol: the server refuses one without, so the page says so first.
    const loadable = !!preview.document.symbol;
    const confirm = h(
      'button',
      { type: 'button', class: 'primary', id: 'add-document-confirm', disabled: !loadable, onclick: () => void load() },
      'Add to the graph',
    );
    fill(
      body,
      h(
        'section',
        { class: 'preview', id: 'add-document-preview', 'aria-label': 'Preview' },
        h(
          'h3',
          {},
          preview.document.symbol || preview.file,
          preview.document.title ? ` — ${preview.document.title}` : '',
        ),
        h(
          'p',
          { class: 'summary' },
          `${preview.paragraphs.length} paragraph${preview.paragraphs.length === 1 ? '' : 's'}, ${citations} citation${citations === 1 ? '' : 's'}, ` +
            `${preview.footnotes.length} footnote${preview.footnotes.length === 1 ? '' : 's'}`,
          preview.pages ? `, ${preview.pages} page${preview.pages === 1 ? '' : 's'}` : '',
          preview.document.date ? `; dated ${preview.document.date}` : '',
          '.',
        ),
        preview.warnings.length
          ? h(
              'details',
              { class: 'warnings', open: true },
              h('summary', {}, `${preview.warnings.length} warning${preview.warnings.length === 1 ? '' : 's'}`),
              h(
                'ul',
                {},
                preview.warnings.map((w) => h('li', {}, w)),
              ),
            )
          : null,
        h(
          'ol',
          { class: 'paragraphs' },
          preview.paragraphs.map((p) => {
            const notes = preview.footnotes
              .filter((f) => f.paragraph === p.id)
              .map((f): MarkedFootnote => ({ marker: f.marker, text: f.text }));
            return h(
              'li',
              { 'data-paragraph': p.id },
              h(
                'span',
                { class: 'paragraph-id' },
                p.id,
                p.pages?.length ? h('span', { class: 'pages' }, pageLabel(p.pages)) : null,
              ),
              markedText(
                p.text,
                p.citations.map((c, i) => citationInfo(p.id, c, i, notes)),
                [],
                notes,
                () => {},
              ),
            );
          }),
        ),
      ),
      h(
        'div',
        { class: 'actions' },
        loadable
          ? null
          : h('span', { class: 'hint' }, 'No document symbol was found, so this document cannot be added.'),
        h('button', { type: 'button', onclick: () => reset() }, 'Choose another file'),
        confirm,
      ),
    );
    if (loadable) confirm.focus();
  };

  const load = async () => {
    const file = chosen;
    if (!file) return;
    const progress = h('progress', { 'aria-label': `Adding ${file.name}` });
    fill(
      body,
      h(
        'div',
        { class: 'reading', role: 'status', id: 'add-document-progress' },
        h('span', {}, `Adding ${file.name} to the graph…`),
        progress,
      ),
    );
    try {
      const loaded = await loadDocument(file, sendOptions());
      fill(
        body,
        h(
          'p',
          { class: 'done', role: 'status', id: 'add-document-done' },
          `${loaded.symbol} ${loaded.status === 'loaded' ? 'is now in the graph' : 'was already in the graph, unchanged'}: ${loaded.paragraphs} paragraphs, ${loaded.citations} citations.`,
        ),
      );
      options.onLoaded(loaded);
    } catch (error) {
      showError(error);
    }
  };

  const showError = (error: unknown) => {
    const code = error instanceof UploadError ? error.code : 'CLIENT_ERROR';
    const message = error instanceof Error ? error.message : String(error);
    fill(
      body,
      h(
        'div',
        { class: 'error', role: 'alert', id: 'add-document-error', 'data-code': code },
        h('strong', {}, 'Not added. '),
        message,
        ' ',
        h('code', {}, code),
      ),
      h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => reset() }, 'Choose another file')),
    );
  };

  const reset = () => {
    chosen = null;
    input.value = '';
    fill(body);
    drop.hidden = false;
  };

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void choose(file);
  });
  // The whole dialog takes a drop, so a near miss of the zone still counts.
  dialog.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  dialog.addEventListener('dragleave', () => drop.classList.remove('over'));
  dialog.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const file = e.dataTransfer?.files[0];
    if (file) void choose(file);
  });
  dialog.addEventListener('close', () => reset());

  return {
    open(file) {
      if (!dialog.open) dialog.showModal();
      if (file) void choose(file);
      else drop.querySelector<HTMLButtonElement>('button.pick')?.focus();
    },
  };
}

/** A record's citation in the shape the explorer's marked text takes. */
function citationInfo(paragraph: string, c: Citation, index: number, notes: MarkedFootnote[]): MarkedCitation {
  const t = c.target;
  return {
    id: `${paragraph}:${index}`,
    start: c.start,
    end: c.end,
    via: c.via,
    footnote: c.footnote ? (notes.find((n) => n.marker === c.footnote) ?? { marker: c.footnote, text: '' }) : null,
    target: { id: t.id, kind: t.kind, label: t.acronym ?? t.shortTitle ?? t.symbol ?? t.title ?? t.id },
  };
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1048576).toFixed(1)} MB`;
}
