// The documented HTTP API, and nothing else.

/** An API answer that was not 2xx; carries the shared error shape {error, message, details}. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

export async function get(path) {
  return handle(await fetch(path, { headers: { Accept: 'application/json' } }));
}

export async function post(path, body) {
  return handle(await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  }));
}

async function handle(response) {
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch { body = { message: text }; }
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export const enc = encodeURIComponent;
export const casePath = (caseId, rest = '') => `/api/cases/${enc(caseId)}${rest}`;

/**
 * Uploads one file with XHR, which (unlike fetch) reports upload progress. Who uploads goes in a form field, not
 * a header: names in Khmer or Chinese are not valid header bytes.
 */
export function uploadFile(caseId, file, name, onProgress, submittedBy) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', casePath(caseId, '/documents'));
    xhr.upload.onprogress = e => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onload = () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { body = { message: xhr.responseText }; }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(new ApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, { message: 'network error' }));
    const form = new FormData();
    if (submittedBy) form.append('submittedBy', submittedBy);
    form.append('files', file, name);
    xhr.send(form);
  });
}
