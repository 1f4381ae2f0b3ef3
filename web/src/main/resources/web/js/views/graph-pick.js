// Which entity or link is under the pointer in a large graph. Above LARGE the explorer's elements take no pointer
// events in Cytoscape (style `events: no`): Cytoscape's own hit test tries all 7,000 elements with their labels
// and arrows on every press and move, and a press makes the element under it ':active', a restyle that redraws the
// whole graph. Here a tap on the canvas is resolved once, against node centres and straight lines (the only edge
// shape drawn at that size).

/** Pointer tolerance in screen pixels, so that a node drawn two pixels wide can still be hit. */
const SLOP = 6;
const visible = ele => !ele.hasClass('hidden') && !ele.hasClass('filtered');

/** The node, else the edge, nearest to a model position within reach; null when none is. */
export function pick(cy, position) {
  const slop = SLOP / cy.zoom();
  let best = null;
  let bestDistance = Infinity;
  cy.nodes().forEach(n => {
    if (!visible(n)) return;
    const p = n.position();
    const d = Math.hypot(p.x - position.x, p.y - position.y);
    if (d <= n.outerWidth() / 2 + slop && d < bestDistance) {
      best = n;
      bestDistance = d;
    }
  });
  if (best) return best;
  cy.edges().forEach(e => {
    if (!visible(e) || !visible(e.source()) || !visible(e.target())) return;
    const d = toSegment(position, e.source().position(), e.target().position());
    if (d <= slop && d < bestDistance) {
      best = e;
      bestDistance = d;
    }
  });
  return best;
}

function toSegment(p, a, b) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
