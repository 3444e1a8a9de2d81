import { type Agent, request } from 'node:http';

export interface Answer {
  status: number;
  text: string;
}

/** One HTTP request to a local port; the answer's status and body. */
export function call(
  port: number,
  method: string,
  path: string,
  options: { body?: string; headers?: Record<string, string>; agent?: Agent } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method, agent: options.agent, headers: { 'Content-Type': 'application/json', ...options.headers } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Waits (up to 20 s) until the port answers `path` at all. */
export async function waitForPort(port: number, path: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const ok = await call(port, 'GET', path).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`port ${port} did not open`);
}
