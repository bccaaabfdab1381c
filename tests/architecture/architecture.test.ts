/**
 * The layers of docs/architecture.md, asserted over the import graph of src/ (as Starlight's
 * no-internal-barrel-imports test does). ESLint checks the same direction file by file; these tests also follow
 * imports transitively and into the `<script>` blocks of .astro files, where the browser bundles come from.
 * Each failure names the file, the import as written and, for a transitive one, the chain that reaches it.
 */
import { describe, expect, it } from 'vitest';
import { freeIdentifiers, lineOf, readSourceGraph, type SourceFile, type SourceImport } from './sourceGraph.ts';

const graph = readSourceGraph();
const files = [...graph.values()];

/** docs/architecture.md, bottom to top: a file may import its own layer or any below it, never one above. */
const LAYER_RANK: Record<string, number> = {
  lib: 0,
  styles: 0,
  charts: 1,
  map: 1,
  client: 2,
  components: 3,
  layouts: 3,
  pages: 4,
  // Astro's content collections config (src/content.config.ts) only declares schemas from src/lib/stories/.
  'content.config.ts': 0,
};

const layerOf = (path: string): string => path.split('/')[1]!;
/** A specifier of MapLibre or deck.gl: by package name, or by a path into node_modules (which 'packages' below forbids). */
const MAP_LIBRARY = /^(maplibre-gl|@deck\.gl\/)|node_modules\/(maplibre-gl|@deck\.gl)\//;
const isIo = (path: string) => path.startsWith('src/lib/io/');
const describeImport = (file: string, imp: SourceImport) =>
  `${file} imports '${imp.specifier}'${imp.place === 'script' ? ' in a <script>' : ''}`;

/**
 * The files a page's browser code reaches: its `<script>` imports and those of every component it renders,
 * then everything those modules import at run time (static or dynamic). Frontmatter code runs at build time only.
 * Returns each import reached, with the chain of files that leads to it.
 */
function browserImports(entry: string): { chain: string[]; imp: SourceImport }[] {
  const reached: { chain: string[]; imp: SourceImport }[] = [];
  const seen = new Set<string>();
  const walk = (file: SourceFile, chain: string[], inBrowser: boolean) => {
    const key = `${file.path}|${inBrowser}`;
    if (seen.has(key)) return;
    seen.add(key);
    for (const imp of file.imports) {
      const runsInBrowser = inBrowser || imp.place === 'script';
      const rendersComponent = imp.place === 'frontmatter' && imp.target?.endsWith('.astro') === true;
      if (imp.typeOnly || !(runsInBrowser || rendersComponent)) continue;
      if (runsInBrowser) reached.push({ chain, imp });
      const next = imp.target ? graph.get(imp.target) : undefined;
      if (next) walk(next, [...chain, next.path], runsInBrowser);
    }
  };
  walk(graph.get(entry)!, [entry], false);
  return reached;
}

/** Every src/ file a file reaches through relative imports of any kind, with the chain to it. */
function reachableFiles(start: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[start, [start]]]);
  const queue = [start];
  while (queue.length > 0) {
    const path = queue.shift()!;
    for (const imp of graph.get(path)?.imports ?? []) {
      if (!imp.target || chains.has(imp.target)) continue;
      chains.set(imp.target, [...chains.get(path)!, imp.target]);
      queue.push(imp.target);
    }
  }
  return chains;
}

describe('the import graph', () => {
  it('is read from the source: it finds static, dynamic and <script> imports', () => {
    const loader = graph.get('src/client/atlas/mapLoader.ts')!;
    expect(loader.imports.some((i) => i.dynamic && i.target === 'src/client/atlas/map.ts')).toBe(true);
    const embed = graph.get('src/pages/embed/timelines/[chart].astro')!;
    expect(embed.imports.some((i) => i.place === 'script' && i.target?.startsWith('src/client/'))).toBe(true);
    // Without this control, the embed rule below would pass on a walker that reaches nothing.
    const atlasEmbed = browserImports('src/pages/embed/atlas/index.astro');
    expect(atlasEmbed.some(({ imp }) => imp.specifier === 'maplibre-gl')).toBe(true);
  });
});

