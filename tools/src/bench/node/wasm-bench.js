// Decodes the benchmark frames with Cornerstone3D's WebAssembly codecs, the anchor Glimpse is measured
// against. Usage: node wasm-bench.js <node_modules folder> <cases.json>
// cases.json: [{"name", "codec": "openjph"|"openjpeg"|"charls", "file", "reduce", "runs"}]
// Prints one JSON line per case: {"name", "medianMs", "width", "height"}.
// A case with "frames" and "workers" is a throughput run instead, as a browser decodes a stack: that many
// worker threads (Cornerstone3D starts floor(cores / 2) decode web workers), each with its own module, share
// the frames; it prints {"name", "framesPerSecond"}, the median of up to three passes over the stack.
'use strict';
const fs = require('fs');
const path = require('path');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

const [modules, casesFile] = isMainThread ? process.argv.slice(2) : [workerData.modules, null];
if (isMainThread && (!modules || !casesFile)) {
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

// A decode worker thread: loads its own module, decodes once, says ready, then decodes its share on each 'go'.
async function workerMain() {
  const { codec, file, count } = workerData;
  const entry = await decoderFor(codec);
  const bytes = new Uint8Array(fs.readFileSync(file));
  decodeOnce(entry, bytes, 0);
  parentPort.postMessage('ready');
  parentPort.on('message', () => {
    for (let i = 0; i < count; i++) {
      decodeOnce(entry, bytes, 0);
    }
    parentPort.postMessage('done');
  });
}

// Passes over a stack, as Glimpse's throughput rows make them: this many (one when a pass takes more than a third of
// the budget); the median pass counts (the first one also pays for compiling the module's code to its faster tier).
const PASSES = 3;
const BUDGET_SECONDS = 4;

function throughput(c) {
  return new Promise((resolve, reject) => {
    const workers = [];
    const passes = [];
    let ready = 0;
    let done = 0;
    let t0 = 0n;
    const go = () => {
      done = 0;
      t0 = process.hrtime.bigint();
      workers.forEach((x) => x.postMessage('go'));
    };
    for (let w = 0; w < c.workers; w++) {
      const count = Math.floor(c.frames / c.workers) + (w < c.frames % c.workers ? 1 : 0);
      const worker = new Worker(__filename, { workerData: { modules, codec: c.codec, file: c.file, count } });
      worker.on('error', reject);
      worker.on('message', (m) => {
        if (m === 'ready' && ++ready === c.workers) {
          go();
        } else if (m === 'done' && ++done === c.workers) {
          const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
          passes.push(c.frames / seconds);
          if (passes.length < PASSES && seconds * PASSES <= BUDGET_SECONDS) {
            go();
            return;
          }
          workers.forEach((x) => x.terminate());
          passes.sort((a, b) => a - b);
          resolve(passes[Math.floor(passes.length / 2)]);
        }
      });
      workers.push(worker);
    }
  });
}

async function main() {
  const cases = JSON.parse(fs.readFileSync(casesFile, 'utf8'));
  for (const c of cases) {
    if (c.workers) {
      const fps = await throughput(c).catch(() => null);
      console.log(JSON.stringify({ name: c.name, framesPerSecond: fps }));
      continue;
    }
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

(isMainThread ? main() : workerMain()).catch((e) => {
  console.error(String(e && e.stack || e));
  process.exit(1);
});
