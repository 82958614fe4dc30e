/**
 * The header search box (<header-search>). This module is not on the page at first: the header's
 * inline script loads it on the first submit, so pages carry no search code until someone searches.
 * Results open under the box on the current page: the query never enters a URL, history or storage.
 */
import { runSearch } from './search';
import { searchLanguage, showResults } from './render-hit';
import { plainText } from '../i18n/ruby';

/** The header shows the first few; the search page has filters and the rest. */
const SHOWN = 5;

class HeaderSearch extends HTMLElement {
  #latest = 0;

  connectedCallback() {
    const form = this.querySelector('form')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search();
    });
    // The submit that loaded this module.
    if (this.hasAttribute('data-pending')) {
      this.removeAttribute('data-pending');
      void this.search();
    }
  }

  async search() {
    const input = this.querySelector('input')!;
    const panel = this.querySelector<HTMLElement>('[data-header-results]')!;
    const status = panel.querySelector<HTMLElement>('[role="status"]')!;
    const list = panel.querySelector('ol')!;
    const { words, lang } = searchLanguage(this);
    const run = ++this.#latest;
    panel.hidden = false;
    status.textContent = plainText(words.status.searching);
    const results = await runSearch(input.value, { kind: '', prefecture: '' }, SHOWN, lang);
    if (run !== this.#latest) return; // a newer search has started; its results win
    showResults(list, status, input.value, results, words);
  }
}

customElements.define('header-search', HeaderSearch);
