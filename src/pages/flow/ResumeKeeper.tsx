/** Remembers the flow in progress for "Continue where you left off"; forgets it once finished. */
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { clearResume, saveResume } from '../../resume';

export function ResumeKeeper({ flow, active, finished }: { flow: string; active: boolean; finished: boolean }) {
  const { url } = useLocation();
  useEffect(() => {
    if (finished) clearResume(flow); // finishing this flow; another flow in progress stays
    else if (active) saveResume(flow, url);
  }, [url, finished, active]);
  return null;
}
