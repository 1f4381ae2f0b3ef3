// The documents of a case with their status, containers before their members.
import { h, fill, say, shortHash } from '../dom.js';
import { get, casePath } from '../api.js';
import { link } from '../router.js';

let body, status;

export function mount(section) {
  body = h('tbody', { id: 'document-rows' });
  status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  fill(section, h('h2', { id: 'documents-title' }, 'Documents'), status,
    h('table', { 'aria-labelledby': 'documents-title' }, h('thead', {}, h('tr', {},
      ['Name', 'Status', 'Pages', 'Type', 'SHA-256'].map(x => h('th', { scope: 'col' }, x)))), body));
}

export async function show(route) {
  try {
    const docs = await get(casePath(route.caseId, '/documents'));
    fill(body, docs.map(d => h('tr', { dataset: { status: d.status } },
      h('td', { class: d.parentSha256 ? 'member' : null },
        h('a', { href: link(route.caseId, 'documents', d.sha256, { page: 1 }) }, d.pathInParent || d.name)),
      h('td', {}, d.status, d.reason ? ` (${d.reason})` : ''),
      h('td', {}, d.pageCount ?? ''), h('td', {}, d.mediaType || ''),
      h('td', { title: d.sha256 }, h('code', {}, shortHash(d.sha256))))));
    say(status, docs.length ? '' : 'No document in this case yet.');
  } catch (e) {
    say(status, `Could not list documents: ${e.message}`, 'error');
  }
}
