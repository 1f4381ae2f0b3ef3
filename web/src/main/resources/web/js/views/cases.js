// Case list and creation.
import { h, fill, say } from '../dom.js';
import { get, post } from '../api.js';
import { link, go } from '../router.js';

let list, status;

export function mount(section) {
  list = h('ul', { class: 'cards', id: 'case-list' });
  status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const id = h('input', { id: 'new-case-id', name: 'id', required: true, pattern: '[a-z0-9][a-z0-9-]{0,63}',
    'aria-describedby': 'new-case-id-help', autocomplete: 'off' });
  const name = h('input', { id: 'new-case-name', name: 'name' });
  const description = h('input', { id: 'new-case-description', name: 'description' });
  const form = h('form', { class: 'inline-form', 'aria-labelledby': 'new-case-title', onsubmit: async e => {
    e.preventDefault();
    try {
      const created = await post('/api/cases', { id: id.value.trim(), name: name.value.trim(), description: description.value.trim() });
      go(created.id, 'upload');
    } catch (err) {
      say(status, `Could not create the case: ${err.message}`, 'error');
    }
  } },
  h('h3', { id: 'new-case-title' }, 'New case'),
  h('label', { for: 'new-case-id' }, 'Case id'), id,
  h('small', { id: 'new-case-id-help' }, 'lower-case letters, digits and “-”'),
  h('label', { for: 'new-case-name' }, 'Name'), name,
  h('label', { for: 'new-case-description' }, 'Description'), description,
  h('button', { type: 'submit' }, 'Create case'));
  fill(section, h('h2', { id: 'cases-title' }, 'Cases'), list, status, form);
}

export async function show() {
  try {
    const cases = await get('/api/cases');
    fill(list, cases.map(c => h('li', {},
      h('a', { href: link(c.id, 'search') }, h('strong', {}, c.name || c.id)),
      h('span', { class: 'muted' }, ` ${c.id}`),
      c.description ? h('p', {}, c.description) : null)));
    say(status, cases.length ? '' : 'No case yet: create one below.');
  } catch (e) {
    say(status, `Could not list cases: ${e.message}`, 'error');
  }
}
