// Side panels shared by the graph, the path finder and the timeline: an entity with its mentions,
// and a fact with its evidence (quote, document, page, span, extractor, confidence).
import { h, fill, TYPE_COLOURS } from './dom.js';
import { get, casePath, enc } from './api.js';
import { link, go } from './router.js';

/** Evidence entry → link opening the document at the page, with the passage emphasised. */
export function evidenceLink(caseId, ev) {
  const params = { page: ev.page || 1 };
  if (ev.spanStart != null && ev.spanEnd != null) params.span = `${ev.spanStart}-${ev.spanEnd}`;
  return h('a', { href: link(caseId, 'documents', ev.sha256, params), class: 'evidence-link' },
    `${ev.document || ev.sha256?.slice(0, 12)}, page ${ev.page ?? '?'}`);
}

export function quote(text) {
  return h('blockquote', { class: 'quote' }, text || '(no quote recorded)');
}

/** Fills the panel with a fact and its evidence. */
export async function showRelation(panel, caseId, relationId) {
  fill(panel, 'Loading evidence…');
  try {
    const r = await get(casePath(caseId, `/relations/${enc(relationId)}`));
    const attributes = Object.entries(r.attributes || {});
    fill(panel,
      h('h3', { id: 'evidence-title' }, `${r.source.name} — ${r.type} → ${r.target.name}`),
      h('p', { class: 'muted' }, `confidence ${r.confidence?.toFixed(2) ?? '?'} · ${r.evidence.length} source(s)`),
      attributes.length ? h('dl', { class: 'meta' }, attributes.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, Array.isArray(v) ? v.join(', ') : String(v))])) : null,
      h('h4', {}, 'Evidence'),
      h('ol', { class: 'evidence', id: 'evidence-list' }, r.evidence.map(ev => h('li', {},
        quote(ev.quote),
        h('p', {}, evidenceLink(caseId, ev), h('span', { class: 'muted' },
          ` · chars ${ev.spanStart ?? '?'}–${ev.spanEnd ?? '?'} · ${ev.extractor || 'unknown extractor'} · confidence ${ev.confidence?.toFixed(2) ?? '?'}`)),
        h('p', { class: 'muted hash' }, 'SHA-256 ', h('code', {}, ev.sha256))))));
  } catch (e) {
    fill(panel, e.status === 404 ? 'That link is no longer in the case.' : `Could not load the evidence: ${e.message}`);
  }
}

/**
 * Fills the panel with an entity: properties, what links it has, where it is mentioned.
 * actions: optional {expand, hide, pin, pinned} from the graph explorer.
 */
export async function showEntity(panel, caseId, entityId, actions = {}) {
  fill(panel, 'Loading…');
  try {
    const e = await get(casePath(caseId, `/entities/${enc(entityId)}`));
    const props = Object.entries(e.properties || {}).filter(([k]) => !['createdAt'].includes(k));
    fill(panel,
      h('h3', { id: 'entity-title' }, h('span', { class: 'badge', style: `background:${TYPE_COLOURS[e.label] || '#444'}` }, e.label), ' ', e.name),
      e.roles.length ? h('p', {}, 'Roles: ', e.roles.join(', ')) : null,
      e.aliases.filter(a => a !== e.name).length ? h('p', {}, 'Also written: ', e.aliases.filter(a => a !== e.name).join(', ')) : null,
      props.length ? h('dl', { class: 'meta' }, props.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, Array.isArray(v) ? v.join(', ') : String(v))])) : null,
      h('div', { class: 'actions' },
        actions.expand ? h('button', { type: 'button', id: 'expand-entity', onclick: actions.expand }, 'Expand neighbours') : null,
        actions.pin ? h('button', { type: 'button', onclick: actions.pin }, actions.pinned?.() ? 'Unpin' : 'Pin') : null,
        actions.hide ? h('button', { type: 'button', onclick: actions.hide }, 'Hide') : null,
        h('a', { class: 'button', href: link(caseId, 'paths', null, { from: e.id }) }, 'Paths from here'),
        h('a', { class: 'button', href: link(caseId, 'network', null, { entity: e.id }) }, 'Network behind'),
        h('a', { class: 'button', href: link(caseId, 'timeline', null, { entities: e.id }) }, 'Timeline'),
        actions.expand ? null : h('a', { class: 'button', href: link(caseId, 'graph', null, { entity: e.id }) }, 'Open in graph')),
      Object.keys(e.relations).length
        ? h('p', { class: 'muted' }, 'Links: ', Object.entries(e.relations).map(([t, n]) => `${t} ${n}`).join(' · ')) : null,
      h('h4', {}, `Mentions (${e.mentions.length})`),
      h('ol', { class: 'evidence', id: 'mention-list' }, e.mentions.slice(0, 100).map(m => h('li', {},
        quote(m.quote), h('p', {}, evidenceLink(caseId, m), h('span', { class: 'muted' }, ` · “${m.surface}”${m.role ? ` as ${m.role}` : ''}`))))));
  } catch (err) {
    fill(panel, err.status === 404 ? 'That entity is not in this case.' : `Could not load the entity: ${err.message}`);
  }
}

/** An entity picker: type a name, choose among the search hits. Calls onPick(entity). */
export function entityPicker(id, labelText, getCaseId, onPick) {
  const input = h('input', { id, type: 'search', autocomplete: 'off', 'aria-describedby': `${id}-chosen` });
  const options = h('ul', { class: 'picker-options', id: `${id}-options`, role: 'listbox', 'aria-label': `${labelText}: matches` });
  const chosen = h('span', { id: `${id}-chosen`, class: 'muted' });
  let timer;
  const pick = e => { input.value = e.name; chosen.textContent = `${e.label} selected`; options.replaceChildren(); onPick(e); };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      if (q.length < 2) return options.replaceChildren();
      try {
        const r = await get(casePath(getCaseId(), `/search?q=${enc(q)}&limit=8&types=Person,Company,BrickKiln,PhoneNumber,BankAccount,Location,Vehicle,OnlineAccount`));
        fill(options, r.entities.map(e => h('li', { role: 'option' }, h('button', { type: 'button', class: 'link', dataset: { entity: e.id }, onclick: () => pick(e) },
          `${e.name} (${e.label})`))));
      } catch { options.replaceChildren(); }
    }, 250);
  });
  return { element: h('div', { class: 'picker' }, h('label', { for: id }, labelText), input, chosen, options), input, chosen, set: pick };
}
