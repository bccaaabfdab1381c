// Serves dist/ on a free loopback port for the browser tests and finds the Chromium to drive.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../../scripts/static-server.ts';
import { findChromium } from '../../../scripts/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  const chromePath = findChromium();
  const server = await startStaticServer('dist', 0);
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('chromePath', chromePath);
  return () => new Promise<void>((done) => server.close(() => done()));
}
