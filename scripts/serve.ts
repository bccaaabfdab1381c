// npm run serve (and the end of npm start): serve the built site on http://localhost:4321/.
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.ts';

const port = Number(process.env['PORT'] ?? 4321);
if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}
await startStaticServer('dist', port, process.env['HOST'] ?? '127.0.0.1');
console.log(`Shifting Routes is served at http://localhost:${port}/ (Ctrl+C to stop)`);
