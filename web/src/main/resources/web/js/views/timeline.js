// Timeline of dated facts (calls, transfers, arrests, recruitment) for the entities in the graph, or the case.
import { h, fill, say } from '../dom.js';
import { get, casePath, enc } from '../api.js';
import { go } from '../router.js';
import { graphEntityIds } from './graph.js';
import { showRelation } from '../panels.js';

let caseId, list, status, panel, scope;

export function mount(section) {
  status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'timeline-status' });
  list = h('ol', { id: 'timeline-events', class: 'timeline' });
  panel = h('aside', { class: 'panel', id: 'timeline-panel', 'aria-live': 'polite', tabindex: '-1' }, 'Select an event to see its evidence.');
  scope = h('div', { class: 'actions' },
    h('button', { type: 'button', id: 'timeline-graph', onclick: () => go(caseId, 'timeline', null, { entities: graphEntityIds().join(',') }) }, 'Entities in the graph'),
    h('button', { type: 'button', id: 'timeline-case', onclick: () => go(caseId, 'timeline', null, { all: 1 }) }, 'Whole case'));
  fill(section, h('h2', { id: 'timeline-title' }, 'Timeline'), scope, status, h('div', { class: 'graph-area' }, list, panel));
}

export async function show(route) {
  caseId = route.caseId;
  const entities = route.params.get('entities') || (route.params.get('all') ? '' : graphEntityIds().join(','));
  say(status, 'Loading…');
  try {
    const t = await get(casePath(caseId, `/timeline${entities ? `?entities=${enc(entities)}` : ''}`));
    fill(list, t.events.map(ev => h('li', { class: `event ${ev.type}` },
      h('time', { datetime: ev.date }, ev.date), ' ',
      h('button', { type: 'button', class: 'link', onclick: () => showRelation(panel, caseId, ev.relationId).then(() => panel.focus()) },
        `${ev.source.name} —${ev.type}${ev.what !== 'date' ? ` (${ev.what})` : ''}→ ${ev.target.name}`),
      h('span', { class: 'muted' }, ' ', summary(ev.attributes)))));
    say(status, `${t.events.length} dated event(s) ${entities ? `for ${entities.split(',').length} entit${entities.split(',').length === 1 ? 'y' : 'ies'}` : 'in the case'}${t.truncated ? ' (truncated)' : ''}`);
  } catch (e) {
    say(status, `Could not load the timeline: ${e.message}`, 'error');
  }
}

function summary(a) {
  const parts = [];
  if (a.amount != null) parts.push(`${a.amount} ${a.currency || ''}`.trim());
  if (a.amount_total != null) parts.push(`total ${a.amount_total} ${a.currency || ''}`.trim());
  if (a.count != null) parts.push(`${a.count} call(s)`);
  if (a.total_duration_s != null) parts.push(`${a.total_duration_s}s`);
  return parts.join(' · ');
}
