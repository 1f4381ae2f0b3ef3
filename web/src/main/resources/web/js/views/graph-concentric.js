// Cytoscape's concentric layout as positions, for large graphs. Cytoscape's own layout restyles every node before
// it places them (nodes.updateStyle(), for styles that map its `concentric` value), which at 2,000 nodes is a
// fifth of a layout switch and makes the next frame redraw all of them once more (GraphExplorerBench). The
// placement below is Cytoscape's (3.33, defaults: start at the top, clockwise, 10 px between nodes, no overlap),
// applied with the preset layout, which only moves nodes.

/**
 * Positions by id: nodes sorted by value, highest in the centre; a new ring when the value falls by levelWidth
 * or more below the first of the ring; each ring wide enough that its nodes do not overlap.
 */
export function concentricPositions(nodes, value, levelWidth) {
  let maxSize = 0;
  const values = nodes.map(n => {
    maxSize = Math.max(maxSize, n.outerWidth(), n.outerHeight());
    return { id: n.id(), value: value(n) };
  }).sort((a, b) => b.value - a.value);
  const levels = [];
  for (const v of values) {
    const level = levels[levels.length - 1];
    if (!level || Math.abs(level[0].value - v.value) >= levelWidth) levels.push([v]);
    else level.push(v);
  }
  const minDistance = maxSize + 10;
  const positions = {};
  let r = 0;
  for (const level of levels) {
    const dTheta = (2 * Math.PI - 2 * Math.PI / level.length) / Math.max(1, level.length - 1);
    if (level.length > 1) {
      const dcos = Math.cos(dTheta) - 1;
      const dsin = Math.sin(dTheta);
      r = Math.max(r, Math.sqrt(minDistance * minDistance / (dcos * dcos + dsin * dsin)));
    }
    level.forEach((v, j) => {
      const theta = 1.5 * Math.PI + dTheta * j;
      positions[v.id] = { x: r * Math.cos(theta), y: r * Math.sin(theta) };
    });
    r += minDistance;
  }
  return positions;
}
