// Builds ../../sync/central/web/static/vendor/: the minified bundle, its licence texts and a
// VERSIONS file with the exact versions and the bundle's sha256. Run with `npm run build` after
// `npm ci` (see README.md); the output is committed, so the server never needs Node.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, "../../sync/central/web/static/vendor");
const bundle = join(out, "vega-bundle.min.js");
// The Vega-Lite JSON schema of the same version: tests/kiosk/test_charts.py validates against it.
const schemaOut = resolve(here, "../../tests/kiosk/data/vega-lite-schema.json.gz");
const direct = ["vega", "vega-lite", "vega-embed", "vega-interpreter"];

const version = (name) =>
  JSON.parse(readFileSync(resolve(here, "node_modules", name, "package.json"), "utf8")).version;

mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: [join(here, "src/entry.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2022"],
  platform: "browser",
  legalComments: "none", // the licences go to LICENSES.txt instead, once each
  banner: {
    js: "/* Vega, Vega-Lite, vega-embed, vega-interpreter and the packages they use: licences " +
      "in LICENSES.txt, versions and sha256 in VERSIONS.txt (built by packaging/dashboard-js). */",
  },
  metafile: true,
  outfile: bundle,
  // Vega without the transforms no chart uses (see src/vega-core.js).
  alias: { vega: join(here, "src/vega-core.js") },
  define: { VEGA_VERSION: JSON.stringify(version("vega")) },
  logLevel: "warning",
});

// Every package with code in the bundle: its folder under node_modules, found from the inputs.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (!match) continue;
  const folder = resolve(here, match[1]);
  const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
  packages.set(`${manifest.name}@${manifest.version}`, { folder, manifest });
}

// The four named packages too (vega's own index is replaced by src/vega-core.js, its licence stays).
for (const name of direct) {
  const folder = resolve(here, "node_modules", name);
  const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
  packages.set(`${manifest.name}@${manifest.version}`, { folder, manifest });
}

function licenceText({ folder, manifest }) {
  const file = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  if (file) return readFileSync(join(folder, file), "utf8").trim();
  return `${manifest.license} (the package ships no licence file; see its package.json)`;
}

const names = [...packages.keys()].sort();
const licences = names.map((name) => {
  const entry = packages.get(name);
  const line = "=".repeat(78);
  return `${line}\n${name} (${entry.manifest.license})\n${line}\n\n${licenceText(entry)}\n`;
});
writeFileSync(
  join(out, "LICENSES.txt"),
  "Licences of the packages bundled in vega-bundle.min.js (built by packaging/dashboard-js).\n\n" +
    licences.join("\n"),
);

const bytes = readFileSync(bundle);
const sha256 = createHash("sha256").update(bytes).digest("hex");
const esbuildVersion = version("esbuild");
const lines = [
  "vega-bundle.min.js: built by packaging/dashboard-js (npm ci && npm run build), do not edit.",
  "",
  "Bundled on purpose:",
  ...direct.map((name) => `  ${name} ${version(name)}`),
  "Vega's core only: src/vega-core.js leaves out the geo, force, hierarchy, label, regression,",
  "voronoi, wordcloud and crossfilter transforms, which no chart of kiosk/charts.py uses.",
  `Built with esbuild ${esbuildVersion} (IIFE, minified, target es2022).`,
  "",
  `sha256 ${sha256}  vega-bundle.min.js`,
  `size   ${bytes.length} bytes`,
  "",
  `All ${names.length} packages inside (licences in LICENSES.txt):`,
  ...names.map((name) => `  ${name} (${packages.get(name).manifest.license})`),
  "",
];
writeFileSync(join(out, "VERSIONS.txt"), lines.join("\n"));
mkdirSync(dirname(schemaOut), { recursive: true });
const schema = readFileSync(resolve(here, "node_modules/vega-lite/build/vega-lite-schema.json"));
writeFileSync(schemaOut, gzipSync(schema, { level: 9 }));

console.log(`${relative(process.cwd(), bundle)}: ${bytes.length} bytes, sha256 ${sha256}`);
