// The dashboard: filters in the URL (#type=protest&country=IR), then stats, map, timeline,
// table and event view, all from the JSON API of this server.
import { TYPES, TYPE_COLORS, clear, el, fmtInt, getJSON } from "./util.js";
import { WorldMap } from "./map.js";
import { drawTimeline } from "./timeline.js";
import { placeText, showEvent, showPlace } from "./eventview.js";

const FILTERS = ["type", "status", "country", "admin1", "from", "to", "text", "campaign"];
const PAGE = 25;

class Dashboard {
  constructor(config) {
    this.config = config;
    this.filters = {};
    this.offset = 0;
    this.form = document.getElementById("filters");
    this.detail = document.getElementById("detail");
    this.map = new WorldMap(document.getElementById("map"), {
      tileUrl: config.tile_url,
      onCountry: (code) => this.setFilters({ ...this.filters, country: this.filters.country === code ? "" : code, admin1: "" }),
      onPlace: (place) => showPlace(this.detail, place, (id) => this.openEvent(id)),
    });
  }

  async start() {
    fillSelect(document.getElementById("f-type"), TYPES.map((t) => [t, t]));
    drawLegend(document.getElementById("legend"));
    this.wire();
    await this.map.load();
    this.globalStats = await getJSON("/api/stats");
    fillSelect(document.getElementById("f-country"),
      Object.entries(this.globalStats.by_country).sort((a, b) => b[1] - a[1]).map(([c, n]) => [c, `${c} (${fmtInt(n)})`]));
    this.readHash();
    await this.refresh(true);
    window.addEventListener("hashchange", () => { this.readHash(); this.refresh(true); });
  }

  wire() {
    this.form.addEventListener("submit", (e) => { e.preventDefault(); this.setFilters(this.formValues()); });
    for (const id of ["f-type", "f-status", "f-country", "f-admin1", "f-from", "f-to"]) {
      document.getElementById(id).addEventListener("change", () => {
        const values = this.formValues();
        if (id === "f-country") values.admin1 = "";
        this.setFilters(values);
      });
    }
    document.getElementById("reset").addEventListener("click", () => this.setFilters({}));
    document.getElementById("prev").addEventListener("click", () => this.page(-PAGE));
    document.getElementById("next").addEventListener("click", () => this.page(PAGE));
    document.getElementById("zoom-in").addEventListener("click", () => this.zoom(1.6));
    document.getElementById("zoom-out").addEventListener("click", () => this.zoom(1 / 1.6));
    document.getElementById("zoom-fit").addEventListener("click", () => this.map.fitPlaces());
  }

  zoom(f) { const [w, h] = this.map.size(); this.map.zoomAt(f, w / 2, h / 2); }

  formValues() {
    const data = new FormData(this.form);
    return Object.fromEntries(FILTERS.map((k) => [k, (data.get(k) || "").trim()]));
  }

  query(extra = {}) {
    const params = new URLSearchParams();
    for (const k of FILTERS) if (this.filters[k]) params.set(k, this.filters[k]);
    for (const [k, v] of Object.entries(extra)) params.set(k, v);
    return params.toString();
  }

