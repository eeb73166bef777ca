// Builds the statistics map's committed data file (issue 13, item 5): the seven MIRPS countries and their neighbours
// from Natural Earth 1:50m boundaries (npm world-atlas 2.0.2, countries-50m.json), simplified with topojson-simplify
// (shared borders stay shared), projected with a Mercator projection into a 1000-unit-wide box, rounded to whole units
// and written as SVG path data (relative commands). The server reads the file once and draws inline SVG; nothing about
// the map is fetched at run time. Run `npm run map` in this folder; the output is committed, so the app build never
// needs npm. Same input, same output: the script is deterministic.
"use strict";
const fs = require("fs");
const path = require("path");
const topojson = require("topojson-client");
const simplify = require("topojson-simplify");

const out = path.join(__dirname, "..", "Models", "Catalogue", "mirps-map.json");
const source = require("world-atlas/countries-50m.json");
const atlasVersion = require("world-atlas/package.json").version;

// ISO 3166-1 numeric (world-atlas ids) → alpha-2 (the portal's country codes).
const mirps = { "084": "BZ", "188": "CR", "222": "SV", "320": "GT", "340": "HN", "484": "MX", "591": "PA" };

// Where each country's name and number are written (longitude, latitude), and the text anchor: the small countries'
// labels sit in the sea beside them, where they have room.
const labels = {
  MX: [-102.5, 24.6, "middle"],
  BZ: [-87.4, 18.2, "start"],
  GT: [-92.3, 13.6, "end"],
  SV: [-89.4, 12.3, "middle"],
  HN: [-85.4, 16.6, "start"],
  CR: [-86.6, 8.5, "middle"],
  PA: [-79.6, 10.6, "middle"],
};

// Planar simplification weight (square degrees) and the smallest island kept.
const minWeight = 0.0025;
const minIslandArea = 0.02;

const width = 1000;
const margin = 0.6; // degrees around the seven countries' bounds

let topology = simplify.presimplify(source);
topology = simplify.simplify(topology, minWeight);
topology = simplify.filter(topology, simplify.filterWeight(topology, minIslandArea));
const features = topojson.feature(topology, topology.objects.countries).features;

const mercatorY = (lat) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const rad = (lon) => (lon * Math.PI) / 180;

const rings = (geometry) =>
  !geometry ? [] : geometry.type === "Polygon" ? geometry.coordinates : geometry.type === "MultiPolygon" ? geometry.coordinates.flat() : [];

// Bounds of the seven countries, in degrees, widened by the margin.
let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
for (const f of features.filter((f) => mirps[f.id])) {
  for (const ring of rings(f.geometry)) {
    for (const [lon, lat] of ring) {
      west = Math.min(west, lon); east = Math.max(east, lon);
      south = Math.min(south, lat); north = Math.max(north, lat);
    }
  }
}
west -= margin; east += margin; south -= margin; north += margin;
const scale = width / (rad(east) - rad(west));
const height = Math.round((mercatorY(north) - mercatorY(south)) * scale);
const project = ([lon, lat]) => [(rad(lon) - rad(west)) * scale, (mercatorY(north) - mercatorY(lat)) * scale];

// Sutherland–Hodgman clipping of a projected ring to the drawing box (neighbours such as the United States or Colombia
// reach far beyond it).
function clip(points) {
  const edges = [
    (p) => p[0] >= 0, (p) => p[0] <= width, (p) => p[1] >= 0, (p) => p[1] <= height,
  ];
  const cut = [
    (a, b) => [0, a[1] + ((b[1] - a[1]) * (0 - a[0])) / (b[0] - a[0])],
    (a, b) => [width, a[1] + ((b[1] - a[1]) * (width - a[0])) / (b[0] - a[0])],
    (a, b) => [a[0] + ((b[0] - a[0]) * (0 - a[1])) / (b[1] - a[1]), 0],
    (a, b) => [a[0] + ((b[0] - a[0]) * (height - a[1])) / (b[1] - a[1]), height],
  ];
  let result = points;
  for (let e = 0; e < 4 && result.length > 0; e++) {
    const input = result;
    result = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i], previous = input[(i + input.length - 1) % input.length];
      const inCurrent = edges[e](current), inPrevious = edges[e](previous);
      if (inCurrent) {
        if (!inPrevious) result.push(cut[e](previous, current));
        result.push(current);
      } else if (inPrevious) {
        result.push(cut[e](previous, current));
      }
    }
  }
  return result;
}

// Whole units, consecutive duplicates dropped, relative commands ("M x y l dx dy …z").
function pathData(ringsInDegrees, clipToBox) {
  let d = "";
  for (const ring of ringsInDegrees) {
    let points = ring.map(project);
    if (clipToBox) points = clip(points);
    const rounded = [];
    for (const [x, y] of points) {
      const p = [Math.round(x), Math.round(y)];
      const last = rounded[rounded.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) rounded.push(p);
    }
    if (rounded.length > 1 && rounded[0][0] === rounded.at(-1)[0] && rounded[0][1] === rounded.at(-1)[1]) rounded.pop();
    if (rounded.length < 3) continue;
    d += `M${rounded[0][0]} ${rounded[0][1]}l`;
    const steps = [];
    for (let i = 1; i < rounded.length; i++) {
      steps.push(`${rounded[i][0] - rounded[i - 1][0]} ${rounded[i][1] - rounded[i - 1][1]}`);
    }
    d += steps.join(" ").replace(/ -/g, "-") + "z";
  }
  return d;
}

// Area-weighted centroid of the largest projected ring (the mainland): where pathway lines start and end.
function centroid(ringsInDegrees) {
  let best = null;
  for (const ring of ringsInDegrees) {
    const pts = ring.map(project);
    let area = 0, cx = 0, cy = 0;
    for (let i = 0; i < pts.length - 1; i++) {
      const [x0, y0] = pts[i], [x1, y1] = pts[i + 1];
      const cross = x0 * y1 - x1 * y0;
      area += cross; cx += (x0 + x1) * cross; cy += (y0 + y1) * cross;
    }
    if (!best || Math.abs(area) > Math.abs(best.area)) best = { area, x: cx / (3 * area), y: cy / (3 * area) };
  }
  return [Math.round(best.x), Math.round(best.y)];
}

const countries = {};
for (const f of features.filter((f) => mirps[f.id]).sort((a, b) => mirps[a.id].localeCompare(mirps[b.id]))) {
  const code = mirps[f.id];
  const [lon, lat, anchor] = labels[code];
  const [lx, ly] = project([lon, lat]).map(Math.round);
  countries[code] = { d: pathData(rings(f.geometry), false), centroid: centroid(rings(f.geometry)), label: [lx, ly], anchor };
}

// Neighbours (grey, not links) that reach into the box, all in one path.
let context = "";
for (const f of features.filter((f) => !mirps[f.id]).sort((a, b) => String(a.id).localeCompare(String(b.id)))) {
  context += pathData(rings(f.geometry), true);
}

const data = {
  source: `Natural Earth 1:50m boundaries (public domain) via npm world-atlas ${atlasVersion} countries-50m.json; topojson-simplify weight ${minWeight}, islands under ${minIslandArea} sq. deg. dropped; Mercator; built by Assets/build-map.cjs`,
  width,
  height,
  countries,
  context,
};
fs.writeFileSync(out, JSON.stringify(data) + "\n");
console.log(`${path.relative(process.cwd(), out)}: ${fs.statSync(out).size} bytes, ${width}x${height}`);
