/** The response headers of public/_headers for "/*", so the browser suite runs under them. */
import { readFileSync } from 'node:fs';

export function siteHeaders(file: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const match = /^\s+([^:]+):\s*(.+)$/.exec(line);
    if (inAll && match) headers[match[1].toLowerCase()] = match[2].trim();
  }
  return headers;
}
