// Responses for the download endpoints in src/pages/downloads/: one CSV or sidecar per registry entry (src/lib/site/downloads.ts).
import { downloadByFile, downloadCsv, downloadMetadata, type DownloadDef } from '../site/downloads.ts';
import { getSiteData } from './siteData.ts';
import { siteVersion } from './version.ts';
import { getSources } from './siteConfig.ts';
import { changelogText, upstreamFiles } from './provenance.ts';

export function csvResponse(file: string): Response {
  return new Response(downloadCsv(downloadByFile(file), getSiteData()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}

export function metadataResponse(def: DownloadDef): Response {
  const body = downloadMetadata(def, getSiteData(), siteVersion(), upstreamFiles(), getSources());
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
}

export function changelogResponse(): Response {
  return new Response(changelogText(), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
