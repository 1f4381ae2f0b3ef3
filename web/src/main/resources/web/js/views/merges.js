// Merge review: suggested SAME_AS pairs with score and reasons; confirm or reject, and see who decided.
import { h, fill, say } from '../dom.js';
import { get, post, casePath, enc } from '../api.js';
import { link } from '../router.js';

let caseId, list, status, who;

export function mount(section) {
  who = h('input', { id: 'merge-by', autocomplete: 'name', value: localStorage.getItem('ctip.investigator') || '',
    onchange: () => localStorage.setItem('ctip.investigator', who.value.trim()) });
  status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'merges-status' });
  list = h('ul', { id: 'merge-list', class: 'cards' });
  fill(section, h('h2', { id: 'merges-title' }, 'Merge review'),
    h('p', {}, 'Suggested identities are never applied by themselves: confirm or reject each one. Both entities stay in the graph.'),
    h('div', { class: 'inline-form' }, h('label', { for: 'merge-by' }, 'Your name (recorded with each decision)'), who,
      h('button', { type: 'button', id: 'merge-suggest', onclick: suggest }, 'Find new suggestions')),
    status, list);
}

export async function show(route) {
  caseId = route.caseId;
  await refresh();
}

async function refresh(message) {
  try {
    render(await get(casePath(caseId, '/merges')), message);
  } catch (e) {
    say(status, `Could not load suggestions: ${e.message}`, 'error');
  }
}

async function suggest() {
  say(status, 'Comparing names across the case…');
  try {
    const r = await post(casePath(caseId, '/merges/suggest'));
    render(r.merges, `${r.suggested} suggestion(s) from the resolver`);
  } catch (e) {
    say(status, `Could not compute suggestions: ${e.message}`, 'error');
  }
}

function render(merges, message) {
  const undecided = m => m.status === 'suggested' || m.status === 'linked';
  const open = merges.filter(undecided).length;
  say(status, `${message ? `${message}. ` : ''}${merges.length} pair(s), ${open} awaiting a decision`);
  fill(list, merges.map(m => h('li', { class: `merge ${m.status}`, dataset: { merge: m.id } },
    h('p', {}, end(m.a), ' ≟ ', end(m.b), h('span', { class: 'score' }, ` score ${m.score?.toFixed(2) ?? '?'}`)),
    h('ul', {}, (m.reasons || []).map(r => h('li', {}, r))),
    // A linked pair is already one actor in analysis (the documents tie the alias to this name) until rejected.
    m.status === 'linked' ? h('p', { class: 'linked-note' }, 'Linked by the documents: analysis treats them as one person unless you reject it.') : null,
    undecided(m)
      ? h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'confirm', onclick: () => decide(m, 'confirmed') }, `Confirm same ${m.a.label.toLowerCase()}`),
        h('button', { type: 'button', class: 'reject', onclick: () => decide(m, 'rejected') }, 'Reject'))
      : h('p', { class: 'decision' }, `${m.status} by ${m.decidedBy} on ${m.decidedAt?.replace('T', ' ').slice(0, 16)}`))));
}

function end(e) {
  return h('a', { href: link(caseId, 'graph', null, { entity: e.id }) }, `${e.name} (${e.label}${e.roles?.length ? `, ${e.roles.join(', ')}` : ''})`);
}

async function decide(m, decision) {
  const by = who.value.trim();
  if (!by) {
    say(status, 'Enter your name first: every decision records who made it.', 'error');
    who.focus();
    return;
  }
  try {
    await post(casePath(caseId, `/merges/${enc(m.id)}`), { decision, by });
    await refresh(`${decision} ${m.a.name} / ${m.b.name}`);
  } catch (e) {
    say(status, `Could not record the decision: ${e.message}`, 'error');
  }
}
