/**
 * content:links against a local server (these machines reach no public site): a good address, a
 * dead one, one that redirects, one that is too slow, a redirect loop and a closed port.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkLinks, formatLinkTable, linkTargets } from '../../../src/content/links';

let server: Server;
let base = '';
const timers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/good') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
    else if (path === '/moved') res.writeHead(301, { location: '/good' }).end();
    else if (path === '/loop') res.writeHead(302, { location: '/loop' }).end();
    else if (path === '/slow') timers.add(setTimeout(() => res.writeHead(200).end('late'), 2_000));
    else res.writeHead(404).end('gone');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  timers.forEach(clearTimeout);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('content:links', () => {
  it('tells a good, a dead, a redirected, a slow, a looping and an unreachable address apart', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));

    const results = await checkLinks(
      [
        { id: 'S1', url: `${base}/good` },
        { id: 'S2', url: `${base}/missing` },
        { id: 'S3', url: `${base}/moved` },
        { id: 'S4', url: `${base}/slow` },
        { id: 'S5', url: `${base}/loop` },
        { id: 'S6', url: `http://127.0.0.1:${closedPort}/` },
      ],
      { timeoutMs: 500, maxRedirects: 3 },
    );
    expect(results.map((r) => [r.id, r.verdict])).toEqual([
      ['S1', 'ok'],
      ['S2', 'dead'],
      ['S3', 'redirected'],
      ['S4', 'time-out'],
      ['S5', 'dead'],
      ['S6', 'dead'],
    ]);
    expect(results[1]!.status).toBe(404);
    expect(results[2]!.finalUrl).toBe(`${base}/good`);
    expect(results[4]!.error).toContain('redirects');
    expect(results[5]!.error).toBe('ECONNREFUSED');

    const { table, failed } = formatLinkTable(results);
    expect(failed).toBe(4);
    expect(table.split('\n')[0]).toMatch(/^dead\s+S2/);
    expect(table).toContain(`→ ${base}/good`);
    expect(table).toContain('6 address(es): 1 ok, 1 redirected, 3 dead, 1 time-out.');
  });

  it('passes when every address answers', async () => {
    const results = await checkLinks([{ id: 'S1', url: `${base}/good` }, { id: 'S3', url: `${base}/moved` }], { timeoutMs: 1000 });
    expect(formatLinkTable(results).failed).toBe(0);
  });

  it('checks every source and every contact address of the facts file', () => {
    const targets = linkTargets({
      facts: {
        seen: '2026-11-29',
        sources: [{ id: 'S1', title: 'A source', url: 'https://a.example/' }],
        contacts: [
          { id: 'line', phone: '100', free: true, status: 'confirmed', sources: ['S1'], seen: '2026-11-29' },
          { id: 'office', url: 'https://b.example/', free: true, status: 'confirmed', sources: ['S1'], seen: '2026-11-29' },
        ],
      },
    });
    expect(targets).toEqual([
      { id: 'S1', url: 'https://a.example/' },
      { id: 'office', url: 'https://b.example/' },
    ]);
  });
});
