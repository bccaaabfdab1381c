/**
 * "Cite this": a ready citation of one view of the site, as APA-like text and as BibTeX. Pure: the browser
 * passes the view's title, its permalink and today's date; the build passes the site version and sources.
 */
import { formatPartialDate } from '../time/words.ts';
import { yearOf } from '../time/months.ts';
import type { SourceInfo, UpstreamFile } from './sources.ts';

export const SITE_NAME = 'Shifting Routes';

export interface CitationInput {
  viewTitle: string;
  /** The address of the view with its state (window, scale, period), absolute. */
  permalink: string;
  /** The day the reader opened the view, YYYY-MM-DD. */
  accessedDay: string;
  siteVersion: string;
  sources: readonly SourceInfo[];
  upstreamFiles: readonly UpstreamFile[];
  /** Who publishes the site (data/site.json), or null when not configured: the site's name stands in. */
  publisher: string | null;
}

/** One data source in words with its data date and the versions of its files. */
export function sourceInWords(source: SourceInfo, files: readonly UpstreamFile[]): string {
  const versions = files.filter((f) => f.source === source.id).map((f) => f.version);
  const dated = `data as of ${formatPartialDate(source.dataAsOf)}`;
  return `${source.publisher}, ${source.title} (${[dated, ...versions].join('; ')})`;
}

/** APA-like: publisher (n.d.). Title [Data visualization]. Site, version. Retrieved day, from URL. Data: … */
export function citationText(input: CitationInput): string {
  const data = input.sources.map((s) => sourceInWords(s, input.upstreamFiles)).join('; ');
  return (
    `${input.publisher ?? SITE_NAME}. (n.d.). ${input.viewTitle} [Data visualization]. ${SITE_NAME}, version ${input.siteVersion}. ` +
    `Retrieved ${formatPartialDate(input.accessedDay)}, from ${input.permalink}. Data: ${data}.`
  );
}

/** A BibTeX key from the title and the access year: letters and digits only, so every tool reads it. */
export function citationKey(viewTitle: string, accessedDay: string): string {
  const words = viewTitle
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 2)
    .slice(0, 3);
  return `shiftingroutes${yearOf(accessedDay)}${words.join('')}`;
}

/** BibTeX braces and backslashes are escaped so a title never breaks the entry. */
function bibValue(text: string): string {
  return text.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[%&$#_]/g, (c) => `\\${c}`);
}

export function citationBibtex(input: CitationInput): string {
  const data = input.sources.map((s) => sourceInWords(s, input.upstreamFiles)).join('; ');
  const fields: [string, string][] = [
    ['author', `{${bibValue(input.publisher ?? SITE_NAME)}}`],
    ['title', `{${bibValue(input.viewTitle)}}`],
    ['howpublished', `{${SITE_NAME}, version ${bibValue(input.siteVersion)}}`],
    ['url', `{${input.permalink}}`],
    ['urldate', `{${input.accessedDay}}`],
    ['note', `{Data: ${bibValue(data)}}`],
  ];
  return `@misc{${citationKey(input.viewTitle, input.accessedDay)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}

/** What each source's figures count, said wherever they appear without the page around them. */
const SOURCE_UNITS: Record<SourceInfo['id'], string> = {
  frontex: 'detections, not people',
  iom: 'dead and missing, a minimum estimate',
  curated: 'each row cites its own source',
};

/** The source line of a downloaded image or CSV: one line per source, with its data date and unit. */
export function viewSourceLines(sources: readonly SourceInfo[]): string[] {
  return sources.map(
    (s) => `${s.publisher}, ${s.title}; data as of ${formatPartialDate(s.dataAsOf)} (${SOURCE_UNITS[s.id]}).`,
  );
}

/** The site line drawn under a downloaded image: name, version, licence (when configured), address. */
export function siteLine(siteVersion: string, permalink: string, contentLicence: string | null): string {
  return [SITE_NAME, `version ${siteVersion}`, ...(contentLicence ? [contentLicence] : []), permalink].join(' · ');
}
