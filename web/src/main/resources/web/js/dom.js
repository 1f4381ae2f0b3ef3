// Tiny DOM helpers. Document text is untrusted (seized files): everything goes in through
// textContent or attributes, never innerHTML.

/** h('a', {href: '#', class: 'x', onclick: fn}, 'text', child, [more]) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of el. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export const $ = (selector, root = document) => root.querySelector(selector);

/** A short status message in a live region. */
export function say(el, text, kind = 'info') {
  fill(el, text);
  el.dataset.kind = kind;
}

export function table(headers, rows) {
  return h('table', {}, h('thead', {}, h('tr', {}, headers.map(x => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows.map(r => h('tr', {}, r.map(c => h('td', {}, c))))));
}

export const shortHash = sha => (sha ? sha.slice(0, 12) + '…' : '');

/** Colours per entity type: distinct, and dark enough for white labels (contrast >= 4.5:1). */
export const TYPE_COLOURS = {
  Person: '#1f5fa8', Company: '#7a3e9d', BrickKiln: '#a4442a', PhoneNumber: '#1c7a52',
  BankAccount: '#8a6100', Location: '#4a5a6a', Vehicle: '#9c2f6b', OnlineAccount: '#2d6f7d', Arrest: '#b42318',
};
export const ENTITY_TYPES = Object.keys(TYPE_COLOURS);
export const ROLE_COLOURS = {
  suspect: '#b42318', recruiter: '#c4320a', broker: '#c4320a', victim: '#1a7f37', 'kiln owner': '#8a6100',
  driver: '#7a3e9d', 'money collector': '#9c2f6b', officer: '#1f5fa8', witness: '#4a5a6a',
};
