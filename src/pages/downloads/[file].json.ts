// Sidecar metadata for every download: /downloads/<name>.csv.json
import type { GetStaticPaths } from 'astro';
import { DOWNLOADS } from '../../lib/site/downloads.ts';
import { metadataResponse } from '../../lib/io/responses.ts';

export const getStaticPaths = (() => DOWNLOADS.map((d) => ({ params: { file: d.file } }))) satisfies GetStaticPaths;

export const GET = ({ params }: { params: { file: string } }) => metadataResponse(params.file);
