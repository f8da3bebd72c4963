// The map: country outlines shipped with Vigil (world.json, Natural Earth 1:110m), drawn as SVG
// in Web Mercator; countries shaded by event count; event places as clustered markers.
// Optional raster tiles (settings.tile_url) are drawn underneath when configured.
import { TYPE_COLORS, clear, fmtInt, svg } from "./util.js";

const WORLD = 256; // size of the Mercator square at zoom 1, as a tile at zoom 0
const MAX_LAT = 85.0511;
const CELL = 38; // cluster grid cell in screen pixels

export function project(lon, lat) {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  const x = ((lon + 180) / 360) * WORLD;
  const y = ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * WORLD;
  return [x, y];
}

function ringPath(ring) {
  let d = "";
  let prevX = null;
  for (const [lon, lat] of ring) {
    const [x, y] = project(lon, lat);
    // start a new subpath rather than draw a line across the whole map at the antimeridian
    const jump = prevX !== null && Math.abs(x - prevX) > WORLD / 2;
    d += `${d && !jump ? "L" : "M"}${x.toFixed(2)},${y.toFixed(2)}`;
    prevX = x;
  }
  return d + "Z";
}

function featurePath(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((poly) => poly.map(ringPath).join("")).join("");
}

function shade(n, max) {
  if (!n) return null;
  const t = Math.log(1 + n) / Math.log(1 + Math.max(max, 1));
  const light = 88 - t * 50;
  return `hsl(18, ${55 + t * 30}%, ${light}%)`;
}

export class WorldMap {
  constructor(root, { tileUrl = null, onCountry = () => {}, onPlace = () => {} } = {}) {
    this.root = root;
    this.tileUrl = tileUrl;
    this.onCountry = onCountry;
    this.onPlace = onPlace;
    this.view = { k: 1, tx: 0, ty: 0 };
    this.places = [];
    this.countryPaths = new Map();
    this.buildSvg();
  }

  buildSvg() {
    clear(this.root);
    this.svg = svg("svg", { class: "map-svg", role: "img", "aria-label": "map of events" });
    this.tiles = svg("g", { class: "tiles" });
    this.land = svg("g", { class: "land" });
    this.markers = svg("g", { class: "markers" });
    this.svg.append(this.tiles, this.land, this.markers);
    this.root.append(this.svg);
    this.attachZoom();
  }

  size() {
    const box = this.svg.getBoundingClientRect();
    return [box.width || 600, box.height || 360];
  }

  async load() {
    const response = await fetch("/static/world.json");
    const world = await response.json();
    for (const feature of world.features) {
      const title = svg("title", null, feature.properties.name);
      const path = svg("path", { d: featurePath(feature.geometry), class: "country",
        "vector-effect": "non-scaling-stroke" }, title);
      path.dataset.country = feature.id || "";
      path.dataset.name = feature.properties.name;
      path.addEventListener("click", () => feature.id && this.onCountry(feature.id));
      this.land.append(path);
      if (feature.id) this.countryPaths.set(feature.id, path);
    }
    this.fitWorld();
  }

  setCountryCounts(byCountry, selected) {
    const max = Math.max(0, ...Object.values(byCountry));
    for (const [code, path] of this.countryPaths) {
      const n = byCountry[code] || 0;
      const fill = shade(n, max);
      if (fill) path.style.fill = fill; else path.style.removeProperty("fill");
      path.classList.toggle("selected", code === selected);
      path.firstChild.textContent = `${path.dataset.name}: ${fmtInt(n)} event${n === 1 ? "" : "s"}`;
    }
  }

  setPlaces(places) {
    this.places = places.map((p) => ({ ...p, xy: project(p.lon, p.lat) }));
    this.drawMarkers();
  }

  fitWorld() {
    const [w, h] = this.size();
    const k = Math.max(w / WORLD, h / (WORLD * 0.72));
    this.setView(k, (w - WORLD * k) / 2, (h - WORLD * k) / 2 - WORLD * k * 0.08);
  }

