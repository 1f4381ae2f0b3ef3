// The selection in a large graph explorer: the selected entity, its links and its neighbours (or the selected
// link and its two ends) drawn on a canvas of their own over Cytoscape's. Cytoscape keeps all elements in one
// layer texture: restyling even one of them (its :selected style, or the node grabbed under the pointer) throws
// that texture away and redraws every element one by one, about a second for 7,000 elements in software
// rendering (GraphExplorerBench). Drawn here, a selection changes nothing in Cytoscape, so nothing of it is redrawn,
// and the cost follows the size of the neighbourhood, not of the graph.

const COLOUR = '#f5a623'; // the colour of :selected in the explorer's Cytoscape style
const NEIGHBOUR = 'rgba(245, 166, 35, 0.55)';
const shown = ele => ele.inside() && !ele.hasClass('hidden') && !ele.hasClass('filtered');

/** An overlay on the container of cy; show(ele) highlights a node or an edge, clear() removes it. */
export function highlighter(cy, container) {
  const canvas = document.createElement('canvas');
  canvas.className = 'cy-highlight';
  canvas.setAttribute('aria-hidden', 'true'); // the panel and the element lists say what is selected
  container.append(canvas);
  const context = canvas.getContext('2d');
  let focus = null;
  let pending = 0;

  const schedule = () => { if (!pending) pending = requestAnimationFrame(draw); };
  // Positions change with layouts (one event per layout, not one per node) and with the view.
  cy.on('viewport resize layoutstop', schedule);
  cy.on('remove', e => { if (focus && e.target.same(focus)) { focus = null; schedule(); } });

  function draw() {
    pending = 0;
    const ratio = window.devicePixelRatio || 1;
    const width = container.clientWidth;
    const height = container.clientHeight;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    if (!focus || !shown(focus)) return;
    if (focus.isNode()) drawNode(focus);
    else drawEdge(focus);
  }

  function drawNode(node) {
    const at = node.renderedPosition();
    context.strokeStyle = NEIGHBOUR;
    context.lineWidth = 1.5;
    context.beginPath();
    const ends = [];
    node.connectedEdges().forEach(edge => {
      const other = edge.source().same(node) ? edge.target() : edge.source();
      if (!shown(edge) || !shown(other)) return;
      const p = other.renderedPosition();
      context.moveTo(at.x, at.y);
      context.lineTo(p.x, p.y);
      ends.push(p);
    });
    context.stroke();
    context.fillStyle = COLOUR;
    context.beginPath();
    for (const p of ends) {
      context.moveTo(p.x + 3, p.y);
      context.arc(p.x, p.y, 3, 0, 2 * Math.PI);
    }
    context.fill();
    ring(at, node.renderedOuterWidth() / 2);
  }

  function drawEdge(edge) {
    const s = edge.source().renderedPosition();
    const t = edge.target().renderedPosition();
    context.strokeStyle = COLOUR;
    context.lineWidth = 4;
    context.beginPath();
    context.moveTo(s.x, s.y);
    context.lineTo(t.x, t.y);
    context.stroke();
    ring(s, edge.source().renderedOuterWidth() / 2);
    ring(t, edge.target().renderedOuterWidth() / 2);
    // What the selected link is, as Cytoscape's label of a selected link would say.
    context.font = '12px system-ui, sans-serif';
    context.textAlign = 'center';
    context.lineWidth = 3;
    context.strokeStyle = '#fff';
    context.fillStyle = '#1b1f24';
    const mid = { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 - 6 };
    context.strokeText(edge.data('type'), mid.x, mid.y);
    context.fillText(edge.data('type'), mid.x, mid.y);
  }

  function ring(at, radius) {
    context.strokeStyle = COLOUR;
    context.lineWidth = 3;
    context.beginPath();
    context.arc(at.x, at.y, Math.max(radius + 3, 7), 0, 2 * Math.PI);
    context.stroke();
  }

  return {
    show(ele) { focus = ele; schedule(); },
    clear() { if (focus) { focus = null; schedule(); } },
    /** Redraws after the elements in view changed (filters, hiding). */
    refresh: schedule,
  };
}
