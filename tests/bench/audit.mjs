/**
 * `npm audit --omit=dev`: known vulnerabilities in what ships to phones. Needs the registry's audit
 * endpoint; where it cannot be reached the bench says "not measured" instead of passing.
 */
import { execFile } from 'node:child_process';

export function auditProduction(root) {
  return new Promise((resolve) => {
    execFile('npm', ['audit', '--omit=dev', '--json'], { cwd: root, timeout: 60_000, maxBuffer: 16 << 20 }, (error, stdout) => {
      try {
        const report = JSON.parse(stdout);
        const counts = report.metadata?.vulnerabilities;
        if (counts && typeof counts.total === 'number') return resolve({ total: counts.total, counts, dependencies: report.metadata.dependencies?.prod ?? null });
        resolve({ error: report.message || report.error?.summary || 'no vulnerability counts in the report' });
      } catch {
        resolve({ error: String(error?.message ?? 'npm audit printed no JSON').split('\n')[0] });
      }
    });
  });
}
