// Sidecar metadata for every download: /downloads/<name>.csv.json
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { DOWNLOADS } from '../../lib/site/downloads.ts';
import { metadataResponse } from '../../lib/io/responses.ts';

export const getStaticPaths = (() =>
  DOWNLOADS.map((download) => ({ params: { file: download.file }, props: { download } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  metadataResponse(props.download);
