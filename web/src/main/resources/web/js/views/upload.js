// Upload: drag-and-drop of files and whole folders, one XHR per file for per-file progress, then
// live job status until each document is ingested, partial or rejected (with the reason), and retry.
import { h, fill, say } from '../dom.js';
import { get, post, casePath, enc, uploadFile } from '../api.js';
import { link } from '../router.js';

const PARALLEL_UPLOADS = 2;
const POLL_MS = 1000;
let caseId, rows, status, report, uploader;
const queue = [];
let running = 0;

export function mount(section) {
  // Each selection is handed over and the input emptied: choosing files again (or in another case) must not
  // upload the previous selection a second time.
  const files = h('input', { type: 'file', id: 'upload-files', multiple: true, onchange: e =>
    handOver(e.target, f => ({ file: f, path: f.name })) });
  const folder = h('input', { type: 'file', id: 'upload-folder', webkitdirectory: true, onchange: e =>
    handOver(e.target, f => ({ file: f, path: f.webkitRelativePath || f.name })) });
  const zone = h('div', { class: 'dropzone', id: 'dropzone', tabindex: '0', role: 'region', 'aria-label': 'Drop files or folders here',
    ondragover: e => { e.preventDefault(); zone.classList.add('over'); },
    ondragleave: () => zone.classList.remove('over'),
    ondrop: async e => { e.preventDefault(); zone.classList.remove('over'); add(await dropped(e.dataTransfer)); },
    onkeydown: e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); files.click(); } } },
  h('p', {}, 'Drop seized files or whole folders here'),
  h('p', {}, h('label', { for: 'upload-files' }, 'Choose files '), files),
  h('p', {}, h('label', { for: 'upload-folder' }, 'or a folder '), folder));
  // Recorded on each job for the chain of custody (until sign-in supplies the user).
  uploader = h('input', { id: 'upload-by', autocomplete: 'name', placeholder: 'name and unit', size: '28' });
  rows = h('tbody', { id: 'upload-rows' });
  status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  report = h('div', { id: 'ingestion-report' });
  fill(section, h('h2', { id: 'upload-title' }, 'Upload documents'),
    h('p', {}, h('label', { for: 'upload-by' }, 'Uploaded by '), uploader), zone, status,
    h('table', { class: 'uploads', 'aria-label': 'Uploads' }, h('thead', {}, h('tr', {},
      ['File', 'Upload', 'Status', 'Details', ''].map(x => h('th', { scope: 'col' }, x)))), rows),
    h('h3', {}, 'Ingestion report'), report);
}

export async function show(route) {
  if (caseId !== route.caseId) {
    caseId = route.caseId;
    rows.replaceChildren();
  }
  await refreshReport();
}

function handOver(input, entry) {
  const chosen = [...input.files].map(entry);
  input.value = '';
  add(chosen);
}

