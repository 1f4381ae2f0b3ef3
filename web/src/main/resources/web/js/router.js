// Hash routes: #/ (cases) and #/cases/{case}/{view}[/{id}][?query].

/** Parses location.hash into {caseId, view, id, params}. */
export function parseRoute(hash = location.hash) {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  if (parts[0] !== 'cases' || !parts[1]) return { view: 'cases', params };
  let view = parts[2] || 'search';
  if (view === 'documents' && parts[3]) view = 'document';
  return { caseId: parts[1], view, id: parts[3], params };
}

/** A hash link to a view of a case. */
export function link(caseId, view, id, params) {
  let hash = `#/cases/${encodeURIComponent(caseId)}/${view}`;
  if (id) hash += `/${encodeURIComponent(id)}`;
  const entries = Object.entries(params || {}).filter(([, v]) => v !== undefined && v !== null && v !== '');
  if (entries.length) hash += `?${new URLSearchParams(entries)}`;
  return hash;
}

export function go(caseId, view, id, params) {
  location.hash = link(caseId, view, id, params);
}
