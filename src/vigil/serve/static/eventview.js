// The event view: what the event is, and the words in each report that say so, highlighted.
import { TYPE_COLORS, clear, el, fmtInt, getJSON, highlighted, safeLink } from "./util.js";

const FULL_TEXT_LIMIT = 20000;

function dateText(d) {
  if (!d || !d.start) return "date unknown";
  const span = d.end && d.end !== d.start ? `${d.start} to ${d.end}` : d.start;
  return d.basis === "published" ? `${span} (publication date)` : span;
}

export function placeText(p) {
  if (!p) return "";
  const parts = [p.city, p.admin1, p.country].filter(Boolean);
  if (p.nationwide) parts.unshift("nationwide");
  return parts.join(", ") || p.name || "place unknown";
}

function fact(label, value) {
  return value ? el("div", { class: "fact" }, el("dt", null, label), el("dd", null, value)) : null;
}

function header(ev, onCampaign) {
  const badge = el("span", { class: `badge type-${ev.type}` }, ev.type);
  badge.style.background = TYPE_COLORS[ev.type] || "#999";
  const campaign = ev.campaign_id
    ? el("button", { type: "button", class: "link", onclick: () => onCampaign(ev.campaign_id) }, "show campaign")
    : null;
  return [
    el("h2", null, badge, " ", ev.subtype || "", " ", el("span", { class: "muted" }, ev.status)),
    el("dl", { class: "facts" },
      fact("When", dateText(ev.date)), fact("Where", placeText(ev.place)),
      fact("Precision", ev.place && ev.place.precision), fact("Confidence", String(ev.confidence)),
      fact("Actors", (ev.actors || []).map((a) => `${a.name} (${a.role})`).join("; ")),
      fact("Issues", (ev.issues || []).join("; ")),
      ev.campaign_id ? el("div", { class: "fact" }, el("dt", null, "Campaign"), el("dd", null, campaign)) : null,
      fact("Event id", ev.event_id)),
  ];
}

function excerptNode(item) {
  if (!item.excerpt) return el("p", { class: "excerpt missing" }, `“${item.text}” (report text not available)`);
  const x = item.excerpt;
  const mark = { start: x.mark_start, end: x.mark_end, kind: item.kind, label: item.label };
  return el("p", { class: "excerpt", dir: "auto" }, x.truncated_before ? "… " : "", highlighted(x.text, [mark]),
    x.truncated_after ? " …" : "");
}

function evidenceList(items) {
  if (!items.length) return el("p", { class: "muted" }, "No evidence recorded.");
  return el("ol", { class: "evidence" }, items.map((item) => el("li", { "data-kind": item.kind },
    el("div", { class: "ev-label" }, el("span", { class: `kind kind-${item.kind.replace(/[^a-z]/g, "")}` }, item.kind),
      " ", item.label, " ", el("span", { class: "muted" }, `${item.report_id} [${item.start}:${item.end}]`),
      item.verified ? null : el("span", { class: "warn" }, " offsets do not match the report")),
    excerptNode(item))));
}

async function reportBlock(meta, container) {
  const title = el("h4", { dir: "auto" }, meta.title || meta.id);
  const info = el("p", { class: "muted small" }, [meta.source, meta.published, meta.language].filter(Boolean).join(" · "),
    meta.url ? " · " : "", meta.url ? safeLink(meta.url, "original") : "");
  const body = el("div", { class: "report-text" });
  container.append(el("section", { class: "report", "data-id": meta.id }, title, info, body));
  if (meta.missing) { body.append(el("p", { class: "warn" }, "This report is not in the store.")); return; }
  const load = async () => {
    const report = await getJSON(`/api/reports/${encodeURIComponent(meta.id)}`);
    clear(body).append(el("p", { class: "full-text", dir: "auto" }, highlighted(report.text, meta.marks)));
  };
  if (meta.length <= FULL_TEXT_LIMIT) await load();
  else body.append(el("button", { type: "button", onclick: load }, `Show full text (${fmtInt(meta.length)} characters)`));
}

export async function showEvent(root, eventId, { onCampaign = () => {} } = {}) {
  clear(root).append(el("p", { class: "muted" }, "Loading…"));
  let detail;
  try {
    detail = await getJSON(`/api/events/${encodeURIComponent(eventId)}`);
  } catch (err) {
    clear(root).append(el("p", { class: "warn" }, `Could not load event: ${err.message}`));
    return;
  }
  const reports = el("div", { class: "reports" });
  clear(root).append(...header(detail.event, onCampaign),
    el("h3", null, "Evidence"), evidenceList(detail.evidence),
    el("h3", null, `Report${detail.reports.length === 1 ? "" : "s"}`), reports);
  root.dataset.eventId = eventId;
  for (const meta of detail.reports) await reportBlock(meta, reports);
  root.dataset.ready = "1";
}

export function showPlace(root, place, onEvent) {
  clear(root).append(el("h2", null, place.label || "Place"),
    el("p", { class: "muted" }, `${fmtInt(place.n)} event${place.n === 1 ? "" : "s"} here`),
    el("ul", { class: "place-events" }, place.events.map((e) => el("li", null,
      el("button", { type: "button", class: "link", onclick: () => onEvent(e.id) },
        `${e.date || "undated"} · ${e.type}`)))),
    place.n > place.events.length ? el("p", { class: "muted small" }, `first ${place.events.length} shown`) : null);
}
