// Document viewer: one page's text with its mentions highlighted (each a link to the entity), the
// document's hash and metadata, its container and attachments, and the original for download.
import { h, fill, say } from '../dom.js';
import { get, casePath } from '../api.js';
import { link, go } from '../router.js';

let title, meta, pager, text, legend, status;

export function mount(section) {
  title = h('h2', { id: 'document-title' }, 'Document');
  meta = h('dl', { class: 'meta', id: 'document-meta' });
  pager = h('nav', { class: 'pager', 'aria-label': 'Pages' });
  text = h('pre', { class: 'page-text', id: 'page-text', tabindex: '0', 'aria-label': 'Page text' });
  legend = h('p', { class: 'muted' }, 'Highlighted words are mentions of entities: select one to open it in the graph.');
  status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  fill(section, title, status, meta, pager, legend, text);
}

export async function show(route) {
  const { caseId, id: sha } = route;
  const page = Math.max(1, parseInt(route.params.get('page') || '1', 10));
  // span=start-end: the evidence passage to bring into view (mentions inside it are emphasised).
  const focus = (route.params.get('span') || '').split('-').map(Number).filter(n => !Number.isNaN(n));
  say(status, 'Loading…');
  try {
    const [doc, all] = await Promise.all([get(casePath(caseId, `/documents/${sha}`)), get(casePath(caseId, '/documents'))]);
    fill(title, doc.name || sha);
    showMeta(caseId, doc, all);
    const pages = doc.pageCount || 0;
    fill(pager,
      h('a', { href: page > 1 ? link(caseId, 'documents', sha, { page: page - 1 }) : null, 'aria-disabled': page <= 1 ? 'true' : null }, '← Previous'),
      h('span', { id: 'page-indicator' }, ` Page ${page} of ${pages} `),
      h('a', { href: page < pages ? link(caseId, 'documents', sha, { page: page + 1 }) : null, 'aria-disabled': page >= pages ? 'true' : null }, 'Next →'));
    if (!pages) {
      fill(text, '(no text: ', doc.status, doc.reason ? ` ${doc.reason}` : '', doc.message ? ` — ${doc.message}` : '', ')');
      say(status, '');
      return;
    }
    const [content, mentions] = await Promise.all([
      get(casePath(caseId, `/documents/${sha}/pages/${page}`)),
      get(casePath(caseId, `/documents/${sha}/pages/${page}/mentions`))]);
    text.dataset.page = String(page);
    fill(text, highlight(caseId, content.text, mentions, focus.length === 2 ? focus : null));
    say(status, `${mentions.length} mention(s) on this page`);
    text.querySelector('mark.focus')?.scrollIntoView({ block: 'center' });
  } catch (e) {
    say(status, e.status === 404 ? 'No such document or page in this case.' : `Could not open the document: ${e.message}`, 'error');
  }
}

function showMeta(caseId, doc, all) {
  const parent = doc.parentSha256 && all.find(d => d.sha256 === doc.parentSha256);
  const attachments = all.filter(d => d.parentSha256 === doc.sha256);
  const row = (k, v) => v === null || v === undefined || v === '' ? [] : [h('dt', {}, k), h('dd', {}, v)];
  fill(meta,
    row('SHA-256', h('code', { id: 'document-sha256' }, doc.sha256)),
    row('Status', `${doc.status}${doc.reason ? ` (${doc.reason})` : ''}${doc.message ? ` — ${doc.message}` : ''}`),
    row('Type', doc.mediaType), row('Size', doc.size != null ? `${doc.size} bytes` : null),
    row('Pages', doc.pageCount),
    row('Contained in', parent ? h('a', { href: link(caseId, 'documents', parent.sha256, { page: 1 }) }, parent.name) : null),
    row('Path in container', doc.pathInParent),
    row('Attachments', attachments.length ? h('ul', {}, attachments.map(a => h('li', {},
      h('a', { href: link(caseId, 'documents', a.sha256, { page: 1 }) }, a.pathInParent || a.name)))) : null),
    row('Original', h('a', { href: casePath(caseId, `/documents/${doc.sha256}/original`), download: doc.name }, 'Download the original (unmodified)')));
}

/** The page text with non-overlapping mention spans wrapped in <mark> links; the first of overlapping spans wins. */
function highlight(caseId, pageText, mentions, focus) {
  const parts = [];
  let at = 0;
  for (const m of mentions) {
    if (m.spanStart == null || m.spanEnd == null || m.spanStart < at || m.spanEnd > pageText.length) continue;
    parts.push(pageText.slice(at, m.spanStart));
    const isFocus = focus && m.spanStart >= focus[0] && m.spanEnd <= focus[1];
    parts.push(h('mark', { class: `entity ${m.label}${isFocus ? ' focus' : ''}`, dataset: { entity: m.entityId, label: m.label } },
      h('a', { href: link(caseId, 'graph', null, { entity: m.entityId }),
        title: `${m.label}: ${m.name}${m.role ? ` (${m.role})` : ''}`,
        onclick: e => { e.preventDefault(); go(caseId, 'graph', null, { entity: m.entityId }); } },
      pageText.slice(m.spanStart, m.spanEnd))));
    at = m.spanEnd;
  }
  parts.push(pageText.slice(at));
  return parts;
}