describe('layers (docs/architecture.md)', () => {
  it('every file imports only its own layer or the layers below it', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = LAYER_RANK[layerOf(file.path)];
      if (from === undefined) violations.push(`${file.path} is in no layer of docs/architecture.md`);
      for (const imp of file.imports) {
        if (!imp.target?.startsWith('src/')) continue;
        const to = LAYER_RANK[layerOf(imp.target)];
        if (from !== undefined && (to === undefined || to > from))
          violations.push(
            `${describeImport(file.path, imp)}: ${layerOf(file.path)} may not import ${layerOf(imp.target)}`,
          );
      }
    }
    expect(violations).toEqual([]);
  });

  it('only components, layouts and pages reach the build-time edge src/lib/io/; only it uses Node built-ins', () => {
    const mayUseIo = (path: string) => isIo(path) || /^src\/(components|layouts|pages)\//.test(path);
    const violations = files.flatMap((file) =>
      file.imports
        .filter(
          (imp) =>
            (imp.target !== null && isIo(imp.target) && !mayUseIo(file.path)) ||
            (imp.specifier.startsWith('node:') && !isIo(file.path)),
        )
        .map((imp) => describeImport(file.path, imp)),
    );
    expect(violations).toEqual([]);
  });

  it('browser code in src/client/ never imports src/lib/io/, directly or through other modules', () => {
    const violations = files
      .filter((file) => file.path.startsWith('src/client/'))
      .flatMap((file) =>
        [...reachableFiles(file.path)].filter(([path]) => isIo(path)).map(([, chain]) => chain.join(' → ')),
      );
    expect(violations).toEqual([]);
  });
});

/** Packages that need a DOM or draw a map; d3's own DOM modules are among them. */
const DOM_PACKAGES = [
  /^maplibre-gl(\/|$)/,
  /^@deck\.gl\//,
  /^d3-(selection|transition|zoom|drag|brush)$/,
  /^astro(\/|$)/,
];
const DOM_GLOBALS = new Set([
  'document',
  'window',
  'navigator',
  'localStorage',
  'sessionStorage',
  'history',
  'location',
  'HTMLElement',
  'requestAnimationFrame',
  'matchMedia',
]);

describe('src/lib is pure', () => {
  const lib = files.filter((file) => file.path.startsWith('src/lib/'));

  it('imports no DOM or map library', async () => {
    // lib may use d3's pure modules through the d3 bundle (d3-geo in the basemap), never its DOM modules.
    const d3DomModules = await Promise.all(
      ['d3-selection', 'd3-transition', 'd3-zoom', 'd3-drag', 'd3-brush'].map((m) => import(m)),
    );
    const d3DomNames = new Set(d3DomModules.flatMap((m) => Object.keys(m as object)));
    const violations = lib.flatMap((file) =>
      file.imports.flatMap((imp) => {
        if (DOM_PACKAGES.some((p) => p.test(imp.specifier))) return [describeImport(file.path, imp)];
        const domNames = imp.specifier === 'd3' ? imp.names.filter((n) => d3DomNames.has(n)) : [];
        return domNames.length > 0
          ? [`${describeImport(file.path, imp)} for { ${domNames.join(', ')} }, DOM code`]
          : [];
      }),
    );
    expect(violations).toEqual([]);
  });

  it('uses no browser global', () => {
    const violations = lib.flatMap((file) =>
      file.sources.flatMap((source) =>
        freeIdentifiers(source, DOM_GLOBALS).map((id) => `${file.path}:${lineOf(id)} uses ${id.text}`),
      ),
    );
    expect(violations).toEqual([]);
  });
});

describe('packages', () => {
  // A package's inner files are not its interface and may move in any release.
  it('are imported by name, never by a path into node_modules', () => {
    const violations = files.flatMap((file) =>
      file.imports
        .filter((imp) => imp.specifier.includes('node_modules/'))
        .map((imp) => describeImport(file.path, imp)),
    );
    expect(violations).toEqual([]);
  });
});

describe('the atlas image download', () => {
  // Pressed before the WebGL map loads, it must not fetch the map's megabytes to draw a static SVG.
  it('src/client/atlas/exportMap.ts reaches no maplibre-gl or deck.gl module', () => {
    const reached = reachableFiles('src/client/atlas/exportMap.ts');
    expect(reached.has('src/map/atlasExport.ts')).toBe(true);
    const violations = [...reached].flatMap(([path, chain]) =>
      (graph.get(path)?.imports ?? [])
        .filter((imp) => !imp.typeOnly && MAP_LIBRARY.test(imp.specifier))
        .map((imp) => `${chain.join(' → ')} imports '${imp.specifier}'`),
    );
    expect(violations).toEqual([]);
  });
});

describe('chart embeds', () => {
  // An embed of a chart is framed on other sites: it must not pull in the map's megabytes.
  it.each(['src/pages/embed/timelines/[chart].astro', 'src/pages/embed/measures/[id].astro'])(
    '%s pulls in no maplibre-gl or deck.gl module',
    (entry) => {
      const violations = browserImports(entry)
        .filter(({ imp }) => MAP_LIBRARY.test(imp.specifier))
        .map(({ chain, imp }) => `${chain.join(' → ')} imports '${imp.specifier}'`);
      expect(violations).toEqual([]);
    },
  );
});