/** Files of a drop, walking into dropped folders (webkitGetAsEntry is the only folder API browsers share). */
async function dropped(transfer) {
  const entries = [...transfer.items].map(i => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
  if (!entries.length) return [...transfer.files].map(f => ({ file: f, path: f.name }));
  const out = [];
  const walk = async (entry, prefix) => {
    if (entry.isFile) {
      out.push({ file: await new Promise((res, rej) => entry.file(res, rej)), path: prefix + entry.name });
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      let batch;
      do {
        batch = await new Promise((res, rej) => reader.readEntries(res, rej));
        for (const child of batch) await walk(child, `${prefix}${entry.name}/`);
      } while (batch.length);
    }
  };
  for (const e of entries) await walk(e, '');
  return out;
}

function add(items) {
  for (const item of items) {
    const progress = h('progress', { max: '1', value: '0', 'aria-label': `Upload of ${item.path}` });
    const state = h('span', { class: 'state' }, 'waiting');
    const details = h('span', {});
    const actions = h('span', {});
    const row = h('tr', { dataset: { file: item.file.name } }, h('td', {}, item.path), h('td', {}, progress),
      h('td', {}, state), h('td', {}, details), h('td', {}, actions));
    rows.append(row);
    queue.push({ ...item, caseId, progress, state, details, actions, row });
  }
  say(status, `${items.length} file(s) added`);
  pump();
}

function pump() {
  while (running < PARALLEL_UPLOADS && queue.length) {
    const item = queue.shift();
    running++;
    send(item).finally(() => { running--; pump(); });
  }
}

async function send(item) {
  setState(item, 'uploading', 'uploading');
  try {
    const receipt = await uploadFile(item.caseId, item.file, item.file.name, p => { item.progress.value = p; },
      uploader.value.trim());
    item.progress.value = 1;
    const refused = receipt.refused?.[0];
    if (refused) return setState(item, 'refused', 'refused', refused.message);
    const accepted = receipt.accepted[0];
    item.sha256 = accepted.sha256;
    item.row.dataset.sha256 = accepted.sha256;
    if (accepted.duplicate) fill(item.details, 'already in the case · ');
    await follow(item, accepted.jobId);
  } catch (e) {
    const refused = e.body?.details?.refused?.[0] || e.body?.refused?.[0];
    setState(item, 'failed', 'failed', refused ? refused.message : e.message);
  }
}

/** Polls the job until it ends, then shows what became of the document. */
async function follow(item, jobId) {
  for (;;) {
    const job = await get(`/api/jobs/${enc(jobId)}`);
    if (job.state === 'DONE' || job.state === 'FAILED') {
      if (job.state === 'FAILED') setState(item, 'failed', 'failed', job.error || 'internal failure');
      else await showDocument(item);
      break;
    }
    setState(item, job.state.toLowerCase(), job.stage || job.state.toLowerCase());
    await new Promise(r => setTimeout(r, POLL_MS));
  }
  refreshReport();
}

async function showDocument(item) {
  const doc = await get(casePath(item.caseId, `/documents/${item.sha256}`));
  const status = (doc.status || 'unknown').toLowerCase();
  const why = doc.status === 'REJECTED' ? `${doc.reason}: ${doc.message || ''}` :
    doc.status === 'PARTIAL' ? (doc.warnings || []).join('; ') || doc.message : `${doc.pageCount ?? 0} page(s)`;
  setState(item, status, status, why);
  item.actions.append(h('a', { href: link(item.caseId, 'documents', item.sha256) }, 'Open'));
  if (doc.status !== 'INGESTED') {
    item.actions.append(' ', h('button', { type: 'button', onclick: () => retry(item) }, 'Retry'));
  }
}

async function retry(item) {
  item.actions.replaceChildren();
  try {
    const job = await post(casePath(item.caseId, `/documents/${item.sha256}/reingest`));
    await follow(item, job.id);
  } catch (e) {
    setState(item, 'failed', 'failed', e.message);
  }
}

function setState(item, kind, text, details) {
  item.state.textContent = text;
  item.row.dataset.state = kind;
  if (details !== undefined) item.details.append(details);
}

async function refreshReport() {
  try {
    const docs = await get(casePath(caseId, '/documents'));
    const count = s => docs.filter(d => d.status === s).length;
    fill(report,
      h('p', { id: 'report-summary' }, `${docs.length} document(s): ${count('INGESTED')} ingested, ${count('PARTIAL')} partial, `
        + `${count('REJECTED')} rejected, ${docs.length - count('INGESTED') - count('PARTIAL') - count('REJECTED')} waiting`),
      docs.filter(d => d.status === 'REJECTED' || d.status === 'PARTIAL').length
        ? h('ul', {}, docs.filter(d => d.status === 'REJECTED' || d.status === 'PARTIAL').map(d => h('li', {},
          h('a', { href: link(caseId, 'documents', d.sha256) }, d.name), ` ${d.status}: ${d.reason || ''} ${d.message || (d.warnings || []).join('; ')}`)))
        : null,
      h('p', {}, h('a', { href: link(caseId, 'documents') }, 'All documents')));
  } catch (e) {
    say(report, `Could not read the documents: ${e.message}`, 'error');
  }
}
