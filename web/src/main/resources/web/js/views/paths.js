// Path finder: shortest and alternative chains between two entities, each hop with its evidence.
// Uses GET /api/cases/{case}/paths?from=&to=&k= (the ends may be of any label, phones and accounts included).
import { h, fill, say } from '../dom.js';
import { get, casePath, enc } from '../api.js';
import { link, go } from '../router.js';
import { entityPicker, quote, evidenceLink } from '../panels.js';
import { packageControl } from './packages.js';
import { saveControl } from './analyses.js';

let caseId, from, to, k, results, status, chosen = {}, found = null, control, save;

export function mount(section) {
  from = entityPicker('path-from', 'From', () => caseId, e => { chosen.from = e.id; });
  to = entityPicker('path-to', 'To', () => caseId, e => { chosen.to = e.id; });
  k = h('input', { id: 'path-k', type: 'number', min: '1', max: '10', value: '3' });
  status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'paths-status' });
  results = h('ol', { id: 'path-results', class: 'paths' });
  const form = h('form', { class: 'inline-form', onsubmit: e => {
    e.preventDefault();
    if (!chosen.from || !chosen.to) return say(status, 'Choose both entities from the suggestions first.', 'error');
    go(caseId, 'paths', null, { from: chosen.from, to: chosen.to, k: k.value });
  } }, from.element, to.element, h('label', { for: 'path-k' }, 'Alternatives'), k, h('button', { type: 'submit', id: 'path-submit' }, 'Find paths'));
  control = packageControl('path', () => caseId, () => found);
  control.hidden = true;
  save = saveControl('path', () => caseId, () => found && { kind: 'paths',
    parameters: { from: found.from, to: found.to, k: String(found.k) } });
  save.hidden = true;
  fill(section, h('h2', { id: 'paths-title' }, 'Path finder'), form, status, results, save, control);
}

export async function show(route) {
  if (caseId !== route.caseId) { chosen = {}; results.replaceChildren(); }
  caseId = route.caseId;
  found = null;
  control.hidden = true;
  save.hidden = true;
  const f = route.params.get('from');
  const t = route.params.get('to');
  if (f) await preset(from, f, 'from');
  if (t) await preset(to, t, 'to');
  if (route.params.get('k')) k.value = route.params.get('k');
  if (!f || !t) {
    results.replaceChildren();
    return say(status, 'Pick two entities to see the chains that link them, with the evidence for every hop.');
  }
  say(status, 'Searching paths…');
  try {
    const answer = await get(casePath(caseId, `/paths?from=${enc(f)}&to=${enc(t)}&k=${enc(k.value)}`));
    const paths = answer.paths || [];
    fill(results, pathItems(caseId, answer));
    say(status, paths.length ? `${paths.length} chain(s) found` : 'No chain links these two entities in this case.');
    found = paths.length ? { kind: 'path', from: f, to: t, k: Number(k.value) } : null;
    control.hidden = !found;
    save.hidden = !found;
  } catch (e) {
    results.replaceChildren();
    say(status, e.status === 404 ? `Not found: ${e.message}` : `Path search failed: ${e.message}`, 'error');
  }
}

/** The chains of a paths answer as list items (also shows a saved analysis). */
export function pathItems(caseId, answer) {
  return (answer.paths || []).map((p, i) => h('li', { class: 'path' },
    h('h3', {}, `${i === 0 ? 'Shortest' : 'Alternative'} chain: ${p.length} hop(s)`),
    h('ol', { class: 'hops' }, (p.hops || []).map(hop => hopItem(caseId, hop)))));
}

// A hop may rest on several facts (a call and a transfer between the same two people): show each with its sources.
function hopItem(caseId, hop) {
  return h('li', { class: 'hop' },
    h('p', {}, h('strong', {}, name(hop.from)), ' — ', h('strong', {}, name(hop.to)),
      h('a', { href: link(caseId, 'graph', null, { entity: id(hop.from) }), class: 'muted' }, ' (open in graph)')),
    (hop.facts || []).map(fact => h('div', { class: 'hop-fact', 'data-type': fact.type },
      h('p', {}, h('code', {}, fact.type), ` confidence ${fact.confidence?.toFixed(2) ?? '?'}`,
        fact.liftedVia?.length ? h('span', { class: 'muted' }, ` · between their ${fact.liftedVia.map(v => v.split(':')[0]).join(' and ')}`) : null),
      (fact.evidence || []).map(ev => h('div', { class: 'hop-evidence' }, quote(ev.quote), h('p', {}, evidenceLink(caseId, ev)))))));
}

const name = end => (typeof end === 'object' && end ? end.name || end.id : end);
const id = end => (typeof end === 'object' && end ? end.id : end);

async function preset(picker, entityId, key) {
  if (chosen[key] === entityId) return;
  chosen[key] = entityId;
  try {
    const e = await get(casePath(caseId, `/entities/${enc(entityId)}`));
    picker.input.value = e.name;
    picker.chosen.textContent = `${e.label} selected`;
  } catch { picker.input.value = entityId; }
}
