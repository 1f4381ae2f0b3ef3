// The investigator's workbench: a hash router over views that each own one <section>.
// Routes: #/ (cases), #/cases/{case}/{view}[/{id}][?query]. Views keep their state while hidden,
// so the graph survives a trip to a document and back.
import { $, fill } from './js/dom.js';
import { get } from './js/api.js';
import { parseRoute, link } from './js/router.js';
import * as cases from './js/views/cases.js';
import * as upload from './js/views/upload.js';
import * as documents from './js/views/documents.js';
import * as documentView from './js/views/document.js';
import * as search from './js/views/search.js';
import * as graph from './js/views/graph.js';
import * as paths from './js/views/paths.js';
import * as network from './js/views/network.js';
import * as timeline from './js/views/timeline.js';
import * as merges from './js/views/merges.js';
import * as packages from './js/views/packages.js';
import * as analyses from './js/views/analyses.js';

const VIEWS = { cases, upload, documents, document: documentView, search, graph, paths, network, timeline, merges, analyses, packages };
const mounted = new Set();

async function route() {
  const r = parseRoute();
  const nav = $('#case-nav');
  nav.hidden = !r.caseId;
  if (r.caseId) {
    $('#case-name').textContent = `Case ${r.caseId}`;
    for (const a of nav.querySelectorAll('a[data-view]')) {
      a.href = link(r.caseId, a.dataset.view);
      const current = a.dataset.view === r.view || (a.dataset.view === 'documents' && r.view === 'document');
      if (current) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    }
  }
  for (const [name] of Object.entries(VIEWS)) $(`#view-${name}`).hidden = name !== r.view;
  const module = VIEWS[r.view] || cases;
  const section = $(`#view-${r.view}`) || $('#view-cases');
  if (!mounted.has(r.view)) {
    module.mount(section);
    mounted.add(r.view);
  }
  try {
    await module.show(r);
  } catch (e) {
    console.error(e);
  }
  document.title = `${section.querySelector('h2')?.textContent || 'CTIP Graph'} · CTIP Graph`;
}

async function showHealth() {
  const el = $('#health');
  try {
    const health = await get('/api/health');
    fill(el, `Server ${health.status} · v${health.version} · Neo4j ${health.neo4j.up ? health.neo4j.version : 'down'}`);
    el.dataset.health = health.status;
  } catch (e) {
    fill(el, `Server unreachable: ${e.message}`);
    el.dataset.health = 'UNREACHABLE';
  }
}

window.addEventListener('hashchange', route);
route();
showHealth();
setInterval(showHealth, 30000);
