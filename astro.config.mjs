// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { buildHolidayTable } from './src/build/holiday-table.ts';

// The site is static and self-contained: every request stays on this origin.
// Pagefind (search) needs WebAssembly ('wasm-unsafe-eval'); it runs without a worker (see src/scripts/search.ts).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [mdx(), preact()],
  // No code blocks on this site; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  // Japan's public holidays for the next two years, for the "open now" marks (src/scripts/open-now.ts).
  vite: { define: { __JP_HOLIDAYS__: JSON.stringify(buildHolidayTable()) } },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
