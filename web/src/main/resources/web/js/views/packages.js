// Evidence packages of a case: the list, one package's files (browsable: the report, graph files, manifest),
// and the "Build evidence package" control used by the path finder and the network view.
// Uses POST/GET /api/cases/{case}/packages[/{id}[/zip|/files/<path>]].
import { h, fill, say, shortHash, table } from '../dom.js';
import { get, post, casePath, enc } from '../api.js';
import { link, go } from '../router.js';

let caseId, status, list, detail;

export function mount(section) {
  status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'packages-status' });
  detail = h('div', { id: 'package-detail' });
  list = h('div', { id: 'package-list' });
  fill(section, h('h2', { id: 'packages-title' }, 'Evidence packages'), status, detail, list);
}

export async function show(route) {
  caseId = route.caseId;
  detail.replaceChildren();
  try {
    if (route.id) showPackage(await get(casePath(caseId, `/packages/${enc(route.id)}`)));
    const all = await get(casePath(caseId, '/packages'));
    fill(list, h('h3', {}, 'All packages of this case'), all.length ? table(['Title', 'Links', 'Documents', 'Graph as of', 'SHA-256'],
      all.map(p => [h('a', { href: link(caseId, 'packages', p.id) }, p.title), p.links, p.documents, p.graphDate,
        h('code', { title: p.sha256 }, shortHash(p.sha256))])) : h('p', { class: 'muted' },
      'No package yet: build one from the path finder or the network view.'));
    if (!route.id) say(status, '');
  } catch (e) {
    say(status, e.status === 404 ? `Not found: ${e.message}` : `Could not load packages: ${e.message}`, 'error');
  }
}

function showPackage(p) {
  const file = path => casePath(caseId, `/packages/${enc(p.id)}/files/${path.split('/').map(enc).join('/')}`);
  fill(detail, h('section', { class: 'package', 'data-package': p.id },
    h('h3', { id: 'package-title' }, p.title),
    h('p', {}, `${p.links} link(s), ${p.nodes} entities, ${p.documents} document(s); graph as of ${p.graphDate}; prepared by ${p.builtBy}. `,
      h('a', { href: casePath(caseId, `/packages/${enc(p.id)}/zip`), id: 'package-zip', download: `${p.id}.zip` }, 'Download ZIP')),
    h('p', { class: 'muted hash' }, 'SHA-256 of the ZIP ', h('code', { id: 'package-sha256' }, p.sha256)),
    table(['File', 'Bytes', 'SHA-256'], p.files.map(f => [h('a', { href: file(f.path), target: '_blank', rel: 'noopener' }, f.path),
      String(f.size), h('code', { title: f.sha256 }, shortHash(f.sha256))]))));
  say(status, `Package ${p.id}`);
}

/**
 * A "Build evidence package" control: who prepares it, whether to add the originals, and a button that posts
 * selection() and opens the package. Victims stay pseudonymised; including identities is an API decision for
 * an authorised, named requester, not a click here.
 */
export function packageControl(idPrefix, getCase, selection) {
  const by = h('input', { id: `${idPrefix}-package-by`, placeholder: 'Prepared by', size: '18' });
  const originals = h('input', { id: `${idPrefix}-package-originals`, type: 'checkbox' });
  const note = h('span', { class: 'status', role: 'status', 'aria-live': 'polite', id: `${idPrefix}-package-status` });
  const button = h('button', { type: 'button', id: `${idPrefix}-package`, onclick: async () => {
    const s = selection();
    if (!s) return say(note, 'Nothing to package yet.', 'error');
    say(note, 'Building the evidence package…');
    try {
      const built = await post(casePath(getCase(), '/packages'), { ...s, requestedBy: by.value || null, includeOriginals: originals.checked });
      say(note, '');
      go(getCase(), 'packages', built.id);
    } catch (e) {
      say(note, `Could not build the package: ${e.message}`, 'error');
    }
  } }, 'Build evidence package');
  return h('div', { class: 'inline-form package-control' }, by, h('label', {}, originals, ' include cited originals'), button, note);
}
