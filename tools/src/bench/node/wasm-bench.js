// Decodes the benchmark frames with Cornerstone3D's WebAssembly codecs, the anchor Glimpse is measured
// against. Usage: node wasm-bench.js <node_modules folder> <cases.json>
// cases.json: [{"name", "codec": "openjph"|"openjpeg"|"charls", "file", "reduce", "runs"}]
// Prints one JSON line per case: {"name", "medianMs", "width", "height"}.
'use strict';
const fs = require('fs');
const path = require('path');

const [modules, casesFile] = process.argv.slice(2);
if (!modules || !casesFile) {
  console.error('usage: node wasm-bench.js <node_modules folder> <cases.json>');
  process.exit(2);
}

const factories = {
  openjph: ['@cornerstonejs/codec-openjph/dist/openjphjs.js', (m) => new m.HTJ2KDecoder()],
  openjpeg: ['@cornerstonejs/codec-openjpeg/dist/openjpegwasm_decode.js', (m) => new m.J2KDecoder()],
  charls: ['@cornerstonejs/codec-charls/dist/charlswasm_decode.js', (m) => new m.JpegLSDecoder()],
};

const loaded = {};
async function decoderFor(codec) {
  if (!loaded[codec]) {
    const [file, make] = factories[codec];
    const factory = require(path.resolve(modules, file));
    loaded[codec] = { module: await factory(), make };
  }
  return loaded[codec];
}

function decodeOnce(entry, bytes, reduce) {
  // one decoder per frame, as Cornerstone3D's decode functions do
  const decoder = entry.make(entry.module);
  try {
    decoder.getEncodedBuffer(bytes.length).set(bytes);
    if (reduce > 0) {
      decoder.decodeSubResolution(reduce, 0);
    } else {
      decoder.decode();
    }
    const full = decoder.getFrameInfo();
    const decoded = decoder.getDecodedBuffer();
    // getFrameInfo keeps the full size after a sub-resolution decode; report what was decoded
    const size = reduce > 0 ? decoder.calculateSizeAtDecompositionLevel(reduce) : full;
    return { width: decoded.length > 0 ? size.width : 0, height: decoded.length > 0 ? size.height : 0 };
  } finally {
    decoder.delete();
  }
}

async function main() {
  const cases = JSON.parse(fs.readFileSync(casesFile, 'utf8'));
  for (const c of cases) {
    const entry = await decoderFor(c.codec);
    const bytes = new Uint8Array(fs.readFileSync(c.file));
    let info;
    try {
      info = decodeOnce(entry, bytes, c.reduce);
    } catch (e) {
      console.log(JSON.stringify({ name: c.name, medianMs: null, error: String(e && e.message || e) }));
      continue;
    }
    const times = [];
    for (let i = 0; i < c.runs; i++) {
      const t0 = process.hrtime.bigint();
      info = decodeOnce(entry, bytes, c.reduce);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(JSON.stringify({ name: c.name, medianMs: median, width: info.width, height: info.height }));
  }
}

main().catch((e) => {
  console.error(String(e && e.stack || e));
  process.exit(1);
});
