// "Network behind an arrest": community, key players, shared phones and accounts, money flows and
// chains to the top, from GET /api/cases/{case}/entities/{id}/network.
import { h, fill, say, table } from '../dom.js';
import { get, casePath, enc } from '../api.js';
import { link, go } from '../router.js';
import { entityPicker } from '../panels.js';
import { packageControl } from './packages.js';
import { saveControl } from './analyses.js';

let caseId, picker, out, status, shown = null, control, save;

export function mount(section) {
  picker = entityPicker('network-entity', 'Arrested person or any entity', () => caseId, e => go(caseId, 'network', null, { entity: e.id }));
  status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'network-status' });
  out = h('div', { id: 'network-result' });
  control = packageControl('network', () => caseId, () => shown);
  control.hidden = true;
  save = saveControl('network', () => caseId, () => shown && { kind: 'network',
    parameters: { entity: shown.entity, seed: String(shown.seed) } });
  save.hidden = true;
  fill(section, h('h2', { id: 'network-title' }, 'Network behind an arrest'), picker.element, status, out, save, control);
}

export async function show(route) {
  caseId = route.caseId;
  const entity = route.params.get('entity');
  out.replaceChildren();
  shown = null;
  control.hidden = true;
  save.hidden = true;
  if (!entity) return say(status, 'Pick the arrested person (or any entity) to see the network behind them.');
  say(status, 'Analysing…');
  try {
    const n = await get(casePath(caseId, `/entities/${enc(entity)}/network`));
    fill(out, networkParts(caseId, n));
    say(status, '');
    shown = { kind: 'network', entity, seed: n.parameters?.seed ?? 42 };
    control.hidden = false;
    save.hidden = false;
  } catch (e) {
    say(status, e.status === 404 && e.body?.message?.startsWith('no such endpoint')
      ? 'Network analysis is not available on this server yet (GET …/network answered 404).'
      : e.status === 404 ? `Not found: ${e.message}` : `Analysis failed: ${e.message}`, 'error');
  }
}

/** The parts of a network answer (also shows a saved analysis). */
export function networkParts(caseId, n) {
  const entityLink = x => entityLinkIn(caseId, x);
  const cell = v => cellIn(caseId, v);
  return [section('Key players', n.keyPlayers, ['Name', 'Score', 'Measure'], p => [entityLink(p.entity || p), fmt(p.score), p.measure], cell),
    section('Community', n.community, ['Member'], m => [entityLink(m)], cell),
    section('Shared phones and accounts', n.sharedIdentifiers, null, null, cell),
    section('Money flows', n.moneyFlows, null, null, cell),
    section('Chains to the top', n.chains, null, null, cell)];
}

const fmt = v => (typeof v === 'number' ? v.toFixed(3) : v ?? '');

function entityLinkIn(caseId, x) {
  if (typeof x === 'string') return h('a', { href: link(caseId, 'graph', null, { entity: x }) }, x);
  return h('a', { href: link(caseId, 'graph', null, { entity: x.id }) }, x.name || x.id);
}

/** A titled table; rows of unknown shape are shown key by key, so new fields appear without a UI change. */
function section(title, items, headers, row, cell) {
  const list = items || [];
  let body;
  if (!list.length) body = h('p', { class: 'muted' }, 'none');
  else if (headers) body = table(headers, list.map(row));
  else {
    const keys = [...new Set(list.flatMap(i => (typeof i === 'object' && i ? Object.keys(i) : ['value'])))];
    body = table(keys, list.map(i => keys.map(k => cell(typeof i === 'object' && i ? i[k] : i))));
  }
  return h('section', { class: 'network-part' }, h('h3', {}, title), body);
}

function cellIn(caseId, v) {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(x => (typeof x === 'object' && x ? x.name || x.id || JSON.stringify(x) : String(x))).join(' → ');
  if (typeof v === 'object') return v.name || v.id ? entityLinkIn(caseId, v) : JSON.stringify(v);
  return fmt(v);
}
