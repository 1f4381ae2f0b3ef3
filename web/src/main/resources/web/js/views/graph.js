// Graph explorer: Cytoscape.js canvas plus an equivalent list of its elements for keyboard and
// screen-reader users. Start from an entity, expand neighbours, filter, colour, pin, hide, lay out;
// selecting a node or an edge shows its evidence in the side panel. Colour by type, role or community and
// size by centrality come from the analysis API (graph-styling.js).
import cytoscape from '/vendor/cytoscape/cytoscape.esm.min.mjs';
import { h, fill, say, ENTITY_TYPES, TYPE_COLOURS } from '../dom.js';
import { get, casePath, enc } from '../api.js';
import { showEntity, showRelation } from '../panels.js';
import { packageControl } from './packages.js';
import { styler, forget } from './graph-styling.js';
import { highlighter } from './graph-highlight.js';
import { pick } from './graph-pick.js';
import { prepareTextures } from './graph-textures.js';
import { concentricPositions } from './graph-concentric.js';

const LIST_LIMIT = 400;
/**
 * Past this many nodes a force-directed layout takes seconds (Cytoscape's cose with its defaults: over three
 * minutes at 2,000); concentric by degree stays interactive. Above it the explorer also draws plain edges, skips label
 * measurement in layouts and fits to node centres (GraphExplorerBench measures both sides of it).
 */
export const LARGE = 600;
/** Half the largest node (72 px, see STYLE) and its widest border: the margin of a fit to node centres. */
const NODE_MARGIN = 42;
const byName = new Intl.Collator().compare; // localeCompare's order, without building a collator per comparison
let caseId, cy, panel, status, typeBoxes, minConfidence, colourBy, sizeBy, legend, layoutName, nodeList, edgeList, expandTypes;
let highlight, selected = null;
let style = null;

