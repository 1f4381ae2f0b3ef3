// Saved analyses of a case: the list, one analysis as it was saved (parameters, who, when, on which graph
// state, its answer), and a replay that says whether the graph and the answer are unchanged. Also the
// "Save analysis" control of the path finder and the network view.
// Uses POST/GET /api/cases/{case}/analyses[/{id}[/replay]].
import { h, fill, say, table, shortHash } from '../dom.js';
import { get, post, casePath, enc } from '../api.js';
import { link, go } from '../router.js';
import { pathItems } from './paths.js';
import { networkParts } from './network.js';

let caseId, status, detail, list;

export function mount(section) {
  status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'analyses-status' });
  detail = h('div', { id: 'analysis-detail' });
  list = h('div', { id: 'analysis-list' });
  fill(section, h('h2', { id: 'analyses-title' }, 'Saved analyses'), status, detail, list);
}

export async function show(route) {
  caseId = route.caseId;
  detail.replaceChildren();
  try {
    if (route.id) showAnalysis(await get(casePath(caseId, `/analyses/${enc(route.id)}`)));
    const all = await get(casePath(caseId, '/analyses'));
    fill(list, h('h3', {}, 'All saved analyses of this case'), all.length
      ? table(['Name', 'Kind', 'Saved by', 'Saved at', 'Graph state'], all.map(a => [
        h('a', { href: link(caseId, 'analyses', a.id), dataset: { analysis: a.id } }, a.name), a.kind.toLowerCase(),
        a.createdBy, when(a.createdAt), h('code', { title: a.graphState }, shortHash(a.graphState))]))
      : h('p', { class: 'muted' }, 'No saved analysis yet: save one from the path finder or the network view.'));
    if (!route.id) say(status, '');
  } catch (e) {
    say(status, e.status === 404 ? `Not found: ${e.message}` : `Could not load saved analyses: ${e.message}`, 'error');
  }
}

function showAnalysis(a) {
  const replayOut = h('div', { id: 'analysis-replay', 'aria-live': 'polite' });
  fill(detail, h('section', { class: 'package', dataset: { analysis: a.id } },
    h('h3', { id: 'analysis-title' }, a.name),
    h('dl', { class: 'meta', id: 'analysis-meta' },
      h('dt', {}, 'Kind'), h('dd', {}, a.kind.toLowerCase()),
      h('dt', {}, 'Saved by'), h('dd', {}, a.createdBy),
      h('dt', {}, 'Saved at'), h('dd', {}, when(a.createdAt)),
      h('dt', {}, 'Graph state'), h('dd', {}, h('code', {}, a.graphState)),
      Object.entries(a.parameters || {}).flatMap(([k, v]) => [h('dt', {}, `Parameter ${k}`), h('dd', {}, parameterText(a, k, v))])),
    h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'analysis-replay-button', onclick: () => replay(a, replayOut) }, 'Replay'),
      rerunLink(a)),
    replayOut,
    h('h4', {}, 'Answer as saved'),
    h('div', { id: 'analysis-result' }, answer(a.kind, a.result))));
  say(status, `Saved analysis “${a.name}”`);
}

async function replay(a, out) {
  fill(out, 'Running it again with the same parameters and seed…');
  try {
    const r = await get(casePath(caseId, `/analyses/${enc(a.id)}/replay`));
    fill(out, h('p', { id: 'replay-verdict', class: 'status', dataset: { kind: r.sameResult ? 'info' : 'error' } },
      r.sameGraphState ? 'Graph state unchanged' : `Graph state changed (now ${shortHash(r.graphState)})`, ' · ',
      r.sameResult ? 'answer unchanged.' : 'answer changed: the new answer is below, the saved one stays as it was.'),
    r.sameResult ? null : h('div', { id: 'analysis-replay-result' }, h('h4', {}, 'Answer now'), answer(a.kind, r.result)));
  } catch (e) {
    fill(out, h('p', { class: 'status', dataset: { kind: 'error' } }, `Replay failed: ${e.message}`));
  }
}

/** The live view with the same parameters, for the kinds that have one. */
function rerunLink(a) {
  const p = a.parameters || {};
  if (a.kind === 'PATHS') return h('a', { class: 'button', href: link(caseId, 'paths', null, { from: p.from, to: p.to, k: p.k }) }, 'Open in the path finder');
  if (a.kind === 'NETWORK') return h('a', { class: 'button', href: link(caseId, 'network', null, { entity: p.entity }) }, 'Open in the network view');
  return null;
}

function answer(kind, result) {
  if (!result) return h('p', { class: 'muted' }, 'no answer recorded');
  if (kind === 'PATHS') return result.paths?.length ? h('ol', { class: 'paths' }, pathItems(caseId, result)) : h('p', {}, 'No chain.');
  if (kind === 'NETWORK') return h('div', {}, networkParts(caseId, result));
  if (kind === 'COMMUNITIES') {
    return table(['Community', 'Members'], result.communities.map(c => [String(c.index + 1), c.members.map(m => m.name || m.id).join(', ')]));
  }
  if (kind === 'CENTRALITY') {
    return table(['Rank', 'Betweenness', 'PageRank', 'Degree'], result.betweenness.map((b, i) => [String(i + 1),
      score(b), score(result.pageRank[i]), score(result.degree[i])]));
  }
  return h('pre', {}, JSON.stringify(result, null, 2));
}

/** Entity ids among the parameters get the name the answer gives them. */
function parameterText(a, key, value) {
  const ends = { from: a.result?.from, to: a.result?.to, entity: a.result?.subject };
  const named = ends[key];
  return named?.id === value && named.name ? `${named.name} (${value})` : value;
}

const score = s => (s ? `${s.entity.name || s.entity.id} (${s.normalized.toFixed(3)})` : '');
const when = iso => (iso ? iso.replace('T', ' ').replace(/\.\d+/, '').replace(/(Z|[+-]\d\d:\d\d)$/, ' $1') : '');

/**
 * A "Save analysis" control: a name, who saves it, and a button that posts analysis() — {kind, parameters} —
 * and opens it among the case's saved analyses.
 */
export function saveControl(idPrefix, getCase, analysis) {
  const name = h('input', { id: `${idPrefix}-save-name`, size: '28', autocomplete: 'off' });
  const by = h('input', { id: `${idPrefix}-save-by`, size: '18', autocomplete: 'name' });
  const note = h('span', { class: 'status', role: 'status', 'aria-live': 'polite', id: `${idPrefix}-save-status` });
  const form = h('form', { class: 'inline-form save-control', 'aria-label': 'Save this analysis', onsubmit: async e => {
    e.preventDefault();
    const a = analysis();
    if (!a) return say(note, 'Nothing to save yet.', 'error');
    if (!name.value.trim() || !by.value.trim()) return say(note, 'Give the analysis a name and say who saves it.', 'error');
    say(note, 'Saving…');
    try {
      const saved = await post(casePath(getCase(), '/analyses'), { ...a, name: name.value.trim(), by: by.value.trim() });
      say(note, '');
      go(getCase(), 'analyses', saved.id);
    } catch (err) {
      say(note, `Could not save: ${err.message}`, 'error');
    }
  } },
  h('label', { for: name.id }, 'Analysis name'), name, h('label', { for: by.id }, 'Saved by'), by,
  h('button', { type: 'submit', id: `${idPrefix}-save` }, 'Save analysis'), note);
  return form;
}
