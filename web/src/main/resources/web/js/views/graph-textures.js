// Node textures drawn before the frame that uses them, after a layout or a fit. Cytoscape draws each node from a texture (a canvas holding
// many nodes' images) at the zoom level of the view, and draws a node into its texture the first time that level
// is used, in the middle of drawing the frame. Chrome copies a canvas whenever it is drawn from after being drawn
// to, so that frame copied a texture once per node: 2,000 copies, three to six seconds for the first layout at a
// new zoom level (GraphExplorerBench, software rendering). Drawn here first, all in one go, each texture is
// copied once in the frame.

/**
 * Fills Cytoscape's node texture cache for the current zoom. Uses the canvas renderer's cache (Cytoscape 3.33,
 * pinned in web/pom.xml); where that is not there it does nothing, and the frame draws the textures as before.
 */
export function prepareTextures(cy) {
  const renderer = cy.renderer();
  const cache = renderer?.data?.eleTxrCache;
  if (typeof cache?.getElement !== 'function' || typeof cache.getBoundingBox !== 'function') return;
  const ratio = renderer.getPixelRatio();
  cy.nodes().forEach(n => {
    if (!n.hasClass('hidden') && !n.hasClass('filtered')) cache.getElement(n, cache.getBoundingBox(n), ratio);
  });
}