export function mount(section) {
  status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'graph-status' });
  typeBoxes = ENTITY_TYPES.map(t => h('input', { type: 'checkbox', id: `graph-type-${t}`, value: t, checked: true, onchange: applyFilters }));
  minConfidence = h('input', { type: 'range', id: 'graph-confidence', min: '0', max: '1', step: '0.05', value: '0',
    oninput: () => { confidenceOut.textContent = minConfidence.value; applyFilters(); } });
  const confidenceOut = h('output', { for: 'graph-confidence' }, '0');
  colourBy = h('select', { id: 'graph-colour', onchange: restyle },
    h('option', { value: 'type' }, 'type'), h('option', { value: 'role' }, 'role'), h('option', { value: 'community' }, 'community'));
  sizeBy = h('select', { id: 'graph-size', onchange: restyle },
    h('option', { value: 'none' }, 'none'), h('option', { value: 'betweenness' }, 'betweenness'),
    h('option', { value: 'degree' }, 'degree'), h('option', { value: 'pagerank' }, 'PageRank'));
  legend = h('ul', { id: 'graph-legend', class: 'legend', 'aria-label': 'Legend: what the colours and sizes mean' });
  layoutName = h('select', { id: 'graph-layout', onchange: relayout },
    ['cose', 'concentric', 'breadthfirst', 'circle', 'grid'].map(n => h('option', { value: n }, n)));
  expandTypes = h('input', { id: 'graph-expand-relations', placeholder: 'e.g. CALLED,TRANSFERRED_TO', autocomplete: 'off' });
  const toolbar = h('div', { class: 'toolbar', role: 'group', 'aria-label': 'Graph controls' },
    h('fieldset', { class: 'types' }, h('legend', {}, 'Show types'),
      typeBoxes.map(b => h('span', { class: 'check' }, b, h('label', { for: b.id }, h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[b.value]}` }), b.value)))),
    h('span', {}, h('label', { for: 'graph-confidence' }, 'Min. confidence '), minConfidence, ' ', confidenceOut),
    h('span', {}, h('label', { for: 'graph-colour' }, 'Colour by '), colourBy),
    h('span', {}, h('label', { for: 'graph-size' }, 'Size by '), sizeBy),
    h('span', {}, h('label', { for: 'graph-layout' }, 'Layout '), layoutName),
    h('span', {}, h('label', { for: 'graph-expand-relations' }, 'Expand only relations '), expandTypes),
    h('button', { type: 'button', onclick: fitView }, 'Fit'),
    h('button', { type: 'button', onclick: () => { setClass(cy.elements(), 'hidden', () => false); applyFilters(); } }, 'Unhide all'),
    h('button', { type: 'button', id: 'graph-clear', onclick: () => { cy.elements().remove(); refreshLists(); fill(panel, 'Search for an entity to start.'); } }, 'Clear'));
  const canvas = h('div', { id: 'cy', class: 'cy', role: 'img', 'aria-label': 'Network graph; the same elements are listed below' });
  panel = h('aside', { id: 'evidence-panel', class: 'panel', 'aria-live': 'polite', 'aria-label': 'Details and evidence', tabindex: '-1' },
    'Search for an entity to start, or select a node or a link.');
  nodeList = h('ul', { id: 'graph-nodes', class: 'element-list' });
  edgeList = h('ul', { id: 'graph-edges', class: 'element-list' });
  // The hand-picked selection of the evidence issue: exactly the entities and links left in view.
  const control = packageControl('graph', () => caseId, () => {
    const { nodes, edges } = inView();
    return nodes.length ? { kind: 'items', title: 'Links chosen in the graph explorer',
      entities: nodes.map(n => n.id()), relations: edges.map(e => e.id()) } : null;
  });
  const head = h('div', { class: 'graph-head' }, toolbar, legend, status);
  fill(section, h('h2', { id: 'graph-title' }, 'Graph explorer'), head,
    h('div', { class: 'graph-area' }, canvas, panel),
    h('details', { class: 'elements', open: true }, h('summary', {}, 'Elements in view (keyboard access)'),
      h('div', { class: 'columns' }, h('div', {}, h('h3', {}, 'Entities'), nodeList), h('div', {}, h('h3', {}, 'Links'), edgeList))),
    control);
  // minZoom: the concentric layout of 2,000 entities needs about 0.04 to be seen whole in the canvas.
  cy = cytoscape({ container: canvas, style: STYLE, wheelSensitivity: 0.3, minZoom: 0.02, maxZoom: 4, ...RENDERING });
  highlight = highlighter(cy, canvas);
  cy.on('tap', 'node', e => selectNode(e.target.id()));
  cy.on('tap', 'edge', e => selectEdge(e.target.id()));
  cy.on('dbltap', 'node', e => expand(e.target.id()));
  // Above LARGE elements take no pointer events (see graph-pick.js): taps reach the core and are resolved here.
  // Two quick taps on the core are a double tap for Cytoscape even on two different nodes: expand only when both
  // hit the same node (Cytoscape emits the second tap before the double tap).
  const taps = [null, null];
  cy.on('tap', e => {
    if (e.target !== cy) return;
    const hit = large() ? pick(cy, e.position) : null;
    taps.unshift(hit);
    taps.length = 2;
    if (!hit) mark(null);
    else if (hit.isNode()) selectNode(hit.id());
    else selectEdge(hit.id());
  });
  cy.on('dbltap', e => {
    if (e.target === cy && taps[0]?.isNode() && taps[0].same(taps[1])) expand(taps[0].id());
  });
  // Cytoscape caches where its canvas is on the page; when the legend or the status above it changes height the
  // canvas moves without resizing, and clicks would hit the wrong node until told.
  new ResizeObserver(() => cy.resize()).observe(head);
  window.ctipGraph = cy; // for debugging in the browser console
}

export async function show(route) {
  if (caseId !== route.caseId) {
    caseId = route.caseId;
    forget();
    cy.elements().remove();
    await restyle();
  }
  cy.resize();
  const entity = route.params.get('entity');
  if (entity) {
    if (cy.$id(entity).empty()) await expand(entity);
    await selectNode(entity);
  } else if (cy.elements().empty()) {
    say(status, 'Empty graph: search for a person, phone or company and open it here.');
  }
}

/** Adds an entity's neighbourhood (with the relation filter of the toolbar) and lays the graph out again. */
export async function expand(entityId) {
  say(status, 'Loading neighbours…');
  const relations = expandTypes.value.replace(/\s/g, '');
  try {
    const graph = await get(casePath(caseId, `/entities/${enc(entityId)}/neighbours?limit=300`
      + `${relations ? `&relations=${enc(relations)}` : ''}&minConfidence=${minConfidence.value}`));
    addGraph(graph);
    cy.$id(entityId).addClass('expanded');
    say(status, `${graph.nodes.length - 1} neighbour(s), ${graph.edges.length} link(s)${graph.truncated ? ' (more exist: raise the confidence or filter relations)' : ''} · ${cy.nodes().length} entities in view`);
  } catch (e) {
    say(status, e.status === 404 ? 'That entity is not in this case.' : `Could not expand: ${e.message}`, 'error');
  }
}

/** Adds nodes and edges not yet present; used by expansion and by the path finder. */
export function addGraph(graph) {
  const before = cy.elements().length;
  // One cy.add() for everything new: Cytoscape indexes and styles the whole batch once.
  const fresh = unique(graph.nodes).filter(n => cy.$id(n.id).empty());
  // Above a few hundred nodes, curved labelled edges with arrows cost more to draw than the rest of the
  // graph together: draw them as straight unlabelled lines; a selected link still shows its type. Elements of
  // such a graph also take no pointer events in Cytoscape (graph-pick.js). New elements get the class as they
  // are added, so that each is styled once; those already there change only when the graph crosses the threshold.
  const bulk = cy.nodes().length + fresh.length > LARGE;
  const nodes = fresh.map(n => ({ group: 'nodes', data: { ...n, type: n.label, colour: style.colour(n), size: style.size(n) },
    classes: [n.minor ? 'minor' : '', bulk ? 'bulk' : ''].join(' ').trim() }));
  const ids = new Set(nodes.map(n => n.data.id));
  const known = id => ids.has(id) || cy.$id(id).nonempty();
  const edges = unique(graph.edges).filter(e => cy.$id(e.id).empty() && known(e.source) && known(e.target))
    .map(e => ({ group: 'edges', data: { ...e, confidence: e.confidence ?? 0, weak: (e.confidence ?? 0) < 0.6 },
      classes: bulk ? 'bulk' : '' }));
  cy.batch(() => {
    setClass(cy.elements(), 'bulk', () => bulk);
    cy.add([...nodes, ...edges]);
  });
  if (selected) mark(selected); // the graph may have crossed LARGE: the selection moves to the overlay or back
  if (cy.elements().length !== before) relayout();
  applyFilters();
}

const unique = items => [...new Map(items.map(x => [x.id, x])).values()];

export function graphEntityIds() {
  return cy ? cy.nodes().map(n => n.id()) : [];
}

async function selectNode(id) {
  const node = cy.$id(id);
  // The panel's request goes out first: its answer does not wait for the graph to be drawn.
  const shown = showEntity(panel, caseId, id, {
    expand: () => expand(id),
    hide: () => { node.addClass('hidden'); applyFilters(); },
    pin: () => { node.locked() ? node.unlock() : node.lock(); node.toggleClass('pinned', node.locked()); },
    pinned: () => node.locked(),
  });
  mark(node);
  // Each step of an animated pan redraws every element: above LARGE that is a second of frames, so jump there,
  // and only when the node is out of view (a clicked one is under the pointer already).
  if (node.nonempty() && !large()) cy.animate({ center: { eles: node }, duration: 200 });
  else if (node.nonempty() && !inside(node.position(), cy.extent())) cy.center(node);
  await shown;
}

async function selectEdge(id) {
  const shown = showRelation(panel, caseId, id);
  mark(cy.$id(id));
  await shown;
  panel.focus();
}

/**
 * Shows the selection (null: none). Above LARGE on the highlight overlay, without touching Cytoscape's selection
 * state, which would restyle the element and redraw the whole graph (see graph-highlight.js); below it with
 * Cytoscape's :selected style. Emits 'highlight' on cy with the id once it is on its way to the screen.
 */
function mark(ele) {
  if (selected && selected.inside() && selected.selected()) selected.unselect();
  highlight.clear();
  selected = ele && ele.nonempty() ? ele : null;
  if (!selected) return;
  if (large()) highlight.show(selected);
  else selected.select();
  cy.emit('highlight', [selected.id()]);
}

/** Loads what the colour and size controls need (cached per case), then restyles every node in one batch. */
async function restyle() {
  try {
    style = await styler(caseId, colourBy.value, sizeBy.value);
  } catch (e) {
    say(status, `Could not colour or size by the case analysis (${e.message}); showing types.`, 'error');
    colourBy.value = 'type';
    sizeBy.value = 'none';
    style = await styler(caseId, 'type', 'none');
  }
  cy.batch(() => cy.nodes().forEach(n => n.data({ colour: style.colour(n.data()), size: style.size(n.data()) })));
  refreshLists();
}

const large = () => cy.nodes().length > LARGE;
const inside = (p, box) => p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;

/**
 * Lays the graph out with the chosen layout. Above LARGE: concentric instead of cose, placed by
 * graph-concentric.js rather than by Cytoscape (which restyles every node first); node sizes without their labels
 * (measuring 2,000 labels took most of a layout, and at the zoom that shows such a graph they are not drawn); and
 * a fit to the node centres instead of to the bounds of every element with its label.
 */
function relayout() {
  const name = layoutName.value;
  const big = large();
  const byDegree = n => n.data('degree');
  const concentric = big && (name === 'cose' || name === 'concentric');
  cy.layout({ name: concentric ? 'preset' : name, animate: false, fit: !big, padding: 30,
    positions: concentric ? concentricPositions(cy.nodes(), byDegree, 2) : undefined,
    nodeDimensionsIncludeLabels: !big, concentric: byDegree, levelWidth: () => 2,
    directed: true, idealEdgeLength: () => 90, nodeRepulsion: () => 9000 }).run();
  if (big) fitView();
}

/** Fits the view to what is shown; above LARGE to the box of the node centres (one pass, no label or edge bounds). */
function fitView() {
  if (!large()) return cy.fit(cy.elements(':visible'), 30);
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  // By class, not ':visible', which would compute the style of every element here rather than when drawn.
  cy.nodes().not('.hidden, .filtered').forEach(n => {
    const { x, y } = n.position();
    box.x1 = Math.min(box.x1, x - NODE_MARGIN); box.y1 = Math.min(box.y1, y - NODE_MARGIN);
    box.x2 = Math.max(box.x2, x + NODE_MARGIN); box.y2 = Math.max(box.y2, y + NODE_MARGIN);
  });
  if (box.x1 < box.x2) cy.fit(box, 30);
  prepareTextures(cy); // likely a new zoom level: see graph-textures.js
}

function applyFilters() {
  const shownTypes = new Set(typeBoxes.filter(b => b.checked).map(b => b.value));
  const min = parseFloat(minConfidence.value);
  cy.batch(() => {
    setClass(cy.nodes(), 'filtered', n => !shownTypes.has(n.data('type')));
    setClass(cy.edges(), 'filtered', e => e.data('confidence') < min);
  });
  highlight.refresh();
  refreshLists();
}

/**
 * Gives the class to the elements that pass the test and takes it from the others, touching only those whose
 * class changes: Cytoscape's toggleClass restyles every element it is given, changed or not (7,000 elements
 * restyled on each filter change or expansion).
 */
function setClass(eles, cls, test) {
  eles.filter(e => e.hasClass(cls) !== Boolean(test(e))).toggleClass(cls);
}

/** What the investigator sees: not hidden, not filtered out, and links only between such entities. */
function inView() {
  const visible = cy.elements().filter(e => !e.hasClass('hidden') && !e.hasClass('filtered')
    && (e.isNode() || (!e.source().hasClass('hidden') && !e.source().hasClass('filtered') && !e.target().hasClass('hidden') && !e.target().hasClass('filtered'))));
  return { nodes: visible.nodes().sort((a, b) => byName(a.data('name') || '', b.data('name') || '')), edges: visible.edges() };
}

function refreshLists() {
  const { nodes, edges } = inView();
  fill(legend, style ? style.legend(nodes.map(n => n.data())) : []);
  fill(nodeList, nodes.slice(0, LIST_LIMIT).map(n => h('li', {}, h('button', { type: 'button', class: 'link', dataset: { entity: n.id() },
    onclick: () => selectNode(n.id()) }, `${n.data('name')} (${n.data('type')}${n.data('roles')?.length ? `, ${n.data('roles').join(', ')}` : ''})`))),
  nodes.length > LIST_LIMIT ? h('li', {}, `… and ${nodes.length - LIST_LIMIT} more`) : null);
  fill(edgeList, edges.slice(0, LIST_LIMIT).map(e => h('li', {}, h('button', { type: 'button', class: 'link', dataset: { relation: e.id(), type: e.data('type') },
    onclick: () => selectEdge(e.id()) }, `${e.source().data('name')} —${e.data('type')}→ ${e.target().data('name')} (${(e.data('confidence') ?? 0).toFixed(2)})`))),
  edges.length > LIST_LIMIT ? h('li', {}, `… and ${edges.length - LIST_LIMIT} more`) : null);
}

/**
 * Renderer options that keep thousands of elements interactive (measured by GraphExplorerBench): while the
 * view moves, draw the last frame as a texture and skip edges; one canvas pixel per CSS pixel.
 */
const RENDERING = { hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 };

const STYLE = [
  { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(name)', color: '#1b1f24', 'font-size': 11,
    'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'ellipsis', 'text-max-width': 140,
    'min-zoomed-font-size': 7, width: 'mapData(size, 0, 1, 18, 72)', height: 'mapData(size, 0, 1, 18, 72)',
    'border-width': 2, 'border-color': '#fff' } },
  { selector: 'node[type = "PhoneNumber"], node[type = "BankAccount"], node[type = "OnlineAccount"]', style: { shape: 'round-rectangle' } },
  { selector: 'node[type = "Company"], node[type = "BrickKiln"]', style: { shape: 'hexagon' } },
  { selector: 'node[type = "Location"]', style: { shape: 'diamond' } },
  { selector: 'node.minor', style: { 'border-color': '#1a7f37', 'border-width': 4 } },
  { selector: 'node.expanded', style: { 'border-color': '#10243e' } },
  { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 6 } },
  { selector: 'node:selected', style: { 'border-color': '#f5a623', 'border-width': 5 } },
  { selector: 'edge', style: { width: 'mapData(confidence, 0, 1, 1, 4)', 'line-color': '#8c959f', 'target-arrow-color': '#8c959f',
    'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(type)', 'font-size': 8, 'min-zoomed-font-size': 8, color: '#57606a',
    'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
  { selector: 'edge[?weak]', style: { 'line-style': 'dashed' } },
  { selector: 'edge.bulk', style: { label: '', 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
  { selector: 'edge.bulk:selected', style: { label: 'data(type)' } },
  { selector: '.bulk', style: { events: 'no' } },
  { selector: 'edge:selected', style: { 'line-color': '#f5a623', 'target-arrow-color': '#f5a623', width: 5 } },
  { selector: '.hidden, .filtered', style: { display: 'none' } },
];
