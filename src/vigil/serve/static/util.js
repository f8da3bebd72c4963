// Small DOM helpers. Every piece of data goes into the page through textContent or
// setAttribute on a fixed list of safe attributes: never through innerHTML.

export const TYPE_COLORS = {
  protest: "#2b7bb9", strike: "#e08a1e", riot: "#c0392b", repression: "#7b3294",
  arrest: "#555f6b", attack: "#8c2d04", disaster: "#1a9850", other: "#999999",
};
export const TYPES = Object.keys(TYPE_COLORS);
const SVG_NS = "http://www.w3.org/2000/svg";
const SAFE_ATTRS = new Set(["class", "id", "title", "dir", "type", "value", "href", "target", "rel", "role",
  "aria-label", "aria-live", "tabindex", "colspan", "data-id", "data-kind", "for", "name", "selected"]);

function applyAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2), value);
    } else if (SAFE_ATTRS.has(key)) {
      node.setAttribute(key, value === true ? "" : String(value));
    } else {
      throw new Error(`attribute not allowed: ${key}`);
    }
  }
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** el("td", {class: "x"}, "text", otherNode): an element whose strings become text nodes. */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  applyAttrs(node, attrs);
  return append(node, children);
}

/** An SVG element; attributes here are geometry and styling computed by our own code. */
export function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  return append(node, children);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Safe http(s) link or plain text: report URLs are untrusted too. */
export function safeLink(url, label) {
  try {
    const parsed = new URL(url, window.location.href);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") {
      return el("a", { href: parsed.href, target: "_blank", rel: "noopener noreferrer" }, label || parsed.href);
    }
  } catch (e) { /* not a URL: shown as text below */ }
  return el("span", null, label || String(url || ""));
}

export async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = JSON.stringify((await response.json()).detail); } catch (e) { /* keep status text */ }
    throw new Error(`${response.status} ${detail}`);
  }
  return response.json();
}

export function fmtInt(n) {
  return Number(n || 0).toLocaleString("en-US");
}

/**
 * Nodes showing `text` with the spans in `marks` ({start, end, kind, label}) wrapped in <mark>.
 * Overlapping spans are split at every boundary, so each piece of text appears exactly once.
 */
export function highlighted(text, marks) {
  const cuts = new Set([0, text.length]);
  const usable = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start);
  for (const m of usable) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const covering = usable.filter((m) => m.start <= a && m.end >= b);
    if (!covering.length) { nodes.push(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(covering.map((m) => m.kind))];
    nodes.push(el("mark", { class: kinds.map((k) => `ev-${k.replace(/[^a-z]/g, "")}`).join(" "),
      title: covering.map((m) => m.label).join("; "), "data-kind": kinds.join(" ") }, piece));
  }
  return nodes;
}
