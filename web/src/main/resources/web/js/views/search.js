// Full-text search over entity names and page text, with type filters; hits open the graph or the page.
import { h, fill, say, ENTITY_TYPES, TYPE_COLOURS } from '../dom.js';
import { get, casePath, enc } from '../api.js';
import { link, go } from '../router.js';

let caseId, input, boxes, entities, pages, status;

export function mount(section) {
  input = h('input', { type: 'search', id: 'search-q', name: 'q', required: true, autocomplete: 'off' });
  boxes = [...ENTITY_TYPES, 'Document'].map(t => h('input', { type: 'checkbox', id: `search-type-${t}`, value: t }));
  const form = h('form', { role: 'search', class: 'search-form', onsubmit: e => {
    e.preventDefault();
    const types = boxes.filter(b => b.checked).map(b => b.value).join(',');
    go(caseId, 'search', null, { q: input.value.trim(), types });
  } },
  h('label', { for: 'search-q' }, 'Names, numbers or words'), input,
  h('button', { type: 'submit', id: 'search-submit' }, 'Search'),
  h('fieldset', { class: 'types' }, h('legend', {}, 'Only these types (none checked = all)'),
    boxes.map(b => h('span', { class: 'check' }, b, h('label', { for: b.id }, b.value === 'Document' ? 'Document text' : b.value)))));
  status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  entities = h('ul', { class: 'hits', id: 'entity-hits', 'aria-label': 'Entities found' });
  pages = h('ul', { class: 'hits', id: 'page-hits', 'aria-label': 'Pages found' });
  fill(section, h('h2', { id: 'search-title' }, 'Search'), form, status,
    h('div', { class: 'columns' }, h('div', {}, h('h3', {}, 'Entities'), entities), h('div', {}, h('h3', {}, 'Pages'), pages)));
}

export async function show(route) {
  caseId = route.caseId;
  const q = route.params.get('q') || '';
  const types = (route.params.get('types') || '').split(',').filter(Boolean);
  input.value = q;
  boxes.forEach(b => { b.checked = types.includes(b.value); });
  entities.replaceChildren();
  pages.replaceChildren();
  if (!q) {
    say(status, 'Type a name, a phone number or any words from the documents.');
    input.focus();
    return;
  }
  say(status, 'Searching…');
  try {
    const result = await get(casePath(caseId, `/search?q=${enc(q)}${types.length ? `&types=${enc(types.join(','))}` : ''}`));
    fill(entities, result.entities.map(e => h('li', { dataset: { entity: e.id } },
      h('span', { class: 'badge', style: `background:${TYPE_COLOURS[e.label] || '#444'}` }, e.label), ' ',
      h('a', { href: link(caseId, 'graph', null, { entity: e.id }), class: 'entity-hit' }, e.name),
      e.roles.length ? h('span', { class: 'muted' }, ` · ${e.roles.join(', ')}`) : null,
      e.aliases.length ? h('span', { class: 'muted' }, ` · also ${e.aliases.filter(a => a !== e.name).slice(0, 4).join(', ')}`) : null,
      h('span', { class: 'muted' }, ` · ${e.mentions} mention(s)`))));
    fill(pages, result.pages.map(p => h('li', {},
      h('a', { href: link(caseId, 'documents', p.sha256, { page: p.page }), class: 'page-hit' }, `${p.document} — page ${p.page}`),
      h('p', { class: 'snippet' }, p.snippet))));
    say(status, `${result.entities.length} entit${result.entities.length === 1 ? 'y' : 'ies'}, ${result.pages.length} page(s) for “${q}”`);
  } catch (e) {
    say(status, `Search failed: ${e.message}`, 'error');
  }
}
