// @vitest-environment happy-dom
/**
 * The offline notice follows the connection even when the page goes offline between the notice's
 * first draw and the moment it starts listening (as the page starts, offline): a flaky e2e failure
 * ("the page says so" never said) came from exactly that gap.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { setPwa, usePwa } from '../../src/pwa/state';

function Probe() {
  const { online } = usePwa();
  return <p>{online ? 'online' : 'offline'}</p>;
}

const frame = () => new Promise((done) => setTimeout(done, 50));

describe('usePwa', () => {
  afterEach(() => setPwa({ online: true }));

  it('hears a change made after the first draw and before its effect ran', async () => {
    const root = document.createElement('div');
    render(<Probe />, root); // effects wait for the next frame
    expect(root.textContent).toBe('online');
    setPwa({ online: false });
    await frame();
    expect(root.textContent).toBe('offline');
    render(null, root);
  });

  it('hears changes once listening', async () => {
    const root = document.createElement('div');
    render(<Probe />, root);
    await frame();
    setPwa({ online: false });
    await frame();
    expect(root.textContent).toBe('offline');
    setPwa({ online: true });
    await frame();
    expect(root.textContent).toBe('online');
    render(null, root);
  });
});
