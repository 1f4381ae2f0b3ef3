// How the graph explorer colours and sizes its nodes, and the legend that explains it. Colour by entity
// type, by role, or by Leiden community (GET …/analysis/communities); size by betweenness, degree or PageRank
// (GET …/analysis/centrality?top=…). Both analyses cover the whole case network — persons, companies and
// kilns, with calls and transfers between phones and accounts lifted to their users — so phones, accounts,
// places and vehicles have no community and no score: the legend says so.
import { h, TYPE_COLOURS, ROLE_COLOURS } from '../dom.js';
import { get, casePath } from '../api.js';

/** Distinct, and at least 4.5:1 against the white canvas, like the type colours. */
const COMMUNITY_COLOURS = ['#1f5fa8', '#b42318', '#1a7f37', '#8a6100', '#7a3e9d', '#0e7490', '#c2410c', '#9c2f6b',
  '#4d7c0f', '#1e3a8a', '#a21caf', '#57534e'];
const OTHER = '#3d4751';
const NONE = '#6e7781';
/** Every actor's score, not the top ten: the server caps `top` at a million. */
const ALL_SCORES = 1000000;
export const MEASURES = { betweenness: 'betweenness', degree: 'degree', pagerank: 'pageRank' };

let analyses = new Map();

/** Forget cached analyses (another case, or the graph changed). */
export function forget() {
  analyses = new Map();
}

function cached(key, load) {
  if (!analyses.has(key)) analyses.set(key, load().catch(e => { analyses.delete(key); throw e; }));
  return analyses.get(key);
}

/** entity id → community index, communities numbered largest first from 1. */
function communities(caseId) {
  return cached('communities', async () => {
    const answer = await get(casePath(caseId, '/analysis/communities'));
    const ordered = [...answer.communities].sort((a, b) => b.members.length - a.members.length || a.index - b.index);
    const byEntity = new Map();
    ordered.forEach((c, i) => c.members.forEach(m => byEntity.set(m.id, i + 1)));
    return { byEntity, sizes: ordered.map(c => c.members.length), modularity: answer.modularity };
  });
}

/** entity id → score in 0..1 (square root of the share of the highest, so that brokers stand out without dwarfing the rest). */
function scores(caseId, measure) {
  return cached(`centrality:${measure}`, async () => {
    const answer = await get(casePath(caseId, `/analysis/centrality?top=${ALL_SCORES}`));
    const list = answer[MEASURES[measure]] || [];
    const max = Math.max(...list.map(s => s.raw), 0);
    const byEntity = new Map(list.map(s => [s.entity.id, max > 0 ? Math.sqrt(s.raw / max) : 0]));
    return { byEntity, top: max > 0 ? list[0].entity : null, exact: answer.exactBetweenness };
  });
}

/**
 * Loads what the chosen colouring and sizing need and returns a styler:
 * {colour(nodeData), size(nodeData), legend(nodesInView)}.
 */
export async function styler(caseId, colourBy, sizeBy) {
  const community = colourBy === 'community' ? await communities(caseId) : null;
  const score = sizeBy !== 'none' ? await scores(caseId, sizeBy) : null;
  const colour = n => colourOf(n, colourBy, community);
  return {
    colour,
    size: n => (score ? score.byEntity.get(n.id) ?? 0 : 0.15),
    legend: nodes => legendItems(nodes, colourBy, colour, community).concat(sizeNote(sizeBy, score)),
  };
}

function colourOf(n, colourBy, community) {
  if (colourBy === 'community') {
    const index = community.byEntity.get(n.id);
    if (index === undefined) return NONE;
    return COMMUNITY_COLOURS[index - 1] || OTHER;
  }
  if (colourBy === 'role') {
    const role = (n.roles || []).map(r => r.toLowerCase()).find(r => ROLE_COLOURS[r]);
    return role ? ROLE_COLOURS[role] : NONE;
  }
  return TYPE_COLOURS[n.label] || NONE;
}

/** One legend row per colour in view, most frequent first. */
function legendItems(nodes, colourBy, colour, community) {
  const counts = new Map();
  for (const n of nodes) {
    const key = legendLabel(n, colourBy, community);
    const entry = counts.get(key) || { colour: colour(n), count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .map(([label, { colour: c, count }]) => h('li', { dataset: { colour: c } },
      h('span', { class: 'swatch', style: `background:${c}`, 'aria-hidden': 'true' }), `${label}: ${count} in view`));
}

function legendLabel(n, colourBy, community) {
  if (colourBy === 'community') {
    const index = community.byEntity.get(n.id);
    if (index === undefined) return 'not in the case network (phones, accounts, places…)';
    return index <= COMMUNITY_COLOURS.length ? `community ${index} of ${community.sizes.length}, ${community.sizes[index - 1]} members`
      : 'smaller communities';
  }
  if (colourBy === 'role') return (n.roles || []).map(r => r.toLowerCase()).find(r => ROLE_COLOURS[r]) || 'no known role';
  return n.label;
}

function sizeNote(sizeBy, score) {
  if (!score) return [];
  const measure = { betweenness: 'betweenness (brokers)', degree: 'degree (most links)', pagerank: 'PageRank' }[sizeBy];
  return [h('li', { class: 'legend-size' }, `Size: ${measure} over the whole case network${score.top ? `; largest ${score.top.name}` : '; every score is 0'}`
    + `${sizeBy === 'betweenness' && score.exact === false ? ' (sampled)' : ''}. Entities outside it are drawn smallest.`)];
}
