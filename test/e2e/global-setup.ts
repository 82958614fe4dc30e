import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves dist/ (built by `npm run build` before the browser suite) for every browser test. */
export default async function setup(project: TestProject) {
  const root = resolve('dist');
  if (!existsSync(resolve(root, 'index.html'))) throw new Error('dist/index.html がありません。先に npm run build を実行してください。');
  const { url, server } = await serveStatic(root);
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