  readHash() {
    const params = new URLSearchParams(window.location.hash.slice(1));
    this.filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) || ""]));
    this.offset = 0;
    for (const k of FILTERS) { const input = this.form.elements[k]; if (input) setValue(input, this.filters[k]); }
  }

  setFilters(values) {
    const params = new URLSearchParams();
    for (const k of FILTERS) if (values[k]) params.set(k, values[k]);
    const hash = params.toString();
    if (`#${hash}` === window.location.hash || (!hash && !window.location.hash)) { this.readHash(); this.refresh(true); }
    else window.location.hash = hash;
  }

  async page(delta) {
    const next = this.offset + delta;
    if (next < 0 || next >= (this.total || 0)) return;
    this.offset = next;
    await this.loadTable();
  }

  async refresh(fit) {
    document.body.dataset.loading = "1";
    const q = this.query();
    try {
      const [stats, points] = await Promise.all([getJSON(`/api/stats?${q}`), getJSON(`/api/map?${q}`), this.loadTable()]);
      this.showStats(stats);
      this.map.setCountryCounts(stats.by_country, this.filters.country);
      this.map.setPlaces(points.places);
      if (fit) this.map.fitPlaces();
      document.getElementById("map-note").textContent = mapNote(points);
    } catch (err) {
      document.getElementById("summary").textContent = `Error: ${err.message}`;
    }
    this.updateExports(q);
    document.body.dataset.loading = "";
  }

  showStats(stats) {
    const parts = [`${plural(stats.events, "event")} from ${plural(stats.reports, "report")} in the store`];
    const active = FILTERS.filter((k) => this.filters[k]).map((k) => `${k}: ${this.filters[k]}`);
    if (active.length) parts.push(`filtered by ${active.join(", ")}`);
    document.getElementById("summary").textContent = parts.join(" · ");
    const admin1 = Object.entries(stats.by_admin1).sort((a, b) => b[1] - a[1]).slice(0, 300);
    if (this.filters.admin1 && !stats.by_admin1[this.filters.admin1]) admin1.unshift([this.filters.admin1, 0]);
    fillSelect(document.getElementById("f-admin1"), admin1.map(([a, n]) => [a, `${a} (${fmtInt(n)})`]), this.filters.admin1);
    drawTimeline(document.getElementById("timeline"), stats.by_day_type,
      { onRange: (from, to) => this.setFilters({ ...this.filters, from, to }) });
    const note = document.getElementById("campaign-note");
    note.hidden = !this.filters.campaign;
    note.textContent = this.filters.campaign ? `Showing campaign ${this.filters.campaign}` : "";
  }

  async loadTable() {
    const page = await getJSON(`/api/events?${this.query({ limit: PAGE, offset: this.offset })}`);
    this.total = page.total;
    const body = clear(document.querySelector("#events tbody"));
    for (const ev of page.events) body.append(this.row(ev));
    if (!page.events.length) body.append(el("tr", null, el("td", { colspan: 6, class: "muted" }, "No events match.")));
    const last = Math.min(page.total, this.offset + page.events.length);
    document.getElementById("page-note").textContent =
      page.total ? `${fmtInt(this.offset + 1)}–${fmtInt(last)} of ${fmtInt(page.total)}` : "";
  }

  row(ev) {
    const dot = el("span", { class: "dot" });
    dot.style.background = TYPE_COLORS[ev.type] || "#999";
    const tr = el("tr", { "data-id": ev.event_id, tabindex: 0 },
      el("td", null, (ev.date && ev.date.start) || "–"), el("td", null, dot, ev.type),
      el("td", null, ev.status), el("td", null, placeText(ev.place)),
      el("td", null, (ev.actors || []).map((a) => a.name).slice(0, 3).join("; ")),
      el("td", null, Number(ev.confidence).toFixed(2)));
    const open = () => this.openEvent(ev.event_id);
    tr.addEventListener("click", open);
    tr.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
    return tr;
  }

  openEvent(id) {
    for (const tr of document.querySelectorAll("#events tbody tr")) tr.classList.toggle("active", tr.dataset.id === id);
    return showEvent(this.detail, id, { onCampaign: (c) => this.setFilters({ campaign: c }) });
  }

  updateExports(q) {
    document.getElementById("export-csv").setAttribute("href", `/api/events?${q}${q ? "&" : ""}format=csv&limit=10000`);
    document.getElementById("export-geojson").setAttribute("href", `/api/events?${q}${q ? "&" : ""}format=geojson&limit=10000`);
  }
}

function mapNote(points) {
  const placed = points.considered - points.unplaced;
  let note = `${plural(placed, "event")} at ${plural(points.places.length, "place")}`;
  if (points.unplaced) note += `; ${fmtInt(points.unplaced)} without coordinates (country shading only)`;
  if (points.total > points.considered) note += `; first ${fmtInt(points.considered)} of ${fmtInt(points.total)} by date`;
  return note;
}

function plural(n, word) {
  return `${fmtInt(n)} ${word}${n === 1 ? "" : "s"}`;
}

function fillSelect(select, options, selected) {
  const keep = selected !== undefined ? selected : select.value;
  while (select.options.length > 1) select.remove(1);
  for (const [value, label] of options) select.append(el("option", { value }, label));
  setValue(select, keep);
}

function setValue(input, value) {
  if (input.tagName === "SELECT" && value && ![...input.options].some((o) => o.value === value)) {
    input.append(el("option", { value }, value));
  }
  input.value = value || "";
}

function drawLegend(root) {
  for (const t of TYPES) {
    const swatch = el("span", { class: "dot" });
    swatch.style.background = TYPE_COLORS[t];
    root.append(el("span", { class: "legend-item" }, swatch, t));
  }
}

async function main() {
  const config = await getJSON("/api/config");
  const dashboard = new Dashboard(config);
  window.vigilDashboard = dashboard; // for the browser tests and the console
  await dashboard.start();
  document.body.dataset.ready = "1";
}

main().catch((err) => {
  document.getElementById("summary").textContent = `Dashboard failed to start: ${err.message}`;
});
