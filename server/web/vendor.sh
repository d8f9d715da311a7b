#!/bin/sh
# Copies the built files of the pinned npm packages (package-lock.json)
# into vendor/, which the sitrep binary embeds. Run by `go generate
# ./server` (needs npm); vendor/ is committed, so `go build` needs no npm.
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --silent
rm -rf vendor
mkdir -p vendor/leaflet/images vendor/uplot vendor/topojson-client vendor/world-atlas
m=node_modules
cp $m/leaflet/dist/leaflet.js $m/leaflet/dist/leaflet.css $m/leaflet/LICENSE vendor/leaflet/
cp $m/leaflet/dist/images/*.png vendor/leaflet/images/
cp $m/uplot/dist/uPlot.iife.min.js $m/uplot/dist/uPlot.min.css $m/uplot/LICENSE vendor/uplot/
cp $m/topojson-client/dist/topojson-client.min.js $m/topojson-client/LICENSE vendor/topojson-client/
cp $m/world-atlas/countries-50m.json $m/world-atlas/LICENSE vendor/world-atlas/
for p in leaflet uplot topojson-client world-atlas; do
  node -e "const p=require('./$m/$p/package.json'); console.log(p.name+' '+p.version+' '+p.license)"
done > vendor/VERSIONS