  fitPlaces() {
    if (!this.places.length) { this.fitWorld(); return; }
    const xs = this.places.map((p) => p.xy[0]);
    const ys = this.places.map((p) => p.xy[1]);
    this.fitBox(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
  }

  fitBox(x0, y0, x1, y1) {
    const [w, h] = this.size();
    const pad = 6;
    const k = Math.min(24, Math.max(w / WORLD, Math.min(w / (x1 - x0 + pad), h / (y1 - y0 + pad)) * 0.8));
    this.setView(k, w / 2 - ((x0 + x1) / 2) * k, h / 2 - ((y0 + y1) / 2) * k);
  }

  setView(k, tx, ty) {
    this.view = { k, tx, ty };
    this.land.setAttribute("transform", `translate(${tx},${ty}) scale(${k})`);
    this.drawTiles();
    this.drawMarkers();
  }

  zoomAt(factor, sx, sy) {
    const { k, tx, ty } = this.view;
    const [w] = this.size();
    const nk = Math.min(4096, Math.max(w / WORLD / 2, k * factor));
    const f = nk / k;
    this.setView(nk, sx - (sx - tx) * f, sy - (sy - ty) * f);
  }

  attachZoom() {
    this.svg.addEventListener("wheel", (e) => {
      e.preventDefault();
      const box = this.svg.getBoundingClientRect();
      this.zoomAt(e.deltaY < 0 ? 1.25 : 0.8, e.clientX - box.left, e.clientY - box.top);
    }, { passive: false });
    let drag = null;
    this.svg.addEventListener("pointerdown", (e) => {
      drag = { x: e.clientX, y: e.clientY, tx: this.view.tx, ty: this.view.ty, moved: false };
    });
    this.svg.addEventListener("pointermove", (e) => {
      if (!drag) return;
      const dx = e.clientX - drag.x; const dy = e.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      if (drag.moved) this.setView(this.view.k, drag.tx + dx, drag.ty + dy);
    });
    const end = () => { if (drag && drag.moved) this.suppressClick = true; drag = null; };
    this.svg.addEventListener("pointerup", end);
    this.svg.addEventListener("pointerleave", end);
    this.svg.addEventListener("click", (e) => {
      if (this.suppressClick) { e.stopPropagation(); e.preventDefault(); this.suppressClick = false; }
    }, true);
  }

  clusters() {
    const { k, tx, ty } = this.view;
    const cells = new Map();
    for (const p of this.places) {
      const sx = p.xy[0] * k + tx; const sy = p.xy[1] * k + ty;
      const key = `${Math.floor(sx / CELL)},${Math.floor(sy / CELL)}`;
      let c = cells.get(key);
      if (!c) { c = { places: [], n: 0, sx: 0, sy: 0, types: {} }; cells.set(key, c); }
      c.places.push(p); c.n += p.n; c.sx += sx * p.n; c.sy += sy * p.n;
      for (const [t, m] of Object.entries(p.types)) c.types[t] = (c.types[t] || 0) + m;
    }
    return [...cells.values()].map((c) => ({ ...c, sx: c.sx / c.n, sy: c.sy / c.n }));
  }

  drawMarkers() {
    clear(this.markers);
    for (const c of this.clusters()) {
      const top = Object.entries(c.types).sort((a, b) => b[1] - a[1])[0][0];
      const r = Math.min(24, 5 + 3 * Math.sqrt(c.n));
      const label = c.places.length === 1 ? c.places[0].label : `${c.places.length} places`;
      const g = svg("g", { class: "marker", transform: `translate(${c.sx.toFixed(1)},${c.sy.toFixed(1)})`,
        tabindex: 0, role: "button" },
        svg("title", null, `${label}: ${fmtInt(c.n)} event${c.n === 1 ? "" : "s"}`),
        svg("circle", { r, fill: TYPE_COLORS[top] || "#999" }),
        c.n > 1 ? svg("text", { "text-anchor": "middle", dy: "0.35em" }, fmtInt(c.n)) : null);
      g.dataset.places = String(c.places.length);
      g.addEventListener("click", (e) => { e.stopPropagation(); this.clickCluster(c); });
      this.markers.append(g);
    }
  }

  clickCluster(c) {
    if (c.places.length === 1) { this.onPlace(c.places[0]); return; }
    const xs = c.places.map((p) => p.xy[0]); const ys = c.places.map((p) => p.xy[1]);
    this.fitBox(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
  }

  drawTiles() {
    if (!this.tileUrl) return;
    clear(this.tiles);
    const { k, tx, ty } = this.view;
    const [w, h] = this.size();
    const z = Math.max(0, Math.min(18, Math.round(Math.log2(k))));
    const n = 2 ** z; const size = (WORLD * k) / n;
    const [c0, c1] = [Math.floor(-tx / size), Math.floor((w - tx) / size)];
    const [r0, r1] = [Math.max(0, Math.floor(-ty / size)), Math.min(n - 1, Math.floor((h - ty) / size))];
    for (let col = c0; col <= c1; col++) {
      for (let row = r0; row <= r1; row++) {
        const x = ((col % n) + n) % n;
        const href = this.tileUrl.replace("{z}", z).replace("{x}", x).replace("{y}", row).replace("{s}", "abc"[(x + row) % 3]);
        this.tiles.append(svg("image", { href, x: tx + col * size, y: ty + row * size, width: size + 0.5, height: size + 0.5 }));
      }
    }
  }
}
