// In-page probes of GraphExplorerBench: loads a case's neighbourhoods into the graph explorer through its own
// code path (addGraph), times layouts, and records frames while WebDriver sends real input (drag, wheel, click).
// Installed as window.ctipBench; every call answers plain JSON.
(() => {
  const frames = n => new Promise(resolve => {
    const step = left => requestAnimationFrame(() => (left <= 1 ? resolve(performance.now()) : step(left - 1)));
    step(n);
  });
  const median = xs => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : 0; };
  const p95 = xs => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] : 0; };
  let recording = null;

  window.ctipBench = {
    /** Fetches the neighbourhoods of the given entities (not timed as rendering) and adds them in one go. */
    async fetch(caseId, ids) {
      const f0 = performance.now();
      const answers = [];
      for (const id of ids) {
        answers.push(await fetch(`/api/cases/${encodeURIComponent(caseId)}/entities/${encodeURIComponent(id)}/neighbours?limit=2000`)
          .then(r => r.json()));
      }
      window.benchGraph = { nodes: answers.flatMap(a => a.nodes), edges: answers.flatMap(a => a.edges) };
      return { fetchMs: performance.now() - f0, requests: ids.length };
    },

    async load() {
      const graph = await import('/js/views/graph.js');
      const t0 = performance.now();
      graph.addGraph(window.benchGraph);
      const t1 = performance.now();
      const t2 = await frames(2);
      return { addLayoutListsMs: t1 - t0, firstFrameMs: t2 - t0,
        nodes: window.ctipGraph.nodes().length, edges: window.ctipGraph.edges().length };
    },

    /**
     * Lays the explorer out again with the named layout (as the Layout control does) and waits for the frame
     * after the layout has stopped (a layout computed off the main thread stops after the change event returns).
     */
    async relayout(name) {
      const select = document.getElementById('graph-layout');
      select.value = name;
      const stopped = new Promise(resolve => window.ctipGraph.one('layoutstop', () => resolve(performance.now())));
      const t0 = performance.now();
      select.dispatchEvent(new Event('change'));
      const t1 = performance.now();
      const t2 = await stopped;
      const t3 = await frames(2);
      return { layout: name, layoutMs: t1 - t0, stoppedMs: t2 - t0, frameMs: t3 - t0 };
    },

    /**
     * The same elements, style and positions in a second Cytoscape over the explorer's canvas, created with
     * Cytoscape's default renderer options: the anchor for the explorer's rendering options.
     */
    async plain() {
      const { default: cytoscape } = await import('/vendor/cytoscape/cytoscape.esm.min.mjs');
      const host = document.getElementById('cy');
      const box = host.getBoundingClientRect();
      const div = document.createElement('div');
      div.id = 'bench-plain';
      Object.assign(div.style, { position: 'absolute', left: `${box.left + scrollX}px`, top: `${box.top + scrollY}px`,
        width: `${box.width}px`, height: `${box.height}px`, background: '#fbfcfd', zIndex: 5 });
      document.body.append(div);
      const t0 = performance.now();
      // Without the explorer's `events: no` (its own hit test, graph-pick.js): the anchor is hit-tested by Cytoscape.
      const style = window.ctipGraph.style().json().filter(rule => !('events' in rule.style));
      window.benchPlain = cytoscape({ container: div, style,
        elements: window.ctipGraph.elements().jsons(), layout: { name: 'preset' } });
      window.benchPlain.fit(undefined, 30);
      const t1 = performance.now();
      const t2 = await frames(2);
      return { createMs: t1 - t0, firstFrameMs: t2 - t0 };
    },

    removePlain() {
      window.benchPlain?.destroy();
      document.getElementById('bench-plain')?.remove();
      window.benchPlain = null;
      return true;
    },

    /**
     * Times a layout on the anchor instance (default options of that layout). Not cose above the explorer's LARGE:
     * with its defaults it ran over 3 minutes at 2,000 nodes, in one task that no script can stop (the WebDriver
     * call ends at its 3-minute limit and the browser stays busy), and the explorer runs concentric there instead.
     */
    async plainLayout(name) {
      const { LARGE } = await import('/js/views/graph.js');
      const nodes = window.benchPlain.nodes().length;
      if (name === 'cose' && nodes > LARGE) {
        return { layout: name, skipped: `not run: cose with its defaults at ${nodes} nodes runs over 3 minutes (above ${LARGE} the explorer uses concentric)` };
      }
      const t0 = performance.now();
      window.benchPlain.layout({ name, animate: false }).run();
      const t1 = performance.now();
      const t2 = await frames(2);
      return { layout: name, layoutMs: t1 - t0, frameMs: t2 - t0 };
    },

    /** Starts recording frame times and input→next-frame delays on the given container. */
    record(containerId) {
      const el = document.getElementById(containerId);
      const state = { frames: [], pending: [], latencies: [], inputs: 0, stop: false, el };
      const onInput = () => { state.pending.push(performance.now()); state.inputs += 1; };
      state.listeners = ['mousemove', 'mousedown', 'mouseup', 'wheel'].map(type => [type, onInput]);
      state.listeners.forEach(([type, fn]) => el.addEventListener(type, fn, { capture: true, passive: true }));
      let last = performance.now();
      const loop = () => {
        if (state.stop) return;
        const now = performance.now();
        state.frames.push(now - last);
        last = now;
        for (const t of state.pending) state.latencies.push(now - t);
        state.pending = [];
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
      recording = state;
      return true;
    },

    async stop() {
      await frames(2);
      const s = recording;
      s.stop = true;
      s.listeners.forEach(([type, fn]) => s.el.removeEventListener(type, fn, { capture: true }));
      const f = s.frames.slice(1);
      return { inputs: s.inputs, frames: f.length, frameMedianMs: median(f), frameP95Ms: p95(f), frameMaxMs: Math.max(0, ...f),
        inputToFrameMedianMs: median(s.latencies), inputToFrameP95Ms: p95(s.latencies) };
    },

    /** Where a node is drawn, as an offset from the container's centre (what WebDriver's pointer moves take). */
    async nodeOffset(instance, containerId, nodeId) {
      const cy = instance === 'plain' ? window.benchPlain : window.ctipGraph;
      cy.center(cy.$id(nodeId)); // the drags before may have moved it out of view
      document.getElementById(containerId).scrollIntoView({ block: 'center' }); // WebDriver aims at the visible part's centre
      await frames(2);
      const box = document.getElementById(containerId).getBoundingClientRect();
      const p = cy.$id(nodeId).renderedPosition();
      return { x: Math.round(p.x - box.width / 2), y: Math.round(p.y - box.height / 2), width: box.width, height: box.height,
        node: cy.$id(nodeId).renderedBoundingBox() };
    },

    /** Arms the select probe: click → node highlighted on screen, and (explorer only) → its panel filled. */
    armSelect(instance, containerId) {
      const cy = instance === 'plain' ? window.benchPlain : window.ctipGraph;
      const probe = { down: null, highlighted: null, panel: null, seen: [] };
      const el = document.getElementById(containerId);
      el.addEventListener('mousedown', e => {
        probe.down = performance.now();
        const box = el.getBoundingClientRect();
        probe.at = { x: e.clientX - box.left, y: e.clientY - box.top, target: e.target.tagName };
      }, { capture: true, once: true });
      cy.on('tapstart tapend tap', e => probe.seen.push(`${e.type} ${e.target === cy ? 'core' : e.target.id()}`));
      cy.elements().unselect();
      // The explorer says when its selection is drawn ('highlight': above LARGE on its own overlay, not through
      // Cytoscape's selection); the anchor (and an explorer from before that event) has only Cytoscape's select.
      const highlighted = async id => {
        probe.highlighted = await frames(2);
        if (instance === 'plain') return;
        const name = cy.$id(id).data('name');
        const panel = document.getElementById('evidence-panel');
        const done = () => { probe.panel = performance.now(); };
        if (panel.textContent.includes(name) && !panel.textContent.startsWith('Loading')) return done();
        const observer = new MutationObserver(() => {
          if (document.getElementById('entity-title')?.textContent.includes(name)) { observer.disconnect(); done(); }
        });
        observer.observe(panel, { childList: true, subtree: true });
      };
      let fired = false;
      const first = id => { if (!fired) { fired = true; highlighted(id); } };
      cy.one('select', 'node', e => first(e.target.id()));
      if (instance !== 'plain') cy.one('highlight', (e, id) => first(id));
      window.benchSelect = probe;
      return true;
    },

    selectResult() {
      const p = window.benchSelect;
      if (!p.highlighted) {
        const cy = window.benchPlain || window.ctipGraph;
        return { pending: true, down: p.down, at: p.at, seen: p.seen, zoom: cy.zoom(), pan: cy.pan() };
      }
      return { highlightMs: p.highlighted - p.down, panelMs: p.panel ? p.panel - p.down : null };
    },
  };
})();
