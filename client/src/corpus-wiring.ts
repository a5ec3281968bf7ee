// Connects the cross-document parts of the chrome to the app: the document picker and the time
// filter. Both are imported on first use, so this module is all the first screen carries of them.
// (The cross-document views are in views/registry.ts.)
import type { Api } from './api.ts';
import type { App } from './app.ts';
import type { DocumentSummary } from './corpus/documents.ts';
import type { DocumentPicker } from './panels/document-picker.ts';
import type { TimeControl } from './panels/time-filter.ts';
import type { ViewState } from './state/url-state.ts';

export interface CorpusWiring {
  applyTime(asOf: string | null, doc: string | null): Promise<void>;
  sync(state: ViewState): void;
  /** Mounts the picker and the time control; resolves with the loaded documents. */
  mountChrome(): Promise<DocumentSummary[]>;
}

export function createCorpusWiring(api: Api, need: () => App): CorpusWiring {
  const timeModule = () => import('./panels/time-filter.ts');
  let picker: DocumentPicker | undefined;
  let time: TimeControl | undefined;
  let hidden: import('./panels/time-filter.ts').TimeFilterCounts | undefined;
  // Whether nodes of unknown date are drawn (faded) under a date rather than hidden: the sidebar's box.
  let showUndated = false;

  const sync = (state: ViewState) => {
    picker?.render(state.doc);
    time?.render(state.asOf, state.asOf ? hidden : undefined);
  };

  const wiring: CorpusWiring = {
    async applyTime(asOf, doc) {
      const m = await timeModule();
      hidden = await m.applyTimeFilter(api, need().canvas, asOf, doc, showUndated);
      if (asOf)
        void m.datedIndex(api, doc).then(
          (index) => time?.setRange(index),
          () => {},
        );
      time?.render(asOf, hidden);
    },
    sync,
    async mountChrome() {
      const [documents, pickerModule, timeFilter] = await Promise.all([
        import('./corpus/documents.ts').then((m) => m.loadedDocuments(api)),
        import('./panels/document-picker.ts'),
        timeModule(),
      ]);
      picker = pickerModule.createDocumentPicker(
        documents,
        (doc) => void need().update({ doc, selected: null, focus: [], trace: null }),
      );
      time = timeFilter.createTimeControl(
        (asOf) => void need().update({ asOf }),
        (show) => {
          showUndated = show;
          const { asOf, doc } = need().state;
          if (asOf) void wiring.applyTime(asOf, doc).then(() => need().refreshCounts());
        },
      );
      sync(need().state);
      return documents;
    },
  };
  return wiring;
}
